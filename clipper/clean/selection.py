"""The header of a copied selection, read as the plain-text rules read a paste.

A browser puts a selection on the clipboard as HTML, and Clipper takes that
flavour when there is one. A selection carries no meta tags and, often, no
class names that say "byline" or "date": what tells its header apart is what
tells a paste's header apart, the shape of its lines. So the selection's
blocks are read as lines by ``clipper.clean.text``; its metadata fills what
the markup did not give, and the blocks it found above the text (bylines,
dates, buttons, captions, the standfirst) leave the body. The text itself is
the user's: nothing under its first paragraph is taken here, unless the copy
starts above the headline, with the site's name and more: then the user copied
the page (Ctrl+A) rather than chose the article, and the blocks under the
text's last paragraph that the rules removed (a "Posted by" line, share
buttons, the sidebar's links) leave too.

A select-all copy is a "selection" too, of the whole page: ``whole_page``
tells it by the site's navigation or menus that came with it, and it is then
cleaned as a page.
"""

from __future__ import annotations

import dataclasses
import re

from lxml.html import HtmlElement

from clipper.clean import htmlblocks, metadata
from clipper.clean import text as text_rules
from clipper.clean.boilerplate import key
from clipper.errors import InputError
from clipper.model import Article, Removed

#: A whole page copied as a selection: this long, with this many links in blocks of links.
_PAGE_CHARS = 1500
_PAGE_MENU_LINKS = 8
_NAV_LINKS = 4
_PAGE_HEADER_LINES = 8
#: Lines above the headline that say the user copied the page, not chose the article.
_COPIED_PAGE_LINES = 2
_PAGE_MENU_LINES = 12
_LINKED = 0.7
#: Blocks of a selection's top and foot the rules read, and how much of each.
HEAD_BLOCKS, _FOOT = 80, 8
_BLOCK_CHARS = 3000
#: A header block is short; a longer block above the text is left to the user.
_HEADER_CHARS = 300
#: Where the markup's authors come from when no element says "author".
_WEAK_AUTHOR_SOURCES = ("byline-line", "username")
_FURNITURE_REASONS = ("share", "menu", "advertisement", "newsletter", "cookie", "related")
#: Reasons the rules give a short line for its shape alone, not for what it says.
_LOOSE_REASONS = ("menu", "header")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»）)]?$")
#: Characters of a paragraph's key that identify it (the text rules may join lines).
_KEY_CHARS = 40


def read_header(
    body: HtmlElement, meta: metadata.PageMetadata, fields: metadata.Fields
) -> tuple[metadata.PageMetadata, list[Removed]]:
    """Fill ``meta`` from the selection's header lines and take those lines out of ``body``.

    Returns the completed metadata and the blocks removed, each with the
    reason the text rules gave it.
    """
    # Loose text too: a blog's post is often text between its subheads, in no paragraph.
    blocks = list(htmlblocks.iter_blocks(body))
    guide = rules_reading(blocks) if blocks else None
    if guide is None:
        return meta, []
    meta = _fill(meta, fields, guide)
    dropped = _drop_header(blocks, guide)
    if _lines_above_title(guide) >= _COPIED_PAGE_LINES:
        dropped += _drop_footer(blocks, guide)
    return meta, dropped


#: A class or id that hides its element ("hidden", "is-hidden", "hideOnInit"), but not
#: one that keeps text for screen readers alone ("visually-hidden", "sr-only").
_HIDING_NAME = re.compile(r"hid(?:e|den)", re.IGNORECASE)
_READER_ONLY = re.compile(r"visually|screen|reader|sr-|a11y|offscreen", re.IGNORECASE)


def forget_hiding_names(root: HtmlElement) -> None:
    """Take the names that say "hidden" off the elements of a browser's copy.

    A browser copies only what it showed: an element hidden by the page's
    style sheet is not in the clipboard at all. What the clipboard holds
    under a class such as "toggle-group hideOnInit" (a story's second half
    behind a "Read more" button, opened) was on screen, but extractors drop
    it for its name.
    """
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id"):
            value = el.get(attr)
            if value and _HIDING_NAME.search(value):
                kept = [
                    t for t in value.split() if not _HIDING_NAME.search(t) or _READER_ONLY.search(t)
                ]
                if kept:
                    el.set(attr, " ".join(kept))
                else:
                    del el.attrib[attr]


def whole_page(body: HtmlElement, size: int) -> bool:
    """Whether a copied "selection" is a whole page: select-all copies its menus and lists too.

    A page whose menus are not in ``<nav>`` elements copies as a fragment with
    no sign of a page but its rows of links. A selection of an article holds
    links inside sentences, and at most a short box of them. ``size`` is the
    selection's length in characters.
    """
    if any(len(nav.findall(".//a")) >= _NAV_LINKS for nav in body.iter("nav")):
        return True  # the site's navigation came with it
    if size < _PAGE_CHARS:
        return False
    blocks = list(htmlblocks.iter_blocks(body, leaves_only=True))
    # Links in blocks that are all links: a menu's items, one a line or a cell of them.
    menu_links = sum(
        len(el.findall(".//a")) for el, _ in blocks if htmlblocks.link_share(el) >= _LINKED
    )
    if menu_links >= _PAGE_MENU_LINKS:
        return True
    # Saved or script-built menus may hold no links: then the page's own lines tell,
    # a run of furniture above the headline that no selection starts with.
    guide = rules_reading(list(htmlblocks.iter_blocks(body)))
    if guide is None:
        return False
    menus = sum(len(r.text.split("\n")) for r in guide.removed if r.reason == "menu")
    return _lines_above_title(guide) >= _PAGE_HEADER_LINES or menus >= _PAGE_MENU_LINES


