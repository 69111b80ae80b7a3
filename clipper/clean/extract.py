"""Finding the article body in a whole page: two extractors, fused by rules.

trafilatura finds the most article text but also keeps what follows it on
the page (teasers of other stories, slide shows, "most read" lists);
readability-lxml stops more cleanly at the article's edges but sometimes
loses a stretch of it or picks the wrong block. Each rule below was measured
on the tuning corpus (``benchmarks/clean_quality.py``) and can be said in a
line:

1. When readability's text lies inside trafilatura's (and is not a mere
   quarter of it: then readability picked one block among many), the article is the
   stretch of trafilatura's blocks where readability's blocks outweigh the
   others (the maximum-sum run, a block weighing its length, plus when
   readability kept it, minus half of it when not, plus a quarter when it
   reads as prose): the rest is page furniture, while blocks readability
   missed inside that stretch are kept.
2. When trafilatura's text lies inside readability's and readability's is
   longer, readability found more of the same article: take it.
3. Otherwise the two disagree on what the article is: trust trafilatura.

Under rules 1 and 3, when readability's text lies mostly inside
trafilatura's, a list readability kept between two paragraphs both kept and
trafilatura dropped goes back after the first of them (``_with_lists``).
trafilatura also drops every figure's caption while keeping its image; the
caption goes back under the image (``_with_captions``).
"""

from __future__ import annotations

import copy
import html
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from readability.readability import Unparseable
from trafilatura.htmlprocessing import build_html_output
from trafilatura.metadata import Document as ExtractedDocument
from trafilatura.settings import use_config

from clipper.clean import htmlblocks, readable, sanitize

_INSIDE = 0.75  # share of readability's word 3-grams found in trafilatura's (rule 1)
_INSIDE_OTHER = 0.85  # share of trafilatura's 3-grams found in readability's (rule 2)
_BLOCK_KEPT = 0.5  # share of a block's 3-grams readability kept
_LIST_TAGS = frozenset({"li", "ul", "ol"})
#: Where an image sits in a paragraph or a link, its caption goes after that block.
_INLINE = frozenset({"p", "a", "span", "b", "strong", "i", "em", "div"})
_MISSING = 0.1  # at most this share of a list's 3-grams in trafilatura's text: it dropped it
#: Below this share of trafilatura's text, readability's pick is one block
#: among many alike (an entry of a live blog, one component of a page built
#: of components), not the article (rule 1 does not apply).
_PICKED_ONE = 0.25
#: A block readability missed reads as prose at this length, with a sentence
#: end and under this share of link text; it then pulls for the span this much.
#: A Chinese or Japanese character counts as three Latin ones, as it carries
#: about as much: a 40-character lead paragraph is a whole sentence.
_PROSE_CHARS = 100
_CJK_CHAR_WEIGHT = 3
_PROSE_LINKS = 0.2
_PROSE_PULL = 0.25
_SENTENCE_ENDS = frozenset('.!?。！？"”’»」')
#: Lines in trafilatura's one-paragraph fallback that show it is the page run together.
_RUN_LINES = 3
#: trafilatura gives up on its extraction below 250 characters and returns the
#: page's whole text run together in one paragraph (its "baseline"). A short
#: Chinese or Japanese article is that long, and a how-to page's steps can
#: fall below it; readability, run beside it, covers a failed extraction
#: better than that flattened page does, so the bar is lower.
_TRAFILATURA_CONFIG = use_config()
_TRAFILATURA_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
#: Below this many characters of text, trafilatura's fast mode is doubtful
#: (it missed the article, or the page is a stub) and its whole cascade runs.
_SHORT = 1000


@dataclass(frozen=True)
class Body:
    """The body as sanitised HTML, and which rule made it (for the benchmark)."""

    html: str
    rule: str


def extract_body(tree: HtmlElement, base_url: str | None) -> Body:
    """The article body of a parsed page, fused from trafilatura and readability."""
    body = _fused(tree, base_url)
    body = _with_stacked_siblings(tree, body)
    return Body(_with_lead(tree, body.html), body.rule)


#: Paragraphs in stacks of the same shape, counting the one found, that make the article.
_STACKED_PARAGRAPHS = 3


