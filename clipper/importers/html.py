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
#: Where a page was saved from, in a comment: Internet Explorer's and Edge's
#: "saved from url=(0042)…", the SingleFile extension's "url: …" under its name,
#: or an address alone opening the file, as people note it by hand.
_SAVED_FROM = re.compile(
    r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->"
    r"|<!--\s*Page saved with SingleFile\s+url:\s*(\S+)"
    r"|^\s*<!--\s*(https?://\S+?)\s*-->",
    re.IGNORECASE,
)
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
    head = html.lstrip("\ufeff")[:20000]
    for match in (_SAVED_FROM.search(head), _CANONICAL.search(head)):
        url = next((g for g in match.groups() if g), "") if match else ""
        if url.startswith(("http://", "https://")):
            return url
    return None
