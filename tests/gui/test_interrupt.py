"""A search the user typed past is interrupted, never a newer task nor a write."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt

from clipper.gui import tasks
from clipper.gui.main_window import MainWindow
from clipper.gui.tasks import TaskContext, TaskRunner
from clipper.library import Library
from tests.sqlite_gate import Gate

from .conftest import add_clip


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    """Every worker Library the runner opens is watched by one gate."""
    shared = Gate()

    class WatchedLibrary(Library):
        @classmethod
        def open(cls, *args, **kwargs):  # noqa: ANN002, ANN003, ANN206
            library = super().open(*args, **kwargs)
            shared.watch(library)
            return library

    monkeypatch.setattr(tasks, "Library", WatchedLibrary)
    return shared


@pytest.fixture
def runner(qtbot, library: Library, gate: Gate) -> Iterator[TaskRunner]:  # noqa: ANN001
    """A runner with one worker thread, so consecutive tasks share its Library."""
    one = TaskRunner(library.path)
    one.pool.setMaxThreadCount(1)
    yield one
    gate.release()
    one.shutdown()


def _fill(library: Library, word: str, n: int) -> list[str]:
    return [
        add_clip(library, f"{word.title()} report {i:03d}", [f"A {word} story, number {i}."]).uuid
        for i in range(n)
    ]


def test_typing_on_interrupts_the_older_search_and_shows_only_the_newer(
    qtbot,  # noqa: ANN001
    library: Library,
    gate: Gate,
    make_window: Callable[[], MainWindow],
) -> None:
    _fill(library, "harbour", 120)
    _fill(library, "tariff", 70)
    window = make_window()
    qtbot.waitUntil(lambda: not window.tasks.busy)
    interrupted_before = window.tasks.interrupted_tasks
    shown: list[int] = []
    completed: list[int] = []
    window.searchFinished.connect(shown.append)
    window.searchCompleted.connect(completed.append)
    field = window.search_bar.field
    field.setFocus()

    # The first query's statement is held mid-run on its worker thread ...
    gate.arm()
    qtbot.keyClicks(field, "harbour")
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    # ... while the user types a second one over it.
    with qtbot.waitSignal(window.search_bar.searchRequested, timeout=5_000):
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, "tariff")
    with qtbot.waitSignal(window.tasks.taskInterrupted, timeout=5_000):
        gate.release()  # the held statement goes on, sees the interrupt, stops
    qtbot.waitUntil(lambda: bool(completed), timeout=5_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5_000)

    assert window.tasks.interrupted_tasks == interrupted_before + 1
    assert shown == [70] and completed == [70]
    assert window.model.uuids == library.search_uuids("tariff")
    assert window.hits_label.text().startswith("70 clips")
    assert window.search_bar.error_text == ""
    # The interrupted worker's connection serves the next search as usual.
    shown.clear()
    with qtbot.waitSignal(window.searchCompleted, timeout=5_000):
        window.search_bar.set_text("harbour")
    assert shown == [120]
    assert window.model.uuids == library.search_uuids("harbour")


def _search(ctx: TaskContext) -> list[str]:
    return ctx.library().search_uuids("harbour")


def test_a_stale_handle_never_interrupts_the_next_task_on_its_thread(
    qtbot,  # noqa: ANN001
    library: Library,
    gate: Gate,
    runner: TaskRunner,
) -> None:
    uuids = _fill(library, "harbour", 40)
    threads: list[int] = []
    results: list[list[str]] = []

    def older(ctx: TaskContext) -> int:
        threads.append(threading.get_ident())
        return ctx.library().count("harbour")

    stale = runner.run_in_background(older, interruptible=True)
    stale_context = stale.context
    qtbot.waitUntil(lambda: not runner.busy)

    def newer(ctx: TaskContext) -> list[str]:
        threads.append(threading.get_ident())
        return _search(ctx)

    gate.arm()
    runner.run_in_background(newer, results.append, interruptible=True)
    gate.wait_entered()
    # The newer task is reading on the same thread and the same Library.
    assert threads[0] == threads[1] == gate.held_on
    assert runner.open_libraries == 1
    assert stale_context.interrupt() is False
    gate.release()
    qtbot.waitUntil(lambda: bool(results))
    assert sorted(results[0]) == sorted(uuids)
    assert runner.interrupted_tasks == 0

    # The live handle does stop it, and the Library answers the next task.
    gate.arm()
    doomed = runner.run_in_background(newer, results.append, interruptible=True)
    gate.wait_entered()
    with qtbot.waitSignal(runner.taskInterrupted, timeout=5_000):
        doomed.interrupt()
        gate.release()
    assert runner.interrupted_tasks == 1 and len(results) == 1
    runner.run_in_background(_search, results.append, interruptible=True)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert sorted(results[1]) == sorted(uuids)


def test_a_task_interrupted_before_it_starts_never_reads(
    qtbot,  # noqa: ANN001
    library: Library,
    runner: TaskRunner,
) -> None:
    _fill(library, "harbour", 3)
    release = threading.Event()
    ran: list[str] = []
    busy = runner.run_in_background(lambda ctx: release.wait(10))  # holds the one thread

    def queued(ctx: TaskContext) -> list[str]:
        ran.append("queued")
        return _search(ctx)

    waiting = runner.run_in_background(queued, interruptible=True)
    with qtbot.waitSignal(runner.taskInterrupted, timeout=5_000):
        waiting.interrupt()
        release.set()
    assert ran == [] and waiting.interrupted
    assert not busy.interrupted


def test_a_write_is_never_interrupted(
    qtbot,  # noqa: ANN001
    library: Library,
    gate: Gate,
    runner: TaskRunner,
) -> None:
    uuids = _fill(library, "harbour", 30)
    gate.arm()
    write = runner.run_in_background(lambda ctx: ctx.library().tag(uuids, ["checked"]))
    gate.wait_entered()  # held inside its transaction
    write.interrupt()
    gate.release()
    qtbot.waitUntil(lambda: not runner.busy)
    assert library.count("tag:checked") == 30
    assert runner.interrupted_tasks == 0 and not write.interrupted
