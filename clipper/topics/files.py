"""Topics as TOML files: the starter topics, and import and export.

A file holds one or more ``[[topic]]`` tables::

    [[topic]]
    name = "tech self-reliance"
    description = "Why a researcher follows it"
    color = "#b5452b"
    threshold = 7
    query = ""          # optional, in the search language
    enabled = true
    terms = ["tech: semiconductor* ^2", "policy: self-reliance ^3"]
    exclude = ["potato"]

The format is plain enough to edit by hand, and the writer here produces
files the reader takes back unchanged (tested), so a topic exported from one
library imports into another as it was.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from clipper.errors import UserError
from clipper.model import Topic
from clipper.topics import terms as terms_mod

_KEYS = {"name", "description", "color", "threshold", "query", "enabled", "terms", "exclude"}


class TopicFileError(UserError):
    """A topics file that cannot be read."""


@dataclass(frozen=True)
class TopicSpec:
    """A topic as a file holds it: the definition and its tag's colour."""

    topic: Topic
    color: str | None = None


def loads(text: str, *, source: str = "the topics file") -> list[TopicSpec]:
    """Read topics from TOML text.

    Raises:
        TopicFileError: not TOML, or a topic with a missing or wrong field;
            the message names ``source`` and the topic.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise TopicFileError(f"{source} is not valid TOML: {err}.") from err
    tables = data.get("topic")
    if not isinstance(tables, list) or not tables:
        raise TopicFileError(f"{source} holds no [[topic]] tables.")
    return [_spec(table, source) for table in tables]


def load(path: Path) -> list[TopicSpec]:
    """Read a topics file. Raises ``TopicFileError`` naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise TopicFileError(f"Cannot read the topics file {path}: {err}.") from err
    return loads(text, source=str(path))


def _spec(table: object, source: str) -> TopicSpec:
    if not isinstance(table, dict):
        raise TopicFileError(f"{source}: each [[topic]] must be a table.")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TopicFileError(f"{source}: a topic has no name.")
    unknown = set(table) - _KEYS
    if unknown:
        raise TopicFileError(
            f"{source}: topic “{name}” has unknown fields: {', '.join(sorted(unknown))}."
        )

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TopicFileError(f"{source}: “{key}” of topic “{name}” must be a list of strings.")
        return tuple(value)

    threshold = table.get("threshold", 1.0)
    if not isinstance(threshold, (int, float)) or isinstance(threshold, bool) or threshold <= 0:
        raise TopicFileError(
            f"{source}: the threshold of topic “{name}” must be a positive number."
        )
    topic = Topic(
        name=name.strip(),
        description=str(table.get("description", "")).strip(),
        terms=strings("terms"),
        exclude=strings("exclude"),
        query=str(table.get("query", "")).strip(),
        threshold=float(threshold),
        enabled=bool(table.get("enabled", True)),
    )
    validate(topic, source=source)
    color = table.get("color")
    return TopicSpec(topic, str(color) if color else None)


def validate(topic: Topic, *, source: str = "") -> None:
    """Check every term parses, so a bad term is caught when saved, not when applied."""
    prefix = f"{source}: " if source else ""
    try:
        terms_mod.parse_all(list(topic.terms) + list(topic.exclude))
    except terms_mod.TermError as err:
        raise TopicFileError(f"{prefix}topic “{topic.name}”: {err}") from err
    if topic.threshold <= 0:
        raise TopicFileError(f"{prefix}the threshold of topic “{topic.name}” must be positive.")


def dumps(specs: Iterable[TopicSpec]) -> str:
    """Write topics as TOML that ``loads`` reads back unchanged."""
    out = ["# Clipper topics: see docs/topics.md for the term syntax.", ""]
    for spec in specs:
        t = spec.topic
        out.append("[[topic]]")
        out.append(f"name = {_str(t.name)}")
        out.append(f"description = {_str(t.description)}")
        if spec.color:
            out.append(f"color = {_str(spec.color)}")
        out.append(f"threshold = {t.threshold!r}")
        out.append(f"query = {_str(t.query)}")
        out.append(f"enabled = {'true' if t.enabled else 'false'}")
        out.append("terms = " + _list(t.terms))
        out.append("exclude = " + _list(t.exclude))
        out.append("")
    return "\n".join(out)


def _str(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes).
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _list(values: Iterable[str]) -> str:
    items = [f"    {_str(v)}," for v in values]
    return "[\n" + "\n".join(items) + "\n]" if items else "[]"
