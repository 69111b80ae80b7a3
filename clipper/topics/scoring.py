"""Scoring an article against a topic, with the evidence for the score.

The score is a sum a person can check by hand: each term that occurs adds
its weight, three times over when it is in the title, twice in the
subtitle, and ``1 + log2(n)`` for ``n`` occurrences in the body (capped, so
an article cannot win by repeating one word). Terms that rule the topic out
subtract in the same way, four times their weight. When a topic has several
facets, every facet must have at least ``FACET_MIN`` points of evidence (two
terms, a repeated term, or one strong term), or the topic does not apply
whatever the total: one stray "technology" does not make an article about an
island's food self-sufficiency a tech story. The reasons
list each contribution, so the GUI and the command line can show why a clip
was tagged or not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from clipper.model import Topic
from clipper.topics import terms as terms_mod
from clipper.topics.terms import Document, Term

TITLE_FACTOR = 3.0
SUBTITLE_FACTOR = 2.0
BODY_CAP = 3.0  # at most 1 + log2(4) from one term's repeats in the body
FACET_MIN = 2.0  # points each facet needs when a topic has several
BORDERLINE = 0.6  # share of the threshold from which a topic is offered unticked


@dataclass(frozen=True)
class Match:
    """One term found in an article, and what it added to the score."""

    term: str
    facet: str
    title: int
    subtitle: int
    body: int
    points: float

    def describe(self) -> str:
        """The match as people read it: "+4.0 “self-reliance” (title, body ×2)"."""
        where = []
        if self.title:
            where.append("title")
        if self.subtitle:
            where.append("subtitle")
        if self.body:
            where.append("body" + (f" ×{self.body}" if self.body > 1 else ""))
        sign = "+" if self.points >= 0 else "−"
        return f"{sign}{abs(self.points):.1f} “{self.term}” ({', '.join(where)})"


@dataclass(frozen=True)
class Score:
    """How well an article fits a topic, and why."""

    topic: str
    score: float
    threshold: float
    matches: tuple[Match, ...]
    missing_facets: tuple[str, ...] = ()

    @property
    def applies(self) -> bool:
        """True when the topic's tag should be applied without asking."""
        return not self.missing_facets and self.score >= self.threshold

    @property
    def borderline(self) -> bool:
        """True when the article comes close: offered, but not ticked."""
        return (
            not self.missing_facets
            and not self.applies
            and self.score > 0
            and self.score >= BORDERLINE * self.threshold
        )

    def reasons(self) -> tuple[str, ...]:
        """The evidence in words, strongest first, then what is missing."""
        ranked = sorted(self.matches, key=lambda m: -abs(m.points))
        out = [m.describe() for m in ranked]
        out += [f"no term of the facet “{f}” found" for f in self.missing_facets]
        out.append(f"score {self.score:.1f}, threshold {self.threshold:g}")
        return tuple(out)


class CompiledTopic:
    """A topic's terms parsed once, ready to score many articles."""

    def __init__(self, topic: Topic) -> None:
        self.topic = topic
        self.terms: list[Term] = terms_mod.parse_all(list(topic.terms))
        self.exclude: list[Term] = terms_mod.parse_all(list(topic.exclude))
        self.facets: tuple[str, ...] = tuple(sorted({t.facet for t in self.terms}))

    def score(self, doc: Document) -> Score:
        """Score one article (see the module's docstring for the formula)."""
        matches: list[Match] = []
        per_facet = dict.fromkeys(self.facets, 0.0)
        total = 0.0
        for term in self.terms:
            match = _match(term, doc, term.weight)
            if match is not None:
                matches.append(match)
                per_facet[term.facet] += match.points
                total += match.points
        for term in self.exclude:
            match = _match(term, doc, -abs(term.weight) * EXCLUDE_WEIGHT)
            if match is not None:
                matches.append(match)
                total += match.points
        # One facet: the threshold decides. Several: each needs real evidence.
        least = FACET_MIN if len(self.facets) > 1 else 1e-9
        missing = tuple(f or "(terms)" for f, pts in per_facet.items() if pts < least)
        return Score(
            topic=self.topic.name,
            score=round(total, 3),
            threshold=self.topic.threshold,
            matches=tuple(matches),
            missing_facets=missing,
        )


EXCLUDE_WEIGHT = 4.0  # an excluding term counts as much as a strong signal


def _match(term: Term, doc: Document, weight: float) -> Match | None:
    title = doc.title.count(term)
    subtitle = doc.subtitle.count(term)
    body = doc.body.count(term)
    if not (title or subtitle or body):
        return None
    points = 0.0
    if title:
        points += TITLE_FACTOR
    if subtitle:
        points += SUBTITLE_FACTOR
    if body:
        points += min(BODY_CAP, 1.0 + math.log2(body))
    return Match(term.label, term.facet, title, subtitle, body, round(points * weight, 3))


def score_text(
    topics: Sequence[CompiledTopic], title: str, subtitle: str | None, body: str
) -> list[Score]:
    """Score one article against several topics, normalising the text once."""
    doc = Document.of(title, subtitle, body)
    return [t.score(doc) for t in topics]
