"""An e-mail pasted as text: its header lines name the title, the author and the date.

A researcher who forwards a newsletter or an article to themselves and copies
it from the mail program pastes "From:", "Subject:" and "Date:" lines above
the text, in the mail program's language. Like an ``.eml`` file's headers
(``clipper.importers.eml``) they are the article's metadata, surer than
anything read from the body, and they are not part of the text.
"""

from __future__ import annotations

import dataclasses
import email.utils
import re
from dataclasses import dataclass

from clipper.clean import dates
from clipper.model import Article, Candidate, Removed

# Header names as mail programs print them in English, German, French and Spanish.
_FIELDS = {
    "subject": "title",
    "betreff": "title",
    "objet": "title",
    "asunto": "title",
    "from": "author",
    "von": "author",
    "de": "author",
    "date": "published",
    "sent": "published",
    "gesendet": "published",
    "datum": "published",
    "envoye": "published",
    "envoye le": "published",
    "enviado": "published",
    "enviado el": "published",
    "fecha": "published",
    "to": None,
    "cc": None,
    "bcc": None,
    "reply-to": None,
    "an": None,
    "a": None,
    "para": None,
}
_HEADER = re.compile(r"^\s*([A-Za-zÀ-ÿ][\w -]{0,12}?)\s*:\s*(.*)$")
_FORWARDED = re.compile(
    r"^\s*-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht"
    r"|message transféré|mensaje reenviado)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_MIN_HEADERS = 2  # "From:" and "Subject:" at least, or one of them with a date


@dataclass(frozen=True)
class MailHeader:
    """What the header lines said, and the lines themselves (to report as removed)."""

    title: str | None
    author: str | None
    published: str | None
    lines: tuple[str, ...]


def split_header(text: str) -> tuple[MailHeader | None, str]:
    """The e-mail header at the top of ``text`` and the text under it, or (None, text)."""
    rows = text.splitlines()
    start = 0
    while start < len(rows) and (not rows[start].strip() or _FORWARDED.match(rows[start])):
        start += 1
    found: dict[str, str] = {}
    end = start
    while end < len(rows):
        m = _HEADER.match(rows[end])
        name = _fold(m.group(1)) if m else None
        if name is None or name not in _FIELDS:
            break
        field = _FIELDS[name]
        if field is not None and m is not None and m.group(2).strip():
            found.setdefault(field, m.group(2).strip())
        end += 1
    if end - start < _MIN_HEADERS or not ({"title", "author"} & found.keys()):
        return None, text
    header = MailHeader(
        title=found.get("title"),
        author=_author(found["author"]) if "author" in found else None,
        published=_date(found["published"]) if "published" in found else None,
        lines=tuple(row.strip() for row in rows[start:end]),
    )
    return header, "\n".join(rows[end:])


def apply(article: Article, header: MailHeader) -> Article:
    """``article`` with the header's fields chosen and its lines reported as removed."""
    candidates = dict(article.candidates)
    title, authors, published = article.title, article.authors, article.published
    if header.title:
        title = header.title
        candidates["title"] = _chosen(title, candidates.get("title", ()))
    if header.author:
        authors = (header.author,)
        candidates["authors"] = _chosen(header.author, candidates.get("authors", ()))
    if header.published:
        published = header.published
        candidates["published"] = _chosen(published, candidates.get("published", ()))
    return dataclasses.replace(
        article,
        title=title,
        authors=authors,
        published=published,
        candidates=candidates,
        removed=(Removed("\n".join(header.lines), "header"), *article.removed),
    )


def _chosen(value: str, others: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    rest = tuple(Candidate(c.value, c.source, False) for c in others if c.value != value)
    return (Candidate(value, "e-mail header", True), *rest)


def _author(value: str) -> str | None:
    if "@" not in value:  # "De : Élise Lucet": a name with no address
        return " ".join(value.strip(" <>\"'").split()) or None
    display, address = email.utils.parseaddr(value)
    name = " ".join(display.split()) or address
    return name or None


def _date(value: str) -> str | None:
    try:
        stamp = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return dates.parse_date(value)
    return stamp.isoformat()


def _fold(name: str) -> str:
    return dates.fold(" ".join(name.split()))


__all__ = ["MailHeader", "apply", "split_header"]