def rules_reading(blocks: list[tuple[HtmlElement, str]]) -> Article | None:
    """The text rules' reading of a selection's blocks, or None if they find no text."""
    # The header is at the top and a wire's credit at the foot: a long selection's
    # middle tells the rules nothing and would cost them a third of a millisecond a line.
    read = blocks if len(blocks) <= HEAD_BLOCKS + _FOOT else blocks[:HEAD_BLOCKS] + blocks[-_FOOT:]
    try:  # (a block's start says what it is: a huge one is cut for the reading)
        return text_rules.clean_text("\n".join(text[:_BLOCK_CHARS] for _, text in read))
    except InputError:
        return None


def _lines_above_title(guide: Article) -> int:
    """How many lines the rules removed before the headline (0 when they found none)."""
    count = 0
    for removed in guide.removed:
        if removed.reason == "title":
            return count
        count += len(removed.text.split("\n"))
    return 0


def _fill(
    meta: metadata.PageMetadata, fields: metadata.Fields, guide: Article
) -> metadata.PageMetadata:
    """The fields the markup left empty, from the text rules, offered as candidates."""
    changes: dict[str, object] = {}

    def take(name: str, value: str, chosen: object) -> None:
        changes[name] = chosen
        fields.add(name, value, "text")
        fields.choose(name, value)

    titles = fields.found.get("title", [])
    headings_only = all(c.source == "heading" for c in titles)
    # The first heading of a selection that starts above the headline is the site's name
    # over its menu; the rules read which heading heads the text.
    other_heading = headings_only and any(c.value == guide.title and not c.chosen for c in titles)
    if guide.title and (not meta.title or other_heading):
        title = metadata.without_copyright(guide.title)  # a block's lines run together
        take("title", title, title)
    # Names under the heading read without the lines' labels ("byline-line") may be a
    # button beside the date ("保存"); the text rules know the buttons.
    weak = _chosen_source(fields, "authors") in _WEAK_AUTHOR_SOURCES
    if weak and not guide.authors and _furniture_names(meta.authors, guide):
        changes["authors"] = ()  # the rules, which see the same lines, call them buttons
        fields.choose("authors", None)
    elif guide.authors and (not meta.authors or weak):
        take("authors", "; ".join(guide.authors), guide.authors)  # as the markup's are offered
    for name in ("published", "site", "subtitle"):
        value = getattr(guide, name)
        if value and not getattr(meta, name):
            take(name, value, value)
    return dataclasses.replace(meta, **changes) if changes else meta  # type: ignore[arg-type]


def _furniture_names(names: tuple[str, ...], guide: Article) -> bool:
    """Whether the rules removed one of ``names`` as furniture ("缩小字体" is a button)."""
    reasons = _removed_lines(guide)
    return any(reasons.get(key(name)) in _FURNITURE_REASONS for name in names)


def _removed_lines(guide: Article) -> dict[str, str]:
    """Each line the rules removed (by its key) and why; a run of lines is one entry of theirs."""
    return {key(line): r.reason for r in guide.removed for line in r.text.split("\n")}


def _chosen_source(fields: metadata.Fields, name: str) -> str | None:
    return next((c.source for c in fields.found.get(name, []) if c.chosen), None)


def _drop_header(blocks: list[tuple[HtmlElement, str]], guide: Article) -> list[Removed]:
    """Take out the short blocks above the text's first paragraph that the rules removed."""
    paragraphs = [p for p in guide.text.split("\n\n") if p.strip()]
    if not paragraphs:
        return []
    first = key(paragraphs[0])[:_KEY_CHARS]
    reasons = _removed_lines(guide)
    if guide.subtitle:
        reasons.setdefault(key(guide.subtitle), "subtitle")
    dropped: list[Removed] = []
    headline = key(guide.title) if guide.title else None
    above_headline = headline is not None and any(key(t) == headline for _, t in blocks)
    for el, text in blocks:
        block_key = key(text)
        if block_key[:_KEY_CHARS] == first or (
            len(block_key) >= _KEY_CHARS // 4 and first.startswith(block_key)
        ):
            break  # the text begins here
        if block_key == headline:
            above_headline = False
        reason = reasons.get(block_key)
        if reason is None or len(text) > _HEADER_CHARS:
            continue
        if reason in _LOOSE_REASONS and _SENTENCE_END.search(text) and not above_headline:
            continue  # a short sentence the rules took for a menu item is the user's text
        if _drop_block(el):
            dropped.append(Removed(text, reason))
    return dropped


def _drop_footer(blocks: list[tuple[HtmlElement, str]], guide: Article) -> list[Removed]:
    """Take out the blocks under the text's last paragraph that the rules removed."""
    paragraphs = [p for p in guide.text.split("\n\n") if p.strip()]
    if not paragraphs:
        return []
    last = key(paragraphs[-1])[-_KEY_CHARS:]
    reasons = _removed_lines(guide)
    foot: list[tuple[HtmlElement, str, str]] = []
    for el, text in reversed(blocks):
        block_key = key(text)
        if block_key[-_KEY_CHARS:] == last or (
            len(block_key) >= _KEY_CHARS // 4 and last.endswith(block_key)
        ):
            break  # the text ends here
        reason = reasons.get(block_key)
        if reason is not None:
            foot.append((el, text, reason))
    else:
        return []  # the rules' last paragraph is not a block of the copy: leave it whole
    dropped: list[Removed] = []
    for el, text, reason in reversed(foot):
        if _drop_block(el):
            dropped.append(Removed(text, reason))
    return dropped


def _drop_block(el: HtmlElement) -> bool:
    """Take a block out, unless it is loose text beside other blocks (their container)."""
    if any(isinstance(c.tag, str) and c.tag in htmlblocks.BLOCK for c in el):
        return False
    htmlblocks.drop(el)
    return True


__all__ = ["read_header"]
