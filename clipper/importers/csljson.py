"""CSL-JSON, as Zotero, Mendeley and Pandoc tools export references.

Each item becomes one capture whose metadata comes from the item's fields:
title, authors (``family``/``given`` or ``literal``), issued date, container
title (the site or newspaper), URL, language, keywords and note. A reference
carries no article body, so the capture's text is the abstract, or the title
when there is none; it is taken as it is (``clean=False``). A file that is
JSON but not CSL-JSON is refused with a message rather than stored as text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from clipper.errors import InputError
from clipper.importers import decode
from clipper.model import Capture

EXTENSIONS = (".json", ".csljson")
_HEAD = re.compile(
    rb'^(?:\xef\xbb\xbf)?\s*\[\s*\{\s*"(?:id|type|title|author|issued|URL|container-title)"'
)
_CSL_KEYS = frozenset({"type", "title", "author", "issued", "container-title", "URL", "DOI", "id"})


def sniff(head: bytes) -> bool:
    """Whether the file starts like a CSL-JSON array of items."""
    return _HEAD.match(head) is not None


def read(data: bytes, name: str) -> list[Capture]:
    """One capture per item.

    Raises:
        InputError: the file is not JSON, or not a list of CSL items.
    """
    try:
        doc = json.loads(decode.decode(data, name))
    except json.JSONDecodeError as err:
        raise InputError(
            f"{name}: not valid JSON (line {err.lineno}, column {err.colno})."
        ) from None
    items = doc.get("items") if isinstance(doc, dict) and "items" in doc else doc
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items or not all(_is_item(i) for i in items):
        raise InputError(
            f"{name}: this JSON is not CSL-JSON (a list of references, as Zotero exports them)."
        )
    return [capture(item, f"{name} #{index + 1}") for index, item in enumerate(items)]


def _is_item(item: object) -> bool:
    return (
        isinstance(item, dict)
        and bool(_CSL_KEYS & set(item))
        and isinstance(item.get("title", ""), str)
    )


def capture(item: dict[str, Any], name: str) -> Capture:
    """One CSL item as a capture with its metadata."""
    title = _str(item.get("title"))
    metadata: dict[str, object] = {}
    for key, value in (
        ("title", title),
        ("site", _str(item.get("container-title")) or _str(item.get("publisher"))),
        ("url", _str(item.get("URL"))),
        ("lang", _str(item.get("language"))),
        ("published", date(item.get("issued"))),
        ("notes", _str(item.get("note"))),
        ("excerpt", _str(item.get("abstract"))),
    ):
        if value:
            metadata[key] = value
    authors = [n for n in (name_of(a) for a in _list(item.get("author"))) if n]
    if authors:
        metadata["authors"] = authors
    tags = [t.strip() for t in re.split(r"[,;]", _str(item.get("keyword"))) if t.strip()]
    if tags:
        metadata["tags"] = tags
    body = _str(item.get("abstract")) or title
    url = metadata.get("url")
    return Capture(
        kind="text",
        content=body,
        name=name,
        url=url if isinstance(url, str) else None,
        metadata=metadata,
        clean=False,
    )


def name_of(person: object) -> str:
    """A CSL name as a byline: "Given Family", or the literal name."""
    if isinstance(person, str):
        return person.strip()
    if not isinstance(person, dict):
        return ""
    if literal := _str(person.get("literal")):
        return literal
    parts = [_str(person.get(k)) for k in ("given", "non-dropping-particle", "family", "suffix")]
    return " ".join(p for p in parts if p)


def date(value: object) -> str:
    """A CSL date as ISO 8601 ("2024-03-06", "2024-03", "2024"), or ""."""
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            try:
                numbers = [int(p) for p in parts[0][:3]]
            except (TypeError, ValueError):
                numbers = []
            if numbers:
                return "-".join(f"{n:02d}" if i else f"{n:04d}" for i, n in enumerate(numbers))
        return _str(value.get("raw")) or _str(value.get("literal"))
    return _str(value)


def _str(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []
