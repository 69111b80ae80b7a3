"""Markdown notes with YAML front matter, as Obsidian and Joplin write them.

Clipper's own Markdown export writes them the same way.

A note is already the bare article (the user or a web clipper chose what to
keep), so it is taken as it is (``clean=False``): nothing is cut. The front
matter states the metadata, and it wins over guesses: title, authors,
published date, site, source URL, language, tags, notes. Property names
differ between tools, so each field is looked up under the names they use
(Obsidian's Web Clipper: ``source``, ``author``, ``published``,
``description``; Joplin: ``source``, ``author``, ``tags``; Clipper: all of
them plus ``site``, ``lang``, ``notes``). Without a title in the front
matter, a leading ``# Heading`` is the title, else the file's name, as in
Obsidian, where the file name is the note's title.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from clipper.errors import InputError
from clipper.importers import decode
from clipper.model import Capture

EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")
_FRONT = re.compile(rb"^(?:\xef\xbb\xbf)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", re.S)
_KEY_LINE = re.compile(rb"^[A-Za-z_][\w -]*:", re.M)
_H1 = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")
_WIKILINK = re.compile(r"^\[\[(?:[^|\]]*\|)?([^\]]*)\]\]$")

# Each field, and the front matter names tools store it under, in order of preference.
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "subtitle": ("subtitle",),
    "authors": ("author", "authors", "creator", "byline"),
    "published": ("published", "date", "pubdate", "date_published", "datepublished"),
    "site": ("site", "site_name", "sitename", "publisher", "publication"),
    "url": ("source", "url", "link", "source_url", "original_url"),
    "lang": ("lang", "language"),
    "tags": ("tags", "tag", "keywords"),
    "notes": ("notes", "note", "comment"),
    "excerpt": ("description", "excerpt", "summary"),
}


def sniff(head: bytes) -> bool:
    """Whether the file starts with YAML front matter (``---``, ``key: value`` lines, ``---``)."""
    match = _FRONT.match(head)
    return match is not None and _KEY_LINE.search(match.group(1)) is not None


def read(data: bytes, name: str) -> list[Capture]:
    """One capture: the note's body, with the front matter as metadata.

    Raises:
        InputError: the front matter is not valid YAML.
    """
    text = decode.decode(data, name)
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" (near line {where.line + 1} of the file)" if where is not None else ""
        raise InputError(f"{name}: the front matter is not valid YAML{line}.") from None
    props = (
        {str(k).lower(): v for k, v in post.metadata.items()}
        if isinstance(post.metadata, dict)
        else {}
    )
    metadata = metadata_from(props)
    body = post.content.strip("\n")
    heading = _H1.match(body)
    if heading and (not metadata.get("title") or _same(heading.group(1), metadata["title"])):
        metadata.setdefault("title", heading.group(1).strip())
        body = body[heading.end() :].lstrip("\n")
    metadata.setdefault("title", Path(name).stem)
    url = metadata.get("url")
    return [
        Capture(
            kind="text",
            content=body,
            name=name,
            url=url if isinstance(url, str) else None,
            metadata=metadata,
            clean=False,
        )
    ]


def metadata_from(props: dict[str, Any]) -> dict[str, object]:
    """The fields a front matter states, as ``Capture.metadata`` wants them."""
    out: dict[str, object] = {}
    for field, names in FIELDS.items():
        value = next((props[n] for n in names if props.get(n) not in (None, "", [])), None)
        if value is None:
            continue
        if field in ("authors", "tags"):
            items = _list(value, split=(field == "tags"))
            if field == "tags":
                items = [t.lstrip("#") for t in items]
            items = [i for i in items if i]
            if items:
                out[field] = items
        elif (text := _text(value)) is not None:
            out[field] = text
    return out


def _text(value: object) -> str | None:
    """A scalar as text: YAML dates become ISO dates, wiki links their label."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        link = _WIKILINK.match(text)
        return (link.group(1).strip() if link else text) or None
    return None


def _list(value: object, *, split: bool) -> list[str]:
    """A list of names from a YAML list, or from one string (tags: comma-separated)."""
    if isinstance(value, (list, tuple)):
        return [t for t in (_text(v) for v in value) if t]
    text = _text(value)
    if text is None:
        return []
    if split and "," in text:
        return [t.strip() for t in text.split(",") if t.strip()]
    if split and all(token.startswith("#") for token in text.split()):
        return text.split()  # Obsidian's inline form: "#china #chips"
    return [text]


def _same(a: str, b: object) -> bool:
    return isinstance(b, str) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
