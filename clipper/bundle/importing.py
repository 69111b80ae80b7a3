"""Importing a bundle into a library: read, plan each clip, apply, in one transaction.

The whole import is one transaction: a bundle that turns out to be damaged
half-way (a bad checksum in the last clip), a cancel, a full disk, or a bug
leave the library exactly as it was. Checksums are verified as each member
is read, and every member the clips did not use is verified before commit.
"""

from __future__ import annotations

import dataclasses
import queue
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

from clipper.bundle import merge
from clipper.bundle.reader import BundleReader
from clipper.errors import UserError
from clipper.model import Clip, ImportSummary
from clipper.store import bundles as store_bundles
from clipper.store import clips as store_clips
from clipper.store import fingerprint as fp
from clipper.store import query as store_query
from clipper.store import tags as store_tags
from clipper.store import topics as store_topics
from clipper.store.db import Db
from clipper.topics import files as topic_files

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
BUNDLE_ORIGIN = "bundle"
_FINGERPRINT = re.compile(r"[0-9a-f]{32}")


class _Cancel(Exception):
    """Raised inside the transaction to roll it back when the user cancels."""


def import_bundle(
    db: Db,
    path: str | Path,
    *,
    now: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Merge the bundle at ``path`` into the library (see ``merge`` for the rules).

    Raises:
        BundleError: the bundle is unsafe, damaged, malformed or too new;
            nothing was changed.
    """
    with BundleReader.open(path) as reader:
        result = _Result()
        try:
            with store_bundles.bulk_write(db), db.transaction():
                _import_topics(db, reader, now)
                _import_clips(db, reader, result, progress, cancelled)
                reader.verify_remaining()
        except _Cancel:
            return ImportSummary(cancelled=True)
        if progress is not None:
            progress(reader.clip_count, reader.clip_count, "")
        return result.summary()


@dataclasses.dataclass
class _Result:
    added: list[str] = dataclasses.field(default_factory=list)
    updated: list[str] = dataclasses.field(default_factory=list)
    merged: list[str] = dataclasses.field(default_factory=list)
    skipped: list[str] = dataclasses.field(default_factory=list)

    def summary(self) -> ImportSummary:
        return ImportSummary(
            added=tuple(self.added),
            updated=tuple(self.updated),
            merged=tuple(self.merged),
            skipped=tuple(self.skipped),
        )


def _import_clips(
    db: Db,
    reader: BundleReader,
    result: _Result,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    ids = reader.clip_ids()
    deferred: dict[str, str] = {}  # uuid -> the uuid it was kept as a duplicate of
    done = 0

    def apply(clip: Clip) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise _Cancel
        if progress is not None:
            progress(done, len(ids), clip.title)
        _apply(db, clip, result)
        done += 1

    with _Prefetch(reader, ids) as clips:
        for clip in clips:
            if clip.duplicate_of:
                # Kept duplicates come after the clips they repeat: merged against
                # those, not the other way round, whatever order the UUIDs sort in.
                deferred[clip.uuid] = clip.duplicate_of
                continue
            apply(clip)
    while deferred:
        ready = [u for u, target in deferred.items() if store_clips.exists(db, target)]
        for uuid in ready or list(deferred):  # the rest repeat clips merged away
            del deferred[uuid]
            apply(_tidy(reader.read_clip(uuid)))


class _Prefetch:
    """Reads, checks and parses clips in a thread while the caller writes.

    Unzipping, hashing and JSON parsing run in the reader thread while SQLite
    (which releases the GIL) indexes the previous clips; on two cores this
    overlaps most of the reading with the writing. Only the thread touches
    the zip until it has finished; a problem it meets is raised in the caller.
    """

    _DONE = object()

    def __init__(self, reader: BundleReader, ids: list[str], depth: int = 32) -> None:
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(reader, ids), name="bundle-reader", daemon=True
        )

    def __enter__(self) -> Iterator[Clip]:
        self._thread.start()
        return self._items()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self, reader: BundleReader, ids: list[str]) -> None:
        try:
            for uuid in ids:
                if self._stop.is_set():
                    return
                self._put(_tidy(reader.read_clip(uuid)))
            self._put(self._DONE)
        except BaseException as err:  # handed to the caller, who raises it
            self._put(err)

    def _put(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _items(self) -> Iterator[Clip]:
        while True:
            item = self._queue.get()
            if item is self._DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield cast(Clip, item)


def _apply(db: Db, incoming: Clip, result: _Result) -> None:
    same = store_clips.get(db, incoming.uuid) if store_clips.exists(db, incoming.uuid) else None
    duplicate = None
    kept = False
    if same is None:
        duplicate = store_clips.find_duplicate(db, incoming.canonical_url, incoming.fingerprint)
        kept = bool(incoming.duplicate_of) and store_clips.exists(db, incoming.duplicate_of or "")
    step = merge.plan(incoming, same, duplicate, kept_duplicate=kept)
    if step.action == "skip":
        result.skipped.append(incoming.uuid)
        return
    _ensure_tags(db, step.clip.tags if step.clip is not None else step.tags)
    if step.action == "add":
        assert step.clip is not None
        store_clips.insert(db, step.clip)
        result.added.append(step.target)
        return
    local = same or duplicate
    assert local is not None
    if step.fields or step.updated != local.updated:
        store_clips.update(db, step.target, step.fields, updated=step.updated)
    if step.original is not None:
        store_clips.set_original(db, store_clips.row_id(db, step.target), step.original)
    if step.tags:
        store_tags.add(db, [step.target], list(step.tags), source=BUNDLE_ORIGIN)
    (result.updated if step.action == "update" else result.merged).append(step.target)


def _tidy(clip: Clip) -> Clip:
    """Tidy tag names and check what the library derives itself.

    The canonical URL and fingerprint are made as on capture, so duplicates
    are found the same way whoever wrote the bundle.

    A fingerprint in Clipper's own shape is kept: recomputing it costs more
    than the rest of the import together, and a false one could do no more
    than a false URL (merge the clip's tags and notes into another clip).
    """
    tags = []
    for name in clip.tags:
        try:
            tags.append(store_tags.normalise(name))
        except UserError:
            continue  # a tag name made only of slashes or spaces carries nothing
    fingerprint = (
        clip.fingerprint if _FINGERPRINT.fullmatch(clip.fingerprint) else fp.fingerprint(clip.text)
    )
    return dataclasses.replace(
        clip,
        canonical_url=fp.canonical_url(clip.url),
        fingerprint=fingerprint,
        tags=tuple(merge.new_tags((), tags)),
    )


def _ensure_tags(db: Db, names: tuple[str, ...]) -> None:
    """Create the tags the library lacks, marked as having come with a bundle."""
    for name in names:
        store_tags.ensure(db, name, origin=BUNDLE_ORIGIN)


def _import_topics(db: Db, reader: BundleReader, now: str) -> None:
    """Add the topics the library lacks.

    A topic already defined here keeps the local definition, because the
    user's own rules must not change behind their back when a colleague's
    bundle comes in. A definition Clipper could
    not apply (a term or query that does not parse) refuses the bundle.
    """
    for topic in reader.topics():
        try:
            name = store_tags.normalise(topic.name)
        except UserError:
            continue  # a name made only of slashes or spaces names nothing
        try:
            topic_files.validate(topic)
            if topic.query:
                store_query.compile_query(topic.query)
        except UserError as err:
            raise reader.error(f"topics.json: {err}") from None
        if store_topics.exists(db, name):
            continue
        store_tags.ensure(db, name, origin=BUNDLE_ORIGIN)
        store_topics.save(db, dataclasses.replace(topic, name=name), updated=now)
