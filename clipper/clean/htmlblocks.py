"""What a block of a web page is when it is not the article, and why.

Cleaning reports every block it removed with a reason word ("menu", "share",
"related", "newsletter", "cookie", "bio", "comments", "advertisement",
"caption", "byline", "date", "title", "boilerplate") so the reader can show
the original with its removed parts marked and the user can put any back.
The reason comes from what the page's own markup says about the block (tag
names, class names, ids, ARIA roles), then from the words of short blocks;
these are the names web developers give such widgets in every CMS.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from clipper.clean import dates
from clipper.model import Removed

#: Class/id/role patterns, checked in this order (first match wins).
_MARKUP_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cookie", re.compile(r"cookie|consent|gdpr|\bcmp\b", re.I)),
    ("newsletter", re.compile(r"newsletter|subscri|sign-?up|mailing|optin|opt-in", re.I)),
    ("share", re.compile(r"shar(e|ing)|social|addthis|addtoany|sociable|follow-?us|tweet", re.I)),
    ("comments", re.compile(r"comment|disqus|respond|replies|discussion", re.I)),
    (
        "advertisement",
        re.compile(
            r"(^|[\s_-])(ad|ads|adv|advert\w*|advertisement|dfp|gpt|sponsor\w*|promo\w*|"
            r"banner|outbrain|taboola|googlead\w*|adsense|adslot|ad-slot|adunit|ad-unit)($|[\s_-])",
            re.I,
        ),
    ),
    (
        "related",
        re.compile(
            r"related|recommend|more-?stories|read-?more|also-?read|trending|popular|"
            r"read-?next|more-?from|you-?may|most-?read|teaser|recirc|\bpromo\b",
            re.I,
        ),
    ),
    (
        "bio",
        re.compile(
            r"(^|[\s_-])bio($|[\s_-])|author-?(info|box|bio|card|details|about)|"
            r"about-?(the-?)?author|contributor",
            re.I,
        ),
    ),
    (
        "menu",
        re.compile(
            r"(^|[\s_-])(nav\w*|menu\w*|breadcrumbs?|masthead|skip|toolbar|"
            r"pagination|pager|tabs)($|[\s_-])",
            re.I,
        ),
    ),
    ("caption", re.compile(r"caption|credit|figcaption", re.I)),
    ("byline", re.compile(r"byline|(^|[\s_-])author|contributor-name|writer", re.I)),
    (
        "date",
        re.compile(
            r"(^|[\s_-])(date\w*|time\w*|published|pubdate|posted-on|dateline)"
            r"($|[\s_-])",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"(^|[\s_-])(footer|header|sidebar|widget|copyright|legal|"
            r"site-?info|colophon|top-?bar|hidden|print-only|modal|popup|flyout|tooltip|lightbox|"
            r"overlay|toast)($|[\s_-])",
            re.I,
        ),
    ),
)
#: Any of the patterns above: most elements match none, and one search says so.
_ANY_MARKUP_REASON = re.compile("|".join(f"(?:{p.pattern})" for _, p in _MARKUP_REASONS), re.I)
_TAG_REASONS = {
    "nav": "menu",
    "menu": "menu",
    "footer": "boilerplate",
    "header": "boilerplate",
    "aside": "related",
    "figcaption": "caption",
    "time": "date",
    "select": "menu",
    "dialog": "boilerplate",
}
_ROLE_REASONS = {
    "navigation": "menu",
    "banner": "boilerplate",
    "contentinfo": "boilerplate",
    "complementary": "related",
    "menu": "menu",
    "menubar": "menu",
    "search": "boilerplate",
    "dialog": "boilerplate",
    "alertdialog": "boilerplate",
    "toolbar": "menu",
}
#: Words that make up a short block's whole purpose, in the languages we serve.
_TEXT_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "advertisement",
        re.compile(
            r"^(advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|"
            r"pubblicità|广告|広告|scroll to continue with content)$",
            re.I,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(share|share this|tweet|pin it|email|print|facebook|twitter|"
            r"linkedin|whatsapp|teilen|partager|compartir|分享)\b",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"\b(sign up|subscribe|newsletter|abonnieren|s'abonner|"
            r"suscríbete|inscrivez)",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(leave a (reply|comment)|\d+\s+comments?|comments?|"
            r"kommentare?|commentaires?|comentarios?)\b",
            re.I,
        ),
    ),
    (
        "related",
        re.compile(
            r"^(related|read more|more from|see also|recommended|"
            r"mehr zum thema|lire aussi|à lire aussi|lee también|相关)",
            re.I,
        ),
    ),
    ("cookie", re.compile(r"\bcookies?\b", re.I)),
)
SKIP = _SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "object",
        "embed",
        "math",
        "canvas",
    }
)
BLOCK = _BLOCK = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "li", "ul",
    "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
    "tr", "td", "th", "figure", "figcaption", "form", "fieldset", "address", "center", "body",
    "details", "summary", "caption", "menu", "hgroup", "tbody", "thead", "tfoot",
})  # fmt: skip
_WORD = re.compile(r"\w+")
#: Words for comparing texts: Chinese and Japanese characters one by one
#: (they are written without spaces, so a whole clause would be one "word"
#: and two texts sharing most of their clauses would share few n-grams).
_CJK_CLASS = r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
_TOKEN = re.compile(_CJK_CLASS + r"|(?:(?!" + _CJK_CLASS + r")\w)+")
_CJK_CHAR = re.compile(_CJK_CLASS)


def cjk_chars(text: str) -> int:
    """How many Chinese and Japanese characters ``text`` holds."""
    return len(_CJK_CHAR.findall(text))


def word_count(text: str) -> int:
    """Words as a reader counts them: Chinese and Japanese by pairs of characters."""
    return len(text.split()) + len(_CJK_CHAR.findall(text)) // 2


def link_share(el: HtmlElement) -> float:
    """The share of an element's text that is link text."""
    total = len(el.text_content() or "")
    links = sum(len(a.text_content() or "") for a in el.iter("a"))
    return links / total if total else 0.0