def _with_stacked_siblings(tree: HtmlElement, body: Body) -> Body:
    """One paragraph found, whose wrapper stack has siblings of its shape: all of them.

    A page whose paragraphs each sit in a stack of bare elements
    (``<div><div><div>text</div></div></div>``) straight under a common
    parent defeats both extractors: each scores one stack and keeps it. When
    the body is that one paragraph, the unbroken run of stacks of the same
    shape around it, each holding a sentence of 100 characters or more, is
    the article.
    """
    if not body.html:
        return body
    root = lxml.html.fragment_fromstring(body.html, create_parent="div")
    leaves = list(itertools.islice(htmlblocks.iter_blocks(root, leaves_only=True), 2))
    if len(leaves) != 1:
        return body
    key = " ".join(leaves[0][1].split())
    holder = _holder_of(tree, key)
    if holder is None:
        return body
    top = holder
    while (up := top.getparent()) is not None and up.tag not in ("body", "html"):
        if len(up) != 1 or (up.text or "").strip() or (top.tail or "").strip():
            break
        top = up
    if top is holder:
        return body  # a paragraph of its own: the extractors weighed its siblings
    shape = _stack_shape(top)
    run = [top]
    for step in ("getprevious", "getnext"):
        sibling = getattr(top, step)()
        while sibling is not None and _stack_shape(sibling) == shape:
            text = " ".join(sibling.text_content().split())
            if not text or text[-1] not in _SENTENCE_ENDS or len(text) < _PROSE_CHARS:
                break
            if step == "getprevious":
                run.insert(0, sibling)
            else:
                run.append(sibling)
            sibling = getattr(sibling, step)()
    if len(run) < _STACKED_PARAGRAPHS:
        return body
    paragraphs = "".join(f"<p>{html.escape(' '.join(el.text_content().split()))}</p>" for el in run)
    return Body(sanitize.sanitize(paragraphs), body.rule + "+stacks")


def _holder_of(tree: HtmlElement, key: str) -> HtmlElement | None:
    """The deepest element whose text is ``key``: its own text opens it, its whole text is it.

    Only elements whose own text is the start of ``key`` are read whole, so a
    big page is not read once per element.
    """
    for el in tree.iter():
        own = " ".join((el.text or "").split()) if isinstance(el.tag, str) else ""
        if own and key.startswith(own) and " ".join(el.text_content().split()) == key:
            return el
    return None


def _stack_shape(el: HtmlElement) -> tuple[str, ...]:
    """The tags of a stack of single children, from ``el`` down to the text's holder."""
    tags: list[str] = []
    while isinstance(el.tag, str):
        tags.append(el.tag)
        children = [c for c in el if isinstance(c.tag, str)]
        if len(children) != 1 or (el.text or "").strip() or (children[0].tail or "").strip():
            break  # the text's holder: its own words, or links among them
        el = children[0]
    return tuple(tags)


def _fused(tree: HtmlElement, base_url: str | None) -> Body:
    main = _trafilatura(tree, base_url)
    other = _readability(tree, base_url)
    if not other:
        return Body(main, "trafilatura")
    if not main:
        return Body(other, "readability")
    if _run_together(main) and not _run_together(other):
        return Body(other, "readability")
    main_text, other_text = sanitize.html_to_text(main), sanitize.html_to_text(other)
    main_grams, other_grams = htmlblocks.shingle_set(main_text), htmlblocks.shingle_set(other_text)
    if not main_grams or not other_grams:
        return Body(main or other, "trafilatura")
    other_in_main = _share_inside(other_grams, main_grams)
    main_in_other = _share_inside(main_grams, other_grams)
    if other_in_main >= _INSIDE and _PICKED_ONE * len(main_text) <= len(other_text) < len(
        main_text
    ):
        return Body(_with_lists(_span(main, other_grams), other, main_grams), "span")
    if main_in_other >= _INSIDE_OTHER and len(other_text) > len(main_text):
        return Body(other, "readability")
    if other_in_main >= _INSIDE:  # the two agree on the article: a list only one has was dropped
        return Body(_with_lists(main, other, main_grams), "trafilatura")
    return Body(main, "trafilatura")


