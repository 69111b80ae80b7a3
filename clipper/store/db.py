"""The connection to a library file, and its transactions.

Every connection is set up the same way (WAL, foreign keys, a busy timeout)
so that the GUI, the command line and a second window can share one file:
writers wait for each other instead of failing with "database is locked",
and readers never block.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from clipper.errors import LibraryError

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
        self.utils = sqlite_utils.Database(conn)
        self._depth = 0
        self._thread = threading.get_ident()

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
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as err:
            self.conn.execute("ROLLBACK")
            raise _library_error(self.path, err) from err

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
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as err:
        raise _library_error(path, err) from err
    return Db(path, conn)


def _library_error(path: Path, err: sqlite3.Error) -> LibraryError:
    """Turn SQLite's wording into a message the user can act on."""
    text = str(err).lower()
    if "readonly" in text or "read-only" in text:
        why = "the file or its folder is read-only; check its permissions"
    elif "full" in text:
        why = "the disk is full; free some space and try again"
    elif "not a database" in text or "malformed" in text:
        why = "it is not a Clipper library or it is damaged; restore a backup with `clipper restore`"
    elif "locked" in text or "busy" in text:
        why = "another program kept it busy for too long; try again"
    elif "unable to open" in text:
        why = "it cannot be opened; check that the path exists and is readable"
    else:
        why = str(err)
    return LibraryError(f"Cannot use the library {path}: {why}.")
