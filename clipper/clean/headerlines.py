"""Bylines and dates a page prints as plain lines under its headline, with no markup.

Many pages (small sites, CMS themes, generated archives) put "By Laura
Bianchi" or the name above a date line in an ordinary paragraph: no
``rel=author``, no "byline" class, no JSON-LD. The plain-text cleaner already
knows these shapes line by line (``textmeta.byline_names``), so the same
reading is applied to the few blocks that follow the page's first heading,
and so is its scoring of dates (a "Published" date beats an "Updated" one).
Such candidates rank after every structured source.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Iterator

from lxml.html import HtmlElement

from clipper.clean import boilerplate, htmlblocks, isodates, lines, textlabels, textmeta

#: Blocks after the headline that may hold the byline (kicker, standfirst,
#: byline, date, share row).
_WINDOW = 6
_HEADING_MARK = "\x00"
_TITLE_LINE_CHARS = 8  # a line that long at least may be the headline the title tag repeats
_ABOVE = 2  # lines above the headline that may date it (a kicker may stand between)
#: A block this long is the article: the byline comes before it.
_PROSE = 300
_BREAKS = frozenset({"br", "hr", "h1", "h2", "h3", "h4", "h5", "h6"})
_UPDATED = re.compile(r"updat|modif|aktualisiert|mis à jour|actualiz|更新", re.I)
#: A date line is short: "4 March 2024, 10:32", "Published March 4, 2024".
_DATE_LINE_WORDS = 14
#: At or below this score a date is an update or the day's date (textmeta).
_DOUBTFUL = -3


def header_lines(tree: HtmlElement) -> list[lines.Line]:
    """The short lines right under the page's headline, as lines of text.

    Read as a browser shows them, line breaks at block edges and ``<br>``, so
    a byline that is loose text in a table cell ("Posted by ... on ...")
    counts as a line of its own.
    """
    return around_heading(tree, main_heading(tree))[1]


def _shown_headings(body: HtmlElement, *tags: str) -> Iterator[HtmlElement]:
    return (h for h in body.iter(*tags) if _shown(h))


def around_heading(
    tree: HtmlElement, heading: HtmlElement | None
) -> tuple[list[lines.Line], list[lines.Line]]:
    """The lines right above the headline (``main_heading``) and the short ones right under it.

    Above it stand a kicker or a date ("08.04.2015 12:46" over heise's
    headline); under it the standfirst, byline, date and share row.
    """
    body = tree.find("body")
    if body is None:
        return [], []
    title_tag = " ".join((tree.findtext(".//title") or "").split())
    head_text = _shown(heading) if heading is not None else None
    if heading is not None and not head_text:
        return [], []
    above: deque[str] = deque(maxlen=_ABOVE)
    texts: list[str] = []
    shown = _shown_lines(body, heading)
    for line in shown:  # read only as far as the window under the headline
        at_heading = line.startswith(_HEADING_MARK)  # not a sidebar's link to the same story
        line = line.lstrip(_HEADING_MARK)
        if at_heading or (head_text is None and _titles_the_page(line, title_tag)):
            for text in shown:
                if len(text) > _PROSE or len(texts) == _WINDOW:
                    break
                texts.append(text)
            break
        above.append(line)
    else:
        return [], []
    return _as_lines(list(above)), _as_lines(texts)


def _titles_the_page(line: str, title_tag: str) -> bool:
    """A line the title tag starts with: the headline of a page with no heading element.

    Old CMS templates print the headline in a ``div`` ("海外留学生看两会…" in
    ``div.l_tit``) and glue the channel and site to it in the title tag.
    """
    return len(line) >= _TITLE_LINE_CHARS and title_tag.startswith(line)


def _as_lines(texts: list[str]) -> list[lines.Line]:
    return lines.make_lines(lines.join_split_date("\n".join(texts)), None) if texts else []


def main_heading(tree: HtmlElement) -> HtmlElement | None:
    """The article's headline element: its byline and date lines follow it.

    Not simply the first ``h1``: a blog's name or a site's logo set as a
    first h1 ("Market Insider", "Salon") stands over the post's own.
    """
    body = tree.find("body")
    if body is None:
        return None
    title_tag = " ".join((tree.findtext(".//title") or "").split())
    heading = _in_title(body, "h1", title_tag)
    # (An empty heading, "<h3></h3>" left by a template over the headline, heads nothing.)
    heading = next(_shown_headings(body, "h1"), None) if heading is None else heading
    if heading is None:  # themes that title a post with an h2
        heading = _in_title(body, "h2", title_tag)
    if heading is None and not title_tag:  # a copy, no head: the heading over its text
        heading = _heading_over_prose(body)
    return heading


def _heading_over_prose(body: HtmlElement) -> HtmlElement | None:
    """The last h2, h3 or h4 above the first paragraph of prose, else the first of them.

    A copy of a portal's page sets its menu's sections in h3s ("新闻") far
    above the headline's h2 (NetEase); Guancha's headline is an h3 right
    over the text.
    """
    first: HtmlElement | None = None
    last: HtmlElement | None = None
    for el in body.iter("h2", "h3", "h4", "p"):
        shown = _shown(el)
        if el.tag != "p":
            if shown:
                first = el if first is None else first
                last = el
        elif last is not None and (
            len(shown) >= _PROSE_CHARS or htmlblocks.cjk_chars(shown) >= _PROSE_CJK
        ):
            return last
    return first


_PROSE_CHARS = 120  # a paragraph of prose at least, in characters
_PROSE_CJK = 40  # or in Chinese or Japanese characters


def _in_title(body: HtmlElement, tag: str, title_tag: str) -> HtmlElement | None:
    """The ``tag`` heading whose text the title tag holds, the longest if several do.

    The site's name is in the title tag too ("… - Salon.com"), so a logo
    heading is in it as well as the headline.
    """
    held = [
        (len(shown), -i, h)
        for i, h in enumerate(body.iter(tag))
        if (shown := _shown(h)) and shown in title_tag
    ]
    return max(held, key=lambda item: item[:2])[2] if held else None


def _shown(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _shown_lines(root: HtmlElement, heading: HtmlElement | None = None) -> Iterator[str]:
    """The text of ``root`` in lines, broken where a browser breaks them, as read.

    The heading's first line of text begins with ``_HEADING_MARK``.
    """
    line: list[str] = []
    for piece in _pieces(root, heading):
        if piece != "\n":
            line.append(piece)
            continue
        text = " ".join("".join(line).split())
        line = []
        if text == _HEADING_MARK:
            line.append(text)  # "<h1><div>Headline</div></h1>": the mark goes on with the text
        elif text:
            yield text
    text = " ".join("".join(line).split())
    if text:
        yield text


def _pieces(el: HtmlElement, heading: HtmlElement | None = None) -> Iterator[str]:
    """``el``'s text in document order, a newline where a block or line break stands."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "table" and htmlblocks.fact_table(el):
        tag = ""  # an infobox under the headline: its dates are its subject's
        yield "\n"
    if tag and tag not in htmlblocks.SKIP:
        breaks = tag in htmlblocks.BLOCK or tag in _BREAKS
        if breaks:
            yield "\n"
        if el is heading:
            yield _HEADING_MARK
        yield el.text or ""
        for child in el:
            yield from _pieces(child, heading)
        if breaks:
            yield "\n"
    yield el.tail or ""


