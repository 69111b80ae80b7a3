"""Cleaning HTML: a whole page, or the fragment a user selected and copied.

A saved page is mostly not the article (menus, teasers, share bars, comments),
so its body is found by trafilatura, the strongest open-source extractor, and
then trimmed of the title, byline and date lines it tends to keep. A fragment
from the clipboard's text/html flavour is the user's own selection: it is
already the article and only obvious widgets (share buttons, scripts, ads) are
taken out of it, with the lines above its text that the plain-text rules read
as its header (byline, date, buttons, captions; see ``selection``). A
select-all copy of a page whose menus are not in ``<nav>`` is a page, and is
cleaned as one. Both end in the same ``Article``: sanitised HTML, its text,
metadata with every candidate, and the blocks removed with a reason each.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable, Iterable

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from clipper.clean import (
    boilerplate,
    edges,
    extract,
    headerlines,
    htmlblocks,
    lang,
    lines,
    metadata,
    sanitize,
    sections,
    selection,
    textmeta,
)
from clipper.clean import dates as textdates
from clipper.errors import InputError
from clipper.model import Article, Removed

#: Characters that carry nothing but can flood a page (zero-width space,
#: word joiner, BOM, Mongolian vowel separator, soft hyphen), and those XML
#: (so lxml) cannot hold: taken out of a page in one pass.
_STRIPPED = re.compile(
    "[\u200b\u2060\ufeff\u180e\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]+"
)
_FRAGMENT_MARKS = re.compile(
    r"<!--\s*StartFragment\s*-->(.*?)<!--\s*EndFragment\s*-->", re.S | re.I
)
_PAGE_SIGNS = re.compile(
    r"<(?:!doctype|head[\s>]|title[\s>]|link\s|meta\s+(?:name|property))", re.I
)
_JUNK_CONTENT = re.compile(r"<(script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAGS = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|blockquote|pre|table|tr|br|hr)\b[^>]*>", re.I)
#: Beyond this size the junk (scripts, styles, inline SVG) is stripped before parsing.
_BIG = 2_000_000
#: Beyond this size (after stripping junk) only the start of a page is read:
#: two million characters is some 300,000 words, far beyond any article, and
#: keeps the worst page within a few seconds and a few hundred MB.
_HUGE = 2_000_000
_EXCERPT = 300
_NEVER_TEXT = ("script", "style", "noscript", "template", "svg")


def clean_html(html: str, url: str | None = None) -> Article:
    """Clean a web page or a copied HTML fragment into an article.

    Args:
        html: The page's source, or the clipboard's text/html flavour.
        url: Where it came from, when known: it resolves relative links and
            is a last source for the site name and date.

    Raises:
        InputError: there is no text in it at all.
    """
    html = _STRIPPED.sub("", html or "")
    fragment = _fragment_of(html)
    if fragment is not None:
        return _clean_fragment(fragment, url)
    return _clean_page(parse(html), url)


# -- parsing -------------------------------------------------------------------


def _fragment_of(html: str) -> str | None:
    """The selection if ``html`` is a clipboard fragment, else None (a page)."""
    marked = _FRAGMENT_MARKS.search(html[:_HUGE])
    if marked and _clipboard_marks(html, marked):
        return marked.group(1)
    head = html[:20000]
    if _PAGE_SIGNS.search(head):
        return None
    return html


def _clipboard_marks(html: str, marked: re.Match[str]) -> bool:
    """Whether the fragment markers are the clipboard's, not strays in a page.

    A clipboard holds text only between its markers: around them are the
    selection's ancestors' tags and, from a word processor, a head of styles.
    Editors who paste into a news site's CMS leave markers in the article, so
    a page with text outside them is a page (a Chinese portal's article held
    a stray pair around its headline, and only that was kept).
    """
    outside = html[: marked.start()] + html[marked.end() : _HUGE]
    outside = _OUTSIDE_JUNK.sub(" ", outside)
    outside = re.sub(r"<[^>]*>|&\w+;|\s+", "", outside)
    return len(outside) <= _CLIPBOARD_OUTSIDE


#: The head, scripts, styles and comments hold no text a reader sees.
_OUTSIDE_JUNK = re.compile(
    r"<(head|script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
#: Characters of visible text a clipboard may hold outside its markers (a
#: stray "Menu" from a selection's ancestors, a word processor's title).
_CLIPBOARD_OUTSIDE = 200


def parse(html: str) -> HtmlElement:
    """Parse ``html`` into a tree that holds all of its text, whatever its shape.

    libxml2 stops descending at 256 levels and drops what lies deeper (it says
    so in the parser's error log); then the nesting tags are taken out and the
    page is parsed again flat.
    """
    if len(html) > _BIG:
        html = _JUNK_CONTENT.sub(_kept_if_data, html)
    if len(html) > _HUGE:
        html = html[:_HUGE]
    html = _PARAGRAPH_IN_HEADING.sub(r"<\1\2>\3</\1>", html)
    html = _BODY_END.sub("", html)
    tree, too_deep = _parse_raw(html)
    if too_deep:
        flat = _BLOCK_TAGS.sub("\n<br>", html)
        flat = re.sub(r"<(?!br>)[^>]*>", " ", flat)
        tree, _ = _parse_raw("<html><body><p>" + flat + "</p></body></html>")
    return tree


#: The end tags of body and html: a browser reads on past them (a page that
#: includes a whole header document ends it there, and its article follows);
#: libxml2 drops what follows.
_BODY_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)

#: A heading that holds one paragraph ("<h1><p>Oath.</p></h1>"): libxml2 closes
#: the heading where the paragraph opens, leaving it empty; a browser nests them.
#: The paragraph's own markup (a link, an emphasis) goes with its words.
_PARAGRAPH_IN_HEADING = re.compile(
    r"<(h[1-6])(\s[^>]{0,300})?>\s*<p(?:\s[^>]{0,300})?>"
    r"((?:[^<]|</?(?:a|b|i|em|strong|span|small|sup|sub|mark|time|abbr|cite|q|u|s|br)\b"
    r"[^>]{0,300}>){1,400})</p>\s*</\1\s*>",
    re.IGNORECASE,
)


def _kept_if_data(match: re.Match[str]) -> str:
    """A junk element's stand-in: the element itself when it is structured data.

    News sites' pages pass two million characters with their scripts (CNN's
    run to 2.6 MB); the JSON-LD among those scripts holds the only list of all
    the authors, so it must survive the stripping.
    """
    opening = match.group(0)[: match.group(0).find(">") + 1]
    return match.group(0) if _STRUCTURED_DATA.search(opening) else " "


_STRUCTURED_DATA = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.I)


def _parse_raw(html: str) -> tuple[HtmlElement, bool]:
    """The tree, and whether libxml2 cut it at its depth limit."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, default_doctype=False)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        tree = None
    if tree is None:
        tree = lxml.html.document_fromstring("<html><body></body></html>")
    too_deep = any("excessive depth" in e.message.casefold() for e in parser.error_log)
    return tree, too_deep


