"""CSV: one row per clip, for spreadsheets, pandas and R.

Lists (authors, tags) are joined with "; ". The file starts with a UTF-8
byte-order mark so Excel reads accents and Chinese correctly (pandas and R
skip it). A cell that a spreadsheet would run as a formula (one starting
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return: CSV injection)
is prefixed with an apostrophe, which spreadsheets show as text; a clipped
headline must never execute in a colleague's Excel.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from clipper.model import Clip

COLUMNS = (
    "uuid",
    "title",
    "subtitle",
    "authors",
    "published",
    "site",
    "url",
    "lang",
    "tags",
    "notes",
    "excerpt",
    "word_count",
    "captured",
    "updated",
)
ENCODING = "utf-8-sig"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: str) -> str:
    """A cell value that no spreadsheet evaluates."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def row(clip: Clip, *, full_text: bool) -> list[str | int]:
    """One clip's cells, in ``COLUMNS`` order (then the text, when asked)."""
    values: list[str | int] = [
        clip.uuid,
        clip.title,
        clip.subtitle or "",
        "; ".join(clip.authors),
        clip.published or "",
        clip.site or "",
        clip.url or "",
        clip.lang or "",
        "; ".join(clip.tags),
        clip.notes,
        clip.excerpt,
        clip.word_count,
        clip.captured,
        clip.updated,
    ]
    if full_text:
        values.append(clip.text)
    return [defuse(v) if isinstance(v, str) else v for v in values]


def write(clips: Sequence[Clip], out: TextIO, *, full_text: bool = False) -> int:
    """Write a header and one row per clip (``out`` opened with ``newline=""``)."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*COLUMNS, "text"] if full_text else COLUMNS)
    for clip in clips:
        writer.writerow(row(clip, full_text=full_text))
    return len(clips)
