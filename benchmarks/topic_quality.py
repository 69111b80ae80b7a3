"""Quality of automatic tagging: topic rules and learned suggestions.

Usage::

    python benchmarks/topic_quality.py --corpus ../shared/corpus/paste [--library LIB.db]

With ``--corpus``: every case ``NAME.txt`` whose ``NAME.expected.json`` has a
``topics`` field is scored

- by the library's topics (the starter set, read from resources/topics):
  per topic, precision and recall of "tagged automatically" against the
  expected topics, on the text as cleaned by ``clipper.clean.clean_text``
  and on the raw paste (title = first line) side by side;
- by learned suggestions in leave-one-out: for each case, a model trained on
  the other cases (their expected topics as the user's tags) suggests tags
  for the case left out. Three light models are compared on the same folds:
  Rocchio centroids (Clipper's), k-nearest neighbours (k=3) and multinomial
  naive Bayes, all on the same TF-IDF features.

With ``--library`` (a file from ``make_library.py``): time training on every
clip, suggesting for every clip, and a dry run of each topic; then hide the
tags of one clip in ten and measure how often the learned suggestions put
them back (precision and recall at the model's own cut-offs).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clipper.topics import learn, scoring, starter  # noqa: E402


def load_cases(folder: Path) -> list[dict[str, object]]:
    cases = []
    for expected in sorted(folder.glob("*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        if "topics" not in data:
            continue
        raw = expected.with_name(expected.name.replace(".expected.json", ".txt")).read_text(
            encoding="utf-8"
        )
        cases.append(
            {
                "name": expected.name.replace(".expected.json", ""),
                "raw": raw,
                "topics": set(data["topics"]),
            }
        )
    return cases


def texts(case: dict[str, object], mode: str) -> tuple[str, str | None, str]:
    raw = str(case["raw"])
    if mode == "raw":
        first = next((line.strip() for line in raw.splitlines() if line.strip()), "")
        return first, None, raw
    from clipper.clean import clean_text

    article = clean_text(raw)
    return article.title, article.subtitle, article.text


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def rules(cases: list[dict[str, object]], modes: list[str]) -> None:
    topics = [scoring.CompiledTopic(s.topic) for s in starter.specs()]
    print("\n## Topic rules (starter topics), per topic")
    print(
        f"{'topic':<22} {'mode':<6} {'pos':>4} {'TP':>3} {'FP':>3} {'FN':>3} "
        f"{'prec':>6} {'recall':>6}"
    )
    details: list[str] = []
    for mode in modes:
        scored = {}
        for case in cases:
            title, subtitle, body = texts(case, mode)
            scored[case["name"]] = {
                s.topic: s for s in scoring.score_text(topics, title, subtitle, body)
            }
        labelled = {t for c in cases for t in c["topics"]}  # type: ignore[attr-defined]
        for topic in topics:
            name = topic.topic.name
            if name not in labelled:
                hits = [str(c["name"]) for c in cases if scored[c["name"]][name].applies]
                print(
                    f"{name:<22} {mode:<6} (not labelled in the corpus) "
                    f"tagged: {', '.join(hits) or '-'}"
                )
                continue
            tp = fp = fn = pos = 0
            for case in cases:
                want = name in case["topics"]  # type: ignore[operator]
                got = scored[case["name"]][name].applies
                pos += want
                tp += want and got
                fp += got and not want
                fn += want and not got
            p, r, _ = prf(tp, fp, fn)
            print(f"{name:<22} {mode:<6} {pos:>4} {tp:>3} {fp:>3} {fn:>3} {p:>6.2f} {r:>6.2f}")
        for case in cases:
            s = scored[case["name"]]["tech self-reliance"]
            want = "tech self-reliance" in case["topics"]  # type: ignore[operator]
            ok = "ok " if s.applies == want else "BAD"
            missing = f" missing {','.join(s.missing_facets)}" if s.missing_facets else ""
            details.append(
                f"{ok} {mode:<6} {case['name']:<28} want={int(want)} score={s.score:6.1f}{missing}"
            )
    print(
        "\n'tech self-reliance' case by case (threshold "
        f"{next(t.topic.threshold for t in topics if t.topic.name == 'tech self-reliance'):g}):"
    )
    print("\n".join(details))


# -- learned suggestions: three models on the same features -------------------------


def _features(examples: list[learn.Example]) -> tuple[learn.Model, np.ndarray]:
    model = learn.train(examples, min_examples=1)
    dense = np.zeros((len(examples), len(model.vocab)), dtype=np.float32)
    for i, ex in enumerate(examples):
        idx, val = model.row_vector(ex.uuid)
        dense[i, idx] = val
    return model, dense


def loo(cases: list[dict[str, object]], mode: str) -> None:
    tags = sorted({t for c in cases for t in c["topics"]})  # type: ignore[attr-defined]
    parts = [texts(c, mode) for c in cases]
    examples = [
        learn.Example(str(c["name"]), p[0], p[2], frozenset(c["topics"]))
        for c, p in zip(cases, parts, strict=True)
    ]  # type: ignore[arg-type]
    models: dict[str, Callable[[list[learn.Example], learn.Example], set[str]]] = {
        "rocchio": _rocchio,
        "knn-3": _knn,
        "naive-bayes": _nb,
    }
    print(f"\n## Learned suggestions, leave-one-out ({mode} text, {len(cases)} cases)")
    print(f"{'model':<12} {'tag':<22} {'TP':>3} {'FP':>3} {'FN':>3} {'prec':>6} {'recall':>6}")
    for name, predict in models.items():
        for tag in tags:
            tp = fp = fn = 0
            for i, held in enumerate(examples):
                train = examples[:i] + examples[i + 1 :]
                got = tag in predict(train, held)
                want = tag in held.tags
                tp += got and want
                fp += got and not want
                fn += want and not got
            p, r, _ = prf(tp, fp, fn)
            print(f"{name:<12} {tag:<22} {tp:>3} {fp:>3} {fn:>3} {p:>6.2f} {r:>6.2f}")


def _rocchio(train: list[learn.Example], held: learn.Example) -> set[str]:
    model = learn.train(train)
    return {
        s.tag for s in model.suggest(held.uuid, *model.vector(held.title, held.text), explain=False)
    }


def _knn(train: list[learn.Example], held: learn.Example, k: int = 3) -> set[str]:
    model, dense = _features(train)
    idx, val = model.vector(held.title, held.text)
    sims = dense[:, idx] @ val
    top = np.argsort(-sims)[:k]
    votes: dict[str, float] = {}
    for i in top:
        for tag in train[int(i)].tags:
            votes[tag] = votes.get(tag, 0.0) + float(sims[i])
    total = float(sum(sims[top])) or 1.0
    return {t for t, v in votes.items() if v / total > 0.5}


def _nb(train: list[learn.Example], held: learn.Example) -> set[str]:
    bags = [learn.tokens(e.title, e.text) for e in train]
    vocab = {w for b in bags for w in b}
    words = learn.tokens(held.title, held.text)
    out = set()
    for tag in {t for e in train for t in e.tags}:
        pos = [b for b, e in zip(bags, train, strict=True) if tag in e.tags]
        neg = [b for b, e in zip(bags, train, strict=True) if tag not in e.tags]
        prior = math.log(len(pos) / len(train)) - math.log(len(neg) / len(train))
        lp = _loglik(pos, vocab, words) - _loglik(neg, vocab, words)
        if prior + lp > 0:
            out.add(tag)
    return out


def _loglik(bags: list[list[str]], vocab: set[str], words: list[str]) -> float:
    counts: dict[str, int] = {}
    for b in bags:
        for w in b:
            counts[w] = counts.get(w, 0) + 1
    total = sum(counts.values()) + len(vocab)
    return sum(math.log((counts.get(w, 0) + 1) / total) for w in words if w in vocab)


# -- a large library: speed and held-out accuracy ------------------------------------


def library_bench(path: Path) -> None:
    from clipper.library import Library
    from clipper.store import suggestions as store_sugg

    lib = Library.open(path)
    try:
        n = lib.count()
        started, cpu = time.perf_counter(), time.process_time()
        model = lib.train_suggestions()
        trained, trained_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"\n## Library {path.name}: {n} clips, {len(model.learned_tags)} tags learned")
        print(
            f"load average now: {' '.join(f'{x:.1f}' for x in __import__('os').getloadavg())} "
            f"on {__import__('os').cpu_count()} cores (wall times suffer when others run)"
        )
        print(
            f"train (read + fit):          {trained:7.2f} s   ({trained_cpu:.2f} s CPU)   "
            f"vocabulary {len(model.vocab)}"
        )
        started = time.perf_counter()
        found = lib.suggest_tags(model=model, limit=3)
        print(
            f"suggest for every clip:      {time.perf_counter() - started:7.2f} s   "
            f"{len(found)} suggestions"
        )
        started = time.perf_counter()
        some = lib.suggest_tags(list(model.uuids[:50]), model=model)
        print(
            f"suggest+explain for 50 clips:{time.perf_counter() - started:7.2f} s   "
            f"{len(some)} suggestions"
        )
        for topic in lib.topics()[:5]:
            started, cpu = time.perf_counter(), time.process_time()
            plan = lib.plan_topic(topic.name)
            print(
                f"dry run '{topic.name[:24]}': {time.perf_counter() - started:6.2f} s "
                f"({time.process_time() - cpu:.2f} s CPU)  "
                f"+{len(plan.gain)} -{len(plan.lose)} ={plan.unchanged}"
            )
        # Held-out: hide the user tags of one clip in ten.
        tag_map = store_sugg.clip_tags(lib._db)
        rows = list(store_sugg.texts(lib._db))
        rng = random.Random(1)
        held = {u for u, *_ in rows if u in tag_map and rng.random() < 0.1}
        examples = [
            learn.Example(
                u,
                t,
                s,
                frozenset()
                if u in held
                else frozenset(k for k, v in tag_map.get(u, {}).items() if v != "topic"),
            )
            for u, t, _sub, s in rows
        ]
        model = learn.train(examples)
        tp = fp = fn = 0
        for u, _t, _sub, _s in rows:
            if u not in held:
                continue
            want = {k for k, v in tag_map[u].items() if v != "topic"}
            got = {x.tag for x in model.suggest(u, *model.row_vector(u), limit=5, explain=False)}
            tp += len(want & got)
            fp += len(got - want)
            fn += len(want - got)
        p, r, f = prf(tp, fp, fn)
        print(f"held-out tags of {len(held)} clips: precision {p:.2f} recall {r:.2f} F1 {f:.2f}")
    finally:
        lib.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, help="a folder of NAME.txt + NAME.expected.json cases"
    )
    parser.add_argument(
        "--library", type=Path, help="a library built by make_library.py, for speed"
    )
    args = parser.parse_args(argv)
    if args.corpus:
        cases = load_cases(args.corpus)
        print(f"# topic quality on {len(cases)} cases of {args.corpus}")
        modes = ["clean", "raw"]
        rules(cases, modes)
        for mode in modes:
            loo(cases, mode)
    if args.library:
        library_bench(args.library)
    if not (args.corpus or args.library):
        parser.error("give --corpus DIR and/or --library FILE")


if __name__ == "__main__":
    main()