# -- whole pages ------------------------------------------------------------------


def _clean_page(tree: HtmlElement, url: str | None) -> Article:
    meta, fields = metadata.extract(tree, url)
    # Read before the extractors rework the tree: the lines around the headline.
    reading = (
        _rules_reading(tree)
        if meta.published is None or not meta.title or _keyword_heading(meta, fields)
        else None
    )
    # Once metadata has read the JSON-LD, code and drawings are nobody's text:
    # both extractors and the removed-block pass would walk and copy them.
    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    _sections_as_paragraphs(tree)
    base = url or meta.url
    dropped = (
        sections.drop_popups(tree)
        + sections.drop_comment_sections(tree)
        + sections.drop_pull_quotes(tree)
        + sections.drop_teaser_boxes(tree)
        + sections.drop_link_cards(tree)
        + sections.drop_counters(tree)
        + sections.drop_paywall_offers(tree)
        + sections.drop_signup_boxes(tree)
        + sections.drop_appeals(tree)
        + sections.drop_standfirsts(tree, [c.value for c in fields.found.get("description", [])])
    )
    body_html = _extract_body(tree, base)
    meta = _headline_over_text(tree, body_html, meta, fields, base)
    if reading is not None and reading.title and _reading_heads(meta, fields, reading.title):
        meta = _from_reading(meta, fields, "title", reading.title)
    headlines = tuple(
        " ".join(h.text_content().split()) for h in itertools.islice(tree.iter("h1"), 2)
    )
    body_html, text, trimmed = _trim(body_html, meta, headlines)
    trimmed += dropped
    meta = _dated_at_top(meta, fields, trimmed, text)
    if reading is not None and meta.published is None and reading.published:
        meta = _from_reading(meta, fields, "published", reading.published)
    if meta.body and _missing_from(text, meta.body):
        body_html, text = _declared_article(meta.body)
    if not meta.authors:
        meta, signature = _signed_under_text(tree, text, meta, fields)
        trimmed += signature
    if not meta.authors:
        meta = _dateline_author(text, meta, fields)
    if not text and not _has_image(body_html):
        body = tree.find("body")
        text = _visible_text(body) if body is not None else ""
        body_html = sanitize.sanitize("".join(f"<p>{_escape(p)}</p>" for p in text.split("\n\n")))
    return _finish(tree, meta, fields, body_html, text, trimmed, base)


