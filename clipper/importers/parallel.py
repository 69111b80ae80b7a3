"""Bulk import that cleans on every core while one writer stores.

Cleaning (HTML parsing, date and language guessing) is most of an import's
time, and it needs no library. Worker processes read and clean files ahead
of ``Library.import_paths``, which does what must stay serial: topic
suggestions (they read the library's topics), duplicate checks and the
write, one transaction per file, in the order of the files, so the outcome
is the same whether or not workers were used.

Processes, not threads: cleaning is pure Python and holds the GIL. Workers
are started with "spawn", which is safe in a process that runs Qt threads
(fork is not) and behaves the same on Windows and macOS.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.errors import InputError

if TYPE_CHECKING:
    from clipper.library import Cleaned
#: Below this many files the workers' start-up (about a second each, to import
#: the cleaning libraries) costs more than it saves: import serially.
MIN_FILES = 8
Outcome = tuple[list["Cleaned"], str | None]


def default_workers() -> int:
    """One cleaner per core: the writer mostly waits on SQLite and takes little CPU."""
    return max(1, os.cpu_count() or 1)


def clean_file(path: str) -> Outcome:
    """Read and clean one file in a worker: its articles, or why it failed.

    The failure travels as its message (``InputError`` names the file)
    because exception objects with extra fields do not always survive
    pickling between processes.
    """
    from clipper.importers import registry
    from clipper.library import clean_capture

    try:
        return [clean_capture(capture) for capture in registry.read_path(path)], None
    except InputError as err:
        return [], str(err)


def cleaned_in_order(
    files: Sequence[Path], *, workers: int | None = None
) -> Iterator[tuple[Path, Outcome]]:
    """Each file with what cleaning made of it, in the order of ``files``.

    With enough files, workers clean a few files ahead of the consumer, which
    stores them (writes stay serial, one transaction per file); with few, or
    one core, files are cleaned here. Stopping the iteration early (a cancel)
    drops the files not yet handed out.
    """
    workers = workers or default_workers()
    if len(files) < MIN_FILES or workers < 2:
        for file in files:
            yield file, clean_file(str(file))
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_exit_with_parent)
    try:
        pending: deque[tuple[Path, Future[Outcome]]] = deque()
        queued = iter(files)
        for file in _take(queued, workers * 3):
            pending.append((file, pool.submit(clean_file, str(file))))
        while pending:
            file, future = pending.popleft()
            for nxt in _take(queued, 1):
                pending.append((nxt, pool.submit(clean_file, str(nxt))))
            yield file, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _exit_with_parent() -> None:
    """In each worker: end it as soon as the program that started it is gone.

    A program that is killed (or crashes) cannot shut its pool down, and its
    workers would wait on their task queue for ever; they watch the parent's
    sentinel, which every platform's "spawn" provides, instead.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="clipper-parent-watch", daemon=True).start()


def _take(items: Iterable[Path], n: int) -> list[Path]:
    out = []
    for item in items:
        out.append(item)
        if len(out) >= n:
            break
    return out
