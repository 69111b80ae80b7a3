"""The ``.clipbundle`` format: member names, and clips and topics as JSON.

A clip's JSON uses schema.org ``NewsArticle`` property names where one
exists, so any program that understands schema.org reads the article part
without knowing Clipper, and Clipper's own fields (tags, notes, captured...)
sit beside them. This module is pure: it maps model objects to JSON-ready
dicts and back, and checks that what comes back has the right shape, so the
reader can refuse a malformed bundle before anything reaches the library.
docs/bundle-format.md is the human-readable version of this file.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from clipper.model import Clip, Original, OriginalKind, Removed, Topic

FORMAT_NAME = "clipper-bundle"
FORMAT_VERSION = "1.0"
MAJOR_VERSION = 1
MANIFEST = "manifest.json"
TOPICS = "topics.json"
CLIPS_DIR = "clips/"
ORIGINALS_DIR = "originals/"

_KINDS: tuple[OriginalKind, ...] = ("text", "html", "file")
_SAFE_EXT = re.compile(r"^[a-z0-9]{1,10}$")
_CLIP_JSON = re.compile(r"^clips/([^/]+)\.json$")


class FormatError(ValueError):
    """A member's content does not match the format.

    The message names the member and the field so the reader can wrap it for
    the user.
    """


@dataclass(frozen=True)
class OriginalRef:
    """Where a clip's original sits in the bundle, and how to show it."""

    kind: OriginalKind
    name: str | None
    path: str


@dataclass(frozen=True)
class ClipEntry:
    """A clip as its JSON member describes it.

    ``clip`` has no ``html`` and no ``original`` yet: they live in their own
    members (``html_path``, ``original``), which the reader loads and checks.
    """

    clip: Clip
    html_path: str | None
    original: OriginalRef | None


def clip_json_path(uuid: str) -> str:
    """The member holding a clip's JSON."""
    return f"{CLIPS_DIR}{uuid}.json"


def clip_html_path(uuid: str) -> str:
    """The member holding a clip's clean HTML."""
    return f"{CLIPS_DIR}{uuid}.html"


def original_path(uuid: str, original: Original) -> str:
    """The member holding a clip's original, named so a file manager opens it."""
    return f"{ORIGINALS_DIR}{uuid}.{original_extension(original)}"


def original_extension(original: Original) -> str:
    """``html`` or ``txt``, or a file's own (safe, lower-case) extension."""
    if original.kind == "html":
        return "html"
    if original.kind == "file" and original.name and "." in original.name:
        ext = original.name.rsplit(".", 1)[1].lower()
        if _SAFE_EXT.match(ext):
            return ext
    return "txt"


def uuid_of_clip_member(name: str) -> str | None:
    """The UUID in ``clips/<uuid>.json``, or None for any other member."""
    match = _CLIP_JSON.match(name)
    return match.group(1) if match else None


def clip_to_json(clip: Clip) -> dict[str, Any]:
    """A clip as its bundle JSON (``html`` and original go to their own members)."""
    original = None
    if clip.original is not None:
        original = {
            "kind": clip.original.kind,
            "name": clip.original.name,
            "path": original_path(clip.uuid, clip.original),
        }
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "uuid": clip.uuid,
        "headline": clip.title,
        "alternativeHeadline": clip.subtitle,
        "author": [{"@type": "Person", "name": name} for name in clip.authors],
        "datePublished": clip.published,
        "dateModified": clip.updated,
        "publisher": {"@type": "Organization", "name": clip.site} if clip.site else None,
        "url": clip.url,
        "inLanguage": clip.lang,
        "articleBody": clip.text,
        "keywords": list(clip.tags),
        "wordCount": clip.word_count,
        "tags": list(clip.tags),
        "notes": clip.notes,
        "captured": clip.captured,
        "updated": clip.updated,
        "excerpt": clip.excerpt,
        "removed": [{"text": r.text, "reason": r.reason} for r in clip.removed],
        "fingerprint": clip.fingerprint,
        "canonical_url": clip.canonical_url,
        "duplicate_of": clip.duplicate_of,
        "html": clip_html_path(clip.uuid),
        "original": original,
    }


def clip_from_json(data: object, member: str) -> ClipEntry:
    """Check a clip member's JSON and turn it into a ``ClipEntry``.

    Unknown keys are ignored (a newer minor version may add some); missing
    optional keys take their defaults, so another program can write only
    what it knows.

    Raises:
        FormatError: a required field is missing or a field has the wrong type.
    """
    f = _Fields(data, member)
    uuid = f.uuid("uuid")
    if member != clip_json_path(uuid):
        raise FormatError(f"{member}: its uuid {uuid} does not match the file name.")
    captured = f.timestamp("captured", required=True) or ""
    updated = f.timestamp("updated") or captured
    tags = f.strings("tags") if "tags" in f.data else f.strings("keywords")
    clip = Clip(
        uuid=uuid,
        title=f.text("headline"),
        subtitle=f.optional_text("alternativeHeadline"),
        authors=f.names("author"),
        published=f.optional_text("datePublished"),
        site=f.name_of("publisher"),
        url=f.optional_text("url"),
        canonical_url=f.optional_text("canonical_url"),
        lang=f.optional_text("inLanguage"),
        text=f.text("articleBody"),
        excerpt=f.text("excerpt"),
        word_count=f.integer("wordCount"),
        fingerprint=f.text("fingerprint"),
        removed=f.removed("removed"),
        notes=f.text("notes"),
        captured=captured,
        updated=updated,
        tags=tuple(dict.fromkeys(t for t in (s.strip() for s in tags) if t)),
        duplicate_of=f.optional_uuid("duplicate_of"),
    )
    return ClipEntry(clip=clip, html_path=f.optional_text("html"), original=f.original("original"))


