"""Exporting clips from a library into a bundle.

Clips are read one at a time as the bundle is written, so a large library is
streamed rather than held in memory, and no write lock is held meanwhile: the
window stays usable during a long export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import clipper
from clipper.bundle import writer
from clipper.model import Clip
from clipper.store import clips as store_clips
from clipper.store import topics as store_topics
from clipper.store.db import Db

Progress = Callable[[int, int, str], None]


def generator_name() -> str:
    """What the manifest says made the bundle."""
    return f"Clipper {clipper.__version__}"


def export_bundle(
    db: Db,
    path: str | Path,
    uuids: Sequence[str],
    *,
    created: str,
    progress: Progress | None = None,
) -> int:
    """Write the clips ``uuids`` and every topic definition to a bundle.

    Raises:
        BundleError: the bundle cannot be written (the target is left as it was).
    """
    return writer.write_bundle(
        Path(path),
        _clips(db, uuids),
        store_topics.all_topics(db),
        created=created,
        generator=generator_name(),
        total=len(uuids),
        progress=progress,
    )


def _clips(db: Db, uuids: Sequence[str]) -> Iterator[Clip]:
    for uuid in dict.fromkeys(uuids):
        yield store_clips.get(db, uuid, original=True)
