"""Applying topics: to a new article on capture, and to the whole library.

Pure decisions over texts and the tags clips already carry; the library
facade feeds the data in and writes the outcome. The rules that keep a
researcher's trust live here:

- a topic only ever removes a tag that a topic put there (source "topic"):
  what the user tagged by hand is never taken away by a rule;
- a tag the user removed or rejected on a clip (a rejected suggestion) is
  never put back by a rule;
- every change is planned first, so the dry run and the real run are the
  same computation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clipper.model import Article, Topic
from clipper.topics import scoring
from clipper.topics.scoring import CompiledTopic, Score

if TYPE_CHECKING:
    from clipper.library import TopicSuggestion
    from clipper.library.topics import Topics as Library


@dataclass(frozen=True)
class ClipText:
    """The parts of a clip that topics read."""

    uuid: str
    title: str
    subtitle: str | None
    text: str


@dataclass(frozen=True)
class PlannedChange:
    """One clip that would gain or lose a topic's tag, and why."""

    uuid: str
    title: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ApplyPlan:
    """What applying one topic to the library would do (the dry run).

    ``gain``: clips that would get the tag; ``lose``: clips whose
    topic-applied tag no longer fits and would be removed; ``unchanged``:
    how many clips match and already carry it; ``kept_by_user``: clips that
    carry the tag by the user's hand and do not match (left alone);
    ``rejected``: matching clips where the user rejected the tag (left alone).
    """

    topic: str
    gain: tuple[PlannedChange, ...]
    lose: tuple[PlannedChange, ...]
    unchanged: int
    kept_by_user: int
    rejected: int

    @property
    def empty(self) -> bool:
        """True when applying would change nothing."""
        return not (self.gain or self.lose)


def suggest_for_article(lib: Library, article: Article) -> list[TopicSuggestion]:
    """The enabled topics that fit a new article, for the capture preview to show.

    Confident ones are applied, borderline ones offered unticked. Topics with a
    query only count when the query matches.
    """
    topics = [CompiledTopic(t) for t in lib.topics() if t.enabled]
    if not topics:
        return []
    scores = scoring.score_text(topics, article.title, article.subtitle, article.text)
    wanted = [s for s in scores if s.applies or s.borderline]
    queried = [
        t.topic for t in topics if t.topic.query and t.topic.name in {s.topic for s in wanted}
    ]
    failing = {t.name for t in queried if not lib.article_matches_query(article, t.query)}
    return suggestions(s for s in wanted if s.topic not in failing)


def suggestions(scores: Iterable[Score]) -> list[TopicSuggestion]:
    """Turn scores into the facade's suggestion records, best first."""
    from clipper.library import TopicSuggestion

    out = [
        TopicSuggestion(tag=s.topic, score=s.score, confident=s.applies, reasons=s.reasons())
        for s in scores
        if s.applies or s.borderline
    ]
    return sorted(out, key=lambda s: (-int(s.confident), -s.score))


def plan(
    topic: Topic,
    clips: Iterable[ClipText],
    carried: Mapping[str, str],
    rejected: set[str],
    allowed: set[str] | None = None,
) -> ApplyPlan:
    """Decide what applying ``topic`` to these clips would change.

    Args:
        topic: the topic (its name is the tag).
        clips: every clip to consider.
        carried: uuid -> source ("user", "topic", "bundle"...) of the clips that
            already carry the tag.
        rejected: uuids where the user rejected or removed the tag.
        allowed: when the topic has a query, the uuids that match it
            (``None``: no query, every clip may match).
    """
    compiled = CompiledTopic(topic)
    gain: list[PlannedChange] = []
    lose: list[PlannedChange] = []
    unchanged = kept = refused = 0
    for clip in clips:
        score = scoring.score_text([compiled], clip.title, clip.subtitle, clip.text)[0]
        fits = score.applies and (allowed is None or clip.uuid in allowed)
        source = carried.get(clip.uuid)
        change = PlannedChange(clip.uuid, clip.title, score.score, score.reasons())
        if fits and source is None:
            if clip.uuid in rejected:
                refused += 1
            else:
                gain.append(change)
        elif fits:
            unchanged += 1
        elif source == "topic":
            lose.append(change)
        elif source is not None:
            kept += 1
    return ApplyPlan(
        topic=topic.name,
        gain=tuple(sorted(gain, key=lambda c: -c.score)),
        lose=tuple(sorted(lose, key=lambda c: c.score)),
        unchanged=unchanged,
        kept_by_user=kept,
        rejected=refused,
    )


def preview_counts(topic: Topic, clips: Sequence[ClipText]) -> tuple[int, int]:
    """(confident, borderline) matches of a topic being edited, for a live preview."""
    compiled = CompiledTopic(topic)
    confident = borderline = 0
    for clip in clips:
        score = scoring.score_text([compiled], clip.title, clip.subtitle, clip.text)[0]
        confident += score.applies
        borderline += score.borderline
    return confident, borderline
