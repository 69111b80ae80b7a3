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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from clipper import clean, paths
from clipper.clean import sanitize
from clipper.errors import DuplicateError, InputError, UserError
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
    Topic,
)
from clipper.store import clips as store_clips
from clipper.store import db as store_db
from clipper.store import saved, schema, search
from clipper.store import tags as store_tags
from clipper.store import fingerprint as fp
from clipper.store import topics as store_topics

if TYPE_CHECKING:  # the sections' types, named for the shells' annotations
    from clipper.exports.registry import ExportFormat
    from clipper.store.backup import BackupInfo, Health
    from clipper.store.tags import TagUsage
    from clipper.store.topics import Run as TopicRun
    from clipper.topics.apply import ApplyPlan as TopicPlan
    from clipper.topics.apply import ClipText
    from clipper.topics.files import TopicSpec
    from clipper.topics.learn import Model as SuggestionModel
    from clipper.topics.learn import Suggestion as TagSuggestion
    from clipper.topics.scoring import Score as TopicScore

Clock = Callable[[], dt.datetime]
Progress = Callable[[int, int, str], None]  # done, total, current item
Cancelled = Callable[[], bool]


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
            created = schema.migrate(db, now=clock or _utcnow) == 0
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
        duplicate = self.find_duplicate(article)
        if duplicate is not None and not allow_duplicate:
            raise DuplicateError(
                f"Already in the library as “{duplicate.title or duplicate.uuid}” ({duplicate.uuid}).",
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
        by_topic = [t for t in _unique(topic_tags) if t.casefold() not in {u.casefold() for u in clip.tags}]
        with self._db.transaction():
            store_clips.insert(self._db, clip)
            if by_topic:
                store_tags.add(self._db, [clip.uuid], by_topic, source="topic")
        return self.get(clip.uuid), Changes(added=(clip.uuid,), tags=bool(clip.tags or by_topic))

    def add(self, capture: Capture, *, tags: Iterable[str] = (), allow_duplicate: bool = False) -> Clip:
        """Clean, tag by topic and store in one go (the command line and bulk import)."""
        return self.store_cleaned(clean_capture(capture), tags=tags, allow_duplicate=allow_duplicate)

    def store_cleaned(
        self, cleaned: Cleaned, *, tags: Iterable[str] = (), allow_duplicate: bool = False
    ) -> Clip:
        """Store a cleaned capture as ``add`` does: the given tags and the ones its
        format carried, the confident topics, its notes.

        Split from ``add`` so bulk import can clean in other processes and
        store here, in order, one transaction per article.
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
        for done, (file, (cleaned, error)) in enumerate(parallel.cleaned_in_order(files, workers=workers)):
            if cancelled is not None and cancelled():
                return ImportSummary(tuple(added), tuple(dups), failed=tuple(failed), cancelled=True)
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
        if isinstance(fields.get("html"), str):
            fields["html"] = sanitize.sanitize(str(fields["html"]), base_url=None)
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
        """Remove tags from clips.

        The removal is remembered as a rejection, so no topic rule or learned
        suggestion puts the tag back on those clips.
        """
        with self._db.transaction():
            store_tags.remove(self._db, uuids, list(names), remember=self.now())
        return Changes(updated=tuple(uuids), tags=True)

    # -- topics and suggestions ---------------------------------------------
    # Owned by the topics engineer; the GUI's topics dialog calls these.

    def topics(self) -> list[Topic]:
        """Every topic (enabled or not), by name."""
        return store_topics.all_topics(self._db)

    def topic(self, name: str) -> Topic:
        """One topic by name. Raises ``NotFoundError``."""
        return store_topics.get(self._db, name)

    def topic_color(self, name: str) -> str | None:
        """The colour of a topic's tag ("#rrggbb"), if it has one."""
        return store_topics.color(self._db, name)

    def save_topic(
        self, topic: Topic, *, color: str | None = None, rename_from: str | None = None
    ) -> Changes:
        """Create or replace a topic; one transaction.

        ``rename_from``: the topic's current name when the user renamed it
        in the editor (its tag is renamed too, clips and all). Raises
        ``UserError`` for a term that cannot be parsed or a bad query.
        """
        from clipper.topics import files as topic_files

        topic_files.validate(topic)
        if topic.query:
            search.count(self._db, topic.query)  # raises QueryError with the position
        with self._db.transaction():
            if rename_from and store_tags.normalise(rename_from) != store_tags.normalise(topic.name):
                store_tags.rename(self._db, rename_from, topic.name)
            store_topics.save(self._db, topic, updated=self.now())
            if color is not None:
                store_tags.set_color(self._db, topic.name, color)
        return Changes(tags=True, topics=True)

    def delete_topic(self, name: str, *, with_tag: bool = False) -> Changes:
        """Remove a topic's definition. Its tag stays on the clips unless
        ``with_tag`` (then the tag goes from every clip too)."""
        with self._db.transaction():
            store_topics.delete(self._db, name)
            gone = store_tags.delete(self._db, name) if with_tag else []
        return Changes(updated=tuple(gone), tags=True, topics=True)

    def import_topics(self, specs: Iterable[TopicSpec], *, replace: bool = True) -> Changes:
        """Add topics (from a TOML file, a bundle, the starter set); one
        transaction. With ``replace`` False, topics already present are kept."""
        with self._db.transaction():
            for spec in specs:
                if not replace and store_topics.exists(self._db, spec.topic.name):
                    continue
                store_topics.save(self._db, spec.topic, updated=self.now())
                if spec.color:
                    store_tags.set_color(self._db, spec.topic.name, spec.color)
        return Changes(tags=True, topics=True)

    def import_topics_file(self, path: str | Path, *, replace: bool = True) -> list[str]:
        """Read a topics TOML file into the library; returns the topic names.
        Raises ``UserError`` naming the file and the problem."""
        from clipper.topics import files as topic_files

        specs = topic_files.load(Path(path))
        self.import_topics(specs, replace=replace)
        return [s.topic.name for s in specs]

    def export_topics(self, names: Sequence[str] | None = None) -> str:
        """Topics as TOML text (all, or those named), colours included."""
        from clipper.topics import files as topic_files

        chosen = [self.topic(n) for n in names] if names else self.topics()
        specs = [topic_files.TopicSpec(t, self.topic_color(t.name)) for t in chosen]
        return topic_files.dumps(specs)

    def explain_topic(self, topic: Topic | str, uuid: str) -> TopicScore:
        """Why a clip does or does not fit a topic: score, matched terms, missing facets."""
        from clipper.topics import scoring

        definition = self.topic(topic) if isinstance(topic, str) else topic
        clip = self.get(uuid, original=False)
        return scoring.score_text([scoring.CompiledTopic(definition)], clip.title, clip.subtitle, clip.text)[0]

    def preview_topic(self, topic: Topic) -> tuple[int, int]:
        """(confident, borderline) clips a topic being edited would match, for a
        live count in the editor. Reads every clip: run it off the GUI thread."""
        from clipper.topics import apply as topic_apply
        from clipper.topics import files as topic_files

        topic_files.validate(topic)
        return topic_apply.preview_counts(topic, list(self._clip_texts()))

    def plan_topic(self, name: str) -> TopicPlan:
        """The dry run of "apply to library": which clips would gain the tag,
        which topic-applied tags would go, and why. Changes nothing."""
        from clipper.topics import apply as topic_apply
        from clipper.store import suggestions as store_sugg

        topic = self.topic(name)
        allowed = set(search.search_uuids(self._db, topic.query)) if topic.query else None
        return topic_apply.plan(
            topic,
            self._clip_texts(),
            store_tags.sources(self._db, topic.name),
            store_sugg.rejected_for(self._db, topic.name),
            allowed,
        )

    def apply_topics(self, names: Sequence[str]) -> tuple[int, list[TopicPlan], Changes]:
        """Apply topics to the whole library as one undoable step.

        Re-plans inside the transaction (the same computation as the dry
        run, on the library as it is now), writes the tags with source
        "topic", removes only topic-applied tags that no longer fit, and
        logs the run. Returns (run id for ``undo_topic_run``, the plans,
        changes).
        """
        from clipper.store.topics import RunChange

        changes: list[RunChange] = []
        plans = []
        with self._db.transaction():
            for name in names:
                plan = self.plan_topic(name)
                plans.append(plan)
                tag = self.topic(name).name
                for c in plan.gain:
                    store_tags.add(self._db, [c.uuid], [tag], source="topic")
                    changes.append(RunChange(c.uuid, tag, "add"))
                for c in plan.lose:
                    store_tags.remove(self._db, [c.uuid], [tag])
                    changes.append(RunChange(c.uuid, tag, "remove"))
            run = store_topics.record_run(
                self._db, [p.topic for p in plans], changes, created=self.now()
            )
        touched = tuple(dict.fromkeys(c.clip for c in changes))
        return run, plans, Changes(updated=touched, tags=True)

    def undo_topic_run(self, run_id: int | None = None) -> Changes:
        """Undo a topic run (the latest not yet undone by default) as one step:
        tags it added go, tags it removed come back. Clips deleted since are
        skipped. Raises ``NotFoundError`` when there is nothing to undo."""
        with self._db.transaction():
            run = store_topics.get_run(self._db, run_id)
            if run.undone:
                raise UserError(f"Topic run {run.id} was already undone on {run.undone}.")
            touched = []
            for c in reversed(run.changes):
                if not store_clips.exists(self._db, c.clip):
                    continue
                if c.action == "add" and store_tags.sources(self._db, c.tag).get(c.clip) == "topic":
                    store_tags.remove(self._db, [c.clip], [c.tag])
                elif c.action == "remove":
                    store_tags.add(self._db, [c.clip], [c.tag], source=c.source)
                touched.append(c.clip)
            store_topics.mark_undone(self._db, run.id, when=self.now())
        return Changes(updated=tuple(dict.fromkeys(touched)), tags=True)

    def topic_runs(self, limit: int = 20) -> list[TopicRun]:
        """The latest topic runs, newest first, for an undo history."""
        return store_topics.runs(self._db, limit)

    def article_matches_query(self, article: Article, query: str) -> bool:
        """Whether an article not yet saved would match a query of the search
        language (a topic's optional query, checked on capture)."""
        clip = Clip(uuid=str(uuidlib.uuid4()), title=article.title, subtitle=article.subtitle,
                    authors=article.authors, published=article.published, site=article.site,
                    url=article.url, lang=article.lang, text=article.text,
                    captured=self.now(), updated=self.now())
        return store_topics.article_matches_query(clip, query)

    def train_suggestions(
        self, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> SuggestionModel:
        """Learn tag suggestions from the clips the user tagged (and the
        suggestions they rejected). Seconds for 10,000 clips: run it on a
        worker thread with its own ``Library``; ``cancelled`` stops it."""
        from clipper.store import suggestions as store_sugg
        from clipper.topics import learn

        tag_map = store_sugg.clip_tags(self._db)
        examples = [
            learn.Example(u, t, s, frozenset(n for n, src in tag_map.get(u, {}).items() if src != "topic"))
            for u, t, _sub, s in store_sugg.texts(self._db)
        ]
        rejected = store_sugg.rejected(self._db)
        return learn.train(examples, rejected, progress=progress, cancelled=cancelled)

    def suggest_tags(
        self,
        uuids: Sequence[str] | None = None,
        *,
        model: SuggestionModel | None = None,
        limit: int = 3,
        untagged_only: bool = False,
        explain: int = 100,
    ) -> list[TagSuggestion]:
        """Learned tag suggestions for clips (all, or ``uuids``), best first,
        with the terms behind each, and for the best ``explain`` of them the
        most similar clips that carry the tag (``explain_suggestion`` fills
        them in for the others when one is shown). Never suggests a tag a
        clip carries or one the user rejected for it."""
        from clipper.store import suggestions as store_sugg
        from clipper.topics import learn

        model = model or self.train_suggestions()
        tag_map = store_sugg.clip_tags(self._db)
        rejected_by: dict[str, list[tuple[str, str]]] = {}
        for pair in store_sugg.rejected(self._db):
            rejected_by.setdefault(pair[0], []).append(pair)
        out = []
        for uuid, title, _sub, text in store_sugg.texts(self._db, uuids):
            if untagged_only and tag_map.get(uuid):
                continue
            idx, val = model.row_vector(uuid) if uuid in model.row else model.vector(title, text)
            out += model.suggest(
                uuid, idx, val, carried=tag_map.get(uuid, {}),
                rejected=[t for u, t in rejected_by.get(uuid, ())], limit=limit, explain=False,
            )
        out.sort(key=lambda s: -s.score)
        return [learn.with_similar(model, s) if i < explain else s for i, s in enumerate(out)]

    def explain_suggestion(self, suggestion: TagSuggestion, model: SuggestionModel) -> TagSuggestion:
        """The suggestion with its most similar tagged clips filled in."""
        from clipper.topics import learn

        return learn.with_similar(model, suggestion)

    def suggest_tags_for_article(
        self, article: Article, *, model: SuggestionModel, limit: int = 3
    ) -> list[TagSuggestion]:
        """Learned suggestions for an article being captured (the preview dialog)."""
        idx, val = model.vector(article.title, article.text)
        return model.suggest("", idx, val, limit=limit)

    def accept_suggestions(self, pairs: Sequence[tuple[str, str]]) -> Changes:
        """Apply (uuid, tag) suggestions the user accepted, as the user's own tags."""
        with self._db.transaction():
            for uuid, tag in pairs:
                store_tags.add(self._db, [uuid], [tag], source="user")
        return Changes(updated=tuple(dict.fromkeys(u for u, _ in pairs)), tags=True)

    def reject_suggestions(self, pairs: Sequence[tuple[str, str]]) -> Changes:
        """Reject (uuid, tag) suggestions: never suggested again for that clip,
        and a negative example the next time the model trains."""
        from clipper.store import suggestions as store_sugg

        with self._db.transaction():
            store_sugg.reject(self._db, pairs, when=self.now())
        return Changes(updated=tuple(dict.fromkeys(u for u, _ in pairs)), tags=True)

    def unreject_suggestions(self, pairs: Sequence[tuple[str, str]]) -> Changes:
        """Forget rejections (the undo of ``reject_suggestions``)."""
        from clipper.store import suggestions as store_sugg

        with self._db.transaction():
            store_sugg.forget(self._db, pairs)
        return Changes(updated=tuple(dict.fromkeys(u for u, _ in pairs)), tags=True)

    def _clip_texts(self) -> Iterator[ClipText]:
        from clipper.store import suggestions as store_sugg
        from clipper.topics.apply import ClipText

        for uuid, title, subtitle, text in store_sugg.texts(self._db):
            yield ClipText(uuid, title, subtitle, text)

    # -- tag management -----------------------------------------------------
    # Owned by the topics engineer. Each destructive call has a ``tag_usage``
    # to show first ("12 clips carry it, 3 through a topic").

    def tag_usage(self, name: str) -> TagUsage:
        """How many clips a rename, merge or delete of ``name`` would touch,
        split by who applied it, plus its children. Raises ``NotFoundError``."""
        return store_tags.usage(self._db, name)

    def rename_tag(self, old: str, new: str) -> Changes:
        """Rename a tag and its children; the search index follows. Raises
        ``UserError`` when ``new`` exists (merge instead)."""
        with self._db.transaction():
            touched = store_tags.rename(self._db, old, new)
        return Changes(updated=tuple(touched), tags=True, topics=True)

    def merge_tags(self, sources: Sequence[str], target: str) -> Changes:
        """Move every clip of ``sources`` to ``target`` (no duplicates) and
        delete the sources; one transaction."""
        with self._db.transaction():
            touched = store_tags.merge(self._db, sources, target)
        return Changes(updated=tuple(touched), tags=True, topics=True)

    def delete_tag(self, name: str) -> Changes:
        """Delete a tag from every clip (its topic definition too; children stay)."""
        with self._db.transaction():
            touched = store_tags.delete(self._db, name)
        return Changes(updated=tuple(touched), tags=True, topics=True)

    def set_tag_color(self, name: str, color: str | None) -> Changes:
        """Set ("#rrggbb") or clear (None) a tag's colour."""
        with self._db.transaction():
            store_tags.set_color(self._db, name, color)
        return Changes(tags=True)

    def adopt_tag(self, name: str) -> Changes:
        """Make a tag that came with a bundle the user's own."""
        with self._db.transaction():
            store_tags.adopt(self._db, name)
        return Changes(tags=True)

    def tag_query(self, query: str, names: Iterable[str]) -> Changes:
        """Add tags to every clip matching a search (bulk tagging)."""
        uuids = search.search_uuids(self._db, query)
        return self.tag(uuids, names) if uuids else Changes()

    def untag_query(self, query: str, names: Iterable[str]) -> Changes:
        """Remove tags from every clip matching a search."""
        uuids = search.search_uuids(self._db, query)
        return self.untag(uuids, names) if uuids else Changes()

    # -- backups and safety ---------------------------------------------------
    # Everything here copies through SQLite's online backup API (see
    # clipper/store/backup.py): never a file copy of a live library.

    def backup(self, path: str | Path | None = None) -> Path:
        """Copy the library now, to ``path`` (a file or a folder) or the backups folder.

        Raises:
            LibraryError: the copy cannot be written, or the library is damaged.
        """
        from clipper.store import backup as store_backup

        if path is None:
            target = store_backup.default_target(self.path, "manual", self._clock())
        else:
            target = Path(path).expanduser()
            if target.is_dir():
                target = target / store_backup.default_target(self.path, "manual", self._clock()).name
        return store_backup.backup(self._db, target)

    def maybe_daily_backup(self, *, keep: int = 7) -> Path | None:
        """Take today's rolling backup unless there is one; keep the last ``keep`` days.

        Call it when the app is used (the window runs it in the background
        after start-up). Returns the new backup, or None. The copy is checked
        with ``PRAGMA integrity_check``, which doubles as a daily check of the
        library without slowing its opening.
        """
        from clipper.store import backup as store_backup

        return store_backup.rolling_backup(self._db, self._clock(), keep=keep)

    def backups(self) -> list[BackupInfo]:
        """This library's backups, newest first."""
        return Library.backups_of(self.path)

    @staticmethod
    def backups_of(library_path: str | Path | None = None) -> list[BackupInfo]:
        """The backups of a library that may not open (to offer a restore)."""
        from clipper.store import backup as store_backup

        return store_backup.list_backups(paths.library_path(library_path))

    @staticmethod
    def restore_backup(
        library_path: str | Path | None, backup: str | Path, *, clock: Clock | None = None
    ) -> Path | None:
        """Replace a library (open or not, sound or damaged) with a verified backup.

        Close any ``Library`` on the file first in this process. What is
        replaced is kept in the backups folder first; returns that copy
        (None if there was no library).

        Raises:
            LibraryError: the backup is missing, damaged, not a library or from
                a newer Clipper, or the library cannot be written; nothing
                is changed then.
        """
        from clipper.store import backup as store_backup

        return store_backup.restore(
            paths.library_path(library_path), Path(backup).expanduser(), now=(clock or _utcnow)()
        )

    def check(self, *, repair: bool = False) -> Health:
        """Check the file, the search index and the links between tables.

        ``repair`` rebuilds the search index first (the one part that can be
        recomputed from the clips).
        """
        from clipper.store import backup as store_backup

        if repair:
            store_backup.rebuild_index(self._db)
        return store_backup.check(self._db)

    def quick_check(self) -> bool:
        """Catch damage right after opening, while a restore can still be offered.

        Checks libraries up to 100 MB at once (about 0.25 s); larger ones are
        checked daily on the fresh backup by ``maybe_daily_backup``. Returns
        whether the check ran. Raises ``LibraryError`` pointing to a restore.
        """
        from clipper.store import backup as store_backup

        return store_backup.check_on_open(self._db)

    # -- bundles and exports ---------------------------------------------------
    # The .clipbundle format (clipper/bundle, docs/bundle-format.md) and the
    # research formats (clipper/exports). ``query`` is a search in the query
    # language ("" is the whole library) or a list of UUIDs (a selection).

    def export_bundle(
        self, path: str | Path, query: str | Sequence[str] = "", *, progress: Progress | None = None
    ) -> int:
        """Write the matching clips, whole, and every topic to a ``.clipbundle``.

        Returns the number of clips written. Raises ``QueryError`` for a bad
        query and ``BundleError`` when the file cannot be written (a file
        already at ``path`` is then left as it was).
        """
        from clipper.bundle import exporting

        uuids = self._export_uuids(query)
        return exporting.export_bundle(self._db, path, uuids, created=self.now(), progress=progress)

    def import_bundle(
        self,
        path: str | Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportSummary:
        """Merge a ``.clipbundle`` into the library, as one transaction.

        The summary's ``added``, ``updated``, ``merged`` and ``skipped`` hold
        UUIDs (for ``merged``, the local clip the incoming one was merged
        into). A cancel rolls everything back (``cancelled=True``). Raises
        ``BundleError`` naming the bundle and the problem for anything unsafe,
        damaged or too new; nothing is changed then.
        """
        from clipper.bundle import importing

        return importing.import_bundle(
            self._db, path, now=self.now(), progress=progress, cancelled=cancelled
        )

    def export(
        self,
        format: str,
        out: str | Path | TextIO,
        query: str | Sequence[str] = "",
        *,
        full_text: bool = False,
    ) -> int:
        """Export the matching clips in a research format; returns how many.

        ``format`` is a name from ``clipper.exports.registry.FORMATS``
        ("csl-json", "ris", "bibtex", "csv", "jsonl", "markdown"); ``out`` a
        file, a folder (markdown) or an open text stream. ``full_text`` adds
        the body to csv and jsonl.

        Raises:
            UserError: unknown format, bad query, or the target cannot be written.
        """
        from clipper.exports import registry

        fmt = registry.get(format)
        uuids = self._export_uuids(query)
        if registry.needs_text(fmt, full_text):
            clips = [store_clips.get(self._db, u, original=False) for u in uuids]
        else:
            clips = store_clips.summaries(self._db, uuids)
        if isinstance(out, (str, Path)):
            return registry.write_path(fmt, clips, Path(out).expanduser(), full_text=full_text)
        return registry.write_stream(fmt, clips, out, full_text=full_text)

    @staticmethod
    def export_formats() -> list[ExportFormat]:
        """The research formats ``export`` writes, for a shell to offer (name,
        label, extension, ``folder`` when it writes one file per clip,
        ``text_when_asked`` when it can include the full text)."""
        from clipper.exports import registry

        return list(registry.FORMATS.values())

    def _export_uuids(self, query: str | Sequence[str]) -> list[str]:
        """A search's clips in the order they were captured, or the UUIDs given."""
        if isinstance(query, str):
            return search.search_uuids(self._db, query, sort="captured", descending=False)
        return list(dict.fromkeys(query))

    def _import_bundles(
        self,
        bundles: Sequence[Path],
        summary: ImportSummary,
        *,
        tags: list[str],
        cancelled: Cancelled | None,
    ) -> ImportSummary:
        """Merge each bundle (one transaction each) into ``summary``; a bad
        bundle is a failure with its reason, and the import goes on."""
        from clipper.errors import BundleError

        for bundle in bundles:
            if cancelled is not None and cancelled():
                return replace(summary, cancelled=True)
            try:
                result = self.import_bundle(bundle, cancelled=cancelled)
            except BundleError as err:
                summary = replace(summary, failed=summary.failed + (ImportFailure(str(bundle), str(err)),))
                continue
            if tags and result.added:
                self.tag(result.added, tags)
            summary = replace(
                summary,
                added=summary.added + result.added,
                updated=summary.updated + result.updated,
                merged=summary.merged + result.merged,
                skipped=summary.skipped + result.skipped,
                cancelled=result.cancelled,
            )
        return summary


def _is_bundle(path: Path) -> bool:
    """Whether a file is a Clipper bundle, by its name (the reader checks the rest)."""
    return path.suffix.casefold() == ".clipbundle"


@dataclass(frozen=True)
class Cleaned:
    """A capture after cleaning, with the tags and notes its format carried."""

    article: Article
    original: Original
    tags: tuple[str, ...] = ()
    notes: str = ""


def clean_capture(capture: Capture) -> Cleaned:
    """Clean one capture; no library needed, so worker processes can run it
    (``clipper.importers.parallel`` cleans files on every core this way).

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
    tags = tuple(str(t) for t in raw_tags if str(t).strip()) if isinstance(raw_tags, (list, tuple)) else ()
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
