"""The main window on a large library, offscreen: start-up, search as you type, scrolling, memory.

Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_bench.py LIBRARY [--repeat 3]

Each repeat starts a fresh process (``--child``) that opens the real
``MainWindow`` on LIBRARY, as ``clipper-gui`` does, and reports:

- start-up: from just before the process is started to the window shown with
  its first list filled (the window's ``searchFinished`` signal, then the
  events that paint it processed);
- typing: for each query of a small mix, from the last keystroke in the
  search field (real key events) to the list showing the results; this
  includes the field's debounce (the window waits ``DEBOUNCE_MS`` after the
  last key before searching), so the table also shows the search, from the
  debounce firing to the list filled, and the part the window itself
  reports as the query's time (``last_search_seconds``);
- scrolling: the list of the whole library to its last row (Ctrl+End), then
  through every row a screenful at a time, as a user dragging the scroll
  bar from top to bottom would make the model load every page;
- resident memory (VmRSS) after each step.

The window's settings go to a temporary INI file so the user's are not
touched, and the library is opened read-write exactly as the app opens it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = ("over", "enfigepl", "tag:china", "election campaign", "the")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(library: Path, started: float, settings_dir: Path) -> None:
    """Run in the measured process: open the window and drive it."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from clipper.gui import app as gui_app
    from clipper.gui.main_window import MainWindow
    from clipper.gui.search_bar import DEBOUNCE_MS
    from clipper.gui.settings import Settings

    out: dict[str, object] = {"debounce_ms": DEBOUNCE_MS}
    qapp = gui_app.application()
    lib = gui_app.open_library(library)
    assert lib is not None
    window = MainWindow(lib, Settings.at(settings_dir / "settings.ini"))
    window.resize(1400, 900)
    finished: list[tuple[float, int]] = []  # first page shown (with the hit count)
    completed: list[float] = []  # the whole ordered list in the model
    fired: list[float] = []
    window.searchFinished.connect(lambda n: finished.append((time.time(), n)))
    window.searchCompleted.connect(lambda _n: completed.append(time.time()))
    window.search_bar.searchRequested.connect(lambda _t: fired.append(time.time()))
    window.show()

    def wait_for(pred: object, timeout: float = 120.0) -> None:
        deadline = time.time() + timeout
        while not pred() and time.time() < deadline:  # type: ignore[operator]
            # Wait for events rather than spin: a busy GUI thread slows the
            # background search threads of the same process.
            qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)
        if not pred():  # type: ignore[operator]
            raise SystemExit("timed out waiting for the window")

    def settle() -> None:
        for _ in range(3):
            qapp.processEvents()

    wait_for(lambda: finished)
    settle()
    out["startup_s"] = time.time() - started
    out["startup_clips"] = finished[0][1]
    out["rss_startup_mb"] = rss_mb()
    typing = []
    field = window.search_bar.field
    for query in QUERIES:
        field.setFocus()
        field.clear()  # programmatic: no search of its own
        settle()
        finished.clear()
        fired.clear()
        QTest.keyClicks(field, query[:-1])
        t0 = time.time()
        QTest.keyClick(field, query[-1])
        wait_for(lambda: bool(finished) and bool(fired) and finished[-1][0] >= fired[-1])
        settle()
        done = time.time()
        typing.append(
            {
                "query": query,
                "hits": finished[-1][1],
                "key_to_list_ms": (done - t0) * 1000,
                "search_ms": (done - fired[-1]) * 1000,
                "window_reported_ms": window.last_search_seconds * 1000,
            }
        )
    out["typing"] = typing
    out["rss_after_search_mb"] = rss_mb()
    # The whole library again (its full ordered list), then to its end and through it.
    finished.clear()
    completed.clear()
    window.search_bar.set_text("")
    wait_for(lambda: bool(finished) and bool(completed))
    settle()
    view = window.list
    view.setFocus()
    rows = window.model.rowCount()
    t0 = time.time()
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle()
    out["scroll_end_ms"] = (time.time() - t0) * 1000
    out["scroll_rows"] = rows
    out["rss_after_end_mb"] = rss_mb()
    bar = view.verticalScrollBar()
    t0 = time.time()
    bar.setValue(0)
    settle()
    step = max(1, bar.pageStep())
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + step)
        bar.setValue(value)
        view.viewport().repaint()
    settle()
    out["scroll_through_s"] = time.time() - t0
    out["rss_after_scroll_through_mb"] = rss_mb()
    window.close()
    lib.close()
    QTimer.singleShot(0, qapp.quit)
    print("RESULT " + json.dumps(out), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--settings", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.library, args.started, args.settings)
        return
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    runs = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.time()
            proc = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    str(args.library),
                    "--child",
                    "--started",
                    repr(started),
                    "--settings",
                    tmp,
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=580,
                check=False,
            )
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
        if not lines:
            raise SystemExit(
                f"the window did not report (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
            )
        runs.append(json.loads(lines[-1][7:]))
    med = statistics.median
    print(
        f"{args.library}: {runs[0]['startup_clips']:,} clips; {args.repeat} runs (median); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"start-up to a usable window      {med(r['startup_s'] for r in runs) * 1000:8.0f} ms   "
        f"RSS {med(r['rss_startup_mb'] for r in runs):6.0f} MB"
    )
    print(f"typing (debounce {runs[0]['debounce_ms']} ms included in 'key to list'):")
    for i, q in enumerate(QUERIES):
        key = med(r["typing"][i]["key_to_list_ms"] for r in runs)
        search = med(r["typing"][i]["search_ms"] for r in runs)
        worker = med(r["typing"][i]["window_reported_ms"] for r in runs)
        print(
            f"  {q:<22}{runs[0]['typing'][i]['hits']:>8,} hits  key to list {key:7.0f} ms   "
            f"search + fill {search:7.0f} ms   (the query itself {worker:6.0f} ms)"
        )
    print(f"  RSS after the searches {med(r['rss_after_search_mb'] for r in runs):6.0f} MB")
    print(
        f"scroll to the end ({runs[0]['scroll_rows']:,} rows)  "
        f"{med(r['scroll_end_ms'] for r in runs):8.0f} ms   "
        f"RSS {med(r['rss_after_end_mb'] for r in runs):6.0f} MB"
    )
    print(
        f"scroll through every row          {med(r['scroll_through_s'] for r in runs):8.1f} s    "
        f"RSS {med(r['rss_after_scroll_through_mb'] for r in runs):6.0f} MB"
    )


if __name__ == "__main__":
    main()
