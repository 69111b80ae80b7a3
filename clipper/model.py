"""Plain data that crosses the core's boundaries.

Every class here is a frozen dataclass with no behaviour that needs I/O, so
the cleaner, the store, the bundle code and both shells can pass them around
without sharing anything else. Sequences are tuples so the objects stay
hashable and cannot be changed behind the store's back.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Literal

OriginalKind = Literal["text", "html", "file"]
SortOrder = Literal["relevance", "published", "captured"]
TagOrigin = Literal["user", "bundle"]


@dataclass(frozen=True)
class Removed:
    """A block that cleaning took out of the original, and why.

    ``reason`` is a short machine-readable word ("menu", "byline", "date",
    "share", "related", "newsletter", "cookie", "bio", "comments", "caption",
    "advertisement", "title", "boilerplate", "user"...) so the GUI can group and
    explain removals, and the user can put any block back.
    """

    text: str
    reason: str


@dataclass(frozen=True)
class Candidate:
    """One value found for a metadata field, and where it was found.

    ``source`` is one of "json-ld", "meta", "byline", "date-line", "credit", "url",
    "text", "title-tag", "heading", "user"... The chosen candidate has
    ``chosen=True``; the GUI offers the others with one click.
    """

    value: str
    source: str
    chosen: bool = False


@dataclass(frozen=True)
class Article:
    """What cleaning makes of an input: the article and its metadata.

    ``published`` is an ISO 8601 date ("2024-03-06") or full timestamp
    ("2024-03-06T09:30:00+00:00") when the page gives one. ``text`` is the body
    alone (no title or byline), paragraphs separated by one blank line;
    ``html`` is the same body as sanitised HTML.
    """

    title: str = ""
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    url: str | None = None
    lang: str | None = None
    text: str = ""
    html: str = ""
    excerpt: str = ""
    removed: tuple[Removed, ...] = ()
    candidates: dict[str, tuple[Candidate, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The ``clipper clean`` JSON contract (see docs/json-output.md)."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": self.published,
            "site": self.site,
            "url": self.url,
            "lang": self.lang,
            "text": self.text,
            "html": self.html,
            "excerpt": self.excerpt,
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
            "candidates": {
                name: [dataclasses.asdict(c) for c in cands]
                for name, cands in self.candidates.items()
            },
        }


@dataclass(frozen=True)
class Original:
    """The input exactly as captured, kept beside the clean article.

    ``kind`` says how to show it: "text" (a paste or .txt), "html" (a page or
    the clipboard's HTML flavour), "file" (anything else, by ``name``).
    """

    kind: OriginalKind
    content: str
    name: str | None = None


@dataclass(frozen=True)
class Capture:
    """What an importer (or a paste) hands to cleaning.

    ``kind`` is "text" or "html"; ``content`` is already decoded text.
    ``metadata`` holds what the format itself states (front matter, e-mail
    headers, CSL-JSON fields: title, authors, published, site, url, tags,
    notes, lang); those values win over what cleaning guesses. ``clean`` is
    False when the content is already the bare article (a Markdown note), so
    nothing is cut from it.
    """

    kind: OriginalKind
    content: str
    name: str | None = None
    url: str | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    clean: bool = True


@dataclass(frozen=True)
class Clip:
    """An article as the library stores it.

    ``uuid`` is given once at creation and never changes, also across bundle
    export and import. ``fingerprint`` is a hash of the normalised body, used
    with ``canonical_url`` to recognise the same article captured twice.
    ``original`` is None only when a listing did not load it.
    """

    uuid: str
    title: str
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    lang: str | None = None
    text: str = ""
    html: str = ""
    excerpt: str = ""
    word_count: int = 0
    fingerprint: str = ""
    original: Original | None = None
    removed: tuple[Removed, ...] = ()
    notes: str = ""
    captured: str = ""
    updated: str = ""
    tags: tuple[str, ...] = ()
    duplicate_of: str | None = None


@dataclass(frozen=True)
class Tag:
    """A tag with the number of clips that carry it (children not included).

    ``origin`` is "bundle" for tags that arrived in an imported bundle and that
    the user has not adopted yet.
    """

    name: str
    count: int = 0
    color: str | None = None
    origin: TagOrigin = "user"


@dataclass(frozen=True)
class Topic:
    """A tag with a definition that Clipper applies by itself.

    ``terms`` signal the topic (words or phrases, any language); ``exclude``
    rules it out; ``query`` is an optional extra condition in the search
    language; ``threshold`` is the score from which the tag is applied.
    """

    name: str
    description: str = ""
    terms: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    query: str = ""
    threshold: float = 1.0
    enabled: bool = True


@dataclass(frozen=True)
class SearchHit:
    r"""One search result: the clip (without text, html or original), a snippet, a score.

    The snippet has its matched words between ``\x02`` and ``\x03`` marks; the
    score is higher for a better match (0 when sorted by date).
    """

    clip: Clip
    snippet: str
    score: float


@dataclass(frozen=True)
class SearchResult:
    """A page of hits and the total number of matching clips."""

    hits: tuple[SearchHit, ...]
    total: int
    query: str
    seconds: float = 0.0


@dataclass(frozen=True)
class Changes:
    """What a mutation changed, so the GUI refreshes only what it must.

    Modelled on Anki's OpChanges.
    """

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    tags: bool = False
    topics: bool = False
    searches: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            added=self.added + other.added,
            updated=self.updated + other.updated,
            deleted=self.deleted + other.deleted,
            tags=self.tags or other.tags,
            topics=self.topics or other.topics,
            searches=self.searches or other.searches,
        )

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (
            self.added or self.updated or self.deleted or self.tags or self.topics or self.searches
        )


@dataclass(frozen=True)
class ImportFailure:
    """A file that could not be imported, and why, in words for the user."""

    path: str
    reason: str


@dataclass(frozen=True)
class ImportSummary:
    """The outcome of a bulk import or a bundle import."""

    added: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()  # (path or title, existing uuid)
    updated: tuple[str, ...] = ()
    merged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    failed: tuple[ImportFailure, ...] = ()
    cancelled: bool = False
