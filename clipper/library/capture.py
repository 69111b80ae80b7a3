"""Capture: cleaning what the user brought, previewing it, storing it, bulk import."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from clipper import clean
from clipper.clean import sanitize
from clipper.errors import DuplicateError, InputError
from clipper.library.base import Cancelled, Progress
from clipper.library.safety import Safety
from clipper.model import (
    Article,
    Capture,
    Changes,
    Clip,
    ImportFailure,
    ImportSummary,
    Original,
)
from clipper.store import clips as store_clips
from clipper.store import fingerprint as fp
from clipper.store import tags as store_tags


@dataclass(frozen=True)
class Preview:
    """What the capture dialog shows before the user saves.

    ``duplicate`` is the clip already in the library that this article
    repeats, if any. ``topics`` are the topic tags that matched, each with
    its score and whether it is confident enough to be ticked by default.
    ``tags`` and ``notes`` are what the file's format carried (front matter,
    CSL-JSON keywords and notes).
    """

    article: Article
    original: Original
    duplicate: Clip | None
    topics: tuple[TopicSuggestion, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class TopicSuggestion:
    """A tag proposed for an article, with the evidence for it."""

    tag: str
    score: float
    confident: bool
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cleaned:
    """A capture after cleaning, with the tags and notes its format carried."""

    article: Article
    original: Original
    tags: tuple[str, ...] = ()
    notes: str = ""


def clean_capture(capture: Capture) -> Cleaned:
    """Clean one capture without a library, so worker processes can run it.

    ``clipper.importers.parallel`` cleans files on every core this way.

    Raises:
        InputError: the capture holds no text.
    """
    if not capture.content.strip():
        raise InputError(f"{capture.name or 'The clipboard'} holds no text to clip.")
    if not capture.clean:
        article = clean.clean_text(capture.content, url=capture.url)
        article = replace(article, removed=())
    elif capture.kind == "html":
        article = clean.clean_html(capture.content, url=capture.url)
    else:
        article = clean.clean_text(capture.content, url=capture.url)
    if not article.text.strip() and "<img" not in article.html:
        raise InputError(
            f"{capture.name or 'The clipboard'}: no article text was found in it "
            "(it holds only scripts, markup or invisible characters)."
        )
    meta = capture.metadata
    raw_tags = meta.get("tags")
    tags = (
        tuple(str(t) for t in raw_tags if str(t).strip())
        if isinstance(raw_tags, (list, tuple))
        else ()
    )
    notes = meta.get("notes")
    return Cleaned(
        article=_with_metadata(article, meta),
        original=Original(kind=capture.kind, content=capture.content, name=capture.name),
        tags=tags,
        notes=notes.strip() if isinstance(notes, str) else "",
    )


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


def _is_bundle(path: Path) -> bool:
    """Whether a file is a Clipper bundle, by its name (the reader checks the rest)."""
    return path.suffix.casefold() == ".clipbundle"


class Capturing(Safety):
    """Capture: cleaning what the user brought, previewing it, storing it, bulk import."""

    # -- capture -----------------------------------------------------------

    def prepare(self, capture: Capture) -> Preview:
        """Clean what the user captured and say what would be saved.

        Nothing is written. Raises ``InputError`` for input that holds no
        article at all (empty, binary).
        """
        return self.preview_cleaned(clean_capture(capture))

    def preview_cleaned(self, cleaned: Cleaned) -> Preview:
        """The preview of an already cleaned capture: duplicate and topics."""
        from clipper.topics import apply as topic_apply

        article = cleaned.article
        return Preview(
            article=article,
            original=cleaned.original,
            duplicate=self.find_duplicate(article),
            topics=tuple(topic_apply.suggest_for_article(self, article)),
            tags=cleaned.tags,
            notes=cleaned.notes,
        )

    def capture(
        self,
        article: Article,
        original: Original,
        *,
        tags: Iterable[str] = (),
        allow_duplicate: bool = False,
        uuid: str | None = None,
        notes: str = "",
        topic_tags: Iterable[str] = (),
    ) -> tuple[Clip, Changes]:
        """Store a cleaned article with its original; one transaction.

        ``topic_tags`` are tags a topic applied (the confident suggestions the
        user left ticked): stored with source "topic", so a later re-apply of
        the topic may take them off again, which it never does to ``tags``.

        Raises:
            DuplicateError: the article is already in the library (same
                canonical URL or same body) and ``allow_duplicate`` is False.
        """
        canonical = fp.canonical_url(article.url)
        fingerprint = fp.fingerprint(article.text)
        duplicate = store_clips.find_duplicate(self._db, canonical, fingerprint)
        if duplicate is not None and not allow_duplicate:
            raise DuplicateError(
                f"Already in the library as “{duplicate.title or duplicate.uuid}” "
                f"({duplicate.uuid}).",
                duplicate.uuid,
            )
        now = self.now()
        # Cleaning sanitises, but an article may come from an edited preview.
        article = replace(article, html=sanitize.sanitize(article.html, base_url=article.url))
        clip = Clip(
            uuid=uuid or str(uuidlib.uuid4()),
            title=article.title,
            subtitle=article.subtitle,
            authors=article.authors,
            published=article.published,
            site=article.site,
            url=article.url,
            canonical_url=canonical,
            lang=article.lang,
            text=article.text,
            html=article.html,
            excerpt=article.excerpt,
            word_count=fp.word_count(article.text),
            fingerprint=fingerprint,
            original=original,
            removed=article.removed,
            notes=notes,
            captured=now,
            updated=now,
            tags=tuple(tags),
            duplicate_of=duplicate.uuid if duplicate else None,
        )
        by_topic = [
            t for t in _unique(topic_tags) if t.casefold() not in {u.casefold() for u in clip.tags}
        ]
        with self._db.transaction():
            store_clips.insert(self._db, clip)
            if by_topic:
                store_tags.add(self._db, [clip.uuid], by_topic, source="topic")
        return self.get(clip.uuid), Changes(added=(clip.uuid,), tags=bool(clip.tags or by_topic))

    def add(
        self, capture: Capture, *, tags: Iterable[str] = (), allow_duplicate: bool = False
    ) -> Clip:
        """Clean, tag by topic and store in one go (the command line and bulk import)."""
        return self.store_cleaned(
            clean_capture(capture), tags=tags, allow_duplicate=allow_duplicate
        )

    def store_cleaned(
        self, cleaned: Cleaned, *, tags: Iterable[str] = (), allow_duplicate: bool = False
    ) -> Clip:
        """Store a cleaned capture as ``add`` does: with its tags, confident topics and notes.

        The tags are the given ones and the ones its format carried. Split from
        ``add`` so bulk import can clean in other processes and store here, in
        order, one transaction per article.
        """
        preview = self.preview_cleaned(cleaned)
        clip, _ = self.capture(
            preview.article,
            preview.original,
            tags=_unique([*tags, *preview.tags]),
            allow_duplicate=allow_duplicate,
            notes=preview.notes,
            topic_tags=[t.tag for t in preview.topics if t.confident],
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
        workers: int | None = None,
    ) -> ImportSummary:
        """Import files and folders (recursively); one transaction per file.

        Files are cleaned on every core (``workers`` processes, default one
        per core) and stored here in order. A file that fails is recorded
        with its reason and the import goes on; what was imported before a
        cancel stays. Bundles are merged after the other files.
        """
        from clipper.importers import parallel, registry

        files = registry.expand(paths_)
        bundles = [f for f in files if _is_bundle(f)]
        files = [f for f in files if not _is_bundle(f)]
        total = len(files) + len(bundles)
        added: list[str] = []
        dups: list[tuple[str, str]] = []
        failed: list[ImportFailure] = []
        tag_list = list(tags)
        done = 0
        for done, (file, (cleaned, error)) in enumerate(
            parallel.cleaned_in_order(files, workers=workers)
        ):
            if cancelled is not None and cancelled():
                return ImportSummary(
                    tuple(added), tuple(dups), failed=tuple(failed), cancelled=True
                )
            if progress is not None:
                progress(done, total, str(file))
            if error is not None:
                failed.append(ImportFailure(str(file), error))
            for one in cleaned:
                try:
                    added.append(self.store_cleaned(one, tags=tag_list).uuid)
                except DuplicateError as err:
                    dups.append((str(file), err.existing_uuid))
        summary = ImportSummary(tuple(added), tuple(dups), failed=tuple(failed))
        if bundles:
            summary = self._import_bundles(bundles, summary, tags=tag_list, cancelled=cancelled)
        if progress is not None and not summary.cancelled:
            progress(total, total, "")
        return summary
