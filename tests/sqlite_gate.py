"""Hold a real SQLite statement in the middle of its run, for interrupt tests.

Interrupting a query is a race by nature: a query fast enough for a test
may be over before the interrupt lands. A ``Gate`` makes it deterministic
without faking SQLite: installed as the connection's progress handler, once
armed it stops the next statement that runs (inside SQLite's virtual
machine, so the statement really is running) until the test releases it.
An interrupt sent meanwhile is then seen by SQLite at its next check, as it
would be in a query that simply took long.
"""

from __future__ import annotations

import threading

from clipper.library import Library

WAIT_S = 10.0


class Gate:
    """A one-shot hold on the next statement run on any connection it watches."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed = False
        self.entered = threading.Event()
        self.released = threading.Event()
        self.held_on: int | None = None  # the thread whose statement was held

    def watch(self, library: Library) -> None:
        """Install on a library's connection (called every 10 VM instructions)."""
        library._db.conn.set_progress_handler(self._check, 10)  # noqa: SLF001 - test hook

    def arm(self) -> None:
        self.entered.clear()
        self.released.clear()
        with self._lock:
            self._armed = True

    def release(self) -> None:
        self.released.set()

    def wait_entered(self) -> None:
        assert self.entered.wait(WAIT_S), "no statement reached the gate"

    def _check(self) -> int:
        with self._lock:
            if not self._armed:
                return 0
            self._armed = False
        self.held_on = threading.get_ident()
        self.entered.set()
        self.released.wait(WAIT_S)
        return 0  # go on: only an interrupt sent meanwhile stops the statement
