"""Bundles and research exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from clipper.library.base import Cancelled, Progress
from clipper.library.topics import Topics
from clipper.model import (
    ImportFailure,
    ImportSummary,
)
from clipper.store import clips as store_clips
from clipper.store import search

if TYPE_CHECKING:  # the sections' types, named for the shells' annotations
    from clipper.exports.registry import ExportFormat


class Sharing(Topics):
    """Bundles and research exports."""

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
        """The research formats ``export`` writes, for a shell to offer.

        Each has a name, label, extension, ``folder`` when it writes one file
        per clip, ``text_when_asked`` when it can include the full text.
        """
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
        """Merge each bundle (one transaction each) into ``summary``.

        A bad bundle is a failure with its reason, so the import goes on.
        """
        from clipper.errors import BundleError

        for bundle in bundles:
            if cancelled is not None and cancelled():
                return replace(summary, cancelled=True)
            try:
                result = self.import_bundle(bundle, cancelled=cancelled)
            except BundleError as err:
                summary = replace(
                    summary, failed=summary.failed + (ImportFailure(str(bundle), str(err)),)
                )
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
