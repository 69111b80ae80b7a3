"""Reading, editing, saved searches and tags: the everyday use cases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from clipper.clean import sanitize
from clipper.library.base import LibraryBase
from clipper.model import (
    Changes,
    Clip,
    SearchResult,
    SortOrder,
    Tag,
)
from clipper.store import clips as store_clips
from clipper.store import saved, search
from clipper.store import tags as store_tags


class Browsing(LibraryBase):
    """Reading, editing, saved searches and tags: the everyday use cases."""

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
        ``QueryError`` with the position of a syntax error, and ``Interrupted``
        when another thread called ``interrupt`` while it ran (as do the
        other reads below).
        """
        with self._reading():
            return search.search(self._db, query, sort=sort, limit=limit, offset=offset)

    def search_uuids(
        self, query: str = "", *, sort: str = "relevance", descending: bool = True
    ) -> list[str]:
        """Every matching clip's UUID in order, for lazy list models.

        ``sort`` is "relevance" or a column: "title", "site", "authors",
        "published", "captured".
        """
        with self._reading():
            return search.search_uuids(self._db, query, sort=sort, descending=descending)

    def summaries(self, uuids: Sequence[str]) -> list[Clip]:
        """Clips without text, html or original, in the order asked."""
        with self._reading():
            return store_clips.summaries(self._db, uuids)

    def count(self, query: str = "") -> int:
        """How many clips match ``query``."""
        with self._reading():
            return search.count(self._db, query)

    def timeline(self, query: str = "", *, bucket: str = "month") -> list[tuple[str, int]]:
        """Clips per period ("week" or "month") by published date (else captured)."""
        with self._reading():
            return search.timeline(self._db, query, bucket=bucket)

    # -- editing -----------------------------------------------------------

    def update(self, uuid: str, **fields: object) -> Changes:
        """Change a clip's fields; ``updated`` is set to now.

        The fields that may change: title, subtitle, authors, published, site,
        url, lang, notes, text, html, removed.
        """
        if isinstance(fields.get("html"), str):
            fields["html"] = sanitize.sanitize(str(fields["html"]), base_url=None)
        with self._db.transaction():
            store_clips.update(self._db, uuid, fields, updated=self.now())
        return Changes(updated=(uuid,))

    def restore_block(self, uuid: str, index: int) -> Changes:
        """Put the ``index``-th removed block back into the clean article, undoing a wrong cut.

        The block goes back where it stood in the original, and the clip is re-saved.
        """
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
