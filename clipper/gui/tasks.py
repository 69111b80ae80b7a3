"""The one way the window runs work off the GUI thread.

Searching a large library, cleaning a page, fetching a link and importing a
folder all take long enough to freeze the window, so they run on a
``QThreadPool``. The worker function never touches a widget: it gets a
``TaskContext`` to report progress and to ask whether the user cancelled,
and its result (or its exception) reaches the GUI thread by a queued signal.
A ``Library`` holds one SQLite connection that must never be used by two
threads, so each worker thread of the runner's pool has its own, opened on
the same path the first time a task on that thread asks for it
(``TaskContext.library()``) and kept for the next tasks on that thread: a
search as you type then costs the query, not a new connection with a cold
page cache and the schema read again. The runner closes them all when it
shuts down, after its workers have finished.

A read started with ``interruptible=True`` (a search, a timeline) can be
stopped mid-statement by ``Task.interrupt``, which calls ``Library.interrupt``
on the connection the task is using. Because a thread's Library outlives
its tasks, the call goes through the task's own ``TaskContext``, which
forgets the Library under a lock as the task ends: a stale handle can never
stop a newer task that reused the same connection, and a write (started
without the flag) is never interrupted at all.

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

from clipper.errors import Interrupted
from clipper.library import Library


class TaskContext:
    """What a worker function may use: progress, cancellation, its thread's Library."""

    def __init__(
        self,
        library_source: Callable[[], Library] | None,
        progress: Callable[[int, int, str], None],
        *,
        interruptible: bool = False,
    ) -> None:
        self._library_source = library_source
        self._progress = progress
        self._cancel = threading.Event()
        self._library: Library | None = None
        self.interruptible = interruptible
        # Guards _library between the worker (which takes and forgets it) and
        # the GUI thread (which interrupts it): see interrupt().
        self._lock = threading.Lock()

    def library(self) -> Library:
        """The Library of the worker thread running this task (never another thread's).

        Raises:
            Interrupted: an interruptible task was interrupted before it got
                here; its read would be thrown away, so it is not started.
        """
        if self._library is None:
            if self._library_source is None:
                raise RuntimeError("this task was started without a library path")
            library = self._library_source()
            with self._lock:
                if self.interruptible and self._cancel.is_set():
                    raise Interrupted("The task was stopped before it read the library.")
                self._library = library
        return self._library

    def interrupt(self) -> bool:
        """Cancel, and stop this task's running SQLite statement if it is a read.

        Called from the GUI thread. Under the lock the worker takes to forget
        its Library (``close``), so the statement stopped is one of this
        task's: once the task has ended the call finds no Library and does
        nothing, and the thread's next task, which reuses that Library, is
        untouched. Returns whether a connection was interrupted.
        """
        with self._lock:
            self._cancel.set()
            if not self.interruptible or self._library is None:
                return False
            self._library.interrupt()
            return True

    def progress(self, done: int, total: int, item: str = "") -> None:
        """Report progress; shown by whoever listens on the GUI thread."""
        self._progress(done, total, item)

    def cancelled(self) -> bool:
        """True once the user asked to stop; long loops check it between steps."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def close(self) -> None:
        """Forget the Library; it stays open for the thread's next task."""
        with self._lock:
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
        library_source: Callable[[], Library] | None,
        parent: QObject | None,
        *,
        interruptible: bool = False,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self.context = TaskContext(
            library_source, self.progressed.emit, interruptible=interruptible
        )
        self.running = True
        #: True once the worker ended with ``Interrupted`` (its read was stopped).
        self.interrupted = False
        self.runner: TaskRunner | None = None
        self._discard = False
        self.finished.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the worker to stop; its result, if any, is then ignored."""
        self._discard = True
        self.context.cancel()

    def interrupt(self) -> None:
        """Cancel, and for an interruptible read also stop its SQLite statement now.

        Otherwise the statement would run to its end on a worker thread. The
        worker then ends with ``Interrupted``, which is counted by the runner
        (``taskInterrupted``) and never shown as an error. For any other task
        this is ``cancel()``: a write is never interrupted.
        """
        self._discard = True
        self.context.interrupt()

    def stop(self) -> None:
        """Ask the worker to stop early but still deliver what it did.

        An import cancelled half-way still reports the files it took.
        """
        self.context.cancel()

    @property
    def cancelled(self) -> bool:
        return self._discard

    def work(self) -> None:
        """Run on a pool thread."""
        try:
            if self.context.interruptible and self.context.cancelled():
                # Interrupted while it waited for a thread: nothing to read.
                raise Interrupted("The task was stopped before it started.")
            result = self._fn(self.context)
        except BaseException as err:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.failed.emit(err, traceback.format_exc())
        else:
            self.finished.emit(result)
        finally:
            self.context.close()
            runner = self.runner
            if runner is not None and runner.shut_down:
                runner._release_thread_library()  # noqa: SLF001 - its own helper

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
            if isinstance(err, Interrupted):
                # Asked for: the read's answer was no longer wanted.
                self.interrupted = True
                if self.runner is not None:
                    self.runner._count_interrupted()  # noqa: SLF001 - its own helper
                return
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
    no worker outlives the window or the library file it reads. It owns one
    Library per pool thread (keyed by the thread's id, behind a lock), and
    closes them at shutdown.
    """

    #: A task's read was interrupted (its worker ended with ``Interrupted``).
    taskInterrupted = Signal()  # noqa: N815 - Qt's naming

    def __init__(self, library_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self.pool = QThreadPool(self)
        # One thread per core and two more: a search (or timeline) the user
        # has typed past is interrupted, but its statement stops only at
        # SQLite's next check and a read between statements runs its next
        # one, so the next keystroke's search should not queue behind it
        # (with one thread per core and no interrupt it waited 180 ms
        # behind "the" at 100,000 clips); the spare threads let it start at once.
        self.pool.setMaxThreadCount(max(4, QThreadPool.globalInstance().maxThreadCount() + 2))
        # Threads that never expire keep their connection warm for the next
        # task; the pool is small, so this is a few idle threads and
        # connections for the life of the window.
        self.pool.setExpiryTimeout(-1)
        self._live: set[Task] = set()
        self._libraries: dict[int, Library] = {}
        self._libraries_lock = threading.Lock()
        self._shut_down = False
        self._interrupted = 0

    def thread_library(self) -> Library:
        """The calling worker thread's Library, opened on its first task.

        Called on a pool thread only (through ``TaskContext.library``). A
        thread only ever gets its own connection, so no two threads share
        one. After ``shutdown`` a task still gets a Library of its own,
        which is closed when it ends (see ``Task.work``).
        """
        if self.library_path is None:
            raise RuntimeError("this runner was made without a library path")
        ident = threading.get_ident()
        with self._libraries_lock:
            library = self._libraries.get(ident)
            if library is not None:
                return library
            library = Library.open(self.library_path)
            self._libraries[ident] = library
            return library

    @property
    def open_libraries(self) -> int:
        """How many worker connections are open (one per thread that needed one)."""
        with self._libraries_lock:
            return len(self._libraries)

    @property
    def interrupted_tasks(self) -> int:
        """How many tasks ended with their read interrupted, since the runner started."""
        return self._interrupted

    def _count_interrupted(self) -> None:
        """On the GUI thread, as an interrupted task delivers its end."""
        self._interrupted += 1
        self.taskInterrupted.emit()

    def _release_thread_library(self) -> None:
        """After shutdown: the ending task's thread closes its own Library."""
        with self._libraries_lock:
            library = self._libraries.pop(threading.get_ident(), None)
        if library is not None:
            library.close()

    def run_in_background(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        *,
        interruptible: bool = False,
    ) -> Task:
        """Run ``fn(context)`` on the pool, keeping the GUI thread free while it works.

        ``on_done(result)`` or ``on_error(exc, traceback)`` then run on the GUI
        thread. A cancelled task calls neither.

        ``interruptible``: ``fn`` only reads, so ``Task.interrupt`` may stop
        its SQLite statement half-way (never set it for a task that writes).
        """
        source = self.thread_library if self.library_path is not None else None
        task = Task(fn, on_done, on_error, source, self, interruptible=interruptible)
        task.runner = self
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
        """Cancel every task, wait for the workers to finish, close their Libraries.

        Each connection is closed here, on the calling thread, only once no
        task runs on the thread it belongs to; a worker still busy after
        the timeout closes its own when its task ends.
        """
        for task in list(self._live):
            task.interrupt()  # a read stops at once; anything else is cancelled
        finished = self.pool.waitForDone(timeout_ms)
        with self._libraries_lock:
            self._shut_down = True
            if finished:
                libraries = list(self._libraries.values())
                self._libraries.clear()
            else:
                libraries = []
        for library in libraries:
            library.close()

    @property
    def shut_down(self) -> bool:
        with self._libraries_lock:
            return self._shut_down


def run_in_background(
    runner: TaskRunner,
    fn: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    *,
    interruptible: bool = False,
) -> Task:
    """Module-level spelling of ``TaskRunner.run_in_background``."""
    return runner.run_in_background(fn, on_done, on_error, interruptible=interruptible)


def _window_of(obj: QObject | None) -> Any:
    from PySide6.QtWidgets import QWidget

    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    return obj.window() if isinstance(obj, QWidget) else None