#: Words (or CJK characters / 2) of the body's first paragraph that surely is text.
_LEAD_PROBE_WORDS = 8
_LEAD_CHARS = 40  # a lead paragraph's length at least (a byline or a date line is shorter)
_LEAD_CJK = 15
_BYLINE_START = re.compile(r"(?i:by|von|par|por|di)\s+[A-ZÀ-Ý]")
_NOT_LEAD = ("header", "figure", "figcaption", "aside", "nav", "footer", "form")


def _with_lead(tree: HtmlElement, body_html: str) -> str:
    """The body with the article's lead paragraph set above its container, put back first.

    Japanese and other papers print the lead (リード) inside the article element
    but outside the container of the rest of the text; both extractors take
    the container alone and lose it. A paragraph of the same ``<article>``,
    before the body's first one and outside its header, figures and asides,
    that reads as a sentence, is the text's own.
    """
    if not body_html:
        return body_html
    root = lxml.html.fragment_fromstring(body_html, create_parent="div")
    first_el, first = next(
        (
            (el, text)
            for el, text in htmlblocks.iter_blocks(root)
            if htmlblocks.word_count(text) >= _LEAD_PROBE_WORDS
            and el.tag == "p"
            and text[-1] in _SENTENCE_ENDS
        ),
        (None, None),
    )
    if first_el is None or first is None:
        return body_html
    probe = first[:40]
    start = next(
        (
            p
            for p in tree.iter("p")
            if " ".join(htmlblocks.visible_text(p).split()).startswith(probe)
        ),
        None,
    )
    article = next(start.iterancestors("article"), None) if start is not None else None
    if article is None:
        return body_html
    body_key = " ".join(sanitize.html_to_text(body_html).split())
    leads: list[HtmlElement] = []
    for el in article.iter("p", "figcaption"):
        if el is start:
            break
        text = " ".join(htmlblocks.visible_text(el).split())
        if not text or text in body_key:
            continue
        if el.tag == "figcaption":
            if leads and not _inside_furniture(el.getparent(), article):
                leads.append(_copy_of("figcaption", text))  # the lead's photo, under it
        elif (
            (len(text) >= _LEAD_CHARS or htmlblocks.cjk_chars(text) >= _LEAD_CJK)
            and text[-1] in _SENTENCE_ENDS
            and not _BYLINE_START.match(text)  # "By Alex Heath, a deputy editor ..."
            and not _inside_furniture(el, article)
            and not _in_standfirst(el, article)
        ):
            leads.append(_copy_of("p", text))
    for lead in leads:  # just above the text's first paragraph, under its headline
        if lead.tag == "figcaption":
            figure = lxml.html.Element("figure")
            figure.append(lead)
            lead = figure
        first_el.addprevious(lead)
    return sanitize.sanitize(htmlblocks.inner_html(root)) if leads else body_html


def _in_standfirst(el: HtmlElement, article: HtmlElement) -> bool:
    """Whether ``el`` sits in a box its markup calls a standfirst (below ``article``)."""
    for node in [el, *el.iterancestors()]:
        if node is article:
            return False
        if htmlblocks.STANDFIRST_MARKUP.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _copy_of(tag: str, text: str) -> HtmlElement:
    el = lxml.html.Element(tag)
    el.text = text
    return el


def _inside_furniture(el: HtmlElement, article: HtmlElement) -> bool:
    """Whether ``el`` sits in the article's header, a figure or an aside (below ``article``).

    Or in a box whose markup names furniture: Gizmodo's article element
    holds a "sidebar-module" with the blog's tagline in a paragraph.
    """
    if htmlblocks.markup_reason(el) not in _LEAD_REASONS:
        return True
    for ancestor in el.iterancestors():
        if ancestor is article:
            return False
        if ancestor.tag in _NOT_LEAD or htmlblocks.markup_reason(ancestor) not in _LEAD_REASONS:
            return True
    return False


#: Reasons a lead's own markup or its box's may give: a caption's box holds the lead's photo.
_LEAD_REASONS = frozenset({None, "caption"})