def _sections_as_paragraphs(tree: HtmlElement) -> None:
    """Make each ``section`` that holds text and no block a paragraph.

    WeChat's editors set every paragraph of an article in a ``section``;
    trafilatura and readability-lxml look for paragraphs and found none, so a
    WeChat article came out as the page's buttons and prompts.
    """
    for section in list(tree.iter("section")):
        if section.text_content().strip() and not any(
            isinstance(d.tag, str) and d.tag in _BLOCKS_IN_SECTION
            for d in section.iterdescendants()
        ):
            section.tag = "p"


_BLOCKS_IN_SECTION = frozenset(
    "p div section article aside header footer nav h1 h2 h3 h4 h5 h6 ul ol dl li table "
    "blockquote pre figure form".split()
)


#: Words of the body's first block that is surely text, not a byline or a date.
_LEAD_WORDS = 8
_HEADLINE_TAGS = ("h1", "h2", "h3")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _labelled_title(title: str | None) -> bool:
    """A title tag that names a section and the site, not the story ("新闻动态--中国地理学会官网").

    Small sites give every page of a section the same title; the story's
    headline is printed over its text in whatever heading the theme uses.
    """
    parts = metadata.site_parts(title) if title else []
    return len(parts) >= 2 and htmlblocks.word_count(parts[0]) <= _LABEL_HEADING_WORDS


def _headline_over_text(
    tree: HtmlElement,
    body_html: str,
    meta: metadata.PageMetadata,
    fields: metadata.Fields,
    url: str | None = None,
) -> metadata.PageMetadata:
    """The heading right above the article's text, when no title tag or meta tag names one.

    A page copied with select-all, or saved without its head, gives its
    headings alone; the first ``h1`` is then often the site's logo ("The
    Verge", "Silicon Exposed"). The headline is the most prominent heading
    among the last ones above the text's first paragraph: an h1 before an h2
    (the standfirst), but not a date, nor the site's name linked home. A
    heading that links to the page itself (a blog post's title, linked to its
    permalink under the blog's name in an h1) is the headline, whatever its level.
    """
    labelled = _labelled_title(meta.title)
    if not labelled and not _headings_only(fields):
        return meta
    lead = next(
        (
            text
            for el, text in htmlblocks.iter_blocks(
                lxml.html.fragment_fromstring(body_html or "<p></p>", create_parent="div")
            )
            if htmlblocks.word_count(text) >= _LEAD_WORDS
            and el.tag not in _HEADING_TAGS
            and _heading_around(el).tag not in _HEADING_TAGS
        ),
        None,
    )
    if lead is None:
        return meta
    probe = " ".join(lead.split())[:60]
    body = tree.find("body")
    own, nearest, last, found = _headings_before(
        htmlblocks.iter_blocks(body if body is not None else tree),
        url,
        lambda _el, text: text.startswith(probe),
    )
    if not found:
        return meta
    # The most prominent level there is: an h2 under the headline is its standfirst.
    heading = _chosen_heading(own, nearest, last)
    if not heading or heading == meta.title:
        return meta
    if labelled and htmlblocks.word_count(heading) < _HEADLINE_MIN_WORDS:
        return meta
    fields.add("title", heading, "heading")
    fields.choose("title", heading)
    return _replace(meta, title=heading)


def _date_alone(text: str) -> bool:
    """Whether a heading is a date and little else ("06 December 2016" over a post)."""
    found = textdates.find_dates(text)
    if not found:
        return False
    rest = text
    for date in reversed(found):  # "2026年11月30日 星期一 2021年10月7日 星期四": two days
        rest = rest[: date.start] + rest[date.end :]
    words = [
        w for w in re.findall(r"[^\W\d_]+", textdates.fold(rest)) if w not in textdates.WEEKDAYS
    ]
    return len("".join(words)) <= _DATE_HEADING_REST  # "Friday, November 5, 2021"


_DATE_HEADING_REST = 6
_HEADLINE_CHARS = 300


