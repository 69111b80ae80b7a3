"""What importing one clip from a bundle does to the library: the merge plan.

Pure decisions, no I/O, so every rule can be tested on its own:

- a new article is added under its own UUID;
- the same UUID takes the incoming fields when the incoming clip was updated
  later, and keeps the local ones otherwise;
- the same article under another UUID (same canonical URL or body
  fingerprint) is merged into the local clip, not added;
- in every case tags and notes are united, never overwritten, so nothing
  anyone wrote is lost;
- when nothing would change, the clip is skipped, which is what makes a
  second import of the same bundle change nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from clipper.bundle.format import parse_timestamp
from clipper.model import Clip, Original

Action = Literal["add", "update", "merge", "skip"]

# Fields that follow the newer side when the same clip (same UUID) meets itself.
CONTENT_FIELDS = (
    "title",
    "subtitle",
    "authors",
    "published",
    "site",
    "url",
    "lang",
    "text",
    "html",
    "removed",
    "excerpt",
)


@dataclass(frozen=True)
class Step:
    """One incoming clip's fate.

    ``target`` is the UUID of the local clip that changes (the incoming UUID
    for "add"). For "update" and "merge", ``fields`` are the clip fields to
    set (``notes`` among them when the union differs), ``tags`` the tags to
    add, ``original`` a replacement original (or None to keep the local one)
    and ``updated`` the clip's new modification time.
    """

    action: Action
    target: str
    clip: Clip | None = None
    fields: dict[str, object] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    original: Original | None = None
    updated: str = ""


def plan(
    incoming: Clip, same: Clip | None, duplicate: Clip | None, *, kept_duplicate: bool = False
) -> Step:
    """Decide what to do with ``incoming``.

    Args:
        incoming: the clip from the bundle, whole.
        same: the local clip with the same UUID, whole, if any.
        duplicate: when there is no ``same``, the local clip that holds the
            same article (canonical URL or fingerprint), if any.
        kept_duplicate: the sender kept this clip on purpose as a duplicate
            of another (``duplicate_of``), and that clip is in the library:
            keep it as they did, rather than merge it away.
    """
    if same is not None:
        return _same_uuid(incoming, same)
    if kept_duplicate:
        return Step("add", incoming.uuid, clip=incoming)
    if duplicate is not None:
        return _unite(incoming, duplicate, "merge", {}, None, duplicate.updated)
    return Step("add", incoming.uuid, clip=incoming)


def _same_uuid(incoming: Clip, local: Clip) -> Step:
    fields: dict[str, object] = {}
    original = None
    updated = local.updated
    if is_newer(incoming.updated, local.updated):
        fields = {
            name: getattr(incoming, name)
            for name in CONTENT_FIELDS
            if getattr(incoming, name) != getattr(local, name)
        }
        if incoming.original is not None and incoming.original != local.original:
            original = incoming.original
        updated = incoming.updated
    return _unite(incoming, local, "update", fields, original, updated)


def _unite(
    incoming: Clip,
    local: Clip,
    action: Action,
    fields: dict[str, object],
    original: Original | None,
    updated: str,
) -> Step:
    notes = unite_notes(local.notes, incoming.notes)
    if notes != local.notes:
        fields = {**fields, "notes": notes}
    tags = new_tags(local.tags, incoming.tags)
    if not fields and not tags and original is None:
        return Step("skip", local.uuid)
    if is_newer(incoming.updated, updated):
        updated = incoming.updated
    return Step(action, local.uuid, fields=fields, tags=tags, original=original, updated=updated)


def is_newer(incoming: str, local: str) -> bool:
    """Whether ``incoming`` is a later instant than ``local`` (unparseable loses)."""
    try:
        return parse_timestamp(incoming) > parse_timestamp(local)
    except ValueError:
        return False


def new_tags(local: Iterable[str], incoming: Iterable[str]) -> tuple[str, ...]:
    """Incoming tags the local clip lacks (names compare without regard to case)."""
    have = {t.casefold() for t in local}
    out = []
    for tag in incoming:
        if tag.casefold() not in have:
            have.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def unite_notes(local: str, incoming: str) -> str:
    """Both sides' notes, each paragraph once.

    Paragraphs (separated by blank lines) are compared whole: if the incoming
    notes only repeat local paragraphs, the local notes stay as they are; if
    they extend them (a colleague added a paragraph), the incoming text is
    taken; otherwise the incoming paragraphs the local notes lack are added
    after them. Uniting again gives the same text.
    """
    mine = _paragraphs(local)
    theirs = _paragraphs(incoming)
    if set(theirs) <= set(mine):
        return local
    if set(mine) <= set(theirs):
        return incoming
    missing = [p for p in theirs if p not in set(mine)]
    return local.rstrip() + "\n\n" + "\n\n".join(missing)


def _paragraphs(text: str) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks
