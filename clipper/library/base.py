"""The open library file, its clock, and the types every section shares.

The facade is one class, ``Library``, built from one section per module
(reading, topics, sharing, safety, capture) so that no module grows past a
few hundred lines; each section inherits the ones it calls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Self

from clipper import paths
from clipper.store import db as store_db
from clipper.store import schema

Clock = Callable[[], dt.datetime]
Progress = Callable[[int, int, str], None]  # done, total, current item
Cancelled = Callable[[], bool]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class LibraryBase:
    """An open library file: its connection, its clock, opening and closing."""

    def __init__(self, db: store_db.Db, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, clock: Clock | None = None) -> Self:
        """Open (creating and migrating as needed) the library at ``path``.

        ``None`` means ``CLIPPER_LIBRARY`` or the platform's data folder.

        Raises:
            LibraryError: the file cannot be opened, created or migrated.
        """
        db = store_db.connect(paths.library_path(path))
        try:
            created = schema.migrate(db, now=clock or utcnow) == 0
        except BaseException:
            db.close()
            raise
        lib = cls(db, clock or utcnow)
        if created:
            lib._on_created()
        return lib

    def _on_created(self) -> None:
        """Hook for a brand-new library; the topics section copies the starter topics."""

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
