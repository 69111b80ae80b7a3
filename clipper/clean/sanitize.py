"""Sanitising HTML for storage and display, and turning it into paragraph text.

Every piece of HTML Clipper stores or shows goes through ``sanitize`` first: a
clipped page is hostile until proven otherwise, and the reader pane must never
run a script or fetch anything. nh3 (Rust's ammonia) does the parsing and the
allow-listing, so we never write an HTML sanitiser of our own; this module only
decides what is allowed.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html
import nh3
from lxml import etree

#: Structural and inline tags a reader needs; everything else is unwrapped
#: (its text kept) or, for the tags in ``_DROP_WITH_CONTENT``, removed whole.
ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "hr", "div", "span", "section", "article", "header", "footer", "main",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "q", "cite", "pre", "code", "kbd", "samp", "var",
        "em", "i", "strong", "b", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
        "abbr", "time", "dfn", "bdi", "bdo", "ruby", "rt", "rp", "wbr",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
        "figure", "figcaption", "img", "a", "details", "summary",
    }
)  # fmt: skip

#: Tags whose content is never article text (code, embeds, widgets).
_DROP_WITH_CONTENT: frozenset[str] = frozenset(
    {
        "script", "style", "iframe", "object", "embed", "applet", "template", "noscript",
        "svg", "math", "canvas", "audio", "video", "select", "option", "button",
        "textarea", "input", "frame", "frameset", "noembed", "noframes", "head", "title",
        "meta", "link", "base", "param", "source", "track", "map", "area", "dialog",
    }
)  # fmt: skip

#: Attributes kept per tag. Only ``img`` keeps a loading attribute (``src``),
#: as data: the reader does not load remote resources.
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"lang", "dir", "title"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "headers", "scope"},
    "th": {"colspan", "rowspan", "headers", "scope"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "col": {"span"},
    "colgroup": {"span"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "abbr": set(),
}

#: A heading's link to itself shown as a mark ("Setting up ¶", "§", "#", "🔗"):
#: documentation generators print one after every heading, and in a clip it
#: reads as part of the heading's text.
_ANCHOR_LINK = re.compile(
    r'<a href="[^"]*#[^"]*"[^>]*>\s*(?:\u00b6|\u00a7|#|\U0001f517|\u2693)?\s*</a>'
)

_URL_SCHEMES = {"http", "https", "mailto", "data"}
_URL_ATTRS = {"href", "src", "cite"}


def sanitize(html: str, base_url: str | None = None) -> str:
    """Reduce ``html`` to the allow-list; make links absolute against ``base_url``.

    Args:
        html: Any HTML, trusted or not; a whole page or a fragment.
        base_url: The page's address, so relative links and images still
            point somewhere once the clip has left its page.

    Returns:
        A fragment with no script, style, embed, form, event handler,
        ``javascript:`` URL or remote-loading attribute other than ``img src``.
    """
    if not html:
        return ""
    html = XML_INCOMPATIBLE.sub("", html)

    def keep_attribute(tag: str, attr: str, value: str) -> str | None:
        if attr not in _URL_ATTRS:
            return value
        value = value.strip()
        if value.lower().startswith("data:") and not (tag == "img" and attr == "src"):
            return None
        if base_url and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value):
            try:
                return urljoin(base_url, value)
            except ValueError:
                return None
        return value

    cleaned: str = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=keep_attribute,
        url_schemes=set(_URL_SCHEMES),
        strip_comments=True,
        link_rel="noopener noreferrer nofollow",
    )
    return _ANCHOR_LINK.sub("", cleaned).strip()


def prune_empty(html: str) -> str:
    """Drop the boxes a clean-up left with nothing to show, and other stories' thumbnails.

    Once their links and teasers are gone, a page's related boxes leave empty
    lists, paragraphs and links behind, and their pictures under the last
    words: in the reader they are gaps and strangers' photos under the
    article. A gallery between paragraphs stays, and a table's cells, so its
    rows keep their shape.
    """
    if not html or not html.strip():
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    changed = False
    trailing = _pictures_after_text(root)
    if len(trailing) >= _TEASER_PICTURES:
        for img in trailing:
            img.drop_tree()  # (their boxes, left empty, go below)
        changed = True
    for el in reversed(list(root.iterdescendants())):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.tag in _EMPTIABLE and not el.text_content().strip() and not _SHOWS(el):
            el.drop_tree()
            changed = True
    if not changed:
        return html
    return (
        (root.text or "")
        + "".join(etree.tostring(c, encoding="unicode", method="html") for c in root)
    ).strip()


def _pictures_after_text(root: etree._Element) -> list[etree._Element]:
    """The pictures after the last words of the body, in a run with no caption."""
    found: list[etree._Element] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.text or "").strip():
            found = []
        if el.tag == "img":
            found.append(el)
        if (el.tail or "").strip():
            found = []
    return found


#: Pictures in a row under the last words: other stories' thumbnails and the site's
#: logos (an article that ends on photos captions them, or shows one or two).
_TEASER_PICTURES = 3


#: Boxes that mean nothing once empty (a table's cells and rows keep a table's shape).
_EMPTIABLE = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "span", "a",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption",
        "em", "i", "strong", "b", "u", "small", "h1", "h2", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip
#: What an element with no text still shows.
_SHOWS = etree.XPath("boolean(.//img | .//hr | .//table)")


_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "caption", "thead", "tbody", "tfoot", "tr",
        "figure", "figcaption", "details", "summary", "hr", "address", "center", "form",
        "fieldset", "body", "html",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_BR = "\x00"
#: Characters XML (and so lxml) cannot hold: C0 controls, lone surrogates, non-characters.
XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _laid_out(item: etree._Element) -> bool:
    """Whether a list item holds a run of paragraphs: a page laid out in a list.

    A Chinese portal sets its whole article in one ``<ul><li>``; the item's
    mark would open the article's text. A loose list's item holds one or two.
    """
    return sum(1 for c in item if isinstance(c.tag, str) and c.tag == "p") >= _LAID_OUT


_LAID_OUT = 3
#: Stands before a list item's mark until the item's text follows it.
_ITEM = "\x02"
_MARK_ALONE = re.compile(_ITEM + r"(?:-|\d+\.)")


def html_to_text(html: str) -> str:
    """Render sanitised HTML as plain paragraphs, one blank line apart.

    The text form is what search indexes, exports and fingerprints see, so
    block boundaries must become paragraph breaks (never glue two words) and
    inline markup must vanish without a trace. List items get a "- " mark, or
    their number in ordered lists; table cells are joined with " | ".
    """
    if not html or not html.strip():
        return ""
    html = XML_INCOMPATIBLE.sub("", html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _SPACES.sub(" ", html).strip()
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        # Source line breaks are white space; only <br> breaks a line.
        text = _SPACES.sub(" ", "".join(current))
        lines = [line.strip() for line in text.split(_BR)]
        joined = "\n".join(line for line in lines if line)
        current.clear()
        if _MARK_ALONE.fullmatch(joined):
            current.append(joined + " ")  # "<li><p>…": the item's mark goes on its first paragraph
        elif joined:
            paragraphs.append(joined.replace(_ITEM, ""))

    def walk(node: etree._Element, prefix: str = "") -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "pre":  # code keeps its lines and indents
            flush()
            code = _preformatted(node).strip("\n")
            if code.strip():
                paragraphs.append("\n".join(line.rstrip() for line in code.split("\n")))
            return
        block = tag in _BLOCKS
        if block:
            flush()
            if prefix:
                current[:] = [_ITEM + prefix]  # an empty item before leaves no mark behind
        if tag == "br":
            current.append(_BR)
        elif tag == "img":
            pass
        elif tag in _CELLS and current and "".join(current).strip():
            current.append(" | ")
        if node.text and tag not in ("br",):
            current.append(node.text)
        number = int(node.get("start", "1")) if tag == "ol" and _is_int(node.get("start")) else 1
        for child in node:
            child_prefix = ""
            if isinstance(child.tag, str) and child.tag == "li" and not _laid_out(child):
                child_prefix = f"{number}. " if tag == "ol" else "- "
                number += 1
            walk(child, child_prefix)
            if child_prefix and _MARK_ALONE.fullmatch("".join(current).strip()):
                current.clear()  # an empty item: its mark goes nowhere
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n\n".join(paragraphs)


def _preformatted(node: etree._Element) -> str:
    """The text of a ``pre`` element as printed: its spaces and line breaks kept."""
    parts = [node.text or ""]
    if not (node.text or "").strip() and len(node) and node[0].tag in ("pre", "code"):
        parts = []  # "<pre>\n      <pre>code": the indent of the markup, not of the code
    for child in node:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "br" else _preformatted(child))
        parts.append(child.tail or "")
    return "".join(parts).replace("\r\n", "\n").replace("\xa0", " ")


def _is_int(value: str | None) -> bool:
    return value is not None and value.strip().lstrip("-").isdigit()