def topics_to_json(topics: Sequence[Topic]) -> dict[str, Any]:
    """The ``topics.json`` member."""
    return {
        "topics": [
            {
                "name": t.name,
                "description": t.description,
                "terms": list(t.terms),
                "exclude": list(t.exclude),
                "query": t.query,
                "threshold": t.threshold,
                "enabled": t.enabled,
            }
            for t in topics
        ]
    }


def topics_from_json(data: object) -> list[Topic]:
    """Check ``topics.json`` and return its topics.

    Raises:
        FormatError: the member does not match the format.
    """
    top = _Fields(data, TOPICS)
    items = top.data.get("topics", [])
    if not isinstance(items, list):
        raise FormatError(f"{TOPICS}: “topics” must be a list.")
    topics = []
    for index, item in enumerate(items):
        f = _Fields(item, f"{TOPICS} (topic {index + 1})")
        name = f.text("name").strip()
        if not name:
            raise FormatError(f"{TOPICS} (topic {index + 1}): the topic has no name.")
        topics.append(
            Topic(
                name=name,
                description=f.text("description"),
                terms=f.strings("terms"),
                exclude=f.strings("exclude"),
                query=f.text("query"),
                threshold=f.number("threshold", 1.0),
                enabled=f.boolean("enabled", True),
            )
        )
    return topics


def parse_timestamp(value: str) -> dt.datetime:
    """An ISO 8601 time as an aware datetime (a naive one is taken as UTC).

    Merging compares times as instants, not as strings, because another
    program may write ``Z`` or an offset where Clipper writes ``+00:00``.
    """
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def canonical_uuid(value: str) -> str | None:
    """The lower-case hyphenated form of a UUID, or None if it is not one."""
    try:
        return str(uuidlib.UUID(value))
    except (ValueError, AttributeError, TypeError):
        return None


_TYPE_NAMES = {
    str: "text",
    int: "a number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "an object",
    type(None): "null",
}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class _Fields:
    """Typed access to one JSON object, with messages that name the field."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise FormatError(f"{where}: expected a JSON object, found {_type_name(data)}.")
        self.data = cast(dict[str, Any], data)
        self.where = where

    def _bad(self, key: str, want: str) -> FormatError:
        found = _type_name(self.data[key]) if key in self.data else "nothing"
        return FormatError(f"{self.where}: field “{key}” must be {want}, found {found}.")

    def text(self, key: str) -> str:
        value = self.data.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self._bad(key, "text")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            raise self._bad(key, "text or null")
        return value or None

    def uuid(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or canonical_uuid(value) != value:
            raise self._bad(key, "a UUID in lower case with hyphens")
        return value

    def optional_uuid(self, key: str) -> str | None:
        if self.data.get(key) is None:
            return None
        return self.uuid(key)

    def timestamp(self, key: str, *, required: bool = False) -> str | None:
        value = self.optional_text(key)
        if value is None:
            if required:
                raise self._bad(key, "an ISO 8601 time")
            return None
        try:
            parse_timestamp(value)
        except ValueError:
            raise self._bad(key, "an ISO 8601 time") from None
        return value

    def integer(self, key: str) -> int:
        value = self.data.get(key, 0)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self._bad(key, "a whole number of 0 or more")
        return value

    def number(self, key: str, default: float) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._bad(key, "a number")
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self._bad(key, "true or false")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._bad(key, "a list of texts")
        return tuple(value)

    def names(self, key: str) -> tuple[str, ...]:
        """schema.org allows a name, a Person, or a list of either."""
        value = self.data.get(key, [])
        items = value if isinstance(value, list) else [value] if value else []
        names = []
        for item in items:
            name = item.get("name") if isinstance(item, dict) else item
            if not isinstance(name, str):
                raise self._bad(key, "a list of names or of objects with a “name”")
            names.append(name)  # as written: a round trip must not change a byline
        return tuple(names)

    def name_of(self, key: str) -> str | None:
        value = self.data.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if value is not None and not isinstance(value, str):
            raise self._bad(key, "a name or an object with a “name”")
        return value or None

    def removed(self, key: str) -> tuple[Removed, ...]:
        value = self.data.get(key, [])
        if value is None:
            return ()
        out = []
        for item in value if isinstance(value, list) else [None]:
            if (
                not isinstance(item, Mapping)
                or not isinstance(item.get("text"), str)
                or not isinstance(item.get("reason", ""), str)
            ):
                raise self._bad(key, "a list of objects with “text” and “reason”")
            out.append(Removed(text=item["text"], reason=item.get("reason") or "boilerplate"))
        return tuple(out)

    def original(self, key: str) -> OriginalRef | None:
        value = self.data.get(key)
        if value is None:
            return None
        f = _Fields(value, f"{self.where} (“{key}”)")
        kind = f.data.get("kind")
        if kind not in _KINDS:
            raise f._bad("kind", "one of " + ", ".join(_KINDS))
        path = f.optional_text("path")
        if not path:
            raise f._bad("path", "the member that holds the original")
        return OriginalRef(kind=cast(OriginalKind, kind), name=f.optional_text("name"), path=path)
