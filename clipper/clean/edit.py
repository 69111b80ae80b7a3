"""Undoing and redoing what cleaning decided, one block at a time.

The user sees the original beside the clean article and may put a removed
block back or take out a paragraph cleaning kept. The clean text and HTML
are edited in place (their structure kept), and a block put back goes where
it stood in the original, between the paragraphs that surrounded it there.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from clipper.errors import UserError
from clipper.model import Original, Removed

_SPACE = re.compile(r"\s+")
_BLOCKS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "table",
)  # fmt: skip


@dataclass(frozen=True)
class Body:
    """A clip's clean body and what was removed from it."""

    text: str
    html: str
    removed: tuple[Removed, ...]


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a clean text (separated by blank lines)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _position(haystack: str, needle: str, start: int = 0) -> int:
    """Where ``needle`` stands in ``haystack`` (white space folded), or -1."""
    found = haystack.find(_norm(needle), start)
    if found < 0:
        found = haystack.find(_norm(needle)[:80])
    return found


def restore_block(body: Body, index: int, original_text: str) -> Body:
    """Put removed block ``index`` back where it stood in the original.

    ``original_text`` is the original as plain text (for HTML originals, its
    visible text), used only to find the block's place.

    Raises:
        UserError: there is no removed block with that number.
    """
    if not 0 <= index < len(body.removed):
        raise UserError(f"There is no removed block number {index + 1} to put back.")
    block = body.removed[index]
    flat = _norm(original_text)
    where = _position(flat, block.text)
    paras = paragraphs(body.text)
    insert_at = 0
    cursor = 0
    for i, para in enumerate(paras):
        pos = _position(flat, para, cursor)
        if pos < 0:
            continue
        cursor = pos
        if where >= 0 and pos < where:
            insert_at = i + 1
    if where < 0:
        insert_at = len(paras)
    new_paras = paras[:insert_at] + [block.text.strip()] + paras[insert_at:]
    html = _insert_html(body.html, paras[insert_at - 1] if insert_at else None, block.text)
    removed = body.removed[:index] + body.removed[index + 1 :]
    return Body("\n\n".join(new_paras), html, removed)


def remove_paragraph(body: Body, paragraph: str) -> Body:
    """Take a paragraph out of the clean body, recording it as removed by the user.

    Raises:
        UserError: the paragraph is not in the clean text.
    """
    target = _norm(paragraph)
    paras = paragraphs(body.text)
    kept = [p for p in paras if _norm(p) != target]
    if len(kept) == len(paras):
        raise UserError("That paragraph is not in the clean article any more.")
    soup = BeautifulSoup(body.html or "", "html.parser")
    for element in soup.find_all(_BLOCKS):
        if isinstance(element, Tag) and _norm(element.get_text(" ")) == target:
            element.decompose()
            break
    removed = body.removed + (Removed(paragraph.strip(), "user"),)
    return Body("\n\n".join(kept), str(soup), removed)


def _insert_html(html: str, after_paragraph: str | None, text: str) -> str:
    """Insert ``<p>text</p>`` after the block holding ``after_paragraph`` (or first)."""
    new = f"<p>{htmllib.escape(text.strip())}</p>"
    soup = BeautifulSoup(html or "", "html.parser")
    blocks = [b for b in soup.find_all(_BLOCKS) if isinstance(b, Tag)]
    if after_paragraph is None:
        if blocks:
            blocks[0].insert_before(BeautifulSoup(new, "html.parser"))
            return str(soup)
        return new + str(soup)
    target = _norm(after_paragraph)
    for block in blocks:
        if _norm(block.get_text(" ")) == target:
            block.insert_after(BeautifulSoup(new, "html.parser"))
            return str(soup)
    return str(soup) + new


def original_text(original: Original | None) -> str:
    """The original's visible text: as it is for text, without markup for HTML."""
    if original is None:
        return ""
    if original.kind == "html":
        soup = BeautifulSoup(original.content, "lxml")
        for junk in soup(["script", "style", "noscript", "template"]):
            junk.decompose()
        return soup.get_text("\n")
    return original.content