def _dated_at_top(
    meta: metadata.PageMetadata, fields: metadata.Fields, trimmed: list[Removed], text: str
) -> metadata.PageMetadata:
    """The date of a date line at the top of the body, when nothing else dates the page.

    CNN's Arabic pages print "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00"
    over the text and nowhere in their metadata. The line was taken off the
    body's edge, or it is the body's first short block.
    """
    if meta.published is not None:
        return meta
    dated = [r.text for r in trimmed if r.reason == "date"]
    first = text.strip().split("\n\n", 1)[0] if text.strip() else ""
    if first and htmlblocks.word_count(first) <= _DATE_BLOCK_WORDS:
        dated.append(first)
    when = headerlines.header_date(lines.make_lines("\n".join(dated), None)) if dated else None
    if when is None:
        return meta
    fields.add("published", when, "date-line")
    fields.choose("published", when)
    return _replace(meta, published=when)


_DATE_BLOCK_WORDS = 14  # a date line with its labels, not a paragraph that tells of a day


def _rules_reading(tree: HtmlElement) -> Article | None:
    """The page's blocks read as a paste's lines, for what its markup does not say.

    A copy of a whole page (select-all) has no head, so no title tag or meta
    tag names its headline or date; its first ``h1`` may be the site's logo,
    and many Chinese portals set the headline in a styled ``div`` and print
    the date only as a line ("时间：2019-09-18 06:23"). The plain-text rules
    find both by their place above the text, as they do for a paste.
    """
    body = tree.find("body")
    if body is None:
        return None
    facts = htmlblocks.fact_tables(body)
    blocks = (
        b for b in htmlblocks.iter_blocks(body) if facts.isdisjoint(b[0].iterancestors("table"))
    )
    # The headline and the date are at the top: a huge page's other blocks are not read.
    return selection.rules_reading(list(itertools.islice(blocks, selection.HEAD_BLOCKS)))


def _reading_heads(meta: metadata.PageMetadata, fields: metadata.Fields, read: str) -> bool:
    """Whether the rules' headline heads a copy whose markup gave none, or a section's label.

    With no head, the title is a heading over the text, and on portals that
    set the headline in a styled ``div`` the nearest heading is the section's
    name ("医院文化", "今日视点"): a label of three words at most, where the
    rules read a headline of six or more right over the date line. A logo's
    heading may instead hold the site's search keywords, one after another.
    """
    if not meta.title:
        return True
    label = _headings_only(fields) and htmlblocks.word_count(meta.title) <= _LABEL_HEADING_WORDS
    return (label or _keyword_heading(meta, fields)) and (
        htmlblocks.word_count(read) >= _HEADLINE_MIN_WORDS
    )


def _headings_only(fields: metadata.Fields) -> bool:
    """Whether every title candidate came from a heading (no title tag, meta tag or JSON-LD)."""
    return all(c.source == "heading" for c in fields.found.get("title", []))


def _keyword_heading(meta: metadata.PageMetadata, fields: metadata.Fields) -> bool:
    """Whether the only title is a heading of search keywords in a row (a logo's)."""
    return bool(meta.title) and _headings_only(fields) and metadata.keyword_row(meta.title or "")


def _from_reading(
    meta: metadata.PageMetadata, fields: metadata.Fields, name: str, value: str
) -> metadata.PageMetadata:
    """A field the rules read, where the markup gave none, offered as a candidate."""
    fields.add(name, value, "text" if name == "title" else "date-line")
    fields.choose(name, value)
    return _replace(meta, **{name: value})


def _trim(
    body_html: str, meta: metadata.PageMetadata, headlines: tuple[str, ...] = ()
) -> tuple[str, str, list[Removed]]:
    """The body without the sections after the article and the furniture at its edges, its text.

    Sections first: trimming takes short furniture blocks, among them a "3
    Comments" heading that tells where the comment section starts. Rules
    that would leave no text at all are not followed: the body is kept whole.
    """
    cut_html, cut = sections.cut_sections(body_html)
    trimmed_html, trimmed = edges.trim_edges(cut_html, meta.title, meta.authors, headlines)
    text = sanitize.html_to_text(trimmed_html)
    if not text.strip():
        whole = sanitize.html_to_text(body_html)
        if whole.strip():
            return body_html, whole, []
    return trimmed_html, text, trimmed + cut


def _extract_body(tree: HtmlElement, base: str | None) -> str:
    """The article body of a page as sanitised HTML (see ``clipper.clean.extract``)."""
    return extract.extract_body(tree, base).html


def _visible_text(el: HtmlElement) -> str:
    return "\n\n".join(text for _, text in htmlblocks.iter_blocks(el))


