"""Web archives saved by browsers as MHTML (.mhtml, .mht).

An MHTML file is a MIME message: the page is its text/html part, and the
images and styles ride beside it. The standard library's email package reads
it; only the HTML part is kept (Clipper does not load page resources), decoded
with the charset its part header names.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage, Message

from clipper.errors import InputError
from clipper.importers import decode
from clipper.importers import html as html_importer
from clipper.model import Capture

EXTENSIONS = (".mhtml", ".mht")
_SNIFF = re.compile(
    rb"^(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)*?(?:MIME-Version|Content-Type):\s*"
    rb"(?:1\.0|multipart/related)",
    re.IGNORECASE,
)


def sniff(head: bytes) -> bool:
    """Whether the file starts as a MIME archive of a page."""
    start = head[:4096]
    return (
        bool(_SNIFF.match(start))
        and b"multipart/related" in start.lower()
        or (start.lower().startswith(b"from: <saved by") and b"mime-version" in start.lower())
    )


def read(data: bytes, name: str) -> list[Capture]:
    """One capture of kind "html": the archive's page, with its address."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = _html_part(message)
    if part is None:
        raise InputError(f"{name}: this web archive holds no HTML page.")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise InputError(f"{name}: the page in this web archive cannot be read.")
    text = decode.decode(payload, name, declared=part.get_content_charset())
    url = (
        _header(message, "Snapshot-Content-Location")
        or _header(part, "Content-Location")
        or _header(message, "Content-Location")
        or html_importer.source_url(text)
    )
    if url is not None and not url.startswith(("http://", "https://")):
        url = None
    return [Capture(kind="html", content=text, name=name, url=url)]


def _html_part(message: Message) -> Message | None:
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            return part
    return None


def _header(message: Message | EmailMessage, key: str) -> str | None:
    value = message.get(key)
    return str(value).strip() if value else None
