"""Markdown: one file per clip with YAML front matter, for Obsidian and Joplin.

The front matter uses the property names both programs read (``title``,
``author``, ``source``, ``created``, ``updated``, ``tags``) and Clipper's
own beside them (``published``, ``site``, ``lang``, ``uuid``, ``notes``...),
so a clip can also come back into Clipper with its metadata. The body is
the clean HTML turned into Markdown (headings, lists, quotes, links and
emphasis kept; images left out so opening a note never fetches a remote
picture), or the clean text when there is no HTML.

File names come from titles, made safe for every platform and for
Obsidian's links; a file a previous export wrote for the same clip is
replaced, any other file of that name is left alone.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import markdownify
import yaml

from clipper.model import Clip

EXTENSION = ".md"
MAX_NAME_BYTES = 120
# Windows forbids <>:"/\|?* and control characters; Obsidian's links break on #^[]|.
_UNSAFE = re.compile(r'[<>:"/\\|?*#^\[\]\x00-\x1f\x7f]')
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)


def front_matter(clip: Clip) -> dict[str, Any]:
    """The YAML properties of a clip's note (empty ones left out)."""
    data: dict[str, Any] = {
        "title": clip.title,
        "subtitle": clip.subtitle,
        "author": list(clip.authors) or None,
        "published": clip.published,
        "site": clip.site,
        "source": clip.url,
        "lang": clip.lang,
        "tags": list(clip.tags) or None,
        "description": clip.excerpt or None,
        "notes": clip.notes or None,
        "created": clip.captured,
        "updated": clip.updated,
        "uuid": clip.uuid,
    }
    return {k: v for k, v in data.items() if v is not None and v != ""}


def body(clip: Clip) -> str:
    """The article as Markdown."""
    if clip.html.strip():
        text = markdownify.markdownify(clip.html, heading_style="ATX", bullets="-", strip=["img"])
        text = re.sub(r"\n{3,}", "\n\n", str(text)).strip()
        if text:
            return text
    return clip.text.strip()


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]
    """Safe YAML that writes multi-line text (notes) as readable ``|`` blocks."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style="|" if "\n" in value else None
    )


_Dumper.add_representer(str, _str)


def note(clip: Clip) -> str:
    """The whole file: front matter between ``---`` lines, then the body."""
    yaml_text = yaml.dump(
        front_matter(clip),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
    )
    return f"---\n{yaml_text}---\n\n{body(clip)}\n"


def safe_name(title: str, fallback: str = "Untitled") -> str:
    """A file name (without extension) that every platform and Obsidian accept."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split()).strip(" .")
    encoded = name.encode("utf-8")[:MAX_NAME_BYTES]
    name = encoded.decode("utf-8", errors="ignore").strip(" .")
    if not name or name.split(".")[0].lower() in _RESERVED:
        name = f"{fallback} {name}".strip() if name else fallback
    return name


def write_folder(clips: Iterable[Clip], folder: Path) -> int:
    """Write one note per clip into ``folder`` (created if needed); return the count."""
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    count = 0
    for clip in clips:
        path = _target(folder, clip, taken)
        taken.add(path.name.casefold())
        _write_atomic(path, note(clip))
        count += 1
    return count


def _target(folder: Path, clip: Clip, taken: set[str]) -> Path:
    """The clip's file: its title, or title plus UUID start when that is in use.

    In use means by another clip of this export, or by a file that is not
    this clip's note; names compare without case because macOS and Windows do.
    """
    stem = safe_name(clip.title)
    for candidate in (stem, f"{stem} ({clip.uuid[:8]})", f"{stem} ({clip.uuid})"):
        path = folder / f"{candidate}{EXTENSION}"
        if path.name.casefold() in taken:
            continue
        if not path.exists() or _is_note_of(path, clip.uuid):
            return path
    return folder / f"{clip.uuid}{EXTENSION}"


def _is_note_of(path: Path, uuid: str) -> bool:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return False
    return (
        head.startswith("---")
        and re.search(rf"^uuid: ['\"]?{re.escape(uuid)}['\"]?$", head, re.M) is not None
    )


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
