"""Reading a ``.clipbundle`` that may have been made by anyone, safely.

Nothing in a bundle is trusted. Before a single clip is read, the central
directory is checked: every member name must be relative and stay inside the
bundle (no ``../``, no absolute or drive paths, no backslashes), no member
may be a link or a device, no name may appear twice, and the sizes the zip
declares must be plausible against their compressed sizes and against the
file itself (zip bombs, overlapping members). Members are then read as a
stream with a cap at their declared size, and each one's SHA-256 is checked
against the manifest as it is read. Every problem is a ``BundleError`` that
names the bundle and says what is wrong. Nothing is ever extracted to disk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from clipper.bundle import format as fmt
from clipper.clean import sanitize
from clipper.errors import BundleError
from clipper.model import Clip, Original, Topic

# Plain article text and HTML deflate 3-10x; a member that claims more than
# MAX_RATIO times its compressed size (and is big enough to matter) is a bomb.
MAX_RATIO = 200
RATIO_FLOOR = 1 << 20  # members under 1 MiB are never refused for their ratio
MAX_MEMBER = 256 << 20  # no single clip, page or original is larger than this
MAX_TOTAL = 16 << 30  # nor a whole bundle, uncompressed
MAX_MANIFEST = 64 << 20
_CHUNK = 1 << 16


class BundleReader:
    """An open, checked bundle; use as a context manager.

    ``open`` validates the structure and the manifest. ``clip_ids``,
    ``read_clip`` and ``topics`` then read members one at a time, each
    checked against its checksum; ``verify_remaining`` checks what was not
    read, so that a caller that read everything has verified everything.
    """

    def __init__(self, path: Path, zf: zipfile.ZipFile) -> None:
        self.path = path
        self._zip = zf
        self._infos = {info.filename: info for info in zf.infolist() if not info.is_dir()}
        self._verified: set[str] = set()
        manifest = self._load_manifest()
        self.version: str = manifest["version"]
        self.created: str = manifest.get("created") or ""
        self.generator: str = manifest.get("generator") or ""
        self.clip_count: int = manifest["clip_count"]
        self._files: dict[str, str] = manifest["files"]
        self._check_file_list()

    @classmethod
    def open(cls, path: str | Path) -> BundleReader:
        """Open and check a bundle. Raises ``BundleError`` for anything unsafe."""
        path = Path(path)
        try:
            zf = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise BundleError(f"The bundle {path} does not exist.") from None
        except IsADirectoryError:
            raise BundleError(f"{path} is a folder, not a bundle.") from None
        except PermissionError:
            raise BundleError(f"The bundle {path} cannot be read: permission denied.") from None
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as err:
            raise BundleError(
                f"{path} is not a Clipper bundle: it is not a zip file or it is cut short ({err})."
            ) from None
        try:
            _check_structure(path, zf)
            return cls(path, zf)
        except BaseException:
            zf.close()
            raise

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the zip file."""
        self._zip.close()

    def error(self, problem: str) -> BundleError:
        """A ``BundleError`` naming this bundle."""
        return BundleError(f"The bundle {self.path} was refused: {problem}")

    def clip_ids(self) -> list[str]:
        """The UUIDs of the clips in the bundle, sorted so imports are repeatable."""
        ids = [u for u in (fmt.uuid_of_clip_member(n) for n in self._files) if u is not None]
        return sorted(ids)

    def read_clip(self, uuid: str) -> Clip:
        """One clip whole: JSON, clean HTML and original, each verified."""
        member = fmt.clip_json_path(uuid)
        try:
            entry = fmt.clip_from_json(self._read_json(member), member)
        except fmt.FormatError as err:
            raise self.error(f"{err} It does not match the bundle format.") from None
        # A colleague's bundle is as untrusted as a web page.
        html = sanitize.sanitize(self._read_text(entry.html_path)) if entry.html_path else ""
        original = None
        if entry.original is not None:
            content = self._read_text(entry.original.path)
            original = Original(kind=entry.original.kind, content=content, name=entry.original.name)
        return dataclasses.replace(entry.clip, html=html, original=original)

    def topics(self) -> list[Topic]:
        """The topic definitions (none if the bundle has no ``topics.json``)."""
        if fmt.TOPICS not in self._infos:
            return []
        try:
            return fmt.topics_from_json(self._read_json(fmt.TOPICS))
        except fmt.FormatError as err:
            raise self.error(f"{err} It does not match the bundle format.") from None

    def verify_remaining(self) -> None:
        """Check the checksum of every member not read yet."""
        for name in self._files:
            if name not in self._verified:
                self._read(name)

    # -- members -----------------------------------------------------------

    def _read(self, name: str) -> bytes:
        info = self._infos.get(name)
        if name == fmt.MANIFEST and info is not None:
            return self._stream(info)
        if info is None or name not in self._files:
            raise self.error(f"it refers to {name}, which is not in it.")
        data = self._stream(info)
        if name not in self._verified:
            if hashlib.sha256(data).hexdigest() != self._files[name]:
                raise self.error(
                    f"{name} does not match its checksum in the manifest; "
                    "the bundle is damaged or was changed after it was made."
                )
            self._verified.add(name)
        return data

    def _stream(self, info: zipfile.ZipInfo) -> bytes:
        """Read a member in chunks, never past its declared size."""
        cap = min(info.file_size, MAX_MEMBER)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > cap:
                        raise self.error(
                            f"{info.filename} is larger than the zip says (a zip bomb?)."
                        )
                    chunks.append(chunk)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as err:
            raise self.error(
                f"{info.filename} cannot be read ({err}); the bundle is damaged."
            ) from None
        return b"".join(chunks)

    def _read_text(self, name: str) -> str:
        try:
            return self._read(name).decode("utf-8")
        except UnicodeDecodeError:
            raise self.error(f"{name} is not UTF-8 text.") from None

    def _read_json(self, name: str) -> Any:
        try:
            return json.loads(self._read_text(name))
        except json.JSONDecodeError as err:
            raise self.error(f"{name} is not valid JSON ({err}).") from None

    # -- manifest ----------------------------------------------------------

    def _load_manifest(self) -> dict[str, Any]:
        info = self._infos.get(fmt.MANIFEST)
        if info is None:
            raise self.error("it has no manifest.json, so it is not a Clipper bundle.")
        if info.file_size > MAX_MANIFEST:
            raise self.error("its manifest.json is far too large.")
        data = self._read_json(fmt.MANIFEST)
        if not isinstance(data, dict) or data.get("format") != fmt.FORMAT_NAME:
            raise self.error(f"its manifest.json does not say “format”: “{fmt.FORMAT_NAME}”.")
        version = data.get("version")
        major = _major(version)
        if major is None:
            raise self.error(f"its manifest.json has no valid “version” (found {version!r}).")
        if major > fmt.MAJOR_VERSION:
            raise self.error(
                f"it was made in bundle format {version} by "
                f"{data.get('generator') or 'a newer program'}, and this Clipper reads "
                f"format {fmt.MAJOR_VERSION}.x at most; please update Clipper."
            )
        count = data.get("clip_count")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise self.error("its manifest.json has no valid “clip_count”.")
        files = data.get("files")
        if not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and len(v) == 64 for k, v in files.items()
        ):
            raise self.error("its manifest.json has no valid “files” list of SHA-256 checksums.")
        for key in ("created", "generator"):
            if not isinstance(data.get(key, ""), str):
                raise self.error(f"its manifest.json has an invalid “{key}”.")
        return data

    def _check_file_list(self) -> None:
        listed = set(self._files)
        present = set(self._infos) - {fmt.MANIFEST}
        if missing := sorted(listed - present):
            raise self.error(f"{missing[0]} is listed in the manifest but missing from the bundle.")
        if extra := sorted(present - listed):
            raise self.error(f"{extra[0]} is in the bundle but not in its manifest.")
        clips = sum(1 for n in listed if fmt.uuid_of_clip_member(n) is not None)
        if clips != self.clip_count:
            raise self.error(
                f"the manifest announces {self.clip_count} clips but the bundle holds {clips}."
            )


