"""Tag suggestions learned from how the user already tagged.

The model is a Rocchio classifier over TF-IDF vectors, chosen by measurement
(``benchmarks/topic_quality.py`` and the README's quality section): each tag
gets a centroid of the clips that carry it, minus a share of the centroid of
the clips where the user rejected it, and a clip is scored by its cosine
with that centroid. It learns from a handful of examples, trains on 10,000
clips in about a second with numpy alone, and it explains itself: the terms
that weigh most in both the clip and the centroid, and the most similar clips
that carry the tag.

Everything here is pure (texts in, numbers out): the library feeds it, and
the GUI runs ``train`` on a worker thread. No Qt, no SQL, no global state.
"""

from __future__ import annotations

import dataclasses
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clipper.topics.terms import normalise

MIN_EXAMPLES = 3  # a tag is learned from this many clips on
NEGATIVE_SHARE = 0.5  # Rocchio's gamma: how much rejections pull a centroid away
MAX_FEATURES = 60_000
_WORD = re.compile(r"[^\W\d_]{2,}|\d{4}", re.UNICODE)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_LATIN_IN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Words too common in news to say anything about a topic, in the languages
# Clipper is tested in; IDF takes care of the rest.
_STOP = frozenset(
    """the and for that with this from have has had was were are is be been will would
    could should its it's his her their they them you your our not but all any can into
    about after over than then also more most said says say one two new who what when
    which where why how there here out off per via such only other some like just
    der die das und ist ein eine einer eines den dem des mit von für auf nicht sich
    les des une est que qui dans pour par sur pas plus sont aux avec ses
    los las una del que por para con como más sus ese esta este
    """.split()
)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class TrainingCancelled(Exception):
    """Raised inside ``train`` when the caller's ``cancelled`` says stop."""


def tokens(title: str, text: str) -> list[str]:
    """Features of an article: words (title words twice) and CJK character pairs."""
    out: list[str] = []
    for part, times in ((title, 2), (text, 1)):
        norm = normalise(part)
        latin = _CJK_RUN.sub(" ", norm)
        words = [w for w in _WORD.findall(latin) if w not in _STOP]
        grams = [run[i : i + 2] for run in _CJK_RUN.findall(norm) for i in range(len(run) - 1)]
        out.extend((words + grams) * times)
    return out


@dataclass(frozen=True)
class Example:
    """A clip as the learner sees it."""

    uuid: str
    title: str
    text: str
    tags: frozenset[str]


@dataclass(frozen=True)
class Suggestion:
    """A learned tag for a clip: score, the terms behind it, similar clips."""

    uuid: str
    tag: str
    score: float
    terms: tuple[str, ...]
    similar: tuple[str, ...]  # uuids of the most similar clips carrying the tag

    def reasons(self, titles: Mapping[str, str] | None = None) -> tuple[str, ...]:
        """The explanation in words for the GUI and the command line."""
        out = [f"similarity {self.score:.2f} to the clips tagged “{self.tag}”"]
        if self.terms:
            out.append("shared terms: " + ", ".join(self.terms))
        if self.similar:
            names = [f"“{titles[u]}”" if titles and u in titles else u for u in self.similar]
            out.append("most like: " + "; ".join(names))
        return tuple(out)


