"""The connection to a library file, and its transactions.

Every connection is set up the same way (WAL, foreign keys, a busy timeout)
so that the GUI, the command line and a second window can share one file:
writers wait for each other instead of failing with "database is locked",
and readers never block.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.errors import LibraryError

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 30_000


class Db:
    """One open connection to a library file.

    Not shared across threads: each thread that needs the library opens its
    own ``Db`` on the same path (Anki's collection executor, Datasette's write
    thread). ``transaction()`` nests: only the outermost one commits, so a use
    case made of several store calls is still one transaction.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._depth = 0
        self._thread = threading.get_ident()

    @functools.cached_property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for introspection (table counts, schema).

        Imported on first use because it pulls in numpy, a fifth of a second at
        start-up that searching never needs.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one transaction (BEGIN IMMEDIATE at the outermost).

        IMMEDIATE takes the write lock up front, so two writers queue on the
        busy timeout rather than failing half-way when one upgrades its lock.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            self._depth = 0
            raise _library_error(self.path, err) from err
        try:
            yield self.conn
        except sqlite3.OperationalError as err:
            self._depth = 0
            self._rollback()
            # A read-only file or a full disk shows up at the first write, inside
            # the block: say so in words. Anything else is a bug and stays one.
            if _is_environment(err):
                raise _library_error(self.path, err) from err
            raise
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as err:
            self._rollback()
            raise _library_error(self.path, err) from err

    def _rollback(self) -> None:
        """Roll back if SQLite has not already (it does by itself on SQLITE_FULL)."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection; the ``Db`` cannot be used afterwards."""
        self.conn.close()


def connect(path: Path, *, readonly: bool = False) -> Db:
    """Open (creating if needed) the SQLite file at ``path`` with our settings.

    Raises:
        LibraryError: the folder cannot be created or the file cannot be
            opened (read-only folder, not a database, full disk).
    """
    if not readonly:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise LibraryError(
                f"Cannot create the library folder {path.parent}: {err.strerror}."
            ) from err
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    try:
        conn = sqlite3.connect(
            uri,
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            _use_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        # No memory map (PRAGMA mmap_size), though it measured a fifth less CPU
        # over the search mix at 100,000 clips: with a map, an I/O error or a
        # file truncated underneath kills the process with SIGBUS instead of
        # raising an error the user can be told about.
    except sqlite3.DatabaseError as err:
        raise _library_error(path, err) from err
    return Db(path, conn)


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a library to WAL, waiting out another program doing the same.

    Changing the journal mode needs the file to itself and SQLite does not
    wait for that with the busy timeout: two programs creating one library
    at the same moment would see "database is locked". Once a file is in
    WAL it stays so, and the check below costs nothing.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _library_error(path: Path, err: sqlite3.Error) -> LibraryError:
    """Turn SQLite's wording into a message the user can act on."""
    text = str(err).lower()
    if "readonly" in text or "read-only" in text:
        why = "the file or its folder is read-only; check its permissions"
    elif "full" in text:
        why = "the disk is full; free some space and try again"
    elif "not a database" in text or "malformed" in text:
        why = (
            "it is not a Clipper library or it is damaged; "
            "restore a backup with `clipper restore`"
        )
    elif "locked" in text or "busy" in text:
        why = "another program kept it busy for too long; try again"
    elif "disk i/o" in text:
        why = "the disk reported an error; check that it is still connected and has space"
    elif "unable to open" in text and not _writable(path):
        why = "the file or its folder is read-only; check its permissions"
    elif "unable to open" in text:
        why = "it cannot be opened; check that the path exists and is readable"
    else:
        why = str(err)
    return LibraryError(f"Cannot use the library {path}: {why}.")


def _is_environment(err: sqlite3.Error) -> bool:
    """Whether SQLite failed because of the disk or the file, not because of our SQL."""
    text = str(err).lower()
    return any(word in text for word in ("readonly", "read-only", "full", "disk i/o", "locked",
                                         "busy", "unable to open"))


def _writable(path: Path) -> bool:
    """Whether SQLite could create or change the file and its journal beside it."""
    folder_ok = os.access(path.parent, os.W_OK) if path.parent.exists() else True
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))