def attributes_text(el: HtmlElement) -> str:
    """The names a page gives an element (class, id, role, ARIA label, itemprop)."""
    return " ".join(
        v
        for k in ("class", "id", "role", "aria-label", "itemprop", "data-component")
        if (v := el.get(k))
    )


def markup_reason(el: HtmlElement, by_names: dict[str, str | None] | None = None) -> str | None:
    """The reason an element's own markup gives for it not being article text.

    Args:
        el: The element.
        by_names: Reasons already found for sets of class and id names on the
            same page, which repeats the same names hundreds of times.
    """
    tag = el.tag if isinstance(el.tag, str) else ""
    role = (el.get("role") or "").lower()
    generic = _TAG_REASONS.get(tag) or _ROLE_REASONS.get(role)
    names = attributes_text(el)
    if not names:
        return generic
    if by_names is None:
        named = _names_reason(names)
    else:
        if names not in by_names:
            by_names[names] = _names_reason(names)
        named = by_names[names]
    if generic and named not in _WIDGETS:
        return generic
    return named


#: What a box's names may say more precisely than its tag: an ``aside`` is a
#: related box unless it is called a newsletter's sign-up, a share bar...
_WIDGETS = frozenset({"newsletter", "cookie", "share", "comments", "advertisement"})


def _names_reason(names: str) -> str | None:
    """The reason a set of class and id names gives."""
    if not _ANY_MARKUP_REASON.search(names):
        return None
    for reason, pattern in _MARKUP_REASONS:
        if pattern.search(names):
            return reason
    return None


def text_reason(text: str) -> str | None:
    """The reason a short block's words give for it not being article text."""
    text = " ".join(text.split())
    if len(text) > 160:
        return None
    for reason, pattern in _TEXT_REASONS:
        if pattern.search(text):
            return reason
    found = dates.find_dates(text)
    if found and len(_WORD.findall(text[: found[0].start] + text[found[0].end :])) <= 4:
        return "date"
    return None


