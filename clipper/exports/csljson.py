"""CSL-JSON: the citation data that Zotero, Pandoc and citeproc read.

Each clip becomes an ``article-newspaper`` item: the site is the
``container-title``, the publication date ``issued`` and the capture date
``accessed`` (when the researcher read it, which styles print for web
sources). The item's ``id`` is the same citation key as in BibTeX, so a
Pandoc document can cite ``[@johnson2024china]`` from either file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from clipper.exports import common
from clipper.model import Clip


def item(clip: Clip, key: str) -> dict[str, Any]:
    """One clip as a CSL-JSON item (empty fields left out, as CSL expects)."""
    data: dict[str, Any] = {
        "id": key,
        "type": "article-newspaper",
        "title": common.one_line(clip.title),
    }
    if clip.authors:
        data["author"] = [_name(a) for a in clip.authors]
    optional = {
        "container-title": clip.site,
        "URL": clip.url,
        "language": clip.lang,
        "abstract": clip.excerpt,
        "note": clip.notes,
        "keyword": ", ".join(clip.tags),
    }
    data.update({k: v for k, v in optional.items() if v})
    if parts := common.date_parts(clip.published):
        data["issued"] = {"date-parts": [list(parts)]}
    if parts := common.date_parts(clip.captured):
        data["accessed"] = {"date-parts": [list(parts)]}
    return data


def _name(author: str) -> dict[str, str]:
    name = common.split_name(author)
    if name.literal:
        return {"literal": name.literal}
    return {"family": name.family, "given": name.given}


def write(clips: Sequence[Clip], out: TextIO, *, full_text: bool = False) -> int:
    """Write the clips as one CSL-JSON array (full text has no place in CSL)."""
    keys = common.citation_keys(clips)
    json.dump([item(c, keys[c.uuid]) for c in clips], out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(clips)
