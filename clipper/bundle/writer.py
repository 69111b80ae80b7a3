"""Writing a ``.clipbundle``: clips, their HTML and originals, topics, manifest.

The bundle is written to a temporary file beside the target and moved into
place only when complete, so a crash or a full disk never leaves a
half-written bundle under the name the user chose. The manifest goes last
because it carries the SHA-256 of every other member.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from clipper.bundle import format as fmt
from clipper.errors import BundleError
from clipper.model import Clip, Topic

Progress = Callable[[int, int, str], None]

# Level 6 is zlib's default: within a few per cent of level 9's size on
# article text at about half the time, which matters at 10,000 clips.
_COMPRESSLEVEL = 6


class BundleWriter:
    """An open bundle being written; use as a context manager.

    On a clean exit the manifest is added and the file moved to ``path``; on
    an exception the temporary file is removed and ``path`` is untouched.
    """

    def __init__(self, path: Path, *, created: str, generator: str) -> None:
        self.path = path
        self.created = created
        self.generator = generator
        self._files: dict[str, str] = {}
        self._count = 0
        self._date_time = _zip_time(created)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        except OSError as err:
            raise BundleError(f"Cannot write the bundle {path}: {err.strerror}.") from err
        os.close(fd)
        self._tmp = Path(tmp)
        self._zip = zipfile.ZipFile(
            self._tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=_COMPRESSLEVEL
        )

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self._finish()
        else:
            self._abort()

    def add_clip(self, clip: Clip) -> None:
        """Write a clip's JSON, clean HTML and original."""
        self._write_json(fmt.clip_json_path(clip.uuid), fmt.clip_to_json(clip))
        self._write(fmt.clip_html_path(clip.uuid), clip.html.encode("utf-8"))
        if clip.original is not None:
            self._write(
                fmt.original_path(clip.uuid, clip.original), clip.original.content.encode("utf-8")
            )
        self._count += 1

    def add_topics(self, topics: Sequence[Topic]) -> None:
        """Write the topic definitions (always present, even when empty)."""
        self._write_json(fmt.TOPICS, fmt.topics_to_json(topics))

    @property
    def count(self) -> int:
        """Clips written so far."""
        return self._count

    def _write_json(self, name: str, data: Any) -> None:
        self._write(name, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    def _write(self, name: str, data: bytes) -> None:
        if name in self._files:
            raise BundleError(f"Cannot write the bundle {self.path}: two members named {name}.")
        info = zipfile.ZipInfo(name, date_time=self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
        info.create_system = 3  # Unix, so the mode above is read as such
        try:
            self._zip.writestr(info, data, compresslevel=_COMPRESSLEVEL)
        except OSError as err:
            raise BundleError(f"Cannot write the bundle {self.path}: {err.strerror}.") from err
        self._files[name] = hashlib.sha256(data).hexdigest()

    def _finish(self) -> None:
        manifest = {
            "format": fmt.FORMAT_NAME,
            "version": fmt.FORMAT_VERSION,
            "created": self.created,
            "generator": self.generator,
            "clip_count": self._count,
            "files": dict(sorted(self._files.items())),
        }
        try:
            self._write_json(fmt.MANIFEST, manifest)
            self._zip.close()
            os.replace(self._tmp, self.path)
        except BaseException:
            self._abort()
            raise

    def _abort(self) -> None:
        with contextlib.suppress(OSError):
            self._zip.close()
        with contextlib.suppress(FileNotFoundError):
            self._tmp.unlink()


def write_bundle(
    path: Path,
    clips: Iterable[Clip],
    topics: Sequence[Topic],
    *,
    created: str,
    generator: str,
    total: int,
    progress: Progress | None = None,
) -> int:
    """Write ``clips`` and ``topics`` to a bundle at ``path``; return the clip count.

    ``clips`` may be a generator, so a large library is streamed rather than
    held in memory; ``total`` is only for the progress callback.
    """
    with BundleWriter(path, created=created, generator=generator) as writer:
        for clip in clips:
            if progress is not None:
                progress(writer.count, total, clip.title)
            writer.add_clip(clip)
        writer.add_topics(topics)
        if progress is not None:
            progress(writer.count, total, "")
        return writer.count


def _zip_time(created: str) -> tuple[int, int, int, int, int, int]:
    """Every member carries the bundle's creation time (zip wants 1980 or later)."""
    when = fmt.parse_timestamp(created)
    if when.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)