def _run_together(body_html: str) -> bool:
    """Whether a body is one paragraph of many lines: trafilatura's fallback.

    When its extractors find too little, trafilatura returns the page's whole
    text in a single paragraph, one line per element (headline, byline, share
    buttons, labels and all); that is never an article readability found in
    paragraphs of its own.
    """
    root = lxml.html.fragment_fromstring(body_html, create_parent="div")
    blocks = list(itertools.islice(htmlblocks.iter_blocks(root, leaves_only=True), 2))
    return len(blocks) == 1 and blocks[0][0].text_content().strip().count("\n") >= _RUN_LINES


def _trafilatura(tree: HtmlElement, base_url: str | None) -> str:
    """Trafilatura's body: its fast mode, or its whole cascade when that finds little.

    The cascade re-runs its own copy of readability and jusText after the main
    extractor; readability we run anyway (see ``extract_body``), and the rest
    only changes the answer when the main extractor comes back nearly empty.
    """
    captions = _captions(tree)
    extracted = _trafilatura_html(tree, base_url, fast=True, captions=captions)
    if len(sanitize.html_to_text(extracted)) < _SHORT:
        extracted = _trafilatura_html(tree, base_url, fast=False, captions=captions) or extracted
    return extracted


def _trafilatura_html(
    tree: HtmlElement,
    base_url: str | None,
    *,
    fast: bool,
    captions: dict[str, HtmlElement] | None = None,
) -> str:
    # bare_extraction copies the tree itself and, unlike extract(), does not
    # compute a similarity fingerprint of the text.
    document = trafilatura.bare_extraction(
        tree,
        url=base_url,
        fast=fast,
        output_format="html",
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_links=True,
        include_formatting=True,
        deduplicate=False,
        config=_TRAFILATURA_CONFIG,
    )
    if not isinstance(document, ExtractedDocument) or document.body is None:
        return ""
    # trafilatura's own HTML output turns every list into <ul>, losing the
    # numbers of a numbered list; its XML still says which it was.
    for numbered in document.body.iter("list"):
        if numbered.get("rend") == "ol":
            numbered.tag = "ol"
            for item in numbered.iterchildren("item"):
                item.tag = "li"
    # Its HTML output makes every <code> a <pre>, so inline code ("the keyword
    # <code>defer</code>, which…") split its paragraph in three.
    for code in document.body.iter("code"):
        parent = code.getparent()
        if (
            parent is not None
            and parent is not document.body
            and "\n" not in "".join(code.itertext())
        ):
            code.tag = _INLINE_CODE
    extracted = build_html_output(document).replace(f"<{_INLINE_CODE}", "<code")
    extracted = unicodedata.normalize("NFC", extracted.replace(f"</{_INLINE_CODE}>", "</code>"))
    if extracted and captions:
        extracted = _with_captions(extracted, captions)
    return sanitize.sanitize(extracted, base_url=base_url) if extracted else ""


#: An inline code element's tag while trafilatura turns its XML into HTML.
_INLINE_CODE = "clipper-inline-code"


def _image_key(address: str) -> str:
    """An image address without its scheme and host, as both a page and trafilatura may write it."""
    parts = urlsplit(address.strip())
    return parts.path + ("?" + parts.query if parts.query else "")


def _captions(tree: HtmlElement) -> dict[str, HtmlElement]:
    """The page's figure captions, by the address of each image they caption.

    Every address-like attribute counts (``src``, ``data-src``...): lazy
    loading puts the real address in any of them, and trafilatura picks one.
    """
    found: dict[str, HtmlElement] = {}
    for caption in tree.iter("figcaption"):
        figure = next(caption.iterancestors("figure"), None)
        if figure is None or not " ".join(caption.text_content().split()):
            continue
        for image in figure.iter("img"):
            for value in image.attrib.values():
                if "/" in value and " " not in value.strip():
                    found.setdefault(_image_key(value), caption)
    return found


def _with_captions(extracted: str, captions: dict[str, HtmlElement]) -> str:
    """The body trafilatura found, with each kept image's caption back under it.

    A caption trafilatura kept as text of its own is not added twice.
    """
    root = lxml.html.fragment_fromstring(extracted, create_parent="div")
    have = _letters(root.text_content())
    added = False
    for image in list(root.iter("img")):
        caption = captions.get(_image_key(image.get("src") or ""))
        if caption is None:
            continue
        text = _letters(caption.text_content())
        if text in have:
            continue
        _put_after(image, root, _INLINE, caption)
        have += text
        added = True
    return htmlblocks.inner_html(root) if added else extracted


