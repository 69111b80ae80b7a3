"""JSON Lines: one JSON object per clip per line, for pandas, R and jq.

pandas reads it with ``read_json(lines=True)``, R with ``jsonlite::stream_in``.

The objects have the shape of ``clipper list --json`` (docs/json-output.md)
plus notes, excerpt, word count and times, and ``text`` when full text is asked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from clipper.model import Clip


def obj(clip: Clip, *, full_text: bool) -> dict[str, Any]:
    """One clip as a JSON object."""
    data: dict[str, Any] = {
        "uuid": clip.uuid,
        "title": clip.title,
        "subtitle": clip.subtitle,
        "authors": list(clip.authors),
        "published": clip.published,
        "site": clip.site,
        "url": clip.url,
        "lang": clip.lang,
        "tags": list(clip.tags),
        "notes": clip.notes,
        "excerpt": clip.excerpt,
        "word_count": clip.word_count,
        "captured": clip.captured,
        "updated": clip.updated,
    }
    if full_text:
        data["text"] = clip.text
    return data


def write(clips: Sequence[Clip], out: TextIO, *, full_text: bool = False) -> int:
    """Write one line per clip."""
    for clip in clips:
        out.write(json.dumps(obj(clip, full_text=full_text), ensure_ascii=False))
        out.write("\n")
    return len(clips)