def reason_for(
    el: HtmlElement,
    text: str,
    known: dict[HtmlElement, str | None] | None = None,
    by_names: dict[str, str | None] | None = None,
) -> str:
    """Why a block was dropped: its markup or an ancestor's, then its words.

    Args:
        el: The block.
        text: Its text.
        known: Reasons already found for elements of the same page: blocks
            share their ancestors, and a page has thousands of blocks.
        by_names: Reasons already found for sets of class and id names.
    """
    known = {} if known is None else known
    node: HtmlElement | None = el
    depth = 0
    while node is not None and depth < 12:
        if node in known:
            reason = known[node]
        else:
            reason = known[node] = markup_reason(node, by_names)
        if reason:
            return reason
        node = node.getparent()
        depth += 1
    return text_reason(text) or "boilerplate"


def iter_blocks(
    root: HtmlElement, *, leaves_only: bool = False
) -> Iterator[tuple[HtmlElement, str]]:
    """Each block of ``root`` with its text: what a reader sees as one piece.

    A block is an element with no block inside it; a container that also holds
    loose text yields that text too, unless ``leaves_only``: each run of it in
    its place among the blocks, so that a box's "Subscribe" link after its
    paragraph comes after it, as on screen.
    """
    stack: list[HtmlElement | tuple[HtmlElement, str]] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            yield item
            continue
        el = item
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP or not tag:
            continue
        block_children = [c for c in el if isinstance(c.tag, str) and c.tag in _BLOCK]
        if not block_children:
            text = " ".join(visible_text(el).split())
            if text:
                yield el, text
            continue
        if leaves_only:
            stack.extend(reversed(block_children))
        else:
            stack.extend(reversed(_pieces(el)))


def _pieces(el: HtmlElement) -> list[HtmlElement | tuple[HtmlElement, str]]:
    """The block children of ``el`` in order, with each run of loose text between them.

    Inline children's text is part of the run they stand in.
    """
    pieces: list[HtmlElement | tuple[HtmlElement, str]] = []
    run = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in _BLOCK:
            text = " ".join("".join(run).split())
            if text:
                pieces.append((el, text))
            pieces.append(child)
            run = []
        elif child.tag == "br":
            run.append(" ")
        elif isinstance(child.tag, str) and child.tag not in _SKIP:
            run.append(visible_text(child))
        run.append(child.tail or "")
    text = " ".join("".join(run).split())
    if text:
        pieces.append((el, text))
    return pieces


