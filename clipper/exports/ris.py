"""RIS: the tagged format every reference manager imports.

EndNote, Zotero, Mendeley and Citavi all read it.

Each clip is a ``TY  - NEWS`` record. RIS values are one line each, so
titles and names are put on one line; notes keep their line breaks as
continuation lines, which Zotero and rispy read back. The clip's UUID goes
in ``AN`` (accession number) so a record can be traced back to its clip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from clipper.exports import common
from clipper.model import Clip

_TAG_LIKE = re.compile(r"^[A-Z][A-Z0-9]  -")


def record(clip: Clip, key: str) -> list[tuple[str, str]]:
    """One clip as (tag, value) pairs, in the order RIS readers expect."""
    fields: list[tuple[str, str]] = [
        ("TY", "NEWS"),
        ("ID", key),
        ("TI", common.one_line(clip.title)),
    ]
    for author in clip.authors:
        name = common.split_name(author)
        fields.append(("AU", name.literal or f"{name.family}, {name.given}"))
    if clip.site:
        fields.append(("T2", common.one_line(clip.site)))
    parts = common.date_parts(clip.published)
    if parts:
        fields.append(("PY", str(parts[0])))
        fields.append(("DA", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))))
    if clip.url:
        fields.append(("UR", common.one_line(clip.url)))
    if clip.lang:
        fields.append(("LA", clip.lang))
    if clip.excerpt:
        fields.append(("AB", common.one_line(clip.excerpt)))
    fields.extend(("KW", common.one_line(tag)) for tag in clip.tags)
    if clip.notes.strip():
        fields.append(("N1", _multiline(clip.notes)))
    if captured := common.iso_date(clip.captured):
        fields.append(("Y2", captured.replace("-", "/")))
    fields.append(("AN", clip.uuid))
    return fields


def _multiline(text: str) -> str:
    """Continuation lines, none of which a reader could take for a new tag."""
    lines = text.strip().splitlines()
    return "\r\n".join(
        " " + line if _TAG_LIKE.match(line) or line.startswith("ER  -") else line for line in lines
    )


def write(clips: Sequence[Clip], out: TextIO, *, full_text: bool = False) -> int:
    """Write the clips as RIS records, with the CRLF line ends the format specifies."""
    keys = common.citation_keys(clips)
    for clip in clips:
        for tag, value in record(clip, keys[clip.uuid]):
            out.write(f"{tag}  - {value}\r\n")
        out.write("ER  - \r\n\r\n")
    return len(clips)