class Model:
    """A trained suggestion model: vocabulary, IDF, document vectors, centroids.

    Documents are rows of a sparse matrix kept as CSR arrays (numpy has no
    sparse type, and scipy is too heavy a dependency for this), so a library
    of 10,000 clips takes a few tens of MB.
    """

    def __init__(
        self,
        vocab: dict[str, int],
        idf: npt.NDArray[np.float32],
        uuids: list[str],
        indptr: npt.NDArray[np.int64],
        indices: npt.NDArray[np.int32],
        data: npt.NDArray[np.float32],
        tags: Mapping[str, frozenset[str]],
        centroids: dict[str, npt.NDArray[np.float32]],
        thresholds: dict[str, float],
    ) -> None:
        self.vocab = vocab
        self.terms = [""] * len(vocab)
        for term, i in vocab.items():
            self.terms[i] = term
        self.idf = idf
        self.uuids = uuids
        self.row = {u: i for i, u in enumerate(uuids)}
        self.indptr, self.indices, self.data = indptr, indices, data
        self.tags = tags
        self.centroids = centroids
        self.thresholds = thresholds
        self._names: list[str] = []
        self._matrix: npt.NDArray[np.float32] | None = None

    @property
    def learned_tags(self) -> list[str]:
        """The tags with enough examples to be suggested."""
        return sorted(self.centroids, key=str.casefold)

    def vector(
        self, title: str, text: str
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        """A new article as a sparse (indices, weights) unit vector."""
        return _vectorise(Counter(tokens(title, text)), self.vocab, self.idf)

    def row_vector(self, uuid: str) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        """A trained clip's sparse vector."""
        i = self.row[uuid]
        lo, hi = self.indptr[i], self.indptr[i + 1]
        return self.indices[lo:hi], self.data[lo:hi]

    def scores(self, idx: npt.NDArray[np.int32], val: npt.NDArray[np.float32]) -> dict[str, float]:
        """Cosine of a vector with every tag's centroid (one matrix product)."""
        if not self.centroids:
            return {}
        if self._matrix is None or self._matrix.shape[0] != len(self.centroids):
            self._names = list(self.centroids)
            self._matrix = np.vstack([self.centroids[t] for t in self._names])
        sims = self._matrix[:, idx] @ val
        return dict(zip(self._names, (float(x) for x in sims), strict=True))

    def similar(
        self,
        idx: npt.NDArray[np.int32],
        val: npt.NDArray[np.float32],
        tag: str,
        *,
        exclude: str = "",
        k: int = 3,
    ) -> list[str]:
        """The ``k`` clips carrying ``tag`` most similar to a vector."""
        dense = np.zeros(len(self.vocab), dtype=np.float32)
        dense[idx] = val
        carriers = [u for u, t in self.tags.items() if tag in t and u != exclude and u in self.row]
        sims = []
        for u in carriers:
            ci, cv = self.row_vector(u)
            sims.append((float(np.dot(dense[ci], cv)), u))
        sims.sort(reverse=True)
        return [u for s, u in sims[:k] if s > 0]

    def top_terms(
        self, idx: npt.NDArray[np.int32], val: npt.NDArray[np.float32], tag: str, k: int = 6
    ) -> list[str]:
        """The terms that add most to the clip's score for ``tag``."""
        contrib = self.centroids[tag][idx] * val
        order = np.argsort(-contrib)[:k]
        return [self.terms[int(idx[i])] for i in order if contrib[i] > 0]

    def suggest(
        self,
        uuid: str,
        idx: npt.NDArray[np.int32],
        val: npt.NDArray[np.float32],
        *,
        carried: Iterable[str] = (),
        rejected: Iterable[str] = (),
        limit: int = 3,
        explain: bool = True,
    ) -> list[Suggestion]:
        """Tags to suggest for one clip, best first.

        Skips the tags it carries and the ones the user rejected for it.
        """
        skip = {t.casefold() for t in carried} | {t.casefold() for t in rejected}
        ranked = sorted(self.scores(idx, val).items(), key=lambda kv: -kv[1])
        out = []
        for tag, score in ranked:
            if tag.casefold() in skip or score < self.thresholds.get(tag, 1.0):
                continue
            terms = tuple(self.top_terms(idx, val, tag))
            similar = tuple(self.similar(idx, val, tag, exclude=uuid)) if explain else ()
            out.append(Suggestion(uuid, tag, round(score, 4), terms, similar))
            if len(out) >= limit:
                break
        return out


def with_similar(
    model: Model, suggestion: Suggestion, title: str = "", text: str = ""
) -> Suggestion:
    """Fill in the most similar clips of a suggestion made without them.

    They are the costly part of an explanation, so this is done only for the
    suggestions shown.
    """
    if suggestion.uuid in model.row:
        idx, val = model.row_vector(suggestion.uuid)
    else:
        idx, val = model.vector(title, text)
    similar = tuple(model.similar(idx, val, suggestion.tag, exclude=suggestion.uuid))
    return dataclasses.replace(suggestion, similar=similar)


def train(
    examples: Sequence[Example],
    rejected: Iterable[tuple[str, str]] = (),
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    min_examples: int = MIN_EXAMPLES,
) -> Model:
    """Fit the model on every clip (tagged or not: all of them shape the IDF).

    Args:
        examples: the library's clips with their tags.
        rejected: (uuid, tag) pairs the user rejected: negative examples.
        progress: called with (done, total, what) now and then.
        cancelled: polled; when it returns True, ``TrainingCancelled`` is raised.
        min_examples: tags with fewer carriers are not learned.
    """
    total = len(examples)
    counts: list[Counter[str]] = []
    df: Counter[str] = Counter()
    for n, ex in enumerate(examples):
        if n % 500 == 0:
            _check(progress, cancelled, n, total)
        bag = Counter(tokens(ex.title, ex.text))
        counts.append(bag)
        df.update(bag.keys())
    ndocs = max(1, total)
    # Terms in one clip only cannot generalise; terms in most clips cannot discriminate.
    kept = [t for t, d in df.items() if 2 <= d <= 0.5 * ndocs or (ndocs < 20 and d >= 1)]
    kept.sort(key=lambda t: -df[t])
    vocab = {t: i for i, t in enumerate(kept[:MAX_FEATURES])}
    idf = np.zeros(len(vocab), dtype=np.float32)
    for term, i in vocab.items():
        idf[i] = math.log((1 + ndocs) / (1 + df[term])) + 1.0
    indptr = np.zeros(total + 1, dtype=np.int64)
    parts_i: list[npt.NDArray[np.int32]] = []
    parts_v: list[npt.NDArray[np.float32]] = []
    for n, bag in enumerate(counts):
        idx, val = _vectorise(bag, vocab, idf)
        parts_i.append(idx)
        parts_v.append(val)
        indptr[n + 1] = indptr[n] + len(idx)
    _check(progress, cancelled, total, total)
    indices = np.concatenate(parts_i) if parts_i else np.zeros(0, dtype=np.int32)
    data = np.concatenate(parts_v) if parts_v else np.zeros(0, dtype=np.float32)
    tags = {ex.uuid: ex.tags for ex in examples}
    model = Model(vocab, idf, [ex.uuid for ex in examples], indptr, indices, data, tags, {}, {})
    _fit_centroids(model, rejected, min_examples)
    return model


def _fit_centroids(model: Model, rejected: Iterable[tuple[str, str]], min_examples: int) -> None:
    carriers: dict[str, list[int]] = {}
    for uuid, tags in model.tags.items():
        for tag in tags:
            carriers.setdefault(tag, []).append(model.row[uuid])
    negatives: dict[str, list[int]] = {}
    for uuid, tag in rejected:
        if uuid in model.row:
            negatives.setdefault(tag, []).append(model.row[uuid])
    size = len(model.vocab)
    every = _all_rows_scorer(model)
    tagged = np.array([bool(model.tags.get(u)) for u in model.uuids], dtype=bool)
    for tag, rows in carriers.items():
        if len(rows) < min_examples:
            continue
        total = _sum(model, rows, size)
        negs = sorted(set(negatives.get(tag, [])) - set(rows))
        shift: npt.NDArray[np.float32] = (
            (NEGATIVE_SHARE * _sum(model, negs, size) / len(negs)).astype(np.float32)
            if negs
            else np.zeros(size, np.float32)
        )
        centroid = np.maximum(total / len(rows) - shift, 0.0)
        norm = float(np.linalg.norm(centroid))
        if norm == 0:
            continue
        centroid = (centroid / norm).astype(np.float32)
        model.centroids[tag] = centroid
        held_out = _leave_one_out(model, total, shift, rows)
        scores = every(centroid)
        mask = np.ones(len(scores), dtype=bool)
        mask[rows] = False
        mask[negs] = False
        labelled = mask & tagged  # clips the user tagged as something else
        model.thresholds[tag] = _threshold(
            held_out, scores[labelled], scores[mask & ~tagged], scores[negs] if negs else scores[:0]
        )


def _sum(model: Model, rows: Sequence[int], size: int) -> npt.NDArray[np.float32]:
    acc = np.zeros(size, dtype=np.float32)
    for r in rows:
        lo, hi = model.indptr[r], model.indptr[r + 1]
        np.add.at(acc, model.indices[lo:hi], model.data[lo:hi])
    return acc


def _all_rows_scorer(model: Model) -> Callable[[npt.NDArray[np.float32]], npt.NDArray[np.float32]]:
    """Scores of every trained clip against a centroid, in one vectorised pass."""
    starts = model.indptr[:-1]
    empty = model.indptr[1:] == starts
    n = len(model.uuids)

    def score(centroid: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        if not len(model.data):
            return np.zeros(n, dtype=np.float32)
        products = model.data * centroid[model.indices]
        sums = np.add.reduceat(products, np.minimum(starts, len(products) - 1)).astype(np.float32)
        sums[empty] = 0.0
        return sums

    return score


def _leave_one_out(
    model: Model,
    total: npt.NDArray[np.float32],
    shift: npt.NDArray[np.float32],
    rows: Sequence[int],
) -> npt.NDArray[np.float32]:
    """Each carrier's score against the centroid of the *other* carriers.

    A carrier always looks close to a centroid it helped to make; how far a
    new clip of the tag will be is better told by leaving each one out. The
    norms come from the expansion ||a - x/m||^2 = ||a||^2 - 2a.x/m + 1/m^2
    (rows are unit vectors), so each carrier costs only its own terms.
    """
    m = len(rows) - 1
    if m < 1:
        return np.zeros(0, dtype=np.float32)
    sample = list(rows) if len(rows) <= 300 else random.Random(len(rows)).sample(list(rows), 300)
    base = total / m - shift
    base_sq = float(np.dot(base, base))
    out = np.zeros(len(sample), dtype=np.float32)
    for k, r in enumerate(sample):
        lo, hi = model.indptr[r], model.indptr[r + 1]
        idx, val = model.indices[lo:hi], model.data[lo:hi]
        dot = float(np.dot(base[idx], val))
        norm_sq = base_sq - 2 * dot / m + 1 / m**2
        out[k] = (dot - 1 / m) / math.sqrt(norm_sq) if norm_sq > 1e-12 else 0.0
    return out


UNTAGGED_WEIGHT = 0.25  # an untagged clip is unlabelled, not a firm negative


def _threshold(
    carriers: npt.NDArray[np.float32],
    others: npt.NDArray[np.float32],
    untagged: npt.NDArray[np.float32],
    rejected: npt.NDArray[np.float32],
) -> float:
    """A per-tag cut-off that best separates the carriers from the other clips.

    Each carrier is scored with itself left out, and the cut-off sits above
    every rejected clip.

    Cosines vary with how coherent a tag is, so one global cut-off would
    flood a broad tag with suggestions and starve a narrow one. The cut is
    the carrier score that maximises F1, counting clips with other tags as
    negatives and untagged clips as a quarter of one (they are unlabelled:
    some are exactly the clips to suggest for); it is then lowered to the
    middle of the gap below it, so a new clip a little less typical than
    the carriers still gets the suggestion.
    """
    cut = 0.05
    if len(carriers):
        tagged_sorted, untagged_sorted = np.sort(others), np.sort(untagged)
        best = -1.0
        for candidate in np.unique(carriers):
            tp = int(np.sum(carriers >= candidate))
            fp = _above(tagged_sorted, candidate) + UNTAGGED_WEIGHT * _above(
                untagged_sorted, candidate
            )
            f1 = 2 * tp / (2 * tp + fp + (len(carriers) - tp))
            if f1 > best:
                best, cut = f1, float(candidate)
        pool = others if len(others) else untagged
        below = pool[pool < cut]
        cut = (cut + (float(below.max()) if len(below) else 0.0)) / 2
    if len(rejected):
        cut = max(cut, float(np.max(rejected)) + 1e-4)
    return max(cut, 0.02)


def _above(ordered: npt.NDArray[np.float32], value: float) -> int:
    return len(ordered) - int(np.searchsorted(ordered, value, side="left"))


def _vectorise(
    bag: Mapping[str, int], vocab: Mapping[str, int], idf: npt.NDArray[np.float32]
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
    ids = np.fromiter((vocab.get(t, -1) for t in bag), dtype=np.int64, count=len(bag))
    tf = np.fromiter(bag.values(), dtype=np.float32, count=len(bag))
    keep = ids >= 0
    order = np.argsort(ids[keep], kind="stable")
    idx = ids[keep][order].astype(np.int32)
    val = ((1.0 + np.log(tf[keep][order])) * idf[idx]).astype(np.float32)
    norm = float(np.linalg.norm(val))
    return idx, (val / norm if norm else val)


def _check(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise TrainingCancelled()
    if progress is not None:
        progress(done, total, "learning from your tags")