def _letters(text: str) -> str:
    """Text as letters and digits alone: blocks run together with or without a space."""
    return "".join(ch for ch in text if ch.isalnum())


def _readability(tree: HtmlElement, base_url: str | None) -> str:
    # No url: readability would rewrite every link of the page absolute, while
    # ``sanitize`` does it for the few links of the body alone.
    try:
        summary = readable.FastDocument(copy.deepcopy(tree)).summary(html_partial=True)
    except (Unparseable, ValueError, TypeError, etree.LxmlError):
        return ""
    return sanitize.sanitize(summary, base_url=base_url)


def _share_inside(part: Counter[tuple[str, ...]], whole: Counter[tuple[str, ...]]) -> float:
    total = sum(part.values())
    return sum((part & whole).values()) / total if total else 0.0


def _span(main_html: str, kept: Counter[tuple[str, ...]]) -> str:
    """``main_html`` without the blocks before the first and after the last kept one."""
    root = lxml.html.fragment_fromstring(main_html, create_parent="div")
    # Loose text beside blocks (links in a table cell after a heading) must be
    # weighed and dropped like a block: a sidebar of bare links stayed otherwise.
    runs = htmlblocks.wrap_loose_runs(root)
    blocks = list(htmlblocks.iter_blocks(root, leaves_only=True))
    weights = [_weight(el, text, kept) for el, text in blocks]
    if not any(w > 0 for w in weights):
        return main_html
    first, last = _heaviest_run(weights)
    first = _key_points_before(blocks, first)
    for index, (el, _) in enumerate(blocks):
        if (index < first or index > last) and el.getparent() is not None:
            el.drop_tree()
    htmlblocks.unwrap(runs)
    return sanitize.sanitize(
        (root.text or "")
        + "".join(etree.tostring(c, encoding="unicode", method="html") for c in root)
    )


def _key_points_before(blocks: list[tuple[HtmlElement, str]], first: int) -> int:
    """The span's first block moved up over a "Key points" box right above it.

    A live page sets its summary ("Key points" over four sentences as list
    items) above the entries, in a box of its own; readability takes the
    entries' container alone, so the span started under the summary.
    """
    i = first
    while i > 0 and blocks[i - 1][0].tag == "li" and htmlblocks.word_count(blocks[i - 1][1]) >= 5:
        i -= 1
    if first - i < 2 or i == 0:
        return first
    heading, text = blocks[i - 1]
    if heading.tag in ("h2", "h3", "h4", "p", "strong") and _KEY_POINTS.fullmatch(text.strip()):
        return i - 1
    return first


#: The label over a story's summary, in the languages the lexicon reads.
_KEY_POINTS = re.compile(
    r"(?:key (?:points|facts|takeaways)|at a glance|highlights|in brief|in short|what we know"
    r"|l['’]essentiel|à retenir|les points clés|en bref|das wichtigste(?: in kürze)?"
    r"|auf einen blick|in kürze|lo (?:más importante|esencial)|claves|en resumen|in breve"
    r"|in sintesi|i punti chiave|要点|ポイント|划重点|重点)\s*:?",
    re.IGNORECASE,
)


