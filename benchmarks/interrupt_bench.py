"""How soon a worker thread is free after the search it runs is abandoned.

Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/interrupt_bench.py LIBRARY [--repeat 7]

For each query of a small mix, the window's two search stages (the first
page with ``Library.search``, then the whole ordered id list with
``Library.search_uuids``) run as one task on the window's ``TaskRunner``,
on a worker's warm connection. A few milliseconds after the read has
started, the GUI thread abandons it, either as before (``Task.cancel``: the
result is ignored but the statement runs to its end) or as now
(``Task.interrupt``: the statement is stopped). The figure is the time from
that call to the worker thread being free (its task function returned or
raised), median over the repeats; the full run of the same task is shown
beside it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from pathlib import Path

QUERIES = ("the", "over", "election campaign", "tag:china", "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--after-ms", type=float, default=5.0, help="how long after the read started to abandon it"
    )
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication, QEventLoop

    from clipper.errors import Interrupted
    from clipper.gui.tasks import TaskContext, TaskRunner
    from clipper.library import Library

    app = QCoreApplication.instance() or QCoreApplication([])
    Library.open(args.library).close()  # migrated before the workers open it
    runner = TaskRunner(args.library)
    runner.pool.setMaxThreadCount(1)  # one warm connection, reused by every run

    def run(query: str, how: str | None) -> tuple[float, bool]:
        """One run; returns (ms from the abandon call to the worker free, interrupted?)."""
        started = threading.Event()
        free: list[float] = []
        outcome: list[bool] = []

        def work(ctx: TaskContext) -> None:
            lib = ctx.library()
            started.set()
            try:
                lib.search(query, limit=50)
                lib.search_uuids(query)
                outcome.append(False)
            except Interrupted:
                outcome.append(True)
                raise
            finally:
                free.append(time.perf_counter())

        task = runner.run_in_background(work, interruptible=True)
        assert started.wait(30)
        if how is None:
            t0 = time.perf_counter()
        else:
            time.sleep(args.after_ms / 1000)
            t0 = time.perf_counter()
            getattr(task, how)()
        while not free:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.0005)
        while runner.busy:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        # Already free when abandoned (a quick query): 0.
        return max(0.0, (free[0] - t0) * 1000), outcome[0]

    print(
        f"{args.library}: {Library.open(args.library).count():,} clips; abandoned "
        f"{args.after_ms:g} ms after the read started; median of {args.repeat}; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"{'query':<20} {'whole task':>11} {'cancel: free after':>19} "
        f"{'interrupt: free after':>22} {'interrupted':>12}"
    )
    for query in QUERIES:
        run(query, None)  # warm the page cache for this query
        whole = statistics.median(run(query, None)[0] for _ in range(args.repeat))
        cancel = statistics.median(run(query, "cancel")[0] for _ in range(args.repeat))
        interrupts = [run(query, "interrupt") for _ in range(args.repeat)]
        stopped = statistics.median(ms for ms, _ in interrupts)
        n = sum(1 for _, hit in interrupts if hit)
        print(
            f"{query or '(all)':<20} {whole:9.1f} ms {cancel:16.1f} ms {stopped:19.1f} ms "
            f"{n:>7}/{args.repeat}"
        )
    runner.shutdown()


if __name__ == "__main__":
    main()
