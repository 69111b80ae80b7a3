"""E-mail messages saved as .eml: newsletters and articles mailed to oneself.

The headers say what an article's metadata would: the subject is the title,
the sender the author, the date the publication date. The body is the HTML
part when there is one (newsletters are HTML), else the plain-text part.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from email.message import Message

from clipper.errors import InputError
from clipper.importers import decode
from clipper.model import Capture, OriginalKind

EXTENSIONS = (".eml",)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]?[^\r\n]*\r?$")
_KNOWN = (
    b"from:",
    b"to:",
    b"subject:",
    b"date:",
    b"message-id:",
    b"received:",
    b"return-path:",
    b"mime-version:",
    b"delivered-to:",
    b"reply-to:",
    b"x-",
)


def sniff(head: bytes) -> bool:
    """Whether the file starts as an e-mail message (RFC 5322 headers)."""
    lines = head[:4096].split(b"\n", 12)[:12]
    headers = [ln for ln in lines if _HEADER_LINE.match(ln)]
    known = {ln.split(b":", 1)[0].lower() + b":" for ln in headers}
    return (
        len(headers) >= 3
        and (b"from:" in known or b"subject:" in known)
        and (b"multipart/related" not in head[:4096].lower())
    )


def read(data: bytes, name: str) -> list[Capture]:
    """One capture: the message body, with its headers as metadata."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = _body_part(message, "text/html") or _body_part(message, "text/plain")
    if part is None:
        raise InputError(f"{name}: this e-mail has no text or HTML body.")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise InputError(f"{name}: the body of this e-mail cannot be read.")
    content = decode.decode(payload, name, declared=part.get_content_charset())
    kind: OriginalKind = "html" if part.get_content_type() == "text/html" else "text"
    return [Capture(kind=kind, content=content, name=name, metadata=_metadata(message))]


def _body_part(message: Message, content_type: str) -> Message | None:
    for part in message.walk():
        if (
            part.get_content_type() == content_type
            and part.get_content_disposition() != "attachment"
        ):
            return part
    return None


def _metadata(message: Message) -> dict[str, object]:
    meta: dict[str, object] = {}
    subject = message.get("Subject")
    if subject:
        meta["title"] = " ".join(str(subject).split())
    sender = message.get("From")
    if sender:
        display, address = email.utils.parseaddr(str(sender))
        meta["authors"] = [display.strip() or address]
    date = message.get("Date")
    if date:
        try:
            stamp = email.utils.parsedate_to_datetime(str(date))
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None:
            meta["published"] = stamp.isoformat()
    return meta