# -- fragments ------------------------------------------------------------------

_HEADLINE_WORDS = 20  # a heading longer than this that ends in a full stop is a paragraph


def _missing_from(text: str, declared: str) -> bool:
    """Whether the page's text lacks most of the article its JSON-LD declares.

    A page built by its scripts, saved or fetched without running them,
    shows "Loading…" where the article goes; a paywall shows its first
    lines. Its JSON-LD may still carry the whole text.
    """
    wanted = htmlblocks.shingle_set(declared)
    if htmlblocks.word_count(declared) < _DECLARED_WORDS or not wanted:
        return False
    found = htmlblocks.shingle_set(text)
    shared = sum(min(n, found[k]) for k, n in wanted.items())
    return shared < _DECLARED_FOUND * sum(wanted.values())


def _declared_article(declared: str) -> tuple[str, str]:
    """The declared text as the body: its HTML and its text, a paragraph a line.

    Some sites declare the body as HTML ("<p>...</p>"): its text is read first.
    """
    if _MARKUP.search(declared):
        declared = sanitize.html_to_text(sanitize.sanitize(declared))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*", declared) if p.strip()]
    body_html = sanitize.sanitize("".join(f"<p>{_escape(p)}</p>" for p in paragraphs))
    return body_html, "\n\n".join(paragraphs)


_MARKUP = re.compile(r"</?(?:p|br|div|a|em|strong|span|h[1-6]|li|ul|ol)\b[^>]*>", re.IGNORECASE)
_DECLARED_WORDS = 60  # a declared body shorter than this is a summary, not the article
_DECLARED_FOUND = 0.5


def _signed_under_text(
    tree: HtmlElement, text: str, meta: metadata.PageMetadata, fields: metadata.Fields
) -> tuple[metadata.PageMetadata, list[Removed]]:
    """A post signed under its text ("Posted by Jane Doe at 07:55 PM", Blogger's footer).

    Read as the text rules read a paste's signature: in the two blocks right
    under the text's last paragraph (four for a Chinese writer's credit), a
    short line that is a byline.
    """
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return meta, []
    closing = lines.make_lines(paragraphs[-1], meta.lang or "ja")
    if (
        len(closing) == 1
        and closing[0].cjk
        and closing[0].text.startswith(("（", "("))
        and (signed := textmeta.byline_names(closing[0]))
    ):
        # "（浜松総局・中村遥）": a Japanese paper's reporter signs the text's last line,
        # which stays the text's, as the paper prints it.
        fields.add("authors", "; ".join(signed), "byline-line")
        fields.choose("authors", "; ".join(signed))
        return _replace(meta, authors=tuple(signed)), []
    last = " ".join(paragraphs[-1].split())[-_SIGNATURE_KEY:]
    body = tree.find("body")
    blocks = htmlblocks.iter_blocks(body if body is not None else tree)
    if not any(block.endswith(last) for _, block in blocks):
        return meta, []
    for at, (_, block) in enumerate(itertools.islice(blocks, _CJK_SIGNATURE_REACH)):
        found = lines.make_lines(block, meta.lang or "en")
        if len(found) != 1 or found[0].weight > _SIGNATURE_WORDS:
            continue
        if at >= _SIGNATURE_REACH and not found[0].cjk:
            continue  # (further down, a teaser's "By …"; a Chinese credit names its trade)
        names = textmeta.byline_names(found[0])
        if names:
            fields.add("authors", "; ".join(names), "byline-line")
            fields.choose("authors", "; ".join(names))
            return _replace(meta, authors=tuple(names)), [Removed(block, "byline")]
    return meta, []


def _dateline_author(
    text: str, meta: metadata.PageMetadata, fields: metadata.Fields
) -> metadata.PageMetadata:
    """The reporters the text's lead names, in its first paragraphs, as the text rules read them.

    A Japanese paper names its reporter in the dateline ("【ロンドン=佐藤健太】
    英政府は…", Yomiuri) or closes the lead with the reporters ("…【佐藤健太、
    木村沙織】", Mainichi), while its structured data names the paper.
    """
    probe = textmeta.Meta()
    for paragraph in [p for p in text.split("\n\n") if p.strip()][:_LEAD_REACH]:
        found = lines.make_lines(" ".join(paragraph.split()), meta.lang or "ja")
        if found and found[0].weight >= textmeta.PARAGRAPH_WORDS:
            # (the lead, or a caption over it; a label over it, "有料記事", is passed over)
            textmeta.dateline_author(found, 0, probe)
            if probe.authors:
                break
    if not probe.authors:
        return meta
    fields.add("authors", "; ".join(probe.authors), "byline-line")
    fields.choose("authors", "; ".join(probe.authors))
    return _replace(meta, authors=probe.authors)