def _check_structure(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse unsafe names, links, duplicates and implausible sizes."""

    def refuse(problem: str) -> BundleError:
        return BundleError(f"The bundle {path} was refused: {problem}")

    seen: set[str] = set()
    total = compressed = 0
    for info in zf.infolist():
        name = info.filename
        problem = _unsafe_name(name)
        if problem:
            raise refuse(f"the member “{name}” {problem}.")
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            kind = "a link" if stat.S_ISLNK(mode) else "not a regular file"
            raise refuse(f"the member “{name}” is {kind}; bundles hold plain files only.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(f"the member “{name}” uses a compression method bundles do not use.")
        if info.flag_bits & 0x1:
            raise refuse(f"the member “{name}” is encrypted.")
        if name in seen:
            raise refuse(f"the member “{name}” appears twice.")
        seen.add(name)
        if info.file_size > MAX_MEMBER or (
            info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise refuse(
                f"the member “{name}” would unpack to {info.file_size:,} bytes from "
                f"{info.compress_size:,} (a zip bomb)."
            )
        total += info.file_size
        compressed += info.compress_size
    size = path.stat().st_size
    if compressed > size:
        raise refuse("its members overlap or claim more data than the file holds (a zip bomb).")
    if total > MAX_TOTAL or (total > RATIO_FLOOR and total > MAX_RATIO * max(size, 1)):
        raise refuse(f"it would unpack to {total:,} bytes from a file of {size:,} (a zip bomb).")


def _unsafe_name(name: str) -> str | None:
    """Why a member name could leave the target folder, or None if it cannot."""
    if not name or "\x00" in name or any(ord(c) < 32 for c in name):
        return "has an empty or invalid name"
    if "\\" in name:
        return "uses backslashes, which could leave the folder on Windows"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "has an absolute path"
    if any(part in ("..", ".") for part in name.rstrip("/").split("/")):
        return "has a path that leaves the bundle (../)"
    return None


def _major(version: object) -> int | None:
    if not isinstance(version, str):
        return None
    head = version.split(".", 1)[0]
    return int(head) if head.isdigit() else None
