"""What a paste or a drop holds, in Clipper's terms.

Browsers and file managers put several flavours on the clipboard and in a
drag: files as ``text/uri-list`` with file: URLs, a link as
``text/uri-list`` plus ``text/x-moz-url``, a selection as ``text/html`` and
``text/plain``. This module reads a ``QMimeData`` once and says what the
user meant: files (and bundles) to import, links to fetch, or an article to
clean, with the source URL when the browser told it (``text/x-moz-url-priv``,
Windows' ``SourceURL:`` in "HTML Format", a ``<base>``, ``og:url`` or
canonical link in the fragment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

from clipper.model import Capture

BUNDLE_SUFFIX = ".clipbundle"
#: A selection whose visible text is shorter than this, dropped with a link,
#: is the link's own anchor text: fetch the page instead.
MIN_SELECTION_CHARS = 200

_SOURCE_URL_FORMATS = (
    "text/x-moz-url-priv",
    "chromium/x-source-url",
    'application/x-qt-windows-mime;value="HTML Format"',
    "text/x-moz-url",
)
_SOURCE_URL_LINE = re.compile(r"^SourceURL:(\S+)", re.MULTILINE)
_BASE = re.compile(r"<base\s[^>]*href\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
_META_URL = re.compile(
    r"<meta\s[^>]*(?:property|name)\s*=\s*[\"']og:url[\"'][^>]*content\s*=\s*[\"']([^\"']+)"
    r"|<meta\s[^>]*content\s*=\s*[\"']([^\"']+)[\"'][^>]*(?:property|name)\s*=\s*[\"']og:url[\"']",
    re.IGNORECASE,
)
_CANONICAL = re.compile(
    r"<link\s[^>]*rel\s*=\s*[\"']canonical[\"'][^>]*href\s*=\s*[\"']([^\"']+)", re.IGNORECASE
)
_TAG = re.compile(r"<[^>]+>")
_URL_ONLY = re.compile(r"^\s*(https?://\S+)\s*$", re.IGNORECASE)


@dataclass
class Incoming:
    """What the user handed over, sorted by what Clipper will do with it."""

    files: list[Path] = field(default_factory=list)
    bundles: list[Path] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    capture: Capture | None = None

    @property
    def empty(self) -> bool:
        return not (self.files or self.bundles or self.links or self.capture)


def can_accept(md: QMimeData) -> bool:
    """True when a drag carries anything Clipper can take (for dragEnter)."""
    return md.hasUrls() or md.hasHtml() or md.hasText()


def read(md: QMimeData, *, source: str = "The clipboard") -> Incoming:
    """Sort a paste or a drop into files, bundles, links or one article."""
    incoming = Incoming()
    web_links: list[str] = []
    for url in md.urls() if md.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == BUNDLE_SUFFIX and path.is_file():
                incoming.bundles.append(path)
            else:
                incoming.files.append(path)
        elif url.scheme().lower() in ("http", "https"):
            web_links.append(url.toString())
    if incoming.files or incoming.bundles:
        return incoming
    html = md.html() if md.hasHtml() else ""
    text = md.text() if md.hasText() else ""
    visible = _visible_text(html)
    if web_links and len(visible) < MIN_SELECTION_CHARS:
        incoming.links = web_links
        return incoming
    if html.strip() and visible:
        incoming.capture = Capture(kind="html", content=html, name=source, url=source_url(md, html))
        return incoming
    match = _URL_ONLY.match(text)
    if match:
        incoming.links = [match.group(1)]
        return incoming
    if text.strip():
        incoming.capture = Capture(kind="text", content=text, name=source, url=source_url(md, ""))
    return incoming


def source_url(md: QMimeData, html: str) -> str | None:
    """The page a selection came from, if the browser or the fragment says."""
    for fmt in _SOURCE_URL_FORMATS:
        if not md.hasFormat(fmt):
            continue
        raw = _decode(bytes(md.data(fmt).data()))
        if fmt.startswith("application/x-qt-windows-mime"):
            found = _SOURCE_URL_LINE.search(raw)
            if found:
                return found.group(1)
            continue
        first = raw.strip().splitlines()[0].strip() if raw.strip() else ""
        if first.lower().startswith(("http://", "https://")):
            return first
    if html:
        found = _SOURCE_URL_LINE.search(html[:2000])
        if found:
            return found.group(1)
        for pattern in (_CANONICAL, _META_URL, _BASE):
            m = pattern.search(html)
            if m:
                value = next((g for g in m.groups() if g), "")
                if value.lower().startswith(("http://", "https://")):
                    return value
    return None


def _decode(data: bytes) -> str:
    """Mozilla's flavours are UTF-16; the others UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and data[1:2] == b"\x00"):
        try:
            return data.decode("utf-16").replace("\x00", "")
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace").replace("\x00", "")


def _visible_text(html: str) -> str:
    if not html:
        return ""
    without = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", html)
    return " ".join(_TAG.sub(" ", without).split())