_LEAD_REACH = 3  # paragraphs of the text where its lead may stand (after the h1, a label)
_SIGNATURE_KEY = 40
_SIGNATURE_REACH = 2
#: A Chinese article's credits under the text run longer: "原标题：…", "出品︱…", "作者︱春春".
_CJK_SIGNATURE_REACH = 4
_SIGNATURE_WORDS = 12


def _clean_fragment(fragment: str, url: str | None) -> Article:
    """Keep the user's selection whole but for widgets and its own title lines."""
    tree = parse(f"<html><body>{fragment}</body></html>")
    body = tree.find("body")
    if body is None:
        body = tree
    selection.forget_hiding_names(body)
    if selection.whole_page(body, len(fragment)):
        return _clean_page(tree, url)  # the page's body, copied whole
    original = copy.deepcopy(body)
    meta, fields = metadata.extract(tree, url)
    dropped: list[Removed] = []
    for el in list(body.iter()):
        if el.getparent() is None or not isinstance(el.tag, str):
            continue
        reason = _widget_reason(el)
        if reason:
            text = " ".join(str(el.xpath("string()")).split())
            if text:
                dropped.append(Removed(text, reason))
            el.drop_tree()
    headings_only = _headings_only(fields)
    above = _heading_above_text(body, url) if headings_only else None
    title = above or meta.title or _leading_heading(body)
    if title:
        fields.add("title", title, "heading")
        fields.choose("title", title)
        meta = _replace(meta, title=title)
    meta, header = selection.read_header(body, meta, fields)
    dropped.extend(header)
    body_html = sanitize.sanitize(
        etree.tostring(body, encoding="unicode", method="html"), base_url=url
    )
    body_html, text, trimmed = _trim(body_html, meta)
    article = _finish(original, meta, fields, body_html, text, trimmed, url, removed=dropped)
    return article


def _widget_reason(el: HtmlElement) -> str | None:
    """Why an element of a selection is a widget, not text the user meant to copy."""
    tag = el.tag
    if tag in (
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "form",
        "button",
        "select",
        "input",
        "textarea",
    ):
        return "boilerplate" if tag in ("form", "button", "select", "input", "textarea") else None
    reason = htmlblocks.markup_reason(el)
    if reason in ("share", "advertisement", "newsletter", "cookie", "comments", "related"):
        text = " ".join(str(el.xpath("string()")).split())
        if len(text) < 400 or reason == "comments":
            return reason
    return None


def _heading_above_text(body: HtmlElement, url: str | None) -> str | None:
    """The headline of a copy with no head, from the headings above its text.

    A heading that links to the page itself is the headline, whatever its
    level: a blog's select-all copy starts with the blog's name in an ``h1``
    and the post's title, an ``h3``, links to the post. Without one, the most
    prominent of the last headings above the text, as for a whole page: not
    a date heading, nor the blog's name linked home.
    """
    own, nearest, last, _ = _headings_before(
        htmlblocks.iter_blocks(body),
        url,
        lambda el, text: (
            el.tag not in _HEADING_TAGS and htmlblocks.word_count(text) >= _LEAD_WORDS
        ),  # the text has begun
    )
    return _chosen_heading(own, nearest, last)


def _chosen_heading(own: str | None, nearest: dict[str, str], last: str | None) -> str | None:
    """The headline among the headings above the text.

    The one that links to the page itself; else the most prominent level's
    last, unless that is a label of three words at most ("Galaxy S II", the
    last of a menu set in h3s) or there is none, and a heading of six words
    or more, of any level, stands right over the text (an h4 headline).
    """
    chosen = own or next((nearest[tag] for tag in _HEADLINE_TAGS if tag in nearest), None)
    if chosen and not own:  # a logo's h1 holding the headline and the site's name, glued
        chosen = next((h for h in nearest.values() if textmeta.glued_to(chosen, h)), chosen)
    if own or (chosen and htmlblocks.word_count(chosen) > _LABEL_HEADING_WORDS):
        return chosen
    return last if last and htmlblocks.word_count(last) >= _HEADLINE_MIN_WORDS else chosen


