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
_WEBMAIL_REACH = 12  # lines from the top where a webmail's sender line may stand
_WEBMAIL_BELOW = 4  # lines under the sender where its date and recipients stand
_SENDER = re.compile(r"^\s*([^<>@:\n]{1,60}?)\s*<([^<>@\s]+@[^<>\s]+\.[^<>\s]+)>\s*$")
_TIME_ONLY = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\([^()]*\))?\s*$")
_STAMP_CHARS = 60  # a date line, not a paragraph that names a year
_AGO = re.compile(r"\s*\([^()]*\)\s*$")  # "(2 days ago)" after the date
_RECIPIENTS = re.compile(
    r"^\s*(?:to|an|à|a|para)\s+(?:me|mich|moi|mí|mi)\b", re.IGNORECASE
)  # "to me, Bob", "an mich", "à moi", "para mí"
_MAILBOX = re.compile(
    r"^\s*(?:inbox|posteingang|boîte de réception|recibidos|bandeja de entrada|important)"
    r"(?:\s*[x×])?\s*$",
    re.IGNORECASE,
)  # the folder label Gmail prints beside the subject


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
    found = _labelled_header(rows) or _webmail_header(rows)
    if found is None:
        return None, text
    header, end = found
    return header, "\n".join(rows[end:])


def _labelled_header(rows: list[str]) -> tuple[MailHeader, int] | None:
    """Header lines labelled "From:", "Subject:", "Date:", in the mail program's language."""
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
        return None
    header = MailHeader(
        title=found.get("title"),
        author=_author(found["author"]) if "author" in found else None,
        published=_date(found["published"]) if "published" in found else None,
        lines=tuple(row.strip() for row in rows[start:end]),
    )
    return header, end


def _webmail_header(rows: list[str]) -> tuple[MailHeader, int] | None:
    """A message copied from a webmail's page: subject, then "Name <address>", date, "to me".

    Gmail and its kind print no "From:" labels: the subject stands alone
    above the sender's name and address, with the date and the recipients
    ("to me", "an mich") under them, each on a line of its own.
    """
    filled = [i for i, row in enumerate(rows[:_WEBMAIL_REACH]) if row.strip()]
    for n, i in enumerate(filled):
        sender = _SENDER.match(rows[i])
        if sender is None:
            continue
        after = filled[n + 1 : n + 1 + _WEBMAIL_BELOW]
        stamp = next((j for j in after if _stamp_line(rows[j])), None)
        if stamp is None:
            return None
        end = stamp + 1
        recipients = next((j for j in after if j > stamp and _RECIPIENTS.match(rows[j])), None)
        if recipients is not None:
            end = recipients + 1
        above = [rows[k].strip() for k in filled[:n] if not _MAILBOX.match(rows[k])]
        header = MailHeader(
            title=above[-1] if above else None,
            author=" ".join(sender.group(1).strip(" \"'").split()) or sender.group(2),
            published=next((d.iso for d in dates.find_dates(_AGO.sub("", rows[stamp]))), None),
            lines=tuple(rows[k].strip() for k in filled if k < end),
        )
        return header, end
    return None


def _stamp_line(row: str) -> bool:
    """A short line that is a date, or the time alone a webmail prints for today's mail."""
    if len(row) > _STAMP_CHARS:
        return False
    return bool(dates.find_dates(row)) or _TIME_ONLY.match(row) is not None


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
