"""The one way the window runs work off the GUI thread.

Searching a large library, cleaning a page, fetching a link and importing a
folder all take long enough to freeze the window, so they run on a
``QThreadPool``. The worker function never touches a widget: it gets a
``TaskContext`` to report progress and to ask whether the user cancelled,
and its result (or its exception) reaches the GUI thread by a queued signal.
A ``Library`` holds one SQLite connection that belongs to one thread, so a
worker that needs the library opens its own on the same path
(``TaskContext.library()``), and it is closed when the task ends.

Errors are never swallowed: when no ``on_error`` is given the exception is
shown by ``clipper.gui.errors``.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from clipper.library import Library


class TaskContext:
    """What a worker function may use: progress, cancellation, its own Library."""

    def __init__(
        self, library_path: Path | None, progress: Callable[[int, int, str], None]
    ) -> None:
        self._library_path = library_path
        self._progress = progress
        self._cancel = threading.Event()
        self._library: Library | None = None

    def library(self) -> Library:
        """A Library for this worker thread alone (opened on first use)."""
        if self._library is None:
            if self._library_path is None:
                raise RuntimeError("this task was started without a library path")
            self._library = Library.open(self._library_path)
        return self._library

    def progress(self, done: int, total: int, item: str = "") -> None:
        """Report progress; shown by whoever listens on the GUI thread."""
        self._progress(done, total, item)

    def cancelled(self) -> bool:
        """True once the user asked to stop; long loops check it between steps."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


class Task(QObject):
    """A handle on one background job, living on the GUI thread.

    Signals are emitted from the worker and delivered queued, so the slots
    (and the callbacks they call) always run on the GUI thread.
    """

    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException, str], None] | None,
        library_path: Path | None,
        parent: QObject | None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self.context = TaskContext(library_path, self.progressed.emit)
        self.running = True
        self._discard = False
        self.finished.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the worker to stop; its result, if any, is then ignored."""
        self._discard = True
        self.context.cancel()

    def stop(self) -> None:
        """Ask the worker to stop early but still deliver what it did (an
        import cancelled half-way reports the files it took).
        """
        self.context.cancel()

    @property
    def cancelled(self) -> bool:
        return self._discard

    def work(self) -> None:
        """Run on a pool thread."""
        try:
            result = self._fn(self.context)
        except BaseException as err:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.failed.emit(err, traceback.format_exc())
        else:
            self.finished.emit(result)
        finally:
            self.context.close()

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self.running = False
        try:
            if self._on_done is not None and not self.cancelled:
                self._on_done(result)
        finally:
            self.ended.emit()
            self.deleteLater()

    @Slot(object, str)
    def _deliver_error(self, err: BaseException, trace: str) -> None:
        self.running = False
        try:
            if self.cancelled:
                return
            if self._on_error is not None:
                self._on_error(err, trace)
            else:
                from clipper.gui import errors

                errors.show_exception(_window_of(self.parent()), err, trace)
        finally:
            self.ended.emit()
            self.deleteLater()


class TaskRunner(QObject):
    """Starts tasks on its own pool and can wait for all of them at shutdown.

    One per main window; ``shutdown()`` cancels what is running and waits, so
    no worker outlives the window or the library file it reads.
    """

    def __init__(self, library_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._live: set[Task] = set()

    def run_in_background(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
    ) -> Task:
        """Run ``fn(context)`` on the pool; ``on_done(result)`` or ``on_error(exc, traceback)``
        then run on the GUI thread. A cancelled task calls neither.
        """
        task = Task(fn, on_done, on_error, self.library_path, self)
        self._live.add(task)
        task.ended.connect(lambda: self._live.discard(task))
        # A plain callable, not a QRunnable subclass: PySide then owns the
        # wrapper's lifetime, and no Python object is freed under a running worker.
        self.pool.start(task.work)
        return task

    @property
    def busy(self) -> bool:
        """True while any task has not delivered its result yet."""
        return any(t.running for t in self._live)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel every task and wait for the workers to finish."""
        for task in list(self._live):
            task.cancel()
        self.pool.waitForDone(timeout_ms)


def run_in_background(
    runner: TaskRunner,
    fn: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
) -> Task:
    """Module-level spelling of ``TaskRunner.run_in_background``."""
    return runner.run_in_background(fn, on_done, on_error)


def _window_of(obj: QObject | None) -> Any:
    from PySide6.QtWidgets import QWidget

    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    return obj.window() if isinstance(obj, QWidget) else None
