"""Sections that follow an article inside the body an extractor returned.

readability-lxml, and trafilatura on some layouts, take the whole column the
article sits in, and with it what the site puts after the story: "3
Comments" and "Leave a Reply", "Related stories" with their teasers, "About
the author". The page's markup often gives no class name to tell these
apart (the blocks in ``htmlblocks`` that do are already gone), but their
headings say it in words, in every language the furniture lexicon knows. One
rule, measured on the tuning corpus and on generated pages: a short heading
that names such a section, once the article is under way, opens a widget,
and the widget is the heading's container when it has one of its own, else
everything from the heading on (comments) or the run of short blocks after it
(related stories, author bio).

Two passes run on the whole page before extraction, for what the extracted
body no longer shows: a comment section whose heading an extractor dropped
(``drop_comment_sections``), and a link that wraps a card of another page's
headline and summary, which extractors run together into one line
(``drop_link_cards``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from clipper.clean import boilerplate, htmlblocks, lines, sanitize
from clipper.model import Removed

_SECTIONS = frozenset({"comments", "related", "bio"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: A section heading is a few words: "3 Comments", "You may also like".
_HEADING_WORDS = 6
#: Article blocks needed before a heading may end it (the story is under way).
_LONG_BEFORE = 2
_LONG = 160
_SENTENCE_WORDS = 12
#: Blocks that are parts of a list, table or figure, never a section's heading.
_NOT_HEADINGS = frozenset({"li", "td", "th", "dt", "dd", "tr", "figcaption", "caption", "summary"})
#: In a flat body, a related or bio section runs on while its blocks are short
#: (teasers, one-line bios); a block longer than this is the article again.
_TEASER = 250
#: ... and a sentence this long with no link in it is the article resuming.
_RESUMES_CHARS = 120
#: The heading's container is the widget when it holds less than this share
#: of the body's text (a container holding most of it is the article's own).
_CONTAINER_SHARE = 0.5


def cut_sections(body_html: str) -> tuple[str, list[Removed]]:
    """``body_html`` without the comment, related-story and bio sections after the article."""
    if not body_html:
        return body_html, []
    root = lxml.html.fragment_fromstring(body_html, create_parent="div")
    blocks = list(htmlblocks.iter_blocks(root, leaves_only=True))
    total = sum(len(text) for _, text in blocks) or 1
    removed: list[Removed] = []
    long_blocks = 0
    index = 0
    while index < len(blocks):
        el, text = blocks[index]
        reason = _section_reason(el, text) if long_blocks >= _LONG_BEFORE else None
        if reason is None and long_blocks >= _LONG_BEFORE:
            reason = _run_in_reason(el)
        if reason is None:
            if len(text) > _LONG or htmlblocks.word_count(text) > _SENTENCE_WORDS:
                long_blocks += 1
            index += 1
            continue
        if reason == "end":  # "- THE END -", "（完）": nothing after it is the article
            # The editor's credit itself stays, as references keep it; the trimming of the
            # edges decides on it as on any credit.
            _record(
                removed,
                "boilerplate",
                _drop_from(root, el, keep=bool(boilerplate.EDITOR_IN_CHARGE.match(text))),
            )
            break
        container = _container(root, el, total)
        if container is not None:
            inside = set(container.iter())
            run = [i for i in range(index, len(blocks)) if blocks[i][0] in inside]
            end = run[-1] + 1
            _record(removed, reason, [blocks[i][1] for i in run])
            htmlblocks.drop(container)
        else:
            end = _flat_end(blocks, index, reason)
            _record(removed, reason, [t for _, t in blocks[index:end]])
            for node, _ in blocks[index:end]:
                htmlblocks.drop(node)
        index = end
    if not removed:
        return body_html, []
    return sanitize.sanitize(htmlblocks.inner_html(root)), removed


def _section_reason(el: HtmlElement, text: str) -> str | None:
    if _END_MARK.fullmatch(text.strip()) or boilerplate.EDITOR_IN_CHARGE.match(text):
        return "end"
    if _COMMENT_NOTICE.match(text):
        return "comments"  # "网友评论仅供其表达个人看法…": a sentence, but it opens the comments
    if len(text.split()) > _HEADING_WORDS:
        return None
    if el.tag in _NOT_HEADINGS or boilerplate.key(text) in boilerplate.COMMENT_FORM_KEYS:
        return None
    if el.tag not in _HEADINGS and not _looks_like_heading(el, text):
        return None
    return _label_reason(text)


_COMMENT_NOTICE = re.compile(boilerplate.COMMENT_NOTICE, re.IGNORECASE)
#: A mark that ends the article: "- THE END -", "（完）", "【全文完】", "~ fin ~".
_END_MARK = re.compile(r"[\W_]{0,4}(?:the end|end|fin|完|全文完|终)[\W_]{0,4}", re.IGNORECASE)


def _run_in_reason(el: HtmlElement) -> str | None:
    """A paragraph that opens with a bold line naming a company or author box.

    ("<b>About Acme</b><br>Acme makes ..."). Only the box: a bold lead-in such
    as "Related costs" starts many a paragraph of the article itself.
    """
    kids = [c for c in el if isinstance(c.tag, str)]
    if el.tag != "p" or len(kids) < 2 or (el.text or "").strip():
        return None
    bold, after = kids[0], kids[1]
    if bold.tag not in ("b", "strong") or after.tag != "br" or (bold.tail or "").strip():
        return None
    heading = " ".join(bold.text_content().split())
    if not heading or htmlblocks.word_count(heading) > _HEADING_WORDS:
        return None
    return "bio" if boilerplate.lexicon_reason(heading) == "bio" else None


def _looks_like_heading(el: HtmlElement, text: str) -> bool:
    """A block that is only bold text, or a short line with no sentence end."""
    only = [c for c in el if isinstance(c.tag, str)]
    if len(only) == 1 and only[0].tag in ("b", "strong") and not (el.text or "").strip():
        return True
    return len(text) <= 40 and not text.rstrip().endswith((".", "!", "?", "。"))


def _container(root: HtmlElement, heading: HtmlElement, total: int) -> HtmlElement | None:
    """The largest element the heading opens that holds a minor share of the body."""
    best: HtmlElement | None = None
    node = heading.getparent()
    while node is not None and node is not root:
        blocks = list(htmlblocks.iter_blocks(node, leaves_only=True))
        if not blocks or blocks[0][0] is not heading:
            break
        if sum(len(t) for _, t in blocks) >= _CONTAINER_SHARE * total:
            break
        best = node
        node = node.getparent()
    return best


def _flat_end(blocks: list[tuple[HtmlElement, str]], start: int, reason: str) -> int:
    """Where a section with no container of its own ends, in a flat body.

    A label with its one headline after a colon ("相关阅读：公交线路夏季调整",
    "Related: ...") is a link of one line, not a section's heading: it ends there.
    """
    if reason == "comments":
        return len(blocks)
    if _LABELLED_LINK.search(blocks[start][1]):
        return start + 1
    end = start + 1
    while end < len(blocks) and _shown(blocks[end][1]) <= _TEASER and not _resumes(*blocks[end]):
        end += 1
    return end


def _shown(text: str) -> int:
    """A block's length as Latin letters: a Chinese, Japanese or Korean character counts three.

    Forty-five characters are a whole sentence in those scripts, a few words in ours.
    """
    return len(text) + 2 * len(_WIDE.findall(text))


_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LABELLED_LINK = re.compile(r"^[^:：]{1,30}[:：]\s*\S")


def _resumes(el: HtmlElement, text: str) -> bool:
    """A paragraph of the article again: a long sentence with no link in it (not a teaser)."""
    return (
        _shown(text) >= _RESUMES_CHARS
        and text.rstrip()[-1:] in ".!?。！？"
        and next(el.iter("a"), None) is None
    )


def _drop_from(root: HtmlElement, el: HtmlElement, *, keep: bool = False) -> list[str]:
    """Take everything after ``el`` in the document, and ``el`` unless ``keep``; their texts."""
    texts: list[str] = []
    node = el
    while node is not None and node is not root:
        for sibling in list(node.itersiblings()):
            texts.extend(text for _, text in htmlblocks.iter_blocks(sibling))
            sibling.tail = None
            htmlblocks.drop(sibling)
        node.tail = None  # the text right after it is after it too
        node = node.getparent()
    if not keep:
        texts[:0] = [text for _, text in htmlblocks.iter_blocks(el)]
        htmlblocks.drop(el)
    return texts


def _record(removed: list[Removed], reason: str, texts: list[str]) -> None:
    text = "\n".join(t for t in texts if t)
    if text:
        removed.append(Removed(text, reason))


# -- in the whole page, before extraction ------------------------------------------------

#: Words a comment section's heading holds, in the languages the lexicon
#: knows: a cheap sieve over the page's texts before the lexicon decides.
_COMMENT_WORDS = re.compile(
    r"comment|kommentar|coment|reply|r[ée]agir|r[ée]action|reaktion|reactie|评论|評論|コメント|responses"
    r"|thoughts on|discussion",
    re.IGNORECASE,
)
_LABEL_CHARS = 80
#: Whether the heading comes after two paragraphs of the article (as ``_LONG_BEFORE``).
_ARTICLE_BEFORE = f"boolean(preceding::p[string-length(.) > {_LONG}][{_LONG_BEFORE}])"


def drop_comment_sections(root: HtmlElement) -> list[Removed]:
    """Take the comment sections out of a whole page, found by their heading's words.

    Where the markup names nothing (no class says "comments", as on a page
    built with generated class names), both extractors keep the comments as
    more paragraphs of the article, and what is left of the section in their
    output no longer shows its heading. In the page, the heading ("View
    comments (27)", "3 Comments", "Kommentare", "评论") still opens it: once
    the article is under way, the largest element the heading opens (one
    holding no headline) is the section.
    """
    removed: list[Removed] = []
    seen: set[HtmlElement] = set()
    for node in _comment_labels(root):
        label = _block_of(node.getparent())
        if label is None or label in seen or label.getparent() is None:
            continue
        seen.add(label)
        text = " ".join(htmlblocks.visible_text(label).split())
        table = _titled_table(label, text)
        if table is not None:
            label = table  # an old blog's "Comments" row over its table of comments
        elif _section_reason(label, text) != "comments":
            continue
        if not label.xpath(_ARTICLE_BEFORE):
            continue
        if _COMMENT_NOTICE.match(text):  # a note above the comments: it and what follows it
            parts = [label, *label.itersiblings()]
        else:
            parts = [_page_container(label)]
        body = "\n".join(t for part in parts for _, t in htmlblocks.iter_blocks(part))
        if body:
            removed.append(Removed(body, "comments"))
        for part in parts:
            htmlblocks.drop(part)
    return removed


def _comment_labels(root: HtmlElement) -> list[etree._ElementUnicodeResult]:
    """The page's text nodes that name a comment section on their own ("View comments").

    The texts are sifted as strings first (one pass in C over the page), and
    only the few the lexicon files under comments are looked up as nodes.
    """
    wanted = {
        text
        for text in set(root.itertext())
        if len(text) <= _LABEL_CHARS
        and _COMMENT_WORDS.search(text)
        and _label_reason(text) == "comments"
    }
    found: list[etree._ElementUnicodeResult] = []
    for text in wanted:
        found.extend(root.xpath("//body//text()[. = $t]", t=text))
    return found


def _label_reason(text: str) -> str | None:
    """The section a heading's words name (comments, related, bio), or None.

    The section's name wins where the lexicon files the same words first as
    something else ("评论": a menu's "Opinion", a story's comments).
    """
    reason = boilerplate.lexicon_reason(" ".join(text.split()))
    if reason not in _SECTIONS:
        reason = boilerplate.SECTION_NAMES.get(boilerplate.key(text))
    return reason if reason in _SECTIONS else None


def _titled_table(cell: HtmlElement, text: str) -> HtmlElement | None:
    """The table whose title row ``cell`` is: the one cell of its first row, a heading's words."""
    if cell.tag not in ("td", "th") or len(text.split()) > _HEADING_WORDS:
        return None
    row = cell.getparent()
    table = next(cell.iterancestors("table"), None)
    if row is None or table is None or len([c for c in row if c.tag in ("td", "th")]) != 1:
        return None
    first_row = next(table.iter("tr"), None)
    if first_row is not row or not _looks_like_heading(cell, text):
        return None
    return table if _label_reason(text) == "comments" else None


def _block_of(el: HtmlElement | None) -> HtmlElement | None:
    """The nearest block element at or above ``el`` (a heading, a div), or None."""
    while el is not None and el.tag not in htmlblocks.BLOCK:
        el = el.getparent()
    return el if el is not None and el.tag != "body" else None


def _page_container(label: HtmlElement) -> HtmlElement:
    """The largest element that ``label`` opens and that holds no headline."""
    best = label
    node = label.getparent()
    while node is not None and node.tag not in ("body", "html"):
        first = next(htmlblocks.iter_blocks(node, leaves_only=True), None)
        if first is None or first[0] is not label and label not in first[0].iterancestors():
            break
        if next(node.iter("h1"), None) is not None:
            break
        best = node
        node = node.getparent()
    return best


#: Links holding blocks (a figure's caption inside one is the article's picture).
_CARD_LINKS = "//body//a[@href][.//div or .//p or .//h2 or .//h3 or .//h4][not(.//figcaption)]"
#: An image, a file or an anchor on the page: what a link to no other page holds.
_NOT_A_PAGE = re.compile(r"^#|\.(?:jpe?g|png|gif|webp|avif|svg|pdf)(?:\?|$)", re.IGNORECASE)


def drop_link_cards(root: HtmlElement) -> list[Removed]:
    """Take out the links that wrap a card of blocks: a preview of another page.

    A link whose content is two or more blocks of text (a headline, a
    summary, the publisher's name) is a teaser or a link preview ("bookmark
    card"), never a paragraph of the article, whatever the markup calls it.
    Extractors run such a card's blocks together into one line of the body.
    """
    removed: list[Removed] = []
    for link in root.xpath(_CARD_LINKS):
        if link.getparent() is None or _NOT_A_PAGE.search(link.get("href", "").strip()):
            continue
        blocks = [t for _, t in htmlblocks.iter_blocks(link, leaves_only=True)]
        if len(blocks) < 2:
            continue
        removed.append(Removed("\n".join(blocks), "related"))
        htmlblocks.drop(link)
    return removed


def drop_counters(root: HtmlElement) -> list[Removed]:
    """Take out a gallery's photo counter ("1/10") that its markup names a counter.

    A slideshow prints "<span class=abstract-index><em>1</em>/10</span>" at the
    head of the photo's caption; extractors glue it to the caption's first
    words ("1/10 当全世界…"). Only an element named for it goes: "1/2" alone
    may be a recipe's amount.
    """
    removed: list[Removed] = []
    for el in root.xpath(_COUNTERS):
        name = f"{el.get('class', '')} {el.get('id', '')}"
        match = lines.PHOTO_COUNT.fullmatch(" ".join(el.text_content().split()))
        if not (match and _COUNTER_NAME.search(name) and 0 < int(match[1]) <= int(match[2])):
            continue
        removed.append(Removed(match[0], "caption"))
        htmlblocks.drop(el)
    return removed


_COUNTERS = (
    "//body//*[self::span or self::div or self::p or self::em or self::b or self::strong]"
    "[@class or @id][string-length(normalize-space(.)) <= 12]"  # (names first: cheaper)
)
_COUNTER_NAME = re.compile(r"index|count|pag(?:e|ing|ination)|slide|current|position", re.I)


def drop_pull_quotes(root: HtmlElement) -> list[Removed]:
    """Take out a pull quote: a box that repeats a sentence of a paragraph, set beside it.

    Salzburger Nachrichten sets "Ein Obus, der alle zwanzig Minuten kommt …"
    with the speaker's name in an ``aside`` between two paragraphs, the
    second of which says it again in reported speech. Readability keeps the
    box, so the text reads the sentence twice. A quotation printed once (a
    blockquote of a letter, a post) is the text's and stays.
    """
    candidates = [
        el
        for el in root.xpath(_QUOTE_BOXES)
        if htmlblocks.word_count(el.text_content()) <= _PULL_QUOTE_MOST
    ]
    if not candidates:
        return []
    paragraphs = [(p, _plain(p.text_content())) for p in root.xpath("//body//p")]
    removed: list[Removed] = []
    for box in candidates:
        if box.getparent() is None or root not in box.iterancestors():
            continue
        inside = set(box.iter())
        quoted = max(
            (_plain(t) for _, t in htmlblocks.iter_blocks(box, leaves_only=True)),
            key=len,
            default="",
        )
        if len(quoted.split()) < _PULL_QUOTE_LEAST:
            continue
        grams = _word_grams(quoted)
        for p, text in paragraphs:
            if p in inside or text == quoted:
                continue
            if len(grams & _word_grams(text)) * 2 >= len(grams):  # (said again, or nearly)
                removed += _taken_out(box, "related")
                break
    return removed


def drop_teaser_boxes(root: HtmlElement) -> list[Removed]:
    """Take out a box set in the text that its markup names a teaser or a promotion.

    POLITICO sets a "pro-teaser" between two paragraphs: a label, a sentence
    of the subscribers' story that reads as prose, and "Get the full
    analysis…". Readability keeps whatever sits among the paragraphs; the
    box's name and its link out are what tell it apart. GZH sets its "Leia
    também" box and a newsletter's "Cadastre-se" between two paragraphs the
    same way; a box named only "related" or "newsletter" goes when it stands
    between paragraphs of prose, since the links under the text are what
    readability's readers expect to keep. A box long enough to be the
    article, or holding its headline, stays.
    """
    removed: list[Removed] = []
    for box in root.xpath(_TEASER_BOXES):
        if box.getparent() is None or root not in box.iterancestors():
            continue
        name = _TEASER_NAME.search(f"{box.get('class', '')} {box.get('id', '')}")
        if not name:
            continue
        if box.find(".//h1") is not None or not box.xpath(_TEASER_WAYS_OUT):
            continue
        if htmlblocks.word_count(box.text_content()) > _TEASER_WORDS:
            continue
        kind = name[0].casefold().strip(" _-")
        if kind in ("newsletter", "related") and not _among_paragraphs(box):
            continue  # (a list of links under the article may be what readability keeps)
        reason = "newsletter" if kind == "newsletter" else "related"
        removed += _taken_out(box, reason, loose=True)
    return removed


def _among_paragraphs(box: HtmlElement) -> bool:
    """Whether ``box`` stands between two paragraphs of prose of its container."""
    return all(
        any(
            el.tag == "p" and htmlblocks.word_count(el.text_content()) >= _PROSE_WORDS
            for el in box.itersiblings(preceding=preceding)
        )
        for preceding in (True, False)
    )


_PROSE_WORDS = 15
_TEASER_BOXES = "//body//*[self::aside or self::div or self::section or self::figure]"
#: "pro-teaser", "c-promo", "inline-teaser", "promo-box"; not "teaser-text" alone
#: (German pages call their standfirst the "Teaser", and it holds no link).
_TEASER_NAME = re.compile(
    r"(?:^|[\s_-])(?:teaser|promo|promobox)(?:$|[\s_-])|newsletter|related", re.I
)
_TEASER_WAYS_OUT = ".//a[@href] | .//button | .//form | .//input"
_TEASER_WORDS = 80


def _word_grams(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return set(zip(words, words[1:], words[2:], strict=False))


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


#: A pull quote's markup: an aside, or a box whose class names a quote (WordPress's
#: "wp-block-pullquote", "article-quote"); a bare blockquote quotes a source.
_QUOTE_BOXES = (
    "//body//aside | //body//*[self::div or self::figure or self::blockquote]"
    "[contains(@class, 'quote') or contains(@class, 'Quote')]"
)
_PULL_QUOTE_LEAST = 7  # words of the quoted sentence
_PULL_QUOTE_MOST = 60  # words of the box, the speaker's name and trade with it


def drop_popups(root: HtmlElement) -> list[Removed]:
    """Take out the panes a page shows only on demand: dialogs, flyouts, pop-ups, toasts.

    A share button's "A link has been posted to your Facebook feed", an
    upload form's "Your submission didn't go through": the page holds them
    hidden inside the article's container, and extractors read them as its
    first paragraphs. A pane long enough to be the article itself (a story
    opened in a lightbox) stays.
    """
    removed: list[Removed] = []
    panes = [el for el in root.xpath(_POPUP_PANES) if _POPUP_NAME.search(el.get("class", ""))]
    if not panes:
        return removed
    body = root.find("body")
    page = (body if body is not None else root).text_content()
    most = min(_POPUP_WORDS, _POPUP_SHARE * htmlblocks.word_count(page))
    for el in panes:
        if root not in el.iterancestors() or htmlblocks.word_count(el.text_content()) > most:
            continue  # inside a pane taken out already, or the article in a pane
        removed += _taken_out(el, "boilerplate")
    return removed


_POPUP_NAME = re.compile(
    r"(?:^|[\s_-])(?:modal|popup|pop-up|flyout|tooltip|toast|lightbox|dialog)(?:$|[\s_-])", re.I
)
_POPUP_PANES = (
    "//body//*[self::div or self::section or self::aside or self::form][@class][not(ancestor::p)]"
)
_POPUP_WORDS = 150
_POPUP_SHARE = 0.3  # of the page's words, at most: more is the article in a pane


def drop_paywall_offers(root: HtmlElement) -> list[Removed]:
    """Take out a subscription offer that cuts the article: its pitch, prices and buttons.

    Der Spiegel, Le Figaro, Corriere and FAZ close a paywalled text with a box
    ("Lesen Sie mit F+ weiter", "1€ al mese per 3 mesi", "Jetzt weiterlesen")
    whose one line every site words alike is the prompt to log in: "Sie sind
    bereits Abonnent?", "Déjà abonné ?", "Sei già abbonato?". The box is the
    largest element around that prompt that is still short and holds no
    paragraph of prose; extractors read its pitch as the article's last lines.
    """
    prompts: list[HtmlElement] = []
    # The page's text pieces, each read once (not every element's whole text, nested).
    for piece in root.xpath("//body//text()"):
        if not _SUBSCRIBER_PROMPT.search(piece):
            continue
        holder = piece.getparent()
        if piece.is_tail and holder is not None:
            holder = holder.getparent()  # the text after an element is its parent's
        if holder is not None and len(" ".join(holder.text_content().split())) <= _PROMPT_CHARS:
            prompts.append(holder)
    return _drop_boxes_around(root, prompts, _offer_sized)


def drop_appeals(root: HtmlElement) -> list[Removed]:
    """Take out a box that asks the reader for money: a membership or donation appeal.

    Vox closes its articles with "Here at Vox, we believe…", an editor's
    signature and "$10/month $60/year"; the Guardian and the ACLU set the same
    appeal in boxes their markup names for it ("contribution", "donation",
    "membership"). Its prose reads as the article's last paragraphs. A box
    long enough to be the article itself stays.
    """
    removed: list[Removed] = []
    for el in root.xpath(_APPEAL_BOXES):
        if root not in el.iterancestors() or not _APPEAL_NAME.search(el.get("class", "")):
            continue
        if htmlblocks.word_count(el.text_content()) > _APPEAL_WORDS or el.find(".//h1") is not None:
            continue
        removed += _taken_out(el, "newsletter")
    return removed


_APPEAL_NAME = re.compile(
    r"(?:^|[\s_-])(?:contributions?|donations?|donate|membership)(?:$|[\s_-])"
    # "support-cta" (The Kyiv Independent's "Become a member" box), Ghost's call-to-action
    # card "kg-cta-card"
    r"|(?:^|[\s_])(?:support-(?:cta|us|box|banner|module)|kg-cta-card)(?:$|[\s_])"
)
_APPEAL_BOXES = "//body//*[self::div or self::section or self::aside][@class][not(ancestor::p)]"
_APPEAL_WORDS = 300


def drop_standfirsts(root: HtmlElement, descriptions: list[str]) -> list[Removed]:
    """Take out the standfirst printed over the article, when the page declares it too.

    Haaretz's ``<p class="article-subtitle">`` and the Tages-Anzeiger's
    ``<p class="ContentHead_lead__…">`` stand in the article's head and say
    word for word what the page's description says: the subtitle, not the
    text's first paragraph (the article's subtitle field holds it). A block
    the markup does not name a standfirst stays, even when the description
    repeats it: agencies describe a story by its first paragraph.
    """
    wanted = {" ".join(d.split()).casefold() for d in descriptions if len(d.split()) >= 4}
    if not wanted:
        return []
    for el in root.xpath("//body//*[self::p or self::div or self::h2][not(ancestor::p)]"):
        text = " ".join(el.text_content().split())
        if text.casefold() not in wanted:
            continue
        if not (_named_standfirst(el) or _lead_in_head(el)):
            continue
        htmlblocks.drop(el)
        return [Removed(text, "subtitle")]
    return []


def _named_standfirst(el: HtmlElement) -> bool:
    """Whether ``el`` or its parent is named a standfirst by its markup."""
    return any(
        htmlblocks.STANDFIRST_MARKUP.search(f"{n.get('class', '')} {n.get('id', '')}")
        for n in (el, el.getparent())
        if n is not None
    )


def _lead_in_head(el: HtmlElement) -> bool:
    """A "lead" in the article's head ("ContentHead_lead"): the standfirst, not a リード."""
    if "lead" not in el.get("class", "").casefold():
        return False
    return any(
        a.tag == "header" or re.search(r"head(?!line)", a.get("class", ""), re.IGNORECASE)
        for a in [el, *el.iterancestors()]
        if a.tag not in ("body", "html")
    )


def drop_signup_boxes(root: HtmlElement) -> list[Removed]:
    """Take out a newsletter's sign-up box: its name, pitch, field, button and fine print.

    The Atlantic sets "The Wonder Reader", a sentence on what it brings, a
    button and "By signing up, you agree to our Privacy Policy…" in a box
    between two paragraphs; the lexicon knows the button and the fine print,
    not the name and the pitch. The email field or the fine print finds the
    box, and the box is the largest element around it that stays short and
    holds no paragraph of the article's length.
    """
    found = list(root.xpath(_EMAIL_FIELDS)) + [
        el
        for el in root.xpath(_FINE_PRINT_HOLDERS)
        if len(el.text_content()) <= _FINE_PRINT_CHARS
        and boilerplate.long_reason(" ".join(el.text_content().split())) == "newsletter"
    ]
    return _drop_boxes_around(root, found, _signup_sized)


def _drop_boxes_around(
    root: HtmlElement, found: list[HtmlElement], fits: Callable[[HtmlElement], bool]
) -> list[Removed]:
    """Take out, around each element found, the largest element that still ``fits`` a box.

    The page's body, article and main element are never a box; an element
    found inside a box taken out already is passed over.
    """
    removed: list[Removed] = []
    for el in found:
        if root not in el.iterancestors():
            continue  # inside a box taken out already
        box = None
        for up in itertools.chain([el], el.iterancestors()):
            if up.tag in ("body", "html", "article", "main") or not fits(up):
                break
            box = up
        if box is not None:
            removed += _taken_out(box, "newsletter", whole=True)
    return removed


def _taken_out(
    el: HtmlElement, reason: str, *, whole: bool = False, loose: bool = False
) -> list[Removed]:
    """Drop ``el`` and say what went: its blocks one a line, else its text if ``whole``.

    A box whose text sits in no block of its own (a bare ``<div>`` of words)
    is still worth naming in the Original view when the caller asks; a box's
    loose text (a "Subscribe" link after its paragraph) too, if ``loose``.
    """
    blocks = [t for _, t in htmlblocks.iter_blocks(el, leaves_only=not loose)]
    text = "\n".join(blocks) or (" ".join(el.text_content().split()) if whole else "")
    htmlblocks.drop(el)
    return [Removed(text, reason)] if text else []


def _signup_sized(el: HtmlElement) -> bool:
    if htmlblocks.word_count(el.text_content()) > _SIGNUP_WORDS:
        return False
    if sum(1 for _ in el.iter("a")) > _SIGNUP_LINKS:
        return False  # a menu, a header's bar: the box's terms and button are a few links
    return all(
        htmlblocks.word_count(b.text_content()) < _ARTICLE_PARAGRAPH_WORDS
        for b in el.iter("p", "li", "blockquote")
    )


_EMAIL_FIELDS = "//body//input[@type='email']"
_FINE_PRINT_HOLDERS = "//body//*[self::p or self::small or self::span or self::li]"
_FINE_PRINT_CHARS = 400
_SIGNUP_WORDS = 80
_SIGNUP_LINKS = 4
_ARTICLE_PARAGRAPH_WORDS = 40  # a block this long in the box: the article's paragraph


def _offer_sized(el: HtmlElement) -> bool:
    """Whether an element is short enough for an offer box and holds no paragraph of the text.

    The box's pitch may run to a sentence or two, but it speaks of access,
    subscriptions and prices; a paragraph of some length that does not is
    the article's, and the element holding it is more than the box.
    """
    if htmlblocks.word_count(el.text_content()) > _OFFER_WORDS:
        return False
    for block in el.iter("p", "li", "h2", "h3", "blockquote"):
        text = block.text_content()
        if htmlblocks.word_count(text) >= _PITCH_WORDS and not _OFFER_WORDING.search(text):
            return False
    return True


#: "Already a subscriber? Log in" in the languages served: the line of an offer box.
_SUBSCRIBER_PROMPT = re.compile(
    r"\balready (?:a )?(?:subscriber|subscribed|have (?:a |an )?(?:subscription|account))"
    r"|\b(?:bereits|schon) (?:abonnent|ein abo|abonniert)|\bhaben sie (?:bereits|schon) ein abo"
    r"|\bd[ée]j[àa] abonn[ée]|\bgi[àa] abbonat[oa]|\bya (?:eres|soy) (?:suscriptor|socio|abonado)"
    r"|\bya tienes una suscripci[oó]n|\bj[áa] (?:é|sou) assinante|\bal abonnee"
    r"|すでに(?:会員|購読)|有料会員の方は|已(?:是|经是)(?:会员|订户)"
    # Norwegian, Danish, Swedish, Polish, Japanese ("members log in here"), Korean
    r"|\ballerede (?:abonnent|kunde)|\bredan (?:prenumerant|kund)|\b(?:masz|jesteś) już"
    r"|^会員の方は|이미 (?:구독|회원)",
    re.IGNORECASE,
)
_PROMPT_CHARS = 120
#: What a subscription offer's pitch speaks of: subscribing, access, reading on, prices.
_OFFER_WORDING = re.compile(
    r"abonn|abo\b|subscri|suscri|assina|abbona|[€$£]|\b(?:euro|eur)\b|weiterlesen|zugang"
    r"|acc[eè]s|acceso|accesso|access\b|unlimited|illimit|ilimitad|lire la suite|read on\b"
    r"|continue reading|seguir leyendo|continuare a leggere|会員|購読|订阅|会员"
    r"|prenumer|tilgang|kjøp|subskryp|구독",
    re.IGNORECASE,
)
_OFFER_WORDS = 150
_PITCH_WORDS = 15  # words of a block that must speak of the offer, from this many


__all__ = [
    "cut_sections",
    "drop_appeals",
    "drop_comment_sections",
    "drop_pull_quotes",
    "drop_teaser_boxes",
    "drop_link_cards",
    "drop_paywall_offers",
    "drop_signup_boxes",
    "drop_popups",
]