def _with_lists(main_html: str, other_html: str, main_grams: Counter[tuple[str, ...]]) -> str:
    """``main_html`` with the lists and headings readability kept between paragraphs put back.

    trafilatura drops a list of short items it takes for links (a table-layout
    blog's lists, items without a full stop), and headings whose text sits in a
    ``span`` (Baijiahao's "一、…" section heads); when readability has them
    between two paragraphs trafilatura kept too, they go back after the first.
    """
    other = lxml.html.fragment_fromstring(other_html, create_parent="div")
    leaves = list(htmlblocks.iter_blocks(other, leaves_only=True))
    found = [_share_inside(htmlblocks.shingle_set(text), main_grams) for _, text in leaves]
    main: HtmlElement | None = None
    main_letters = ""
    placed: dict[int, HtmlElement] = {}  # what went back after each anchor, last
    dropped = "(.//ul | .//ol)[not(ancestor::ul or ancestor::ol)] | .//h2 | .//h3 | .//h4"
    for el in other.xpath(dropped):
        inside = [
            i for i, (leaf, _) in enumerate(leaves) if leaf is el or el in leaf.iterancestors()
        ]
        if not inside:
            continue
        if main is None:
            main = lxml.html.fragment_fromstring(main_html, create_parent="div")
            main_letters = _letters(main.text_content())
        if not _dropped_by_main(el, main_grams, main_letters):
            continue
        before = [i for i in range(inside[0]) if found[i] >= _BLOCK_KEPT]
        after = [i for i in range(inside[-1] + 1, len(leaves)) if found[i] >= _BLOCK_KEPT]
        if not before or not after:
            continue  # a list at the edge of readability's pick: a box of links
        anchor = _best_match(main, leaves[before[-1]][1])
        if anchor is not None:  # after the list the paragraph ends, not inside it
            # (a heading and the list under it, both dropped, go back in their order)
            last = placed.get(id(anchor))
            placed[id(anchor)] = _put_after(
                last if last is not None else anchor, main, _LIST_TAGS, el
            )
    if not placed or main is None:
        return main_html
    return sanitize.sanitize(htmlblocks.inner_html(main))


def _dropped_by_main(
    el: HtmlElement, main_grams: Counter[tuple[str, ...]], main_letters: str
) -> bool:
    """Whether trafilatura's text lacks a list or heading readability kept.

    Its word 3-grams are missing; in Chinese or Japanese, where a 3-gram is
    three characters the text around may share, none of its items is there whole.
    """
    text = " ".join(el.text_content().split())
    is_list = el.tag in ("ul", "ol")
    if is_list and _share_inside(htmlblocks.shingle_set(text), main_grams) <= _MISSING:
        return True  # (a heading in Latin letters trafilatura dropped was mostly a widget's)
    items = el.xpath("./li") if is_list else [el]
    wholes = [_letters(item.text_content()) for item in items]
    return all(w and _CJK_TEXT.search(w) and w not in main_letters for w in wholes)


_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _put_after(
    anchor: HtmlElement, root: HtmlElement, through: frozenset[str], el: HtmlElement
) -> HtmlElement:
    """A copy of ``el`` after ``anchor``, or after the ``through`` elements that hold it."""
    while (up := anchor.getparent()) is not None and up is not root and up.tag in through:
        anchor = up
    copied = copy.deepcopy(el)
    copied.tail = None
    anchor.addnext(copied)
    return copied


def _best_match(root: HtmlElement, text: str) -> HtmlElement | None:
    """The block of ``root`` that shares the most word 3-grams with ``text``."""
    want = htmlblocks.shingle_set(text)
    best, best_share = None, _BLOCK_KEPT
    for el, own in htmlblocks.iter_blocks(root, leaves_only=True):
        share = _share_inside(want, htmlblocks.shingle_set(own))
        if share >= best_share:
            best, best_share = el, share
    return best


def _heaviest_run(weights: list[int]) -> tuple[int, int]:
    """First and last index of the run with the largest sum (Kadane)."""
    best, best_span = weights[0], (0, 0)
    total, start = 0, 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, index)
    return best_span


def _block_kept(text: str, kept: Counter[tuple[str, ...]]) -> bool:
    grams = htmlblocks.shingle_set(text)
    if not grams:
        return False
    return sum(1 for g in grams if g in kept) >= _BLOCK_KEPT * len(grams)


def _reading_length(text: str) -> float:
    cjk = htmlblocks.cjk_chars(text)
    return len(text) - cjk + cjk * _CJK_CHAR_WEIGHT


def _weight(el: HtmlElement, text: str, kept: Counter[tuple[str, ...]]) -> int:
    """A block's pull on the span: for it when readability kept it, else against it.

    A block readability missed pulls against the span when it looks like page
    furniture, but a little for it when it reads as prose (long enough, ends
    a sentence, few links): readability's pick may be a few entries of a live
    blog whose other entries are as much the article.
    """
    if _block_kept(text, kept):
        return len(text)
    if (
        _reading_length(text) >= _PROSE_CHARS
        and text.rstrip()[-1:] in _SENTENCE_ENDS
        and htmlblocks.link_share(el) < _PROSE_LINKS
    ):
        return int(len(text) * _PROSE_PULL)
    return -len(text) // 2
