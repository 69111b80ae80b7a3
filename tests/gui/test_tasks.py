"""The background-task helper: one Library per worker thread, closed at shutdown."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from clipper.gui.tasks import TaskContext, TaskRunner
from clipper.library import Library

from .conftest import add_clip


def _run_all(qtbot, runner: TaskRunner, count: int) -> list[tuple[int, int, int]]:  # noqa: ANN001
    """Run ``count`` small searches; each reports (thread id, Library id, hits)."""
    results: list[tuple[int, int, int]] = []

    def work(ctx: TaskContext) -> tuple[int, int, int]:
        lib = ctx.library()
        return threading.get_ident(), id(lib), len(lib.search_uuids("cranes"))

    for _ in range(count):
        runner.run_in_background(work, results.append)
    qtbot.waitUntil(lambda: len(results) == count, timeout=10_000)
    return results


def test_each_worker_thread_keeps_its_own_library(qtbot, library: Library) -> None:
    add_clip(library, "Cranes", ["Electric cranes."])
    runner = TaskRunner(library.path)
    results = _run_all(qtbot, runner, 24)
    assert all(hits == 1 for _, _, hits in results)
    threads_of_library: dict[int, set[int]] = {}
    for thread, lib_id, _ in results:
        threads_of_library.setdefault(lib_id, set()).add(thread)
    # Never shared: every Library was used by one thread only ...
    assert all(len(threads) == 1 for threads in threads_of_library.values())
    # ... and reused: one per thread, not one per task.
    assert len(threads_of_library) == len({t for t, _, _ in results})
    assert len(threads_of_library) <= runner.pool.maxThreadCount() < 24
    assert runner.open_libraries == len(threads_of_library)
    # A second round on the same threads opens nothing new.
    _run_all(qtbot, runner, 8)
    assert runner.open_libraries <= runner.pool.maxThreadCount()
    runner.shutdown()


def test_shutdown_closes_the_worker_libraries(qtbot, library: Library) -> None:
    add_clip(library, "Cranes", ["Electric cranes."])
    runner = TaskRunner(library.path)
    opened: list[Library] = []
    done: list[object] = []
    runner.run_in_background(lambda ctx: opened.append(ctx.library()), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert runner.open_libraries == 1
    runner.shutdown()
    assert runner.open_libraries == 0
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].search_uuids("cranes")
    # A task started after shutdown still works, and closes its Library itself.
    results: list[int] = []
    runner.run_in_background(lambda ctx: len(ctx.library().search_uuids("cranes")), results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [1]
    qtbot.waitUntil(lambda: runner.open_libraries == 0, timeout=10_000)


def test_worker_library_sees_what_the_window_just_wrote(qtbot, library: Library) -> None:
    runner = TaskRunner(library.path)
    assert _run_all(qtbot, runner, 2)[0][2] == 0
    add_clip(library, "Cranes", ["Electric cranes."])  # written on this thread's connection
    assert {hits for _, _, hits in _run_all(qtbot, runner, 4)} == {1}
    runner.shutdown()


def test_a_runner_without_a_library_says_so(qtbot, tmp_path: Path) -> None:
    runner = TaskRunner(None)
    errors: list[BaseException] = []
    runner.run_in_background(lambda ctx: ctx.library(), None, lambda err, _tb: errors.append(err))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], RuntimeError)
    runner.shutdown()
