"""The facade both shells call: every use case of Clipper, in one place.

The GUI and the command line never touch SQLite, cleaning or the formats
directly; they call a ``Library``. Each mutation runs as one transaction and
returns a ``Changes`` record so the GUI can decide what to refresh (Anki's
``Collection`` and ``OpChanges``). A ``Library`` holds one connection and is
used from one thread; a worker thread opens its own with ``Library.open`` on
the same path.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from clipper import clean, paths
from clipper.errors import DuplicateError, InputError
from clipper.model import (
    Article,
    Capture,
    Changes,
    Clip,
    ImportFailure,
    ImportSummary,
    Original,
    SearchResult,
    SortOrder,
    Tag,
)
from clipper.store import clips as store_clips
from clipper.store import db as store_db
from clipper.store import saved, schema, search
from clipper.store import tags as store_tags
from clipper.store import fingerprint as fp

Clock = Callable[[], dt.datetime]
Progress = Callable[[int, int, str], None]  # done, total, current item
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Preview:
    """What the capture dialog shows before the user saves.

    ``duplicate`` is the clip already in the library that this article
    repeats, if any. ``topics`` are the topic tags that matched, each with
    its score and whether it is confident enough to be ticked by default.
    """

    article: Article
    original: Original
    duplicate: Clip | None
    topics: tuple[TopicSuggestion, ...] = ()


@dataclass(frozen=True)
class TopicSuggestion:
    """A tag proposed for an article, with the evidence for it."""

    tag: str
    score: float
    confident: bool
    reasons: tuple[str, ...] = ()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Library:
    """An open library file and the use cases on it."""

    def __init__(self, db: store_db.Db, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, clock: Clock | None = None) -> Library:
        """Open (creating and migrating as needed) the library at ``path``.

        ``None`` means ``CLIPPER_LIBRARY`` or the platform's data folder.

        Raises:
            LibraryError: the file cannot be opened, created or migrated.
        """
        db = store_db.connect(paths.library_path(path))
        try:
            created = schema.version(db) == 0
            schema.migrate(db, now=clock or _utcnow)
        except BaseException:
            db.close()
            raise
        lib = cls(db, clock or _utcnow)
        if created:
            lib._on_created()
        return lib

    def _on_created(self) -> None:
        """Hook for a brand-new library (starter topics are copied here)."""
        from clipper.topics import starter

        starter.install(self)

    @property
    def path(self) -> Path:
        """The library file."""
        return self._db.path

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def now(self) -> str:
        """The library's clock as an ISO 8601 UTC timestamp (seconds)."""
        return self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")

    # -- capture -----------------------------------------------------------

    def prepare(self, capture: Capture) -> Preview:
        """Clean what the user captured and say what would be saved.

        Nothing is written. Raises ``InputError`` for input that holds no
        article at all (empty, binary).
        """
        article = self._clean(capture)
        original = Original(kind=capture.kind, content=capture.content, name=capture.name)
        duplicate = self.find_duplicate(article)
        from clipper.topics import apply as topic_apply

        topics = tuple(topic_apply.suggest_for_article(self, article))
        return Preview(article=article, original=original, duplicate=duplicate, topics=topics)

    def _clean(self, capture: Capture) -> Article:
        if not capture.content.strip():
            raise InputError(f"{capture.name or 'The clipboard'} holds no text to clip.")
        if not capture.clean:
            article = clean.clean_text(capture.content, url=capture.url)
            article = replace(article, removed=())
        elif capture.kind == "html":
            article = clean.clean_html(capture.content, url=capture.url)
        else:
            article = clean.clean_text(capture.content, url=capture.url)
        return _with_metadata(article, capture.metadata)

    def capture(
        self,
        article: Article,
        original: Original,
        *,
        tags: Iterable[str] = (),
        allow_duplicate: bool = False,
        uuid: str | None = None,
        notes: str = "",
    ) -> tuple[Clip, Changes]:
        """Store a cleaned article with its original; one transaction.

        Raises:
            DuplicateError: the article is already in the library (same
                canonical URL or same body) and ``allow_duplicate`` is False.
        """
        duplicate = self.find_duplicate(article)
        if duplicate is not None and not allow_duplicate:
            raise DuplicateError(
                f"Already in the library as “{duplicate.title or duplicate.uuid}” ({duplicate.uuid}).",
                duplicate.uuid,
            )
        now = self.now()
        clip = Clip(
            uuid=uuid or str(uuidlib.uuid4()),
            title=article.title,
            subtitle=article.subtitle,
            authors=article.authors,
            published=article.published,
            site=article.site,
            url=article.url,
            canonical_url=fp.canonical_url(article.url),
            lang=article.lang,
            text=article.text,
            html=article.html,
            excerpt=article.excerpt,
            word_count=fp.word_count(article.text),
            fingerprint=fp.fingerprint(article.text),
            original=original,
            removed=article.removed,
            notes=notes,
            captured=now,
            updated=now,
            tags=tuple(tags),
            duplicate_of=duplicate.uuid if duplicate else None,
        )
        with self._db.transaction():
            store_clips.insert(self._db, clip)
        return self.get(clip.uuid), Changes(added=(clip.uuid,), tags=bool(clip.tags))

    def add(self, capture: Capture, *, tags: Iterable[str] = (), allow_duplicate: bool = False) -> Clip:
        """Clean, tag by topic and store in one go (the command line and bulk import)."""
        preview = self.prepare(capture)
        chosen = list(tags) + [t.tag for t in preview.topics if t.confident]
        clip, _ = self.capture(
            preview.article, preview.original, tags=_unique(chosen), allow_duplicate=allow_duplicate
        )
        return clip

    def find_duplicate(self, article: Article) -> Clip | None:
        """The clip this article repeats: same canonical URL, else same body."""
        found = store_clips.find_duplicate(
            self._db, fp.canonical_url(article.url), fp.fingerprint(article.text)
        )
        return found

    def import_paths(
        self,
        paths_: Sequence[str | Path],
        *,
        tags: Iterable[str] = (),
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportSummary:
        """Import files and folders (recursively); one transaction per file.

        A file that fails is recorded with its reason and the import goes on;
        what was imported before a cancel stays.
        """
        from clipper.importers import registry

        files = registry.expand(paths_)
        added: list[str] = []
        dups: list[tuple[str, str]] = []
        failed: list[ImportFailure] = []
        tag_list = list(tags)
        for done, file in enumerate(files):
            if cancelled is not None and cancelled():
                return ImportSummary(tuple(added), tuple(dups), failed=tuple(failed), cancelled=True)
            if progress is not None:
                progress(done, len(files), str(file))
            try:
                for capture in registry.read_path(file):
                    try:
                        added.append(self.add(capture, tags=tag_list).uuid)
                    except DuplicateError as err:
                        dups.append((str(file), err.existing_uuid))
            except InputError as err:
                failed.append(ImportFailure(str(file), str(err)))
        if progress is not None:
            progress(len(files), len(files), "")
        return ImportSummary(tuple(added), tuple(dups), failed=tuple(failed))

    # -- reading -----------------------------------------------------------

    def get(self, uuid: str, *, original: bool = True) -> Clip:
        """One clip with everything. Raises ``NotFoundError``."""
        return store_clips.get(self._db, uuid, original=original)

    def search(
        self,
        query: str = "",
        *,
        sort: SortOrder = "relevance",
        limit: int = 50,
        offset: int = 0,
    ) -> SearchResult:
        """Clips matching ``query`` (the query language), a page at a time.

        An empty query lists the library, newest captured first. Raises
        ``QueryError`` with the position of a syntax error.
        """
        return search.search(self._db, query, sort=sort, limit=limit, offset=offset)

    def search_uuids(self, query: str = "", *, sort: str = "relevance", descending: bool = True) -> list[str]:
        """Every matching clip's UUID in order, for lazy list models.

        ``sort`` is "relevance" or a column: "title", "site", "authors",
        "published", "captured".
        """
        return search.search_uuids(self._db, query, sort=sort, descending=descending)

    def summaries(self, uuids: Sequence[str]) -> list[Clip]:
        """Clips without text, html or original, in the order asked."""
        return store_clips.summaries(self._db, uuids)

    def count(self, query: str = "") -> int:
        """How many clips match ``query``."""
        return search.count(self._db, query)

    def timeline(self, query: str = "", *, bucket: str = "month") -> list[tuple[str, int]]:
        """Clips per period ("week" or "month") by published date (else captured)."""
        return search.timeline(self._db, query, bucket=bucket)

    # -- editing -----------------------------------------------------------

    def update(self, uuid: str, **fields: object) -> Changes:
        """Change a clip's fields (title, subtitle, authors, published, site, url,
        lang, notes, text, html, removed); ``updated`` is set to now."""
        with self._db.transaction():
            store_clips.update(self._db, uuid, fields, updated=self.now())
        return Changes(updated=(uuid,))

    def restore_block(self, uuid: str, index: int) -> Changes:
        """Put the ``index``-th removed block back into the clean article, where it
        stood in the original, and re-save the clip."""
        from clipper.clean import edit

        clip = self.get(uuid)
        body = edit.restore_block(
            edit.Body(clip.text, clip.html, clip.removed), index, edit.original_text(clip.original)
        )
        return self.update(uuid, text=body.text, html=body.html, removed=body.removed)

    def remove_block(self, uuid: str, paragraph: str) -> Changes:
        """Take a paragraph that cleaning kept out of the article (it can be put back)."""
        from clipper.clean import edit

        clip = self.get(uuid, original=False)
        body = edit.remove_paragraph(edit.Body(clip.text, clip.html, clip.removed), paragraph)
        return self.update(uuid, text=body.text, html=body.html, removed=body.removed)

    def highlight_terms(self, query: str) -> list[str]:
        """Words and phrases of a query for the reader to mark (never raises)."""
        return search.highlight_terms(query)

    def delete(self, uuids: Sequence[str]) -> tuple[list[Clip], Changes]:
        """Delete clips; returns them whole so ``restore`` can undo."""
        with self._db.transaction():
            gone = store_clips.delete(self._db, uuids)
        return gone, Changes(deleted=tuple(c.uuid for c in gone), tags=True)

    def restore(self, deleted: Sequence[Clip]) -> Changes:
        """Put deleted clips back exactly as they were (undo of ``delete``)."""
        with self._db.transaction():
            for clip in deleted:
                store_clips.insert(self._db, clip)
        return Changes(added=tuple(c.uuid for c in deleted), tags=True)

    # -- saved searches ----------------------------------------------------

    def saved_searches(self) -> list[tuple[str, str]]:
        """(name, query) of every saved search, by name."""
        return saved.all_saved(self._db)

    def save_search(self, name: str, query: str) -> Changes:
        """Save a search under a name (replacing one of that name)."""
        with self._db.transaction():
            saved.save(self._db, name, query)
        return Changes(searches=True)

    def delete_saved_search(self, name: str) -> Changes:
        """Forget a saved search."""
        with self._db.transaction():
            saved.delete(self._db, name)
        return Changes(searches=True)

    # -- tags --------------------------------------------------------------

    def tags(self) -> list[Tag]:
        """All tags with their clip counts, by name."""
        return store_tags.all_tags(self._db)

    def tag(self, uuids: Sequence[str], names: Iterable[str], *, source: str = "user") -> Changes:
        """Add tags to clips (creating the tags as needed)."""
        with self._db.transaction():
            store_tags.add(self._db, uuids, list(names), source=source)
        return Changes(updated=tuple(uuids), tags=True)

    def untag(self, uuids: Sequence[str], names: Iterable[str]) -> Changes:
        """Remove tags from clips."""
        with self._db.transaction():
            store_tags.remove(self._db, uuids, list(names))
        return Changes(updated=tuple(uuids), tags=True)


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _with_metadata(article: Article, metadata: dict[str, object]) -> Article:
    """Let what a format states (front matter, headers) win over guesses."""
    changes: dict[str, object] = {}
    for key in ("title", "subtitle", "published", "site", "url", "lang"):
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            changes[key] = value.strip()
    authors = metadata.get("authors")
    if isinstance(authors, (list, tuple)) and authors:
        changes["authors"] = tuple(str(a) for a in authors)
    return replace(article, **changes) if changes else article  # type: ignore[arg-type]
