"""Web pages saved as files: .html, .htm, .xhtml."""

from __future__ import annotations

import re

from clipper.importers import decode
from clipper.model import Capture

EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml", ".xht")
_SNIFF = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|"
    rb"div|p|article|section|h[1-6]|table|span|a\s)",
    re.IGNORECASE | re.DOTALL,
)
#: Browsers note where a page was saved from in a comment at its top.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_CANONICAL = re.compile(
    r"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']""", re.IGNORECASE
)


def sniff(head: bytes) -> bool:
    """Whether the first bytes of a file (any encoding) look like HTML."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    elif head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return bool(_SNIFF.match(head[:4096]))


def read(data: bytes, name: str) -> list[Capture]:
    """One capture of kind "html", with the URL the page says it came from."""
    text = decode.decode(data, name)
    return [Capture(kind="html", content=text, name=name, url=source_url(text))]


def source_url(html: str) -> str | None:
    """Where a saved page came from: the browser's "saved from" note, else its canonical link."""
    head = html[:20000]
    match = _SAVED_FROM.search(head) or _CANONICAL.search(head)
    if match and match.group(1).startswith(("http://", "https://")):
        return match.group(1)
    return None