def header_time(tree: HtmlElement, heading: HtmlElement | None) -> str | None:
    """The first ``<time datetime>`` after the headline, unless it says "updated".

    Pages mark the publication time with a bare ``time`` element in the
    article's header more often than with ``pubdate`` or a telling class.
    """
    if heading is None:
        return None
    seen_heading = False
    for el in tree.iter(heading.tag, "time"):
        if el is heading:
            seen_heading = True
        elif seen_heading and el.get("datetime"):
            names = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id"))))
            if _UPDATED.search(names) or _UPDATED.search(_context(el)):
                continue
            return isodates.iso(el.get("datetime"))
    return None


def nearest_time(tree: HtmlElement, heading: HtmlElement | None) -> str | None:
    """The ``<time datetime>`` nearest the headline, above or under it, in characters of text.

    A blog sets the post's date over its title and lists other posts, each
    dated, under its text: the text between puts those far away.
    """
    if heading is None:
        return None
    offset = 0
    at_heading: int | None = None
    times: list[tuple[int, HtmlElement]] = []
    for el in tree.iter():
        if el is heading:
            at_heading = offset
        elif el.tag == "time" and el.get("datetime"):
            times.append((offset, el))
        offset += len(el.text or "") + len(el.tail or "")
    if at_heading is None or not times:
        return None
    _, nearest = min(times, key=lambda item: abs(item[0] - at_heading))
    return isodates.iso(nearest.get("datetime"))