_STANDFIRSTS = 1  # long blocks between the headline right over the text and the text
_LABEL_HEADING_WORDS = 3  # a heading this short may be a menu's item or a section's label
_HEADLINE_MIN_WORDS = 6


def _headings_before(
    blocks: Iterable[tuple[HtmlElement, str]],
    url: str | None,
    stop: Callable[[HtmlElement, str], bool],
) -> tuple[str | None, dict[str, str], str | None, bool]:
    """The headings above the text, and whether ``stop`` found the text's start.

    Returned: the last heading that links to the page itself (with no
    address to tell, one that links to a page under an earlier heading's
    link: the post's permalink under the blog's name), the last of
    each level that may be a headline (not a date heading, nor the site's
    name linked home, nor a paragraph set in a heading's type; none under
    the author's name and date once an h1 stands above them), and the
    heading of any level right over the text, if one is.
    """
    nearest: dict[str, str] = {}
    own: str | None = None
    last: str | None = None
    homes: list[str] = []  # where the headings above link: a blog's name to the blog
    under: str | None = None  # the last heading, if it links under one of those
    under_last = 0  # long blocks under the last heading: its standfirst may be one
    header: dict[str, str] | None = None  # the headings above the author's name and date
    name_at = -_NAME_TO_DATE - 1
    for at, (block, text) in enumerate(blocks):
        el = block if block.tag in _HEADLINE_TAGS else _heading_around(block)
        if stop(el, text) and el.tag not in _HEADLINE_TAGS:
            return own or under, header or nearest, last, True
        if el.tag not in _HEADING_TAGS and header is None:
            # The author's name, then the date ("Vincent Vallet", "Oct 18, 2019 · 8 min
            # read"): the header ends there, and an h1 under it heads the first section.
            words = htmlblocks.word_count(text)
            if words <= _NAME_WORDS and lines.looks_like_name(text):
                name_at = at
            elif (
                "h1" in nearest
                and at - name_at <= _NAME_TO_DATE
                and words <= _DATE_LINE_WORDS
                and textdates.find_dates(text)
            ):
                header = dict(nearest)
        byline = lines.BY_NAME.match(text) is not None  # "BY Christopher Mah" set as an h2
        if el.tag in _HEADING_TAGS:
            # (Past a byline, a date or a paragraph set in a heading's type, none is.)
            last = None if byline or _sentence_heading(text) or _date_alone(text) else text
            under_last = 0
        elif htmlblocks.word_count(text) >= _LEAD_WORDS:
            under_last += 1
            if under_last > _STANDFIRSTS:
                last = None
        if el.tag in _HEADLINE_TAGS and not byline:
            if el.find(".//br") is not None:
                text = metadata.heading_and_byline(el)[0]  # "headline<br>編集委員 中沢克二"
            text = metadata.without_site_link(el, text, url)
            text = metadata.ANCHOR_MARK.sub("", text)
            if 0 < len(text) <= _HEADLINE_CHARS and not _date_alone(text):
                if not (metadata.links_home(el, text) or _sentence_heading(text) or _trail(text)):
                    nearest[el.tag] = text
                if url and metadata.links_to(el, url):
                    own = text
                href = metadata.whole_link(el, text)
                # The post's title, its permalink under the blog's name, right over the text.
                under = (
                    text
                    if href and not url and any(metadata.links_under(href, h) for h in homes)
                    else None
                )
                if href:
                    homes.append(href)
    return own or under, header or nearest, last, False


_NAME_WORDS = 4
_NAME_TO_DATE = 2  # blocks from the author's name to the date (a "Follow" button between)
_DATE_LINE_WORDS = 8


def _heading_around(el: HtmlElement) -> HtmlElement:
    """The h1, h2 or h3 a block sits in ("<h1><div>Headline</div></h1>"), else the block."""
    return next(el.iterancestors(*_HEADLINE_TAGS), el)


def _leading_heading(body: HtmlElement) -> str:
    """The heading a selection starts with: its headline, unless it is a sentence.

    Some sites set the opening paragraph in a heading's type (BuzzFeed's lead
    is an ``h2``); as the title it would also leave the body. A selection of a
    blog's post may start at the date heading over it (Blogger's "06 December
    2016", an ``h2``, over the post's ``h3``): the heading under the date is
    the title.
    """
    dated = False
    for el, text in htmlblocks.iter_blocks(body):
        if not dated and el.tag in ("h1", "h2", "h3") and _date_alone(text):
            dated = True  # a blog's date heading over its post: the post's title is next
            continue
        if el.tag not in ("h1", "h2") and not (dated and el.tag == "h3"):
            return ""
        return "" if _sentence_heading(text) else text
    return ""


