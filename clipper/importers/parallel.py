"""Bulk import that cleans on every core while one writer stores.

``Library.import_paths`` reads, cleans and stores file after file on one
core; cleaning (HTML parsing, date and language guessing) is most of the
time, and it needs no library. Here worker processes read and clean files
ahead of the writer, and the calling thread does what must stay serial:
topic suggestions (they read the library's topics), duplicate checks and the
write, one transaction per file, in the order of the files, so the outcome
is the same as the serial import's.

Processes, not threads: cleaning is pure Python and holds the GIL. Workers
are started with "spawn", which is safe in a process that runs Qt threads
(fork is not) and behaves the same on Windows and macOS.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.errors import DuplicateError, InputError
from clipper.model import Article, ImportFailure, ImportSummary, Original

if TYPE_CHECKING:
    from clipper.library import Library

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
#: Below this many files the workers' start-up (about a second each, to import
#: the cleaning libraries) costs more than it saves: import serially.
MIN_FILES = 8
Cleaned = tuple[list[tuple[Article, Original]], str | None]


def default_workers() -> int:
    """One cleaner per core: the writer mostly waits on SQLite and takes little CPU."""
    return max(1, os.cpu_count() or 1)


def clean_file(path: str) -> Cleaned:
    """Read and clean one file in a worker: its articles, or why it failed.

    The failure travels as its message (``InputError`` names the file)
    because exception objects with extra fields do not always survive
    pickling between processes.
    """
    from clipper.importers import registry
    from clipper.library import clean_capture

    try:
        out = []
        for capture in registry.read_path(path):
            original = Original(kind=capture.kind, content=capture.content, name=capture.name)
            out.append((clean_capture(capture), original))
        return out, None
    except InputError as err:
        return [], str(err)


def import_paths(
    lib: Library,
    paths_: Sequence[str | Path],
    *,
    tags: Iterable[str] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> ImportSummary:
    """``Library.import_paths`` with cleaning spread over ``workers`` processes.

    Same contract: files and folders (recursively), one transaction per
    file, failures recorded with their reason, duplicates reported, what
    was imported before a cancel stays.
    """
    from clipper.importers import registry

    files = registry.expand(paths_)
    workers = workers or default_workers()
    if len(files) < MIN_FILES or workers < 2:
        return lib.import_paths(files, tags=tags, progress=progress, cancelled=cancelled)
    added: list[str] = []
    dups: list[tuple[str, str]] = []
    failed: list[ImportFailure] = []
    tag_list = list(tags)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque[tuple[Path, Future[Cleaned]]] = deque()
        queued = iter(files)
        for file in _take(queued, workers * 3):
            pending.append((file, pool.submit(clean_file, str(file))))
        done = 0
        while pending:
            if cancelled is not None and cancelled():
                for _file, future in pending:
                    future.cancel()
                return ImportSummary(tuple(added), tuple(dups), failed=tuple(failed), cancelled=True)
            file, future = pending.popleft()
            for nxt in _take(queued, 1):
                pending.append((nxt, pool.submit(clean_file, str(nxt))))
            if progress is not None:
                progress(done, len(files), str(file))
            articles, error = future.result()
            if error is not None:
                failed.append(ImportFailure(str(file), error))
            for article, original in articles:
                try:
                    added.append(_store(lib, article, original, tag_list))
                except DuplicateError as err:
                    dups.append((str(file), err.existing_uuid))
            done += 1
    if progress is not None:
        progress(len(files), len(files), "")
    return ImportSummary(tuple(added), tuple(dups), failed=tuple(failed))


def _store(lib: Library, article: Article, original: Original, tags: list[str]) -> str:
    """What ``Library.add`` does after cleaning: topic tags, duplicate check, one transaction."""
    from clipper.topics import apply as topic_apply

    chosen = tags + [s.tag for s in topic_apply.suggest_for_article(lib, article) if s.confident]
    unique = list({name.casefold(): name for name in reversed(chosen)}.values())[::-1]
    clip, _changes = lib.capture(article, original, tags=unique)
    return clip.uuid


def _take(items: Iterable[Path], n: int) -> list[Path]:
    out = []
    for item in items:
        out.append(item)
        if len(out) >= n:
            break
    return out