def _context(el: HtmlElement) -> str:
    """The words just before a ``time`` element ("Updated", "Aktualisiert")."""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def labelled_date(tree: HtmlElement) -> str | None:
    """The day the page's lines labelled "published" give, wherever they stand, else None.

    The page is read as a browser shows it, a line a block, as far as
    ``_LABELLED_LINES`` (see ``textmeta.labelled_day``).
    """
    body = tree.find("body")
    if body is None:
        return None
    shown = itertools.islice(_shown_lines(body), _LABELLED_LINES)
    return textmeta.labelled_day(_as_lines(list(shown)))


def yearless_date(header: list[lines.Line], stamps: list[str]) -> str | None:
    """The publication time a line under the headline gives without its year, else None.

    Baidu's Baijiahao prints "发布时间：09-30 22:46" (the year only when it is
    not this one, as "18-03-08") and keeps the whole timestamp in a meta tag
    it names "dateUpdate". A stamp of the page with the same month and day,
    and hour when the line gives one, is the line's time.
    """
    for line in header:
        match = textmeta.yearless_day(line.text)
        if not match:
            continue
        year, month, day, hour = match.group(1, 2, 3, 4)
        for stamp in stamps:
            if (
                (stamp[5:7], stamp[8:10]) == (f"{int(month):02d}", f"{int(day):02d}")
                and (year is None or stamp[2:4] == year)
                and (hour is None or stamp[11:13] == f"{int(hour):02d}")
            ):
                return stamp
        if year is not None:  # no stamp to check it by, but the line says its year
            return textmeta.short_year_day(line.text)
    return None


_LABELLED_LINES = 3000  # lines of a page read at most


def header_bylines(header: list[lines.Line]) -> list[str]:
    """Author names printed as a byline line under the headline, else [].

    A "By" line first; else a line of names alone beside a date line or a
    trade line ("Robert Ellison & Samuel Adeyemi" over "Business reporter").
    """
    for line in header:
        found = textmeta.byline_names(line)
        if found:
            return found
    for index, line in enumerate(header):
        if boilerplate.lexicon_reason(line.text):
            continue  # "View Comments", "RECENT POSTS": page furniture set like names
        persons = textlabels.bare_names(lines.FOLLOW_TAIL.sub("", line.text))  # "· Follow"
        near = header[max(0, index - 2) : index] + header[index + 1 : index + 3]
        if persons and any(_beside_a_name(n) for n in near):
            return list(persons)
    return []


def _beside_a_name(line: lines.Line) -> bool:
    return bool(line.date_iso) and line.words <= 8 or bool(lines.ROLE.match(line.text))


def header_date(header: list[lines.Line]) -> str | None:
    """The publication date printed under the headline, else None."""
    scored = [
        (textmeta.date_score(line, match, None), -line.index, match.iso)
        for line in header
        if line.words <= _DATE_LINE_WORDS
        for match in line.date_iso
    ]
    good = [s for s in scored if s[0] > _DOUBTFUL]
    return max(good)[2] if good else None


__all__ = [
    "around_heading",
    "main_heading",
    "nearest_time",
    "header_bylines",
    "header_date",
    "header_lines",
    "header_time",
    "labelled_date",
    "yearless_date",
]