def _trail(text: str) -> bool:
    """Whether a heading is a breadcrumb trail ("首页 - 新闻动态" set as an h3)."""
    made = lines.make_lines(text, None)
    return len(made) == 1 and lines.is_breadcrumb(made[0])


def _sentence_heading(text: str) -> bool:
    """Whether a heading is a paragraph set in a heading's type (BuzzFeed's lead is an h2)."""
    return htmlblocks.word_count(text) > _HEADLINE_WORDS and text.endswith(".")


# -- shared ------------------------------------------------------------------


def _finish(
    root: HtmlElement,
    meta: metadata.PageMetadata,
    fields: metadata.Fields,
    body_html: str,
    text: str,
    trimmed: list[Removed],
    url: str | None,
    removed: list[Removed] | None = None,
) -> Article:
    title = boilerplate.without_badge(meta.title)
    if title != meta.title:  # "<h2><span>原创</span>最不愁吃肉的国家…</h2>"
        fields.add("title", title, "heading")
        fields.choose("title", title)
    if not text.strip() and not _has_image(body_html) and not title:
        raise InputError("The page holds no text to clip.")
    detected = lang.detect(text[:5000]) if text else None
    chosen_lang = meta.lang
    if detected and (chosen_lang is None or (chosen_lang != detected and len(text) > 400)):
        fields.add("lang", detected, "text")
        if chosen_lang is None or _script_differs(chosen_lang, detected):
            chosen_lang = detected
    if chosen_lang:
        fields.choose(
            "lang",
            next(
                (
                    c.value
                    for c in fields.found.get("lang", [])
                    if metadata.normalise_lang(c.value) == chosen_lang
                ),
                chosen_lang,
            ),
        )
    subtitle = meta.subtitle or _subtitle(meta.description, text, title)
    labels = {r.text: r.reason for r in trimmed}
    if title:
        labels.setdefault(title, "title")
    body_root = root.find("body") if root.find("body") is not None else root
    all_removed = list(removed or []) + list(trimmed)
    # Lines already removed with their own reason are not listed again as the
    # page's leftovers: the Original view would show the line twice.
    seen = {" ".join(line.split()) for r in all_removed for line in r.text.split("\n")}
    for block in htmlblocks.removed_blocks(body_root, text, labels=labels):
        new = [line for line in block.text.split("\n") if " ".join(line.split()) not in seen]
        if new:
            all_removed.append(Removed("\n".join(new), block.reason))
    return Article(
        title=title,
        subtitle=subtitle,
        authors=meta.authors,
        published=meta.published,
        site=meta.site,
        url=url or meta.url,
        lang=chosen_lang,
        text=text,
        html=sanitize.prune_empty(body_html),
        excerpt=excerpt(text, meta.description),
        removed=tuple(all_removed),
        candidates=fields.frozen(),
    )


def _subtitle(description: str | None, text: str, title: str) -> str | None:
    """The page's description as a standfirst, unless it only repeats the body or title."""
    if not description:
        return None
    key = _key(description.rstrip(".…"))
    if not key or key == _key(title) or key[:60] in _key(text[:3000]):
        return None
    return description


def excerpt(text: str, description: str | None = None) -> str:
    """About 300 characters of the body, cut at a sentence end when there is one."""
    if description and 40 <= len(description) <= 400 and not description.endswith(("…", "...")):
        return description
    flat = " ".join(text.split())
    if len(flat) <= _EXCERPT:
        return flat
    window = flat[: _EXCERPT + 80]
    ends = [m.end() for m in re.finditer(r"[.!?。！？](?=\s|$)|[。！？]", window)]
    good = [e for e in ends if 120 <= e <= _EXCERPT + 80]
    if good:
        return window[: good[0] if good[0] >= _EXCERPT else good[-1]].strip()
    cut = flat[:_EXCERPT].rsplit(" ", 1)[0]
    return cut + "…"


def _script_differs(declared: str, detected: str) -> bool:
    cjk = {"zh", "ja", "ko"}
    return (declared in cjk) != (detected in cjk) or declared in cjk and detected in cjk


def _has_image(body_html: str) -> bool:
    return "<img" in body_html


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _key(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def _replace(meta: metadata.PageMetadata, **changes: object) -> metadata.PageMetadata:
    import dataclasses

    return dataclasses.replace(meta, **changes)  # type: ignore[arg-type]


__all__ = ["clean_html", "excerpt", "parse"]
