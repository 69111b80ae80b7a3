"""What the research formats share: dates, personal names, citation keys.

Dates are split into parts, names into family and given names for citation
styles, and each clip gets a stable citation key.

Citation formats want a person as family and given names, and a date as
year, month and day; Clipper stores a byline as written and a date as ISO
8601 text. The conversions live here once so that CSL-JSON, RIS and BibTeX
split the same author the same way and give a clip the same key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from anyascii import anyascii
from nameparser import HumanName

from clipper.model import Clip

_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_NO_SPACE_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Bylines that name an organisation rather than a person: never split those.
_ORGANISATION = re.compile(
    r"\b(staff|press|reuters|agency|agence|news|editorial|editors?|team|bureau|desk|"
    r"correspondents?|service|media|times|post|journal|associated|xinhua|afp|ap|dpa|"
    r"board|council|ministry|office|group|institute|university|foundation)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    "a an the of on in at to for and or but with from by is are was were be as its it this that "
    "der die das ein eine und le la les un une des de du el los las y".split()
)


@dataclass(frozen=True)
class Name:
    """A person split for citation styles, or an organisation kept whole (``literal``)."""

    family: str = ""
    given: str = ""
    literal: str = ""


def date_parts(value: str | None) -> tuple[int, ...]:
    """(year,), (year, month) or (year, month, day) from an ISO date or time; () if none."""
    if not value:
        return ()
    match = _DATE.match(value)
    if not match:
        return ()
    parts = [int(p) for p in match.groups() if p is not None]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return (parts[0],)
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return tuple(parts[:2])
    return tuple(parts)


def iso_date(value: str | None) -> str:
    """The date part of an ISO date or time ("2024-03-06", "2024-03" or "2024"), or ""."""
    parts = date_parts(value)
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))


def split_name(name: str) -> Name:
    """Split a byline name into family and given names where that is safe.

    Names in scripts without spaces (Chinese, Japanese, Korean), single words
    and organisations stay whole: a citation style would otherwise invert
    "Reuters Staff" into "Staff, R.".
    """
    name = " ".join(name.split())
    if not name:
        return Name()
    if "," not in name and (
        " " not in name or _NO_SPACE_SCRIPTS.search(name) or _ORGANISATION.search(name)
    ):
        return Name(literal=name)
    parsed = HumanName(name)
    family = " ".join(p for p in (parsed.last,) if p).strip()
    given = " ".join(p for p in (parsed.first, parsed.middle) if p).strip()
    if parsed.suffix:
        family = f"{family} {parsed.suffix}".strip() if family else family
    if not family or not given:
        return Name(literal=name)
    return Name(family=family, given=given)


def citation_keys(clips: Sequence[Clip]) -> dict[str, str]:
    """A citation key for each clip (by UUID): author, year, first title word.

    The key depends only on the clip, so it is the same in every export; when
    several clips of one export share a key, each of them gets the start of
    its UUID appended, which again does not depend on the order or on which
    clip came first.
    """
    base = {clip.uuid: _base_key(clip) for clip in clips}
    counts: dict[str, int] = {}
    for key in base.values():
        counts[key] = counts.get(key, 0) + 1
    return {u: k if counts[k] == 1 else f"{k}-{u.replace('-', '')[:6]}" for u, k in base.items()}


def _base_key(clip: Clip) -> str:
    who = ""
    if clip.authors:
        first = split_name(clip.authors[0])
        who = first.family or first.literal
    if not who:
        who = clip.site or ""
    year = str(date_parts(clip.published)[0]) if date_parts(clip.published) else "nd"
    word = next((w for w in _words(clip.title) if w.lower() not in _STOP), "")
    return (_ascii_word(who) or "anon") + year + _ascii_word(word)[:12]


def _words(text: str) -> Iterable[str]:
    return re.findall(r"\w+", text)


def _ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits only: safe in every citation tool."""
    folded = anyascii(unicodedata.normalize("NFC", text))
    return re.sub(r"[^a-z0-9]", "", folded.lower())[:24]


def one_line(text: str | None) -> str:
    """A field that formats keep on one line: line breaks become spaces."""
    return " ".join((text or "").split())