def visible_text(el: HtmlElement) -> str:
    """The text of ``el`` a reader sees: without scripts, styles and the like."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag == "br":
                parts.append(" ")  # a line break parts words as a space does
            elif isinstance(child.tag, str) and child.tag not in _SKIP:
                walk(child)
            parts.append(child.tail or "")

    if isinstance(el.tag, str) and el.tag not in _SKIP:
        walk(el)
    return "".join(parts)


def inner_html(root: HtmlElement) -> str:
    """The HTML inside ``root`` (its text and children), for a body being edited."""
    return (root.text or "") + "".join(
        etree.tostring(c, encoding="unicode", method="html") for c in root
    )


def wrap_loose_runs(root: HtmlElement) -> list[HtmlElement]:
    """Put each run of loose text beside blocks in a ``div`` of its own, as a browser lays it out.

    A kicker ``<span>`` or a ``<time>`` between the paragraphs of a header is a
    line of its own on screen but no block in the tree, so rules that look at
    blocks never see it. Returns the wrappers, for ``unwrap``.
    """
    made: list[HtmlElement] = []
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        kids = list(el)
        if any(isinstance(c.tag, str) and c.tag in _BLOCK for c in kids):
            _wrap_children(el, kids, made)
    return made


def _wrap_children(el: HtmlElement, kids: list[HtmlElement], made: list[HtmlElement]) -> None:
    rebuilt: list[HtmlElement] = []
    text, items = el.text, []
    el.text = None
    for child in [*kids, None]:
        if child is not None:
            el.remove(child)
        if child is not None and not (isinstance(child.tag, str) and child.tag in _BLOCK):
            items.append(child)
            continue
        if items or (text and text.strip()):
            wrapper = el.makeelement("div", {})
            wrapper.text = text
            wrapper.extend(items)
            rebuilt.append(wrapper)
            made.append(wrapper)
        elif text:  # white space stays where it was
            if rebuilt:
                rebuilt[-1].tail = text
            else:
                el.text = text
        if child is not None:
            text, items, child.tail = child.tail, [], None
            rebuilt.append(child)
    el.extend(rebuilt)


def unwrap(wrappers: list[HtmlElement]) -> None:
    """Undo ``wrap_loose_runs`` for the wrappers still in the tree."""
    for wrapper in wrappers:
        if wrapper.getparent() is not None:
            wrapper.drop_tag()


def drop(el: HtmlElement) -> None:
    """Take ``el`` and what it holds out of its tree (empty it if it is the root)."""
    if el.getparent() is not None:
        el.drop_tree()
    else:
        el.clear()


def shingle_set(text: str, n: int = 3) -> Counter[tuple[str, ...]]:
    """Word n-grams of ``text``, to tell which blocks the body kept."""
    words = _TOKEN.findall(text.casefold())
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def removed_blocks(
    root: HtmlElement, body_text: str, *, limit: int = 400, labels: dict[str, str] | None = None
) -> tuple[Removed, ...]:
    """The blocks of ``root`` that the body does not contain, each with a reason.

    Args:
        root: The page (or fragment) as parsed, before anything was dropped.
        body_text: The article text cleaning kept.
        limit: At most this many entries; runs of blocks with one reason are
            merged first, so a menu of fifty links is one entry.
        labels: Exact block texts with a known reason (the title, byline and
            date lines that metadata took).
    """
    body = shingle_set(body_text)
    folded_body = " ".join(body_text.split()).casefold()
    labels = {" ".join(k.split()).casefold(): v for k, v in (labels or {}).items()}
    out: list[Removed] = []
    known: dict[HtmlElement, str | None] = {}
    by_names: dict[str, str | None] = {}
    adjacent = False  # whether the block before this one was removed too
    for el, text in iter_blocks(root):
        key = text.casefold()
        if _kept(key, body, folded_body):
            adjacent = False
            continue
        reason = labels.get(key) or reason_for(el, text, known, by_names)
        if adjacent and out and out[-1].reason == reason:
            out[-1] = Removed(out[-1].text + "\n" + text, reason)  # a run: one entry
        elif len(out) < limit:
            out.append(Removed(text, reason))
        adjacent = True
    return tuple(out)


def _kept(key: str, body: Counter[tuple[str, ...]], folded_body: str) -> bool:
    if len(key) < 200 and key in folded_body:
        return True
    words = _TOKEN.findall(key)
    if not words:
        return True  # no words at all: punctuation, nothing to report
    # The block's distinct word 3-grams (its words, if fewer than three), as in
    # ``shingle_set`` but without counting them: only presence matters here.
    grams = {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    shared = sum(1 for g in grams if g in body)
    return shared >= 0.6 * len(grams)


def fact_table(table: HtmlElement) -> bool:
    """Whether a table is one of facts, each row a label and its value (Wikipedia's infobox).

    Its dates ("Dominion  26 September 1907") are its subject's, never the
    page's: an infobox stands between the headline and the text, where a
    date line would.
    """
    rows = table.findall(".//tr")
    labelled = sum(1 for row in rows if row.find("th") is not None and row.find("td") is not None)
    return labelled >= _FACT_ROWS and labelled * 2 >= len(rows)


_FACT_ROWS = 3  # rows of a label and its value that make a table one of facts


def fact_tables(root: HtmlElement) -> frozenset[HtmlElement]:
    """The tables of facts in ``root``, each judged once however many cells it holds.

    A cell is in one when ``not tables.isdisjoint(cell.iterancestors("table"))``.
    """
    return frozenset(t for t in root.iter("table") if fact_table(t))


#: Class names of a standfirst set apart from the text: "article-full__chapo", "c-dek",
#: "standfirst", "entradilla", "article-subtitle". A lead (リード) is the text's own.
STANDFIRST_MARKUP = re.compile(
    r"chap[oô]|chapeau|standfirst|(?<![a-z])de(?:c)?k(?![a-z])|(?<![a-z])sapo(?![a-z])|entradilla"
    r"|sub-?title|subhead|summary|excerpt|article-intro-text",
    re.IGNORECASE,
)
