"""Topics, learned suggestions and tag management."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.errors import UserError
from clipper.library.base import Cancelled, Progress
from clipper.library.browse import Browsing
from clipper.model import (
    Article,
    Changes,
    Clip,
    Topic,
)
from clipper.store import clips as store_clips
from clipper.store import search
from clipper.store import tags as store_tags
from clipper.store import topics as store_topics

if TYPE_CHECKING:  # the sections' types, named for the shells' annotations
    from clipper.store.tags import TagUsage
    from clipper.store.topics import Run as TopicRun
    from clipper.topics.apply import ApplyPlan as TopicPlan
    from clipper.topics.apply import ClipText
    from clipper.topics.files import TopicSpec
    from clipper.topics.learn import Model as SuggestionModel
    from clipper.topics.learn import Suggestion as TagSuggestion
    from clipper.topics.scoring import Score as TopicScore


class Topics(Browsing):
    """Topics, learned suggestions and tag management."""

    def _on_created(self) -> None:
        """A brand-new library gets the starter topics (resources/topics/)."""
        from clipper.topics import starter

        starter.install(self)

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
            if rename_from and (
                store_tags.normalise(rename_from) != store_tags.normalise(topic.name)
            ):
                store_tags.rename(self._db, rename_from, topic.name)
            store_topics.save(self._db, topic, updated=self.now())
            if color is not None:
                store_tags.set_color(self._db, topic.name, color)
        return Changes(tags=True, topics=True)

    def delete_topic(self, name: str, *, with_tag: bool = False) -> Changes:
        """Remove a topic's definition; its tag stays on the clips unless ``with_tag``.

        With ``with_tag`` the tag goes from every clip too.
        """
        with self._db.transaction():
            store_topics.delete(self._db, name)
            gone = store_tags.delete(self._db, name) if with_tag else []
        return Changes(updated=tuple(gone), tags=True, topics=True)

    def import_topics(self, specs: Iterable[TopicSpec], *, replace: bool = True) -> Changes:
        """Add topics (from a TOML file, a bundle, the starter set) in one transaction.

        With ``replace`` False, topics already present are kept.
        """
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

        Raises ``UserError`` naming the file and the problem.
        """
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
        return scoring.score_text(
            [scoring.CompiledTopic(definition)], clip.title, clip.subtitle, clip.text
        )[0]

    def preview_topic(self, topic: Topic) -> tuple[int, int]:
        """(confident, borderline) clips a topic being edited would match, for the editor's count.

        Reads every clip: run it off the GUI thread.
        """
        from clipper.topics import apply as topic_apply
        from clipper.topics import files as topic_files

        topic_files.validate(topic)
        return topic_apply.preview_counts(topic, list(self._clip_texts()))

    def plan_topic(self, name: str) -> TopicPlan:
        """The dry run of "apply to library", so the user sees the effect first.

        Which clips would gain the tag, which topic-applied tags would go, and
        why. Changes nothing.
        """
        from clipper.store import suggestions as store_sugg
        from clipper.topics import apply as topic_apply

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
        """Undo a topic run (the latest not yet undone by default) as one step.

        Tags it added go, tags it removed come back. Clips deleted since are
        skipped. Raises ``NotFoundError`` when there is nothing to undo.
        """
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
        """Whether an article not yet saved would match a query of the search language.

        A topic's optional query is checked this way on capture.
        """
        clip = Clip(uuid=str(uuidlib.uuid4()), title=article.title, subtitle=article.subtitle,
                    authors=article.authors, published=article.published, site=article.site,
                    url=article.url, lang=article.lang, text=article.text,
                    captured=self.now(), updated=self.now())
        return store_topics.article_matches_query(clip, query)

    def train_suggestions(
        self, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> SuggestionModel:
        """Learn tag suggestions from the clips the user tagged and the suggestions they rejected.

        Seconds for 10,000 clips: run it on a worker thread with its own
        ``Library``; ``cancelled`` stops it.
        """
        from clipper.store import suggestions as store_sugg
        from clipper.topics import learn

        tag_map = store_sugg.clip_tags(self._db)
        examples = [
            learn.Example(
                u, t, s, frozenset(n for n, src in tag_map.get(u, {}).items() if src != "topic")
            )
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
        """Learned tag suggestions for clips (all, or ``uuids``), best first.

        Each comes with the terms behind it, and the best ``explain`` of them
        with the most similar clips that carry the tag (``explain_suggestion``
        fills them in for the others when one is shown). Never suggests a tag a
        clip carries or one the user rejected for it.
        """
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

    def explain_suggestion(
        self, suggestion: TagSuggestion, model: SuggestionModel
    ) -> TagSuggestion:
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
        """Reject (uuid, tag) suggestions, so they are never suggested again for that clip.

        Each is also a negative example the next time the model trains.
        """
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
        """How many clips a rename, merge or delete of ``name`` would touch, to show first.

        Split by who applied it, plus its children. Raises ``NotFoundError``.
        """
        return store_tags.usage(self._db, name)

    def rename_tag(self, old: str, new: str) -> Changes:
        """Rename a tag and its children; the search index follows.

        Raises ``UserError`` when ``new`` exists (merge instead).
        """
        with self._db.transaction():
            touched = store_tags.rename(self._db, old, new)
        return Changes(updated=tuple(touched), tags=True, topics=True)

    def merge_tags(self, sources: Sequence[str], target: str) -> Changes:
        """Move every clip of ``sources`` to ``target`` (no duplicates), then delete the sources.

        All in one transaction.
        """
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
