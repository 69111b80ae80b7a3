"""The open library file, its clock, and the types every section shares.

The facade is one class, ``Library``, built from one section per module
(reading, topics, sharing, safety, capture) so that no module grows past a
few hundred lines; each section inherits the ones it calls.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

from clipper import paths
from clipper.store import db as store_db
from clipper.store import schema
from clipper.store import search as store_search

Clock = Callable[[], dt.datetime]
Progress = Callable[[int, int, str], None]  # done, total, current item
Cancelled = Callable[[], bool]


def utcnow() -> dt.datetime:
    """The clock a library uses unless a test gives it another: now, in UTC."""
    return dt.datetime.now(dt.UTC)


class LibraryBase:
    """An open library file: its connection, its clock, opening and closing."""

    def __init__(self, db: store_db.Db, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        # How many times interrupt() was called, so a read can tell an
        # interrupt from a failure whatever SQLite's wording (see _reading).
        self._interrupts = 0
        self._interrupt_lock = threading.Lock()

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

    @staticmethod
    def needs_update(path: str | Path | None = None) -> bool:
        """Whether opening the library at ``path`` will first update it to this version.

        The update keeps a copy of the file and may rebuild the search index,
        which takes a while for a large library: a window says so first.
        """
        return schema.pending_update(paths.library_path(path))

    def _on_created(self) -> None:
        """Hook for a brand-new library; the topics section copies the starter topics."""

    @property
    def path(self) -> Path:
        """The library file."""
        return self._db.path

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def interrupt(self) -> None:
        """Stop the read running on this library, if any, so a stale search need not finish.

        The one method safe to call from another thread. The interrupted call
        (``search``, ``search_uuids``, ``count``, ``summaries``, ``timeline``)
        raises ``Interrupted`` and the library is ready for the next one. A call
        made when nothing runs does nothing. Only for reads whose answer is no
        longer wanted (a search the user typed past): the caller must make sure
        no write runs on this library at the time, since SQLite would roll it back.
        """
        with self._interrupt_lock:
            self._interrupts += 1
            store_search.interrupt(self._db)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Wrap a read that ``interrupt`` may stop, so the caller can tell a stop from a failure.

        The read's failure becomes ``Interrupted`` when an interrupt came while it
        ran. The count is read under the lock ``interrupt`` holds across its two
        steps, so an interrupt is either seen as new here or was sent before this
        read began, when no statement ran and SQLite ignored it.
        """
        with self._interrupt_lock:
            seen = self._interrupts
        with store_search.interruptible(lambda: self._interrupts != seen):
            yield

    def now(self) -> str:
        """The library's clock as an ISO 8601 UTC timestamp (seconds)."""
        return self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")
