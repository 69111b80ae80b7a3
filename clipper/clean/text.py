"""Pasted plain text to an article: a line classifier made for select-all pastes.

No extractor reads plain text: trafilatura returns nothing and jusText, made
for HTML, keeps too much. A paste has its own regularities, which this module
turns into rules that can each be named in one line:

1. Lines made of the stock phrases of page furniture (menus, share buttons,
   "Lire aussi", "相关阅读"...) are labelled by the lexicon; captions, bylines,
   credits, date lines, breadcrumbs and comment heads by their shapes.
2. The article is the densest run of prose: the span of lines that maximises
   the words of prose lines minus a cost for every other line (a maximum
   subarray), so a caption, an advertisement or a related-links box between
   paragraphs is crossed, and a menu of twenty items is not.
3. The run ends at the comment section, an author box or the author's name
   signed under the text.
4. The header above it is read for the title, standfirst, authors and date
   (``clipper.clean.textmeta``).

When nothing looks like prose (a language without known small words, a list,
a poem), the unlabelled lines are kept: text is never thrown away whole.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from clipper.clean import (
    boilerplate,
    columns,
    dates,
    lines,
    mailtext,
    names,
    textlabels,
    textmeta,
    textout,
    unwrap,
)
from clipper.clean import lang as lang_detect
from clipper.clean.boilerplate import key
from clipper.clean.dates import fold
from clipper.errors import InputError
from clipper.model import Article

_MAX_CHARS = 2_000_000  # a paste longer than this is cut before cleaning
_LABEL_COST = 6.0  # the cost, in words of prose, of a furniture line inside the body
_OTHER_COST = 4.0
_HEADING_COST = 1.5
_WALL = 25  # this many furniture lines in a row part two texts for good
_UNREAD_BOX = 2 * 6  # furniture lines in a row between two paragraphs we cannot read, at most
_GAP_GROWTH = 0.3
_PARAGRAPH_ITEM = 30  # words of a list item that is a paragraph, at least
_TEASER_SHARE = 0.1  # the worth of a word of a teaser's summary: far below a paragraph's
_OPEN_SHARE = 0.5  # the worth of a long line that does not end like a sentence
_TERMINAL = ("comments", "bio")
_NEXT_ARTICLE_AFTER = 80  # words of body before a new headline-and-date may start another
_LIST_ARTICLE_PROSE = 30  # words of prose under which a long list may be the article
_LIST_ARTICLE_ITEMS = 8
_SIGNATURE_REACH = 2  # lines under the text where a post's signature stands
_CREDIT_REACH = 4  # the text's last lines, where a credit labelled a byline may close it
_TOP_BYLINE_REACH = 8  # lines into the text where a byline under a box of key points stands
_DATE_LINE_CHARS = 60  # a date line, not a paragraph going on with a date in it
_BOX_LINES = 6  # the longest box of links or an ad that may sit between two paragraphs
_SECTION_HEAD_WORDS = 6  # "More on this story": a section's heading is a few words
_TAG_LIST = 15  # short lines in a row between a byline and its date: the article's tags
_TAGS_AT_LEAST = 4  # (a section's name and a short headline are two)
_TAG_WORDS = 5  # words of a tag ("コラム（国際・アジア）" weighs 4.5)
_DATE_LINE_WORDS = 12  # a date line with its label and source, at most
_DROP_CAP_WORDS = 8  # a paragraph goes on under a drop cap, not a menu item
_PHRASE_RUN = 3  # lines of a sentence set one phrase to a line, at least
_PHRASE_CHARS = 16  # Chinese characters a phrase line holds on average, at most
_PHRASE_PROSE_WORDS = 20  # a short sentence among an opening's phrase lines, at most
_TOP_HEADINGS = 3  # a section's heading and two subheadings between the date line and the text
_BOX_LABELS = (None, "advertisement", "related", "caption", "newsletter")
_NOT_WORDS = re.compile(r"[!-~]{60,}|<\w+[^>]*>")  # markup or addresses, not language
_DOMAIN = re.compile(
    r"\b(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|news|info|co\.uk|de|fr|es|it|cn|jp|in|io))\b",
    re.IGNORECASE,
)
_ROLE_BIO = re.compile(
    r"^((?:[^\W\d_][\w'’.-]*\s+){1,4}?)(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|author|producer"
    r"|photographer|critic|blogger)\b"
)
_BROKEN_END = re.compile(r"[^\W\d_],?$")  # a word (or a comma) where a sentence cannot end
_GOES_ON = re.compile(  # a lower-case word, then more ("o Title" is a list item's bullet)
    r"^\s*(?!o\s+[A-Z])[“\"(]?[a-zà-ÿ]\S*\s+\S"
)
_CODE_CHARS = re.compile(r"[{};=<>]")
#: A screen reader's label copied before a caption ("Image caption, A man walks ..."),
#: which the page does not show.
_CAPTION_LABEL = re.compile(
    r"^[ \t]*(?:image|media|video) caption,?[ \t]+", re.IGNORECASE | re.MULTILINE
)
#: A picture's file name, its alt text, glued to the paragraph under it:
#: "0225-lupita-nyongo-getty-01Lupita Nyong'o's now-famous Oscar dress…".
_GLUED_SLUG = re.compile(
    r"^[ \t]*((?=[\w-]*\d)[a-z0-9]+(?:[-_][a-z0-9]+){3,})(?=[A-Z])", re.MULTILINE
)
# The editor's note a Chinese paper closes its text with, on the last paragraph's line:
# "...等領域。（編輯：林家嫻）1130527". On a line of its own it is furniture, and the
# paragraph ends on its full stop again.
_EDITOR_NOTE = re.compile(
    r"(?<=[。！？”」])[ \t]*([（(](?:责任编辑|責任編輯|编辑|編輯|完)[：:]?[^（）()\n]{0,20}[）)]"
    r"[ \t]*\d{0,8})[ \t]*$",
    re.MULTILINE,
)
#: Greek writes the article before a name: "Ο Γιώργος Παπαδόπουλος είναι ...".
_NAME_ARTICLE = re.compile(r"^(?:Ο|Η)\s+")


def clean_text(text: str, url: str | None = None) -> Article:
    """Turn a select-all paste of a web page into a clean article.

    Args:
        text: the pasted text, any language, any size.
        url: where it came from, when known (gives the site name and sometimes a date).

    Raises:
        InputError: the text holds nothing but white space (and invisible characters).
    """
    if not isinstance(text, str):
        raise InputError("Cannot clean this input: it is not text.")
    text = text[:_MAX_CHARS]
    if lines.is_blank(text):
        raise InputError("Nothing to clean: the text is empty.")
    header, text = mailtext.split_header(text)  # an e-mail copied from a mail program
    if header is not None and not text.strip():
        text = header.title or "\n".join(header.lines)
    article = _clean(text, url)
    return mailtext.apply(article, header) if header is not None else article


def _clean(text: str, url: str | None) -> Article:
    lang = lang_detect.detect(_sample(text))
    prepared = _join_broken(lines.join_split_date(unwrap.unwrap(columns.split_columns(text))))
    prepared = _GLUED_SLUG.sub("\\1\n", _CAPTION_LABEL.sub("", prepared))
    ls = lines.make_lines(_EDITOR_NOTE.sub("\n\\1", prepared), lang)
    textlabels.label_all(ls, lang)
    start, end = _list_article(ls, *_extend(ls, *_core(ls, lang)))
    start = _live_entries_above(ls, _extend_up(ls, start))
    start = _list_opening(ls, start)
    start = _key_points_above(ls, start)
    opening = _phrase_opening(ls, start)
    start = min([start, *opening])
    if start > 0 and ls[start - 1].listed:
        start -= 1  # the first section's heading, named by the table of contents above it
    if not lines.has_stop_words(lang):  # a language we cannot read: take in its paragraphs
        script = _main_script(ls[start:end])
        start, end = _unread_prose(ls, start, end, script)
    start = _under_own_header(ls, start, end)
    meta = _read_header(ls, start, end, url)
    start = _bio_over_text(ls, _headings_over_text(ls, start, meta), end, meta)
    if start > 0 and meta.used.get(start - 1) == "header" and _first_label(ls, start, end):
        del meta.used[start - 1]  # the first answer's speaker and time, like every other's
        start -= 1
    end = _tags_under_text(ls, start, _cut_tail(ls, start, end, meta))
    if not meta.authors:
        _authors_under_text(ls, end, meta)
    if not meta.authors:
        _byline_under_key_points(ls, start, end, meta)
    if not meta.authors:
        header = sorted({*range(0, start), *(i for i in meta.used if i < end)})
        textmeta.wire_byline(ls, header, meta)  # (the header's lines under a standfirst too)
    if not meta.authors:
        textmeta.wire_signed_under(ls, end, meta)
    if meta.published is None and end > start:
        _date_under_text(ls, end, meta)
    if meta.published is None and end > start:
        _date_in_dateline(ls[start], meta)
    _date_first_published(ls, end, meta)
    body, removed = _select(ls, start, end, meta, opening)
    if not body:  # never empty a text whose language or shape we do not know
        body = [ln for ln in ls if not ln.label and ln.index not in meta.used] or ls
        keep = {ln.index for ln in body}
        removed = [(ln, r) for ln, r in removed if ln.index not in keep]
    if meta.site is None:
        _site_from_author_box(removed, meta)
    return textout.build_article(body, removed, meta, lang, url)


def _unread_prose(
    ls: list[lines.Line], start: int, end: int, script: str | None
) -> tuple[int, int]:
    """The run widened to the prose around it, in a language whose small words we do not know.

    Length alone tells prose there, so the densest run may miss paragraphs
    that captions or short lines part from it: every paragraph in the run's
    script is taken in, up to a block of furniture (a menu, a share bar, a
    footer) longer than any that stands between two paragraphs.
    """
    # A paragraph's length, or in a short text the length of the run's longest line.
    longest = max((ln.weight for ln in ls[start:end] if "prose" in ln.tags), default=0.0)
    least = min(textmeta.PARAGRAPH_WORDS, longest)
    prose = [
        ln.index
        for ln in ls
        if "prose" in ln.tags and ln.weight >= least and _in_script(ln, script)
    ]
    for i in reversed([i for i in prose if i < start]):
        if _furniture_between(ls, i + 1, start) > _UNREAD_BOX:
            break
        start = i
    for i in [i for i in prose if i >= end]:
        if _furniture_between(ls, end, i) > _UNREAD_BOX:
            break
        end = i + 1
    return start, end


def _furniture_between(ls: list[lines.Line], a: int, b: int) -> int:
    """The longest run of lines between ``a`` and ``b`` that are neither prose nor code."""
    longest = run = 0
    for line in ls[a:b]:
        run = 0 if line.tags & {"prose", "code"} else run + 1
        longest = max(longest, run)
    return longest


def _main_script(run: list[lines.Line]) -> str | None:
    """The script most of the text's main run is written in ("THAI", "LATIN", "HAN")."""
    counts = lang_detect.script_counts("\n".join(ln.text for ln in run)).most_common(1)
    return counts[0][0] if counts else None


def _in_script(line: lines.Line, script: str | None) -> bool:
    """Whether ``line`` is written mostly in ``script``, the main run's.

    In a language we cannot read, length alone makes prose; a line of links
    and handles in another script ("Twitter: @prachatai Facebook Page: ...")
    over a Thai article is long too, but it is not the article's language.
    """
    mine = lang_detect.script_counts(line.text).most_common(1)
    return script is None or not mine or mine[0][0] == script


def _authors_under_text(ls: list[lines.Line], end: int, meta: textmeta.Meta) -> None:
    """A post signed under its text ("Posted by Jane Doe at 07:55 PM", Blogger)."""
    for line in ls[end : end + _SIGNATURE_REACH]:
        found = textmeta.byline_names(line) if line.weight <= 12 else []
        if found:
            _take_byline(line, found, meta)
            return
    # Or the writer's name alone right under the last paragraph, over the share buttons
    # (VnExpress signs "Ngọc Oanh" so, flush right).
    # (scinexx: the source, the date, then "- Tobias Werninger" over "Teilen:")
    at = end
    while at < min(len(ls), end + _SIGNED_UNDER) and ls[at].label in ("date", "caption"):
        at += 1
    if at + 1 < len(ls) and at > 0:
        name, below = ls[at], ls[at + 1]
        signed = _SIGNATURE_DASH.sub("", name.text).strip()
        if (
            name.label is None
            and ("prose" in ls[end - 1].tags or at > end)
            and lines.looks_like_name(signed)
            and (below.label == "share" or boilerplate.lexicon_reason(below.text) == "share")
        ):
            _take_byline(name, [signed], meta)
            return
    # Or a writer's credit closing the text, over its source and rights (cnblogs: "作者：林砚秋"
    # / "出处：https://…" / "本文版权归作者所有…").
    for line in ls[max(0, end - _CREDIT_REACH) : end]:
        if line.label == "byline" and line.weight <= 12 and (found := textmeta.byline_names(line)):
            _take_byline(line, found, meta)
            return


_SIGNED_UNDER = 3  # a source's and a date's lines between the text and its signature
_SIGNATURE_DASH = re.compile(r"^[-–—]\s*")


def _date_in_dateline(line: lines.Line, meta: textmeta.Meta) -> None:
    """The date a wire's dateline opens the text with: "Law360 (March 4, 2025, 6:12 PM EST) --"."""
    m = _DATED_DATELINE.match(line.text)
    found = dates.find_dates(m.group(1)) if m else []
    if found:
        meta.published = found[0].iso
        meta.add("published", meta.published, "text")


_DATED_DATELINE = re.compile(r"^[\w .,'’-]{2,40}\s\(([^()]{6,50})\)\s*(?:--|—|–)\s")


def _date_under_text(ls: list[lines.Line], end: int, meta: textmeta.Meta) -> None:
    """A date printed right under the text, when the header gives none ("2025-08-04 HKT 09:47").

    RTHK and other broadcasters print the item's time after its last
    paragraph, over the share buttons; the header's date is the day's.
    """
    for line in ls[end : end + _SIGNATURE_REACH]:
        if line.label == "date" and line.date_iso and not dates.is_relative(line.text):
            meta.published = line.date_iso[0].iso
            meta.add("published", meta.published, "date-line")
            meta.used[line.index] = "date"
            return
        if line.label not in (None, "share", "date", "caption"):
            return  # a box under the text: its dates are its own (not the source's line)


#: McClatchy's papers close on the day the story first ran; their header shows the update.
_FIRST_RUN = re.compile(
    r"^(?:this (?:story|article) was )?(?:originally|first) (?:published|posted)\b", re.I
)


def _date_first_published(ls: list[lines.Line], end: int, meta: textmeta.Meta) -> None:
    """The day a note under the text says the story first ran, over the header's update.

    "Updated March 12, 2025 9:40 AM" heads the Miami Herald's page; "This
    story was originally published March 11, 2025 6:18 PM." closes its text.
    """
    for line in ls[end : end + _SIGNATURE_REACH]:
        if _FIRST_RUN.match(line.text) and line.date_iso:
            first = line.date_iso[0].iso
            if meta.published is None or first[:10] < meta.published[:10]:
                meta.published = first
                meta.add("published", first, "date-line")
                meta.used[line.index] = "date"
            return


def _byline_under_key_points(
    ls: list[lines.Line], start: int, end: int, meta: textmeta.Meta
) -> None:
    """A byline the text opens with a box above it ("划重点：" and its points, then "作者 周纯").

    The header's reading stops at the first lines of prose; the key points
    read as prose, so the byline under them is only labelled, never read.
    """
    for line in ls[start : min(end, start + _TOP_BYLINE_REACH)]:
        found = textmeta.byline_names(line) if line.label == "byline" else []
        if found and line.weight <= 12 and not textmeta.in_related_box(ls, line.index):
            _take_byline(line, found, meta)
            return


def _take_byline(line: lines.Line, names: list[str], meta: textmeta.Meta) -> None:
    """Name the authors from a byline found outside the header, and take the line."""
    meta.used[line.index] = "byline"
    for name in names:
        meta.add("authors", name, "byline")
    meta.authors = tuple(names)


def _site_from_author_box(removed: list[tuple[lines.Line, str]], meta: textmeta.Meta) -> None:
    """A web address named in the author box ("a writer at example.com") names the site."""
    for line, reason in removed:
        m = _DOMAIN.search(line.text) if reason == "bio" else None
        if m:
            meta.site = m.group(1).lower()
            meta.add("site", meta.site, "text")
            return


def _join_broken(text: str) -> str:
    """Join a line that breaks off mid-sentence to the next when that one goes on in lower case.

    Pages with hard-wrapped paragraphs ("...passing initial" / "values as a
    second argument.") copy with a break inside the sentence; the halves read
    as two short lines, and the first is taken for a menu.
    """
    raw = text.split("\n")
    out: list[str] = []
    for line in raw:
        prev = out[-1].strip() if out else ""
        if _drop_cap(out, line):
            while not out[-1].strip():
                out.pop()  # the blank lines a floated initial leaves under it
            out[-1] = out[-1].strip() + line.strip()
        elif (
            prev
            and _BROKEN_END.search(prev)
            and _GOES_ON.match(line)
            and len(prev.split()) >= 6
            and not lines.BULLET_START.match(line.strip())
            and not _CODE_CHARS.search(prev + line)
            and not lines.BY_NAME.match(line)  # "by Jane Doe" under a headline is its byline
            and not _dated(line)  # "le 4 mars 2024 à 10:15" under a headline is its date line
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _drop_cap(out: list[str], line: str) -> bool:
    """Whether ``line`` goes on from a paragraph's initial set apart as a drop cap.

    A floated initial ("E" / "xercice : après avoir lu...") copies as a line of
    its own; left so, the first word is cut in two.
    """
    line = line.strip()
    if not line[:1].islower() or len(line.split()) < _DROP_CAP_WORDS:
        return False
    if not re.search(r"[.!?…»\"”’)]$", line):
        return False  # a paragraph, not an icon's letter over a label ("K" / "additional replies")
    for prev in reversed(out[-3:]):
        if prev.strip():
            return len(prev.strip()) == 1 and prev.strip().isupper()
    return False


def _dated(line: str) -> bool:
    """Whether a short line starts with a date, after a word or two ("le 4 mars", "am 4. März")."""
    if len(line) > _DATE_LINE_CHARS:
        return False
    found = dates.find_dates(line)
    return bool(found) and len(line[: found[0].start].split()) <= 2


def _sample(text: str) -> str:
    """The longest lines, which carry the article's language better than menus."""
    candidates = sorted(
        (ln.strip() for ln in text[:200_000].splitlines() if not _NOT_WORDS.search(ln)),
        key=len,
        reverse=True,
    )
    return "\n".join(candidates[:12])


def _value(line: lines.Line) -> float:
    if "figure" in line.tags:
        return -0.1
    if "contents" in line.tags:
        return 0.0  # a table of contents between the introduction and the sections
    if "code" in line.tags:
        return -0.3  # program text: neither prose nor furniture
    if line.bullet and (line.weight >= 5 or "item" in line.tags) and not line.label:
        if "prose" in line.tags and line.end_punct and line.weight >= _PARAGRAPH_ITEM:
            return line.weight  # "2. The Fed chose to ...": numbered paragraphs are the text
        return -0.8  # an item of a list in the text
    if not re.search(r"[^\W\d_]", line.text):
        return -1.0  # symbols and numbers: code, tables, list counters
    if line.label:
        return -_LABEL_COST
    if line.tags & {"teaser", "reply"}:  # another article's summary, a reader's comment
        return line.weight * _TEASER_SHARE - 1
    if "prose" in line.tags:  # unfinished sentences are mostly headlines and teasers
        return line.weight * _OPEN_SHARE if "open" in line.tags else line.weight
    if line.cjk and _short_sentence(line):
        # A verse, or a Chinese sentence to a line: neither prose enough nor furniture.
        # (An English one is as often a prompt: "Become a Member.")
        return 0.0
    if lines.heading_like(line) or line.bullet:
        return -_HEADING_COST
    return -_OTHER_COST


def _core(ls: list[lines.Line], lang: str | None) -> tuple[int, int]:
    """The densest run of prose: the maximum-sum span of line values."""
    best, best_span = 0.0, (0, 0)
    run, run_start = 0.0, 0
    gap = 0  # non-prose lines in a row: each costs more than the last
    wall = 0  # furniture lines in a row; a long run is a wall the article never crosses
    for i, line in enumerate(ls):
        if "prose" in line.tags or "code" in line.tags or line.bullet:
            wall = 0
        elif line.tags & {"figure", "contents"}:
            pass  # a chart's labels, a table of contents: they neither end nor open the article
        else:
            wall += 1
        if wall >= _WALL:
            run = 0.0
        if run <= 0:
            run, run_start = 0.0, i
        value = _value(line)
        if value > 0:
            gap = 0
        elif "code" not in line.tags and value < -0.8:  # menus, not code or list items
            gap += 1
            value *= 1 + _GAP_GROWTH * (gap - 1)
        run += value
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span


def _extend(ls: list[lines.Line], start: int, end: int) -> tuple[int, int]:
    """Take in a paragraph that only a short box (ad, links, caption) parts from the body."""
    while end < len(ls):
        if _short_sentence(ls[end]):  # "The next meeting is in June." closing the text
            end += 1
            continue
        run_end = _phrase_run_end(ls, end, len(ls))
        below = _letters_near(ls, run_end, 1, len(ls) - 1)
        if end > start and run_end > end and _text_side(ls[end - 1]):
            if below < len(ls) and _text_side(ls[below]):
                end = below + 1  # a sentence set one phrase to a line (WeChat's), then more
                continue
            closing = [k for k in range(end, run_end) if _short_sentence(ls[k])]
            if closing and closing[-1] + 1 - end >= _PHRASE_RUN:
                end = closing[-1] + 1  # the text's last lines, closing on "开始搓搓手了！！！"
                continue  # (a source's line after them, "来源：无锡交警", stays out)
        j = _across_box(ls, end, 1, labelled_prose=False)
        if j is not None and j < len(ls) and (listed := _list_under_box(ls, j)) is not None:
            j = listed  # "Die wichtigsten Punkte des Beschlusses:" over its items, then more
        if j is None or j >= len(ls) or "prose" not in ls[j].tags or not ls[j].end_punct:
            return start, end
        if "teaser" in ls[j].tags:
            return start, end  # the summary of another article under its headline
        end = j + 1
        while end < len(ls) and "prose" in ls[end].tags:
            end += 1
    return start, end


def _list_under_box(ls: list[lines.Line], j: int) -> int | None:
    """The paragraph under a list the text announces right after a box, else None.

    "Die wichtigsten Punkte des Beschlusses:" over three short items, then a
    paragraph: the text goes on under the sign-up box, a list first.
    """
    if not _list_opener(ls[j]):
        return None
    k = j + 1
    while k < len(ls) and k - j <= _LISTED_ITEMS and _list_item_line(ls[k]):
        k += 1
    if k - j - 1 < _LIST_INTRO_ITEMS or k >= len(ls):
        return None
    return k if "prose" in ls[k].tags and ls[k].end_punct else None


def _list_opener(line: lines.Line) -> bool:
    return not line.label and line.weight >= _LIST_INTRO_WORDS and line.text.endswith(":")


def _list_item_line(line: lines.Line) -> bool:
    # (an item may read as a date line: "Sperrung ab 1. Januar 2025")
    return line.label in (None, "date") and "prose" not in line.tags and line.weight <= 15


_LISTED_ITEMS = 12


def _across_box(ls: list[lines.Line], j: int, step: int, *, labelled_prose: bool) -> int | None:
    """The line past a short box from ``j`` on, going ``step`` (1 down, -1 up).

    The box is furniture a text may hold between two paragraphs (an ad, a
    caption, links, a sign-up box whose pitch, field, button and terms count
    as one line, a bare heading), at most ``_BOX_LINES`` of it; None when
    another line (a date, a byline, a share row) stands in it first. Going
    up, a labelled line of prose (a sign-up box's pitch) is the box's too.
    """
    units = 0
    while 0 <= j < len(ls) and units < _BOX_LINES:
        line = ls[j]
        if "prose" in line.tags and not (labelled_prose and line.label):
            break
        if step == 1 and _list_opener(line):
            break  # the text goes on with a list it announces ("Die wichtigsten Punkte:")
        boxed = line.label is None and lines.heading_like(line)
        counter = lines.PHOTO_COUNT.fullmatch(line.text.strip()) is not None
        if line.label not in _BOX_LABELS and not boxed and not counter:
            return None
        # (a gallery's "2 / 8" goes with the caption beside it: one picture, one unit)
        if not (line.label == "newsletter" and ls[j - step].label == "newsletter" or counter):
            units += 1
        j += step
    return j


def _live_entries_above(ls: list[lines.Line], start: int) -> int:
    """The start moved over a live blog's first entries: a stamp, a heading, then the text.

    India Today's entries open "Nov 14, 2024 17:05 IST" / "AQI dips slightly in the
    evening" / the entry's text; the day in the stamp read as the header's date, and the
    newest entry as the header.
    """
    while start >= 2 and _entry_stamp(ls, start - 2):
        start -= 2
    return start


def _entry_stamp(ls: list[lines.Line], i: int) -> bool:
    """Whether line ``i`` stamps a live entry: its heading and text under it, more below."""
    return (
        i + 2 < len(ls)
        and textlabels.live_stamp(ls[i])
        and not ls[i + 1].label
        and lines.heading_like(ls[i + 1])
        and "prose" in ls[i + 2].tags
        and _stamps_below(ls, i + 2)
    )


def _stamps_below(ls: list[lines.Line], start: int) -> bool:
    """Whether two more entries' stamps follow within the next forty lines."""
    return sum(textlabels.live_stamp(ln) for ln in ls[start : start + _STAMP_REACH]) >= 2


_STAMP_REACH = 40


def _extend_up(ls: list[lines.Line], start: int) -> int:
    """Take in the paragraphs that only a short box (an ad, a sign-up form) parts from the body.

    ``_extend``'s rule, upwards: two paragraphs under the byline, then an ad
    and a newsletter's sign-up box, then the rest of the text; the box costs
    more than the two paragraphs weigh, so the densest run starts under it.
    A labelled line (a date, a byline, a share row) ends the search: the
    header is above it.
    """
    while start > 0:
        j = _across_box(ls, start - 1, -1, labelled_prose=True)
        if j is None or j < 0 or j == start - 1:
            return start
        if not _full_sentence(ls[j]) or "teaser" in ls[j].tags:
            return start
        while j > 0 and "prose" in ls[j - 1].tags and not ls[j - 1].label:
            j -= 1
        start = j
    return start


def _first_label(ls: list[lines.Line], start: int, end: int) -> bool:
    """Whether the line over the text labels its first part as the text labels the others.

    A transcript's first answer has its speaker and time ("Maria Lopez
    00:00:12") like every later one, which stay in the text; a live blog's
    first stamp ("21.58 GMT") goes like its others.
    """
    key = textmeta.letters_key(ls[start - 1])
    if not key or key not in textmeta.numbered_labels(ls):
        return False
    others = [ln for ln in ls[start:end] if textmeta.letters_key(ln) == key]
    return bool(others) and all(ln.label is None for ln in others)


def _list_opening(ls: list[lines.Line], start: int) -> int:
    """Take in the first items of a numbered list whose later items open the text.

    A "key points" box ("划重点：" over "1. …" to "4. …") opens on items too
    short to count as paragraphs; the longer ones further down start the text.
    """
    first = start
    while first > 0 and _item_before(ls[first - 1], ls[first]):
        first -= 1
    if first == start:
        return start
    label = ls[first - 1] if first else None
    if label is not None and not label.label and label.text.endswith((":", "：")):
        first -= 1  # the list's label, "Key points:"
    return first


def _key_points_above(ls: list[lines.Line], start: int) -> int:
    """Take in the story's key points, a labelled list of sentences right over the text.

    RTBF's live page sets "L'essentiel" over four bulleted sentences between
    the lead photo's caption and the first entry; the densest run starts
    under them. A short label, then two to eight bulleted full sentences,
    under the header's last line (a caption, the share row, the date or the
    byline): the article's own summary.
    """
    first = start
    while first > 0 and ls[first - 1].bullet and _point(ls[first - 1]):
        first -= 1
    items = start - first
    if not _KEY_POINTS[0] <= items <= _KEY_POINTS[1] or first < 2:
        return start
    label, above = ls[first - 1], ls[first - 2]
    if label.label or label.bullet or label.end_punct or label.weight > _KEY_LABEL_WORDS:
        return start
    if above.label not in ("caption", "share", "date", "byline"):
        return start
    return first - 1


def _point(line: lines.Line) -> bool:
    """A key point: a sentence of prose, however short ("Le trafic devrait reprendre …")."""
    return "prose" in line.tags and line.end_punct and line.weight >= _POINT_WORDS


_POINT_WORDS = 5
_KEY_POINTS = (2, 8)
_KEY_LABEL_WORDS = 3  # "L'essentiel", "Key points", "Das Wichtigste"


def _item_before(line: lines.Line, item: lines.Line) -> bool:
    """Whether ``line`` is the item numbered right before ``item`` in the same list."""
    a, b = _ITEM_NUMBER.match(line.text), _ITEM_NUMBER.match(item.text)
    return (
        a is not None
        and b is not None
        and int(a[1]) + 1 == int(b[1])
        and "prose" in line.tags
        and line.end_punct
        and not line.label
    )


_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]\s")


def _list_article(ls: list[lines.Line], start: int, end: int) -> tuple[int, int]:
    """A page of little prose whose longest list is longer: the list is the article."""
    prose = sum(ln.weight for ln in ls[start:end] if "prose" in ln.tags)
    if prose >= _LIST_ARTICLE_PROSE or any(_full_sentence(ln) for ln in ls[start:end]):
        return start, end  # a short news brief is still prose, whatever list follows it
    best, best_span = 0.0, (start, end)
    i = 0
    while i < len(ls):
        j = i
        while j < len(ls) and ls[j].bullet and ls[j].label is None:
            j += 1
        boxed = i > 0 and ls[i - 1].label in ("related", "menu", "share", "newsletter")
        if (
            j - i >= _LIST_ARTICLE_ITEMS
            and not boxed
            and (sum(ln.weight for ln in ls[i:j]) > max(best, prose))
        ):
            best, best_span = sum(ln.weight for ln in ls[i:j]), (i, j)
        i = j + 1
    return best_span


def _full_sentence(line: lines.Line) -> bool:
    """A line of prose of ten words or more that ends like a sentence."""
    return "prose" in line.tags and line.weight >= 10 and line.text[-1] in ".!?。！？"


def _short_sentence(line: lines.Line) -> bool:
    """A short line that closes a sentence, in brackets or not ("（文中张严为化名。）")."""
    return (
        line.label is None
        and line.end_punct
        and line.text.rstrip(_CLOSING_BRACKETS).endswith((".", "!", "?", "。", "！", "？"))
        and (line.words >= 3 and line.stop_share >= 0.1 or line.cjk >= 6)
    )


_CLOSING_BRACKETS = ")）]】」』"


def _words_key(text: str) -> str:
    """Folded words with single spaces: repeats are found on word boundaries."""
    return re.sub(r"[\W_]+", " ", fold(text)).strip()


def _under_own_header(ls: list[lines.Line], start: int, end: int) -> int:
    """The start moved under the article's headline and date when one lone paragraph is above.

    A site's notice or a breaking-news banner over the headline and its
    date line ("我司杂志提供免费订阅，…保留追究其法律责任的权利！" over
    "阿里发布最强AI芯片…" and "时间：2019-09-25") reads as the text's first
    paragraph; the text starts under its own headline and date.
    """
    signed = _under_own_byline(ls, start, end)
    if signed is not None:
        return signed
    dated = next(
        (
            i
            for i in range(start + 2, min(end - 1, start + _OWN_HEADER_REACH))
            if ls[i].label == "date" and ls[i].date_iso
        ),
        None,
    )
    if dated is None:
        return start
    under = dated + 1
    if under < end - 1 and "prose" not in ls[under].tags and _reading_time(ls[under]):
        under += 1  # "阅读约 9 分钟" under the date
    while under < end - 1 and ls[under].label == "share":
        under += 1  # "1.8K shares Facebook X LinkedIn Email" under the date
    if "prose" not in ls[under].tags:
        # Under a headline that reads as a sentence, the rest of the byline block: an
        # update's date, the writer, a player's button, the lead photo's caption.
        below = _byline_block_end(ls, under, end)
        if below is not None and _asked_headline(ls, start, dated, ls[under:below]):
            return below
        return start
    if _asked_headline(ls, start, dated):
        return under
    head = ls[dated - 1]
    signed = head.label == "byline" and "byline" in head.tags and dated - 2 > start
    if signed:
        head = ls[dated - 2]  # sspai: the headline, the writer's name, the date
    if head.label or head.end_punct or not lines.heading_like(head) or "prose" in head.tags:
        return start
    above = [ln for ln in ls[start : head.index] if "prose" in ln.tags]
    # (A box's two paragraphs over a signed headline: "Matrix 首页推荐" and its notice.)
    return under if 1 <= len(above) <= (_SIGNED_BOX if signed else 1) else start


def _asked_headline(
    ls: list[lines.Line], start: int, dated: int, after: list[lines.Line] | None = None
) -> bool:
    """Whether the run opens on a headline that asks or quotes, over its byline and date.

    "In Arizona’s farm country, a hard question: Sell the water, or keep the
    town?" closes like a sentence and reads as prose, and so does an
    interview's "Station du Grand-Puy : « Nous avons arrêté de parier sur la
    neige »"; the standfirst, the byline and the date under it (``after``,
    the rest of the block under the date) say it heads the article.
    """
    first = ls[start]
    text = first.text.rstrip()
    if first.weight > _ASKED_WORDS or not (
        text.endswith(("?", "？")) or textmeta.QUOTED_END.search(text)
    ):
        return False
    between = ls[start + 1 : dated]
    signed = any(ln.label == "byline" for ln in [*between, *(after or [])])
    return signed and sum("prose" in ln.tags for ln in between) <= 1


def _byline_block_end(ls: list[lines.Line], i: int, end: int) -> int | None:
    """The first paragraph under the byline block's lines from ``i``, if a few lines down."""
    for j in range(i, min(end - 1, i + _BLOCK_REST)):
        line = ls[j]
        if "prose" in line.tags:
            return j if j > i else None
        credited = "©" in line.text and line.weight <= _CAPTION_SENTENCE  # the photo's caption
        if not (line.label in _BLOCK_LABELS or line.weight <= _BUTTON_WORDS or credited):
            return None
    return None


_BLOCK_REST = 8  # lines of a byline block under its date: update, writer, buttons, caption
_BUTTON_WORDS = 4  # "Écouter l'entretien 7 min", "Portugalete"


_ASKED_WORDS = 20  # a headline's words at most
_OWN_HEADER_REACH = 6  # lines from the run's start to the article's date line, at most
_SIGNED_BOX = 2  # paragraphs of a site's box over a headline signed by its writer, at most


def _reading_time(line: lines.Line) -> bool:
    """A reading time under the date ("阅读约 9 分钟", "5 min read"), as the lexicon knows it."""
    return (
        line.weight <= _READING_TIME_WORDS
        and re.search(r"\d", line.text) is not None
        and boilerplate.lexicon_reason(line.text) == "share"
    )


_READING_TIME_WORDS = 4


def _under_own_byline(ls: list[lines.Line], start: int, end: int) -> int | None:
    """The start under the byline block, when the run opens on a headline, its dek and a byline.

    "« Nous avons oublié… »" / two sentences of standfirst / "Propos recueillis
    par …" / the date and the share buttons, then the text: a headline that
    reads as a sentence and a standfirst of two paragraphs make a run of
    prose the byline block alone splits from the text.
    """
    head = ls[start]
    # (Substack's "… got paint. Now they need buses.": a headline of two short sentences)
    short = head.words <= _SENTENCE_HEADLINE_WORDS and head.text.count(". ") <= 1
    if head.label or not (lines.heading_like(head) or short) or head.words > _HEADLINE_WORDS:
        return None
    for i in range(start + 1, min(end - 1, start + _DEK_LINES + 2)):
        line = ls[i]
        if "byline" in line.tags and line.label == "byline":
            block = i + 1
            # (Substack's like and comment counts, "57" / "14", between the date and "Share")
            while block < end and (ls[block].label in _BLOCK_LABELS or _bare_count(ls[block])):
                block += 1
            dated = any(ls[k].label == "date" for k in range(i, block))
            if dated and block < end and "prose" in ls[block].tags:
                return block
            return None
        if "prose" not in line.tags or line.label:
            return None
    return None


_HEADLINE_WORDS = 25
_SENTENCE_HEADLINE_WORDS = 14  # a headline written as a sentence or two, at most
_DEK_LINES = 2  # paragraphs of a standfirst, at most


def _bare_count(line: lines.Line) -> bool:
    """A number alone on its line: a like or comment counter's, with its icon gone."""
    return re.fullmatch(r"\d{1,6}", line.text.strip()) is not None


_BLOCK_LABELS = frozenset({"date", "share", "newsletter", "byline", "caption", "comments"})


def _read_header(ls: list[lines.Line], start: int, end: int, url: str | None) -> textmeta.Meta:
    """Metadata from the lines above the body and the byline block at its top."""
    meta = textmeta.Meta()
    # The byline block may follow a headline and a standfirst that read as prose.
    # (A lead photo's caption over its credit, between the standfirst and the byline, is
    # none of the text's prose: Kurier's "… seit dem Herbst aber kaum." / "© KURIER/…".)
    prose = [
        i
        for i in range(start, end)
        if "prose" in ls[i].tags
        and "open" not in ls[i].tags
        and not (i + 1 < end and lines.bare_credit(ls[i + 1]))
        # (nor a caption under its credit: Cicero's "Bild: picture alliance/dpa | …")
        and not (i > 0 and lines.bare_credit(ls[i - 1]))
    ]
    limit = prose[1] if len(prose) > 1 else end
    # Nor does it end before the first paragraph: teasers' one-line summaries
    # above the headline read as prose too.
    paragraphs = [i for i in prose if ls[i].weight >= textmeta.PARAGRAPH_WORDS]
    if paragraphs:
        limit = max(limit, paragraphs[0])
    zone_end = min(limit, start + 12)
    if start + 2 < end and _entry_stamp(ls, start):
        zone_end = min(zone_end, start)  # the text opens on a live entry: its stamp is its own
    # ("3h ago" says when, not which day: a feed's or a live blog's stamp, no header of its own.)
    meta_lines = [
        i
        for i in range(0, zone_end)
        if (
            "byline" in ls[i].tags
            or ls[i].label == "date"
            and ls[i].date_iso
            or _yearless_stamp(ls[i])  # "发布时间：01-1417:58": the date line, its year unsaid
        )
        and not textmeta.in_related_box(ls, i)
    ]
    meta_lines = [i for i in meta_lines if not _day_over_menu(ls, i, start)]
    for i in meta_lines:
        _author_box_over(ls, i, meta)
    anchor = _anchor(ls, meta_lines, start)
    block_end = max([i + 1 for i in meta_lines if i >= anchor], default=start)
    textmeta.pick_title(ls, anchor, meta, range(block_end, start))
    textmeta.title_from_first_line(ls, start, meta)
    textmeta.asked_title_under_block(ls, start, end, block_end, meta)
    textmeta.title_read_as_name(ls, start, meta)
    for line in ls[: meta.title_index or 0]:
        # A masthead beside the "today" date, not an author; but a name over the
        # section and the date right above the headline is the writer's (Wired's).
        if (
            "bare-name" in line.tags
            and not textmeta.over_dated_title(ls, line.index, meta)
            and not textmeta.over_contact(ls, line.index)  # (HuffPost's writer box, over it)
        ):
            line.label = None
            line.tags -= {"bare-name", "byline"}
    wiki = textmeta.wiki_title(ls, meta)
    textmeta.pick_site(ls, url, meta)
    if wiki:
        meta.site = wiki
        meta.add("site", wiki, "text")
    if meta.title:
        meta.title = textmeta.strip_site(meta.title, meta.site)
        meta.title = textmeta.printed_alone(ls, meta.title, meta.title_index)
    zone = range(0, zone_end)
    textmeta.pick_authors(ls, zone, meta)
    _co_writers(ls, meta)
    textmeta.pick_date(ls, zone, url, meta)
    for i in meta_lines:
        if _yearless_stamp(ls[i]):
            meta.used.setdefault(i, "date")  # no day to give, but the header ends under it
    body_from = max([start] + [i + 1 for i in meta.used if i < zone_end])
    while body_from < end and textmeta.in_related_box(ls, body_from):
        if ls[body_from].weight >= textmeta.PARAGRAPH_WORDS:
            break
        meta.used[body_from] = "related"  # a teaser of the box the text starts under
        body_from += 1
    textmeta.pick_standfirst(ls, body_from, meta)
    textmeta.dateline_author(ls, body_from, meta)
    textmeta.credit_authors(ls, body_from, end, meta)
    for i in range(body_from):
        if i not in meta.used and lines.caption_after_credit(ls, i):
            meta.used[i] = "caption"  # under its credit, in the header: a lead photo's
    meta.used.update({i: meta.used.get(i, "header") for i in range(0, body_from)})
    after_byline = bool(meta_lines) and body_from == max(meta_lines) + 1
    if meta.subtitle is None and after_byline and body_from < end:
        first = ls[body_from]
        nxt = ls[body_from + 1] if body_from + 1 < end else None
        if (
            not first.label
            and lines.heading_like(first)
            and not first.end_punct
            and first.weight >= 6
            and nxt is not None
            and "prose" in nxt.tags
        ):
            meta.subtitle, meta.subtitle_index = first.text, first.index
            meta.used[first.index] = "subtitle"
            meta.add("subtitle", first.text, "text")
    return meta


def _co_writers(ls: list[lines.Line], meta: textmeta.Meta) -> None:
    """The writers named under the first on lines of their own: "and Daniel Ostrowe".

    The byline's cards stack each writer with a button or a trade under the
    name: "By Kelsey Marhoffer" / "Follow" / "and Daniel Ostrowe" / "Follow"
    (The Wall Street Journal), "Emma Kavanagh" / "Senior Reporter" / "and" /
    "Dan Haygarth" / "Reporter" (Reach's papers). A name after "and" on its
    own line, or alone after a lone "and", a few lines under the last writer
    found, is one more.
    """
    if not meta.authors:
        return
    last = max((i for i, why in meta.used.items() if why == "byline"), default=None)
    if last is None:
        return
    i = last + 1
    while i < min(len(ls), last + 1 + _CO_WRITER_REACH):
        line = ls[i]
        joined = _AND_NAME.match(line.text.strip())
        name = joined.group(1) if joined else None
        if line.text.strip().casefold() in _ANDS and i + 1 < len(ls):
            name, i = ls[i + 1].text.strip(), i + 1
        if name and lines.looks_like_name(name) and name not in meta.authors:
            meta.authors = (*meta.authors, name)
            meta.add("authors", name, "byline")
            meta.used[i] = "byline"
            meta.used.setdefault(line.index, "byline")
        elif not (line.weight <= _NAME_WORDS and not line.end_punct):
            return  # (buttons and trades are short: "Follow", "Senior Reporter")
        i += 1


_AND_NAME = re.compile(r"^(?:and|und|et|y|e|en|och|og)\s+(\S.{2,40})$", re.IGNORECASE)
_ANDS = frozenset({"and", "und", "et", "y", "e", "en", "och", "og", "&"})
_CO_WRITER_REACH = 4


def _author_box_over(ls: list[lines.Line], i: int, meta: textmeta.Meta) -> None:
    """Set aside the author box that a count of the writer's stories closes.

    Genbeta prints the writer's name, trade, handle and a bio of a sentence
    or two between the standfirst and the date, closed by "166 publicaciones
    de Nerea Salcedo": the bio would be read as the headline.
    """
    posts = lines.POSTS_BY.fullmatch(ls[i].text.strip())
    if posts is None:
        return
    named = [j for j in range(max(0, i - _AUTHOR_BOX_LINES), i) if ls[j].text == posts["name"]]
    for j in range(named[0] if named else i, i):
        meta.used.setdefault(j, "byline")


_AUTHOR_BOX_LINES = 8  # the name, its trade, a handle and a bio, twice over at most


def _headings_over_text(ls: list[lines.Line], start: int, meta: textmeta.Meta) -> int:
    """Take in the headings between the byline block and the first paragraph.

    A feature opens on its first section's heading and subheadings, set right
    under the date line (the lead photo's caption between): they are the
    text's, as the same headings further down are. Tags and buttons there are
    a word or two, or carry a label, and stay out; a single line there is as
    often a photo's caption, a name or the tags run together.
    """
    top = start
    while top > 0 and start - top < _TOP_HEADINGS and _top_heading(ls[top - 1], meta):
        top -= 1
    if start - top < 2:
        return start
    above = top - 1
    while above >= 0 and (ls[above].label == "caption" or meta.used.get(above) == "caption"):
        above -= 1
    if above < 0 or not (ls[above].label in ("date", "byline") or "byline" in ls[above].tags):
        return start
    for i in range(top, start):
        meta.used.pop(i, None)
    return top


def _bio_over_text(ls: list[lines.Line], start: int, end: int, meta: textmeta.Meta) -> int:
    """The text's start past a bio of its author set between the byline and the text.

    TechCrunch printed "Alexia Tsotsis currently works for TechCrunch as a
    writer. …" under her byline, over the article: the first paragraph, if
    it opens with the byline's whole name and a verb of a bio, and two more
    follow.
    """
    first = next((i for i in range(start, end) if "prose" in ls[i].tags), None)
    if first is None:
        return start
    line = ls[first]
    text = _NAME_ARTICLE.sub("", line.text)
    above = ls[first - 1] if first > 0 else None
    # Strong Towns: the writer's name alone over the bio, no "By", no date beside it
    alone = (
        above.text.strip()
        if above is not None and not meta.authors and lines.looks_like_name(above.text)
        else None
    )
    named = meta.authors or ((alone,) if alone else ())
    name = next((a for a in named if text.lower().startswith(a.lower())), None)
    if (
        name is None
        or not lines.BIO_VERBS.match(text[len(name) :])
        or not _more_prose(ls, first + 1, end)
    ):
        return start
    if alone and name == alone and above is not None:
        meta.authors = (alone,)
        meta.add("authors", alone, "byline")
        meta.used[above.index] = "byline"
    line.label = "bio"
    return first + 1


def _top_heading(line: lines.Line, meta: textmeta.Meta) -> bool:
    return (
        meta.used.get(line.index, "header") == "header"
        and line.label is None
        and line.lexicon is None
        and not line.bullet
        and not line.tags & {"byline", "prose"}
        and not line.date_iso
        and line.weight >= 4
        and not _SENTENCE_STOP.search(line.text)  # "Workers inspect a pipe. (AP)": a caption
        and not lines.ROLE.match(line.text)  # "Ada Byrne, science writer": the writer's
        and not _KO_TRADE_END.search(line.text)  # "고규홍 나무 칼럼니스트"
        and (lines.heading_like(line) or line.text.endswith(("?", "？")))
    )


_KO_TRADE_END = re.compile(names.KO_TRADES + r"$")
_SENTENCE_STOP = re.compile(r"[.。](?:\s|$)")


def _yearless_stamp(line: lines.Line) -> bool:
    """A "published" label over a day and time with no year: the header's date line."""
    return (
        line.label is None
        and not line.date_iso
        and line.weight <= _DATE_LINE_WORDS
        and textmeta.yearless_day(line.text) is not None
    )


_FURNITURE_GAP = 12  # labelled lines between two pieces of one byline block, at most


def _day_over_menu(ls: list[lines.Line], i: int, start: int) -> bool:
    """A date line over the menu, the menu running down to the headline: the page's day.

    RTHK prints "2025年8月5日 星期二" under its name, then its sections one a
    line, then the headline over the text; the story's own time is under it.
    """
    line = ls[i]
    if line.label != "date" or "byline" in line.tags or not 0 < start - i:
        return False
    if not dates.has_weekday(line.text):
        return False  # (the day's bar names its weekday; a story's date seldom does)
    gap, head = ls[i + 1 : start - 1], ls[start - 1]
    return (
        len(gap) >= _MENU_UNDER_DAY
        and all(
            # (not "保存 / 共有 / 印刷" under the story's date; "* Newsletters" is a section)
            (ln.label in (None, "menu") or ln.label == "newsletter" and ln.weight <= 1)
            and ln.weight <= _MENU_ITEM_WORDS
            and not ln.end_punct
            and not ln.date_iso
            for ln in gap
        )
        and not head.label
        and lines.heading_like(head)
        and head.weight >= _MENU_ITEM_WORDS + 1
    )


_MENU_UNDER_DAY = 3  # items of a menu between the page's day and the headline, at least
_MENU_ITEM_WORDS = 3


def _anchor(ls: list[lines.Line], meta_lines: list[int], start: int) -> int:
    """The top of the byline block nearest the body, where the title search begins."""
    if any("byline" in ls[i].tags for i in meta_lines if i < start):
        # A byline over the text heads the block; a date under the first paragraph is a
        # photo's ("27-06-2012 | Efe" under the standfirst), not the header's.
        meta_lines = [i for i in meta_lines if i < start or "byline" in ls[i].tags]
    if not meta_lines:
        return start
    top = meta_lines[-1]
    while True:
        above = [i for i in meta_lines if i < top]
        if not above:
            break
        gap = ls[above[-1] + 1 : top]
        # Tags between the byline and the date (Nikkei prints ten) keep the block whole.
        tags = _TAGS_AT_LEAST <= len(gap) <= _TAG_LIST and all(
            ln.weight <= _TAG_WORDS and not ln.end_punct and "prose" not in ln.tags for ln in gap
        )
        # (A share row, an app's link and a note of the original headline between the date
        # and the source line, as Sina prints them, are furniture of one header.)
        unlabelled = [ln for ln in gap if not ln.label]
        if not tags and (
            any(not ln.label and "prose" in ln.tags for ln in gap)
            or len(unlabelled) > 6
            or len(gap) > _FURNITURE_GAP
            or any(not ln.label and lines.heading_like(ln) and ln.weight > 3 for ln in gap)
        ):
            break
        top = above[-1]
    # "News provided by" / "Acme Ltd." pairs: the label line belongs to the block.
    while top > 0 and ls[top - 1].label == "boilerplate" and ls[top - 1].weight <= 4:
        top -= 1
    return top


def _count_over_text(ls: list[lines.Line], i: int, end: int, seen_prose: float) -> bool:
    """Whether a comment count ("Kommentare 9") heads the article, not the comments.

    der Freitag prints the count among the header's reading time and share
    buttons, right over the first paragraph; a comment section opens under
    the text, its entries short and signed. The count is a button when long
    paragraphs follow it and they outweigh, three to one, the prose above.
    """
    line = ls[i]
    if line.weight > _COUNT_WORDS or not any(ch.isdigit() for ch in line.text):
        return False
    nxt = ls[i + 1] if i + 1 < end else None
    if nxt is None or nxt.weight < textmeta.PARAGRAPH_WORDS or nxt.label:
        return False
    after = sum(ln.weight for ln in ls[i + 1 : end] if "prose" in ln.tags and not ln.label)
    return after > _TEXT_UNDER_COUNT * max(seen_prose, 1.0)


_COUNT_WORDS = 3  # "Kommentare 9", "Comments (12)"
_TEXT_UNDER_COUNT = 3


def _cut_tail(ls: list[lines.Line], start: int, end: int, meta: textmeta.Meta) -> int:
    """End the body at the comments, the author box or the author's signature."""
    author_keys = {key(a) for a in meta.authors} | {key("by " + a) for a in meta.authors}
    first_names = {a.split()[0].lower() for a in meta.authors if " " in a}
    seen_prose = 0.0
    last_paragraph = start
    signed_entries: set[str] = set()
    for i in range(start, end):
        line = ls[i]
        if i in meta.used:
            continue
        box_ends = line.label == "newsletter" and not _goes_on(ls, i, end)
        # A short text ends at a section heading too when another box's heading follows it
        # ("Most Popular", then "Newsletters"): furniture stacked under the text.
        stacked = i + 1 < end and ls[i + 1].label in ("newsletter", "related", "menu")
        related_ends = (
            seen_prose >= (_NEXT_ARTICLE_AFTER // 2 if stacked else _NEXT_ARTICLE_AFTER)
            and line.label == "related"
            and line.weight <= _SECTION_HEAD_WORDS
            and _over_after_box(ls, i, end, seen_prose)
        )  # "Most read", "More on this story", and no paragraph after it: the article is over
        feed = (
            seen_prose >= _NEXT_ARTICLE_AFTER
            and line.label == "date"
            and dates.is_relative(line.text, counted=True)
            and any(
                ln.label in ("share", "related")
                for ln in ls[max(start, min(i - 12, last_paragraph)) : i]
            )
        )  # "3 minutes ago" after the share bar: a feed of other stories has begun
        # (however many teasers' headlines stand between the bar and the stamp)
        # "责任编辑：刘响": the editor in charge signs off a Chinese article; what follows is
        # the portal's (its sections, other stories), unless the text goes on in paragraphs.
        signed_off = bool(boilerplate.EDITOR_IN_CHARGE.match(line.text)) and not _paragraphs_go_on(
            ls, i + 1, end
        )
        named = bool(seen_prose) and line.key in author_keys
        # (A live blog's writers sign each entry, the last one too: a name that signed an
        # entry above with prose after it signs one more, no text's end.)
        signature = (
            named
            and line.key not in signed_entries
            and not _text_goes_on(ls, i + 1, end, seen_prose)
        )
        if named and not signature and line.weight <= _NAME_WORDS:
            line.label = "byline"  # the author named alone in a card inside the text
            signed_entries.add(line.key)
            continue
        if line.label == "comments" and _count_over_text(ls, i, end, seen_prose):
            line.label = "share"  # "Kommentare 9" in the header, the article under it
            continue
        # "Etichete: Cluj-Napoca trotinete", "関連キーワード" over bullets: the tags close it
        tagged = seen_prose >= _NEXT_ARTICLE_AFTER and (
            _tags_label(ls, i, end) or _tag_run_under_paragraph(ls, i, end)
        )
        if seen_prose and (
            line.label in _TERMINAL
            or signature
            or box_ends
            or feed
            or related_ends
            or signed_off
            or tagged
        ):
            if signature:
                line.label = "byline"
            if feed:  # the feed began at the bar or box under the last paragraph
                boxes = range(last_paragraph + 1, i)
                return next((k for k in boxes if ls[k].label in ("share", "related")), i)
            return i
        words = line.text.split()
        if (
            seen_prose
            and "prose" in line.tags
            and words
            and (
                _NAME_ARTICLE.sub("", line.text)
                .lower()
                .startswith(tuple(a.lower() for a in meta.authors))
                or words[0].lower() in first_names
                or _family_name_first(line.text, meta.authors)
            )
            and lines.BIO_VERBS.match(_after_name(line.text, meta.authors))
        ) or (seen_prose and _role_bio(line) and not _more_prose(ls, i + 1, end)):
            line.label = "bio"
            return i
        if "prose" in line.tags:
            seen_prose += line.weight
            if line.end_punct and line.weight >= textmeta.PARAGRAPH_WORDS:
                last_paragraph = i
    return end


def _tags_label(ls: list[lines.Line], i: int, end: int) -> bool:
    """Whether line ``i`` opens the article's tags: their label, then the tags.

    The tags stand right under the text on most news pages, whatever follows
    them (an author's box, a donation appeal, comments, most-read lists), and
    their label is a word any language's pages share: "Tags: Linux Mint",
    "Etichete: Cluj-Napoca trotinete", "關鍵字： 阿里山、櫻花", or "Temas" and
    "関連キーワード" over a list of short items.
    """
    line = ls[i]
    found = _TAGS_LABEL.match(line.text.strip())
    if not found or line.weight > _TAGS_LINE_WEIGHT:
        return False
    rest = found.group(1).strip()
    if rest:  # the tags on the label's line: short names, no sentence
        items = [t for t in re.split(r"[\s,，、;|#·]+", rest) if t]
        return len(items) >= 2 and not line.end_punct
    under = 0
    for below in ls[i + 1 : min(end, i + 1 + _TAGS_AT_LEAST)]:
        if below.end_punct or below.weight > _TAG_WORDS or below.date_iso:
            break
        under += 1
    return under >= 2


def _tag_run_under_paragraph(ls: list[lines.Line], i: int, end: int) -> bool:
    """Whether line ``i`` opens a bulleted run of tags right under a finished paragraph.

    France Inter and Brunch list the story's tags, unlabelled, under its last
    sentence ("* Montagne", "* Ski", "* Climat"). A list the text announces
    ends its paragraph with a colon, and its items are seldom all one or two
    words without a figure.
    """
    if i == 0 or not _tag_item(ls[i]) or i + _TAG_ITEMS > end:
        return False
    above = ls[i - 1]
    if "prose" not in above.tags or not above.text.rstrip().endswith(_SENTENCE_STOPS):
        return False
    return all(
        _tag_item(ln) and _TAG_NAME.fullmatch(ln.text.strip(" *•·-")) is not None
        for ln in ls[i : i + _TAG_ITEMS]
    )


#: A tag is a name: capitalised words, or words of a script without capitals ("제주", "気候").
_TAG_NAME = re.compile(r"(?:[^\W\d_a-z][\w'’-]*)(?:\s[\w'’-]+){0,3}")
_SENTENCE_STOPS = (".", "!", "?", "。", "！", "？", "»", "”", '"', "」", "…")


#: The label over an article's tags. The lexicon's "tags" marks the line as furniture
#: wherever it stands; this one ends the text when it stands under it.
_TAGS_LABEL = re.compile(
    r"^(?:tags?|tagged(?: with| in)?|topics|related topics|keywords|filed under|schlagw[oö]rter"
    r"|schlagworte|stichw[oö]rter|themen|mots[- ]cl[ée]s|th[èe]mes|sujets|etiquetas|temas"
    r"|t[óo]picos(?: relacionados)?|assuntos|argomenti|parole chiave|onderwerpen|trefwoorden"
    r"|etichete|subiecte|kata kunci|topik|tagi|t[ée]mata|[šs]t[ií]tky|etiketler|konular"
    r"|t[ừu] kh[óo]a|[äa]mnen|emner|stikkord|taggar"
    r"|関連キーワード|キーワード|タグ|关键字|關鍵字|关键词|關鍵詞|标签|標籤|태그|키워드)"
    r"\s*[:：]?\s*(.*)$",
    re.IGNORECASE,
)
_TAGS_LINE_WEIGHT = 25  # a label and a dozen tags


def _tags_under_text(ls: list[lines.Line], start: int, end: int) -> int:
    """End the text above a list of short labels that closes it: the article's tags.

    Toutiao copies its tags as a bulleted list ("* 四川", "* 户外运动") under
    the credits; a list the text announces ("What you'll need:") or a section
    heading opens is the text's own.
    """
    j = end
    while j > start and ls[j - 1].label and not ls[j - 1].bullet:
        j -= 1  # buttons under the tags ("收藏")
    k = j
    while k > start and _tag_item(ls[k - 1]):
        k -= 1
    above = ls[k - 1] if k > start else None
    if j - k < _TAG_ITEMS or above is None:
        return end
    # Under a paragraph or the credits; "What you'll need:" or a heading opens a list.
    return k if "prose" in above.tags or above.label else end


def _tag_item(line: lines.Line) -> bool:
    return (
        line.bullet
        and not line.label
        and line.weight <= _TAG_WEIGHT
        and not line.end_punct
        and not any(ch.isdigit() for ch in line.text)
    )


_TAG_ITEMS = 4
_TAG_WEIGHT = 3


def _over_after_box(ls: list[lines.Line], i: int, end: int, seen_prose: float) -> bool:
    """Whether the article is over at the box heading at line ``i``.

    It is when no paragraph follows. It is also when a list of headlines
    follows the heading, no paragraph comes before the next box's heading
    ("You Might Also Like", its links, an author's line and tags, then "More
    from WIRED"), and what prose follows is little beside the text above:
    teaser cards' summaries (headline, summary, author) aside, the site's
    blurb. A box in the middle of the text has more of the article under it.
    """
    paragraphs = [
        ln
        for ln in ls[i + 1 : end]
        if "prose" in ln.tags and ln.end_punct and ln.weight >= textmeta.PARAGRAPH_WORDS
    ]
    if not paragraphs:
        return True
    cards = _teaser_cards(ls, i + 1, end)
    after = [ln for ln in paragraphs if not _card_summary(ls, ln.index) and ln.index not in cards]
    listed = ls[i + 1 : i + 1 + _BOX_HEADLINES]
    headlines = len(listed) == _BOX_HEADLINES and all(
        not ln.end_punct and 4 <= ln.weight <= 25 and not ln.bullet for ln in listed
    )
    headlines = headlines or len(cards) >= _BOX_CARDS
    next_box = next(
        (
            ln.index
            for ln in ls[i + 1 : end]
            if ln.label in ("related", "newsletter") and ln.weight <= _SECTION_HEAD_WORDS
        ),
        end,
    )
    return headlines and (
        not after
        or after[0].index > next_box
        and sum(ln.weight for ln in after) < seen_prose * _BOX_REST_SHARE
    )


#: Headlines in a row under a box's heading that make it a list of links.
_BOX_HEADLINES = 3
#: Prose under such a box, beside the text above it, that is not more of the article.
_BOX_REST_SHARE = 0.1


_BOX_CARDS = 2  # teaser cards in a row under a box's heading that make it a list of links


def _teaser_cards(ls: list[lines.Line], j: int, end: int) -> set[int]:
    """The summaries of the teaser cards from line ``j`` on: headline, summary, stamp, again.

    "为你推荐" over "<headline> / <a sentence of summary> / 2019-09-3007:42", card
    after card: each summary is prose, but none is more of the article.
    """
    found: set[int] = set()
    while j + 1 < end and j + 2 < len(ls):  # (the last stamp may stand past the text's end)
        head, summary, stamp = ls[j], ls[j + 1], ls[j + 2]
        if not (
            head.label is None
            and 4 <= head.weight <= 25
            and "prose" in summary.tags
            and (
                stamp.label == "date" or stamp.weight <= 4 and any(c.isdigit() for c in stamp.text)
            )
            and not stamp.end_punct
        ):
            break
        found.add(summary.index)
        j += 3
    return found


def _card_summary(ls: list[lines.Line], i: int) -> bool:
    """A teaser card's summary: a headline above it, its author's name below it."""
    if "teaser" in ls[i].tags:
        return True
    above = ls[i - 1] if i else None
    below = ls[i + 1] if i + 1 < len(ls) else None
    return (
        above is not None
        and below is not None
        and not above.end_punct
        and 4 <= above.weight <= 25
        and lines.looks_like_name(below.text)
    )


def _goes_on(ls: list[lines.Line], i: int, end: int) -> bool:
    """Whether the article goes on under the sign-up box at line ``i``.

    A sentence of prose or a table within a few lines after the box's last
    line: a box followed by more furniture ends the article.
    """
    j = i + 1
    while j < end and ls[j].label == "newsletter":
        j += 1
    return any(
        ("prose" in ln.tags and ln.end_punct) or "code" in ln.tags
        for ln in ls[j : min(end, j + 1 + _BOX_LINES)]
    )


def _next_article(ls: list[lines.Line], i: int, end: int) -> bool:
    """A headline with a date or byline beside it, then prose: another article begins."""
    window = ls[i : min(end, i + 4)]
    if len(window) < 3 or "prose" in window[0].tags:
        return False
    stamp = [k for k, ln in enumerate(window) if ln.label == "date" or "byline" in ln.tags]
    head = [k for k, ln in enumerate(window) if _headline(ln)]
    text = [k for k, ln in enumerate(window) if "prose" in ln.tags and ln.end_punct]
    return (
        bool(stamp and head and text)
        and max(stamp[0], head[0]) < text[0]
        and min(stamp[0], head[0]) == 0
    )


def _headline(line: lines.Line) -> bool:
    return (
        line.label is None
        and "prose" not in line.tags
        and 5 <= line.weight <= 25
        and (not line.end_punct)
    )


def _family_names(name: str) -> tuple[str, ...]:
    """The forms of a name's family part an op-ed's note signs with: "Thapa Magar", "Magar"."""
    words = name.split()
    return (" ".join(words[1:]), words[-1]) if len(words) > 1 else ()


def _family_name_first(text: str, authors: tuple[str, ...]) -> bool:
    """Whether a line opens on an author's family name, then a space ("Thapa Magar is …")."""
    return any(text.startswith(form + " ") for name in authors for form in _family_names(name))


def _after_name(text: str, authors: tuple[str, ...]) -> str:
    text = _NAME_ARTICLE.sub("", text)
    low = text.lower()  # "Mark di Stefano" signs what the byline printed "Mark Di Stefano"
    for name in sorted(authors, key=len, reverse=True):
        # (the whole name, the first name, or the family name: "Thapa Magar is an urban
        # planner …" under Sabina Thapa Magar's column)
        for form in (name, name.split()[0], *_family_names(name)):
            if low.startswith(form.lower()):
                return text[len(form) :]
    return ""


def _role_bio(line: lines.Line) -> bool:
    """A person's name, then their trade: "Jane Doe is a reporter for ..."."""
    m = _ROLE_BIO.match(line.text)
    return m is not None and line.weight <= 60 and lines.looks_like_name(m.group(1))


def _more_prose(ls: list[lines.Line], i: int, end: int) -> bool:
    """Whether two more paragraphs follow: a bio closes the text, it does not open a section."""
    return sum("prose" in ln.tags for ln in ls[i:end]) >= 2


def _text_goes_on(ls: list[lines.Line], i: int, end: int, before: float) -> bool:
    """Whether the text goes on under the author's name: a card's credit, not a signature.

    Ghost's bookmark card names the author of the page it links to ("Mira
    Holt" under "The Thursday Tally"), then the essay goes on for as long
    again; a signature ends the text, comments or teasers under it.
    """
    paragraphs = [
        ln
        for ln in ls[i:end]
        if "prose" in ln.tags and ln.end_punct and ln.weight >= textmeta.PARAGRAPH_WORDS
    ]
    after = sum(ln.weight for ln in paragraphs)
    commented = any(ln.label == "comments" for ln in ls[i:end])
    return len(paragraphs) >= _PARAGRAPHS_ON and after >= before / 2 and not commented


_PARAGRAPHS_ON = 3
_NAME_WORDS = 4


def _paragraphs_go_on(ls: list[lines.Line], i: int, end: int) -> bool:
    """Whether two paragraphs in a row follow: the text goes on, not teasers' summaries.

    Under a portal's sign-off, the boxes of other stories print a headline, a
    summary and a date per story: prose, one paragraph at a time.
    """
    return any("prose" in a.tags and "prose" in b.tags for a, b in itertools.pairwise(ls[i:end]))


_PULL_QUOTE_WORDS = 7


class _Echoes:
    """The words of the body's paragraphs, indexed by pairs, to find a line repeated inside one.

    A pull quote repeats a sentence of a paragraph; looking each short line up
    by its rarest run of words keeps the search near linear in the length of the text.
    """

    def __init__(self, keys: list[str]) -> None:
        self.own = Counter(keys)
        self.words: list[str] = []
        for k in keys:
            self.words.extend(k.split())
            self.words.append("\n")  # no match runs from one paragraph into the next
        self.at: dict[tuple[str, ...], list[int]] = {}
        w = self.words
        for grams in (zip(w, w[1:], strict=False), zip(w, w[1:], w[2:], strict=False)):
            for p, gram in enumerate(grams):
                self.at.setdefault(gram, []).append(p)

    def repeats(self, k: str) -> bool:
        """Whether ``k`` stands inside the paragraphs more often than as a paragraph."""
        want = k.split()
        if len(want) < 2:
            return False
        n = len(want)
        # Anchor on the line's rarest run of three words (two in a two-word line).
        size = min(n, 3)
        shift, places = min(
            ((j, self.at.get(tuple(want[j : j + size]), [])) for j in range(n - size + 1)),
            key=lambda item: len(item[1]),
        )
        if len(places) <= self.own[k]:
            return False  # each place is one match at most (and a paste of one line over and over)
        found = sum(self.words[p - shift : p - shift + n] == want for p in places if p >= shift)
        return found > self.own[k]


def _select(
    ls: list[lines.Line], start: int, end: int, meta: textmeta.Meta, opening: set[int]
) -> tuple[list[lines.Line], list[tuple[lines.Line, str]]]:
    """Keep the body's lines; give every other line the reason it was dropped."""
    body: list[lines.Line] = []
    removed: list[tuple[lines.Line, str]] = []
    keys = [_words_key(ln.text) for ln in ls[start:end] if "prose" in ln.tags and len(ln.key) > 30]
    prose_keys = _Echoes(keys)
    title_key = key(meta.title) if meta.title else None
    phrases = _phrase_runs(ls, start, end) | opening
    one_word = _one_word_headings(ls, start, end)
    in_related = False
    after = "menu"
    for i, line in enumerate(ls):
        if i < start or i >= end or i in meta.used:
            removed.append((line, _outside_reason(line, i, start, meta, after)))
            if i >= end and line.label in ("comments", "related", "bio", "newsletter"):
                after = line.label
            elif i >= end and line.label == "byline" and not _stamped(line):
                after = "bio"  # the author's name under the text opens the author box
            continue
        reason = (
            None if i in phrases else _inside_reason(ls, i, end, title_key, prose_keys, in_related)
        )
        if reason == "menu" and i in one_word:
            reason = None
        # A section's tag among the box's cards ("* Business" over a headline) keeps it open.
        # (A headline printed twice on its line is a teaser of its own, no box's label.)
        # Nor is "LEE AQUÍ: <a headline>": one link, the subheading under it is the text's.
        opens = (
            line.label == "related" and "twice" not in line.tags and not textmeta.glued_teaser(line)
        )
        in_related = opens or (in_related and reason in _IN_BOX)
        if reason:
            removed.append((line, reason))
        else:
            body.append(line)
    return body, removed


_IN_BOX = ("related", "menu")


def _question_of_interview(ls: list[lines.Line], i: int, end: int) -> bool:
    """Whether line ``i`` is a question over its answer, in a text of questions and answers.

    An interview's questions are short lines over their answers' paragraphs;
    under a box of links ("Lees ook" / a headline), the next question reads
    as one more link unless the text around it asks several.
    """
    if not _asks_over_answer(ls, i, end):
        return False
    window = range(max(0, i - _INTERVIEW_REACH), min(end, i + _INTERVIEW_REACH))
    return sum(1 for j in window if j != i and _asks_over_answer(ls, j, end)) >= _QUESTIONS


def _asks_over_answer(ls: list[lines.Line], j: int, end: int) -> bool:
    line = ls[j]
    return (
        j + 1 < end
        and line.text.endswith(("?", "？"))
        and line.weight <= _QUESTION_WORDS
        and "prose" in ls[j + 1].tags
        and ls[j + 1].weight >= _SECTION_TEXT_WORDS
    )


_INTERVIEW_REACH = 40  # lines either side where the other questions are looked for
_QUESTIONS = 2  # other questions over answers around it: an interview
_QUESTION_WORDS = 20


def _heading_after_box(ls: list[lines.Line], i: int, end: int) -> bool:
    """Whether a line in a box of links is the heading of the section under the box.

    "Mehr zum Thema" over its links, then a blank line, a heading and a
    paragraph; or "Lire aussi : <a story>" on one line, the label and its only
    link, then the heading and its paragraph. Where the box's links are set
    apart by blank lines too, a blank line tells nothing.
    """
    line, above = ls[i], ls[i - 1] if i else None
    nxt = ls[i + 1] if i + 1 < end else None
    if nxt is None or "prose" not in nxt.tags or nxt.weight < _SECTION_TEXT_WORDS:
        return False
    if (line.end_punct or line.bullet) and not _HEADING_MARK.match(line.text):
        return False  # (a marked subheading may close on its quote: "■「あと何年続けられるか」")
    if not lines.heading_like(line):
        return False
    if lines.looks_like_name(line.text) or "byline" in line.tags:
        return False  # a teaser's writer ("Jason Parham"), the box's last line
    if line.weight > (_CJK_SUBHEADING if line.cjk else _SUBHEADING):
        return False
    if above is None:
        return False
    if above.weight >= _GLUED_LINK_WORDS and boilerplate.lexicon_reason(above.text) == "related":
        return True  # "Lire aussi : <a headline>": the label and its one link, a closed box
    # Set apart by a blank line where the box's links above it are not.
    return line.blank_before and not (above.blank_before and above.label != "related")


_SECTION_TEXT_WORDS = 15  # a paragraph under a heading: more than a box's teaser
#: The mark a Japanese paper sets before its subheadings ("■「あと何年続けられるか」").
_HEADING_MARK = re.compile(r"^[■◆◇□]")
_GLUED_LINK_WORDS = 5  # "Lire aussi : <a headline>": the label with its link on one line


def _opens_list(ls: list[lines.Line], line: lines.Line, end: int) -> bool:
    """A short line closed by a colon over the items of a list: a paragraph of the text."""
    if not line.text.rstrip().endswith((":", "：")) or line.weight < _LIST_INTRO_WORDS:
        return False
    items = ls[line.index + 1 : min(end, line.index + 1 + _LIST_INTRO_ITEMS)]
    return len(items) == _LIST_INTRO_ITEMS and all(
        not ln.label and ln.text.rstrip().endswith((";", "；", ".", "。", ",")) for ln in items
    )


_LIST_INTRO_WORDS = 4
_LIST_INTRO_ITEMS = 2


def _over_bare_credit(ls: list[lines.Line], i: int, end: int) -> bool:
    """A short sentence between furniture and a photo's bare credit: the lead photo's caption.

    The NZZ prints the caption, then "Peter Klaunzer / Keystone" on a line
    of its own, under the share bar. Between two paragraphs a short one
    over a credit may be text, the next picture having no caption; and in
    the BBC's order the caption comes under its credit.
    """
    if not 0 < i < end - 2:
        return False
    above, line, credit = ls[i - 1], ls[i], ls[i + 1]
    return (
        above.label in ("share", "comments", "date", "byline", "caption")
        and line.label is None
        and line.weight <= _CAPTION_SENTENCE
        and credit.label == "caption"
        and lines.bare_credit(credit)
        and lines.is_credited(credit)  # says so: "… / Keystone", not a gallery's "Caption"
        and not credit.end_punct
        and "(" not in credit.text  # a caption's own closing credit, "Attach moss. (Lucy Akins)"
        and not lines.caption_after_credit(ls, i + 2)
    )


_CAPTION_SENTENCE = 25  # words of a caption, at most, where a paragraph would run longer


def _over_name_credit(ls: list[lines.Line], i: int, end: int) -> bool:
    """Under the date, a short line over a person's name alone, then the text: the lead photo.

    Le360 and Expresso print the lead photo's caption, then its photographer's
    name with no "Photo:" ("Khalid Bendaoud"), between the header and the
    first paragraph. The writers are named above; a paragraph follows, longer.
    """
    if not 0 < i < end - 2:
        return False
    above, line, credit, after = ls[i - 1], ls[i], ls[i + 1], ls[i + 2]
    return (
        above.label in ("share", "date", "byline")
        and line.label is None
        and not line.bullet
        and 4 <= line.weight <= _CAPTION_SENTENCE
        and credit.label in (None, "caption")
        and not credit.end_punct
        and lines.looks_like_name(credit.text)
        and "prose" in after.tags
        and after.weight > line.weight
    )


def _named_around(ls: list[lines.Line], i: int, end: int) -> bool:
    """A name alone between two paragraphs that both name that person: a photo's caption.

    A section headed by a name (a profile of several people) is about the
    next person, whom the paragraph above does not name in full.
    """
    line = ls[i]
    if not (0 < i < end - 1) or line.end_punct or line.cjk or not 2 <= line.words <= 3:
        return False
    name = line.text.strip()
    if not all(w[:1].isupper() for w in name.split()):
        return False
    above, below = ls[i - 1], ls[i + 1]
    return all("prose" in ln.tags and name in ln.text for ln in (above, below))


def _one_word_headings(ls: list[lines.Line], start: int, end: int) -> set[int]:
    """One-word subheadings ("Background") in a text that has other subheadings.

    Copied with no blank lines, a single capitalised word between two
    paragraphs reads as a menu's item or a photo's bare credit ("Reuters").
    A text that breaks elsewhere into sections under headings of its own
    shows the word is one more of them; a lone such word stays furniture.
    """
    slots = [j for j in range(start + 1, end - 1) if _between_paragraphs(ls, j)]
    if len(slots) < 2:
        return set()
    return {j for j in slots if _capitalised_word(ls[j].text) and ls[j].repeats <= 1}


def _between_paragraphs(ls: list[lines.Line], j: int) -> bool:
    """A short unlabelled line under a paragraph's last sentence and over another paragraph."""
    line, above, below = ls[j], ls[j - 1], ls[j + 1]
    return (
        line.label is None
        and not line.end_punct
        and not line.bullet
        and not line.cjk
        and line.weight <= _SUBHEADING
        and "prose" in above.tags
        and above.end_punct
        and "prose" in below.tags
    )


def _capitalised_word(text: str) -> bool:
    """A word of four letters or more, capitalised ("AFP", "AP" and "REUTERS" are credits)."""
    return len(text) >= 4 and text.isalpha() and text[0].isupper() and not text.isupper()


def _phrase_runs(ls: list[lines.Line], start: int, end: int) -> set[int]:
    """Lines of a Chinese text set one phrase to a line, between two of its paragraphs.

    WeChat-style articles break their sentences into short centred lines
    ("南沙国际邮轮母港码头工程" / "已进入最后的施工及验收准备阶段"); copied, each
    reads as a heading or a menu item. A run of three or more such lines,
    short and unlabelled, with the text's prose above and below, is the text.
    """
    kept: set[int] = set()
    i = start
    while i < end:
        j = _phrase_run_end(ls, i, end)
        if j > i:
            above, below = _letters_near(ls, i - 1, -1, start), _letters_near(ls, j, 1, end - 1)
            closed = below < end and _text_side(ls[below]) or _short_sentence(ls[j - 1])
            if start <= above and _text_side(ls[above]) and closed:
                kept.update(range(i, j))
        i = max(j, i + 1)
    return kept


def _phrase_run_end(ls: list[lines.Line], i: int, limit: int) -> int:
    """The end of a run of phrase lines starting at ``i`` (``i`` itself when there is none)."""
    j = i
    while j < limit and _phrase_line(ls[j]):
        j += 1
    run = ls[i:j]
    if len(run) < _PHRASE_RUN or sum(ln.cjk for ln in run) / len(run) > _PHRASE_CHARS:
        return i
    return j


def _letters_near(ls: list[lines.Line], i: int, step: int, bound: int) -> int:
    """From ``i``, past the blanks an emoji or a picture leaves (\ufffd, "↓↓↓")."""
    while (i - bound) * step < 0 and not textlabels.has_letters(ls[i].text):
        i += step
    return i


def _phrase_opening(ls: list[lines.Line], start: int) -> set[int]:
    """Take in a Chinese text's opening set one phrase to a line ("下周一，" / "京沪高速…，").

    Above the first paragraph such lines read as menus; most of them end on
    a comma or a sentence's mark, which a menu item never does. The walk up
    stops at the first labelled line (the date, the share buttons) or item.
    """
    i, run = start - 1, []
    while i >= 0:
        line = ls[i]
        if not textlabels.has_letters(line.text):
            i -= 1
            continue  # "01", the blanks an emoji leaves
        if not (
            _phrase_line(line)
            or _chinese(line)
            and line.tags == {"prose"}
            and line.label is None
            and line.weight <= _PHRASE_PROSE_WORDS
        ):
            break
        run.append(line)
        i -= 1
    marked = sum(bool(_PHRASE_MARK.search(ln.text)) for ln in run)
    # Two lines will do when both close a sentence ("搭地铁去坐邮轮玩转东南亚！").
    closed = len(run) >= 2 and all(ln.text.endswith(_SENTENCE_ENDS) for ln in run)
    if len(run) >= _PHRASE_RUN and 2 * marked >= len(run) or closed:
        return {ln.index for ln in run}
    return set()


_SENTENCE_ENDS = ("。", "！", "？", "!", "?")


_PHRASE_MARK = re.compile(r"[，、。！？；：…,!?]$")


def _phrase_line(line: lines.Line) -> bool:
    return _unmarked(line) and _chinese(line) and line.cjk <= 2 * _PHRASE_CHARS


def _chinese(line: lines.Line) -> bool:
    """Chinese characters and few words besides (Japanese and Korean do not set text so)."""
    return line.cjk >= 1 and line.words <= line.cjk and not _KANA_OR_HANGUL.search(line.text)


_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


def _text_side(line: lines.Line) -> bool:
    return "prose" in line.tags or _short_sentence(line)


def _stamped(line: lines.Line) -> bool:
    """Whether a byline carries its time or date: a post's signature.

    "Posted by Ada Byrne at 12:55 AM" stands over the post's footer and the
    sidebar, not over an author box.
    """
    return bool(line.date_iso) or _CLOCK.search(line.text) is not None


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _unmarked(line: lines.Line) -> bool:
    """No label, no tag, no bullet: a line only its shape can tell."""
    return line.label is None and not line.tags and not line.bullet


def _bare_heading(line: lines.Line) -> bool:
    """A short unlabelled line that does not end like a sentence."""
    return _unmarked(line) and not line.end_punct and line.weight <= 12 and lines.heading_like(line)


def _outside_reason(line: lines.Line, i: int, start: int, meta: textmeta.Meta, after: str) -> str:
    if i in meta.used and meta.used[i] != "header":
        return meta.used[i]
    if line.label:
        return line.label
    if title_key_match(line, meta):
        return "title"
    if i >= start:
        if after in ("comments", "related", "bio"):
            return after
        return "related" if lines.heading_like(line) and line.weight >= 4 else "boilerplate"
    return "menu"


def title_key_match(line: lines.Line, meta: textmeta.Meta) -> bool:
    """Whether a line repeats the title (alone, or in a page-title or breadcrumb line)."""
    if not meta.title:
        return False
    tk = key(meta.title)
    return len(tk) >= 8 and tk in line.key


def _closed_box(ls: list[lines.Line], i: int, end: int) -> str | None:
    """The label of a box that says where it ends, for a line inside it, else None.

    hessenschau: "Weitere Informationen" / a heading / a sentence / "Ende der
    weiteren Informationen"; "Videobeitrag" / … / "Ende des Videobeitrags".
    """
    closer = next((j for j in range(i + 1, min(end, i + _BOX_SPAN + 1)) if _box_end(ls[j])), None)
    if closer is None:
        return None
    for j in range(i - 1, max(-1, i - _BOX_SPAN - 1), -1):
        if ls[j].label in ("related", "advertisement", "newsletter"):
            return ls[j].label
        if _BOX_START.fullmatch(ls[j].text.strip()):
            return "related"
        if _box_end(ls[j]):
            return None  # an earlier box's end: this line is the text's
    return None


def _box_end(line: lines.Line) -> bool:
    """A box's closing line: "Ende der weiteren Informationen" (not "Ende der Woche …")."""
    return line.weight <= _BOX_END_WORDS and not line.end_punct and bool(_BOX_END.match(line.text))


_BOX_END_WORDS = 5
_BOX_SPAN = 6  # lines of such a box, at most, between its name and its end
_BOX_END = re.compile(r"ende (?:der|des) \w+", re.IGNORECASE)
_BOX_START = re.compile(r"(?:video|audio)beitrag|weitere informationen", re.IGNORECASE)


def _inside_signup_box(ls: list[lines.Line], i: int, end: int) -> bool:
    """A short line between a sign-up box's name and its button.

    "Få Ingeniørens nyhedsbrev om energi" / "Hver torsdag samler vi ugens
    vigtigste nyheder …" / "Tilmeld"; "Newsletter Bodensee" / "Die wichtigsten
    Nachrichten … per E-Mail." / "Jetzt anmelden": the pitch reads as prose.
    """
    if not 0 < i < end - 1 or ls[i].weight > _PITCH_WORDS:
        return False
    if (
        i + 2 < end
        and ls[i].weight <= _BOX_NAME_WORDS
        and _NEWSLETTER_WORD.search(ls[i].text)
        and ls[i + 1].weight <= _PITCH_WORDS
        and ls[i + 2].label == "newsletter"
        and ls[i + 2].weight <= _BOX_NAME_WORDS
    ):
        return True  # the box's name itself
    above, below = ls[i - 1], ls[i + 1]
    named = above.label == "newsletter" or (
        above.weight <= _BOX_NAME_WORDS and _NEWSLETTER_WORD.search(above.text) is not None
    )
    return named and below.label == "newsletter" and below.weight <= _BOX_NAME_WORDS


_PITCH_WORDS = 30
_BOX_NAME_WORDS = 4
_NEWSLETTER_WORD = re.compile(r"\b(?:newsletter|nyhedsbrev|nyhetsbrev|nieuwsbrief)\b", re.I)


def _said_twice(ls: list[lines.Line], i: int, end: int) -> bool:
    """A line said again on the next line, alone or with a credit after it.

    A figure copies as its image's alt text, then its caption, which is the
    same sentence with the photographer's credit run on ("Terrazas en la
    plaza de Olavide, en Madrid." / "… en Madrid. Europa Press"): a
    paragraph is never printed twice in a row.
    """
    line = ls[i]
    if line.weight > _CAPTION_TWICE_WORDS or line.words < _CAPTION_TWICE_MIN:
        return False
    if line.repeats > 2:
        return False  # printed over and over: no figure's two lines
    for j in (i - 1, i + 1):
        if not 0 <= j < end:
            continue
        first, second = (ls[j], line) if j < i else (line, ls[j])
        if (
            first.words < _CAPTION_TWICE_MIN
            or second.blank_before  # (one figure: no blank line between its two lines)
            or not second.text.startswith(first.text)
        ):
            continue
        credit = second.text[len(first.text) :].strip()
        if not credit or (
            first.text.endswith((".", "!", "?", "”", "»"))  # a sentence, then its credit
            and second.text[len(first.text)].isspace()
            and credit[0].isupper()
            and len(credit.split()) <= _CREDIT_WORDS
            and not credit.endswith((".", "!", "?"))
        ):
            return True
    return False


_CAPTION_TWICE_WORDS = 40
_CAPTION_TWICE_MIN = 4  # words: "Photo" or "Fotos" twice is a gallery's buttons
_CREDIT_WORDS = 5


_SUBHEADING = 12
#: A short phrase in quotation marks alone on its line, no sentence in it.
_QUOTED_HEADING = re.compile(r"[“\"「『][^。！？.!?“”\"「」『』\n]{2,24}[”\"」』]")
#: A roundup's item heading runs to forty characters ("【第一财经】财政部：金融企业…").
_CJK_SUBHEADING = 20


def _inside_reason(
    ls: list[lines.Line],
    i: int,
    end: int,
    title_key: str | None,
    prose_keys: _Echoes,
    in_related: bool,
) -> str | None:
    line = ls[i]
    if line.label == "date" and i and _list_opener(ls[i - 1]) and line.weight >= _LIST_INTRO_WORDS:
        return None  # "… Punkte des Beschlusses:" over "Sperrung ab 1. Januar 2025": an item
    if line.label:
        return line.label
    if "contents" in line.tags:
        return "menu"
    if "figure" in line.tags:
        return "caption"  # the labels of a chart
    if in_related and "teaser" in line.tags:
        return "related"  # a card under the box's label: its headline run into its summary
    if title_key and line.key == title_key:
        return "title"
    if (
        _PULL_QUOTE_WORDS <= line.weight <= 30
        and len(line.key) >= 15
        and prose_keys.repeats(_words_key(line.text))
    ):
        # A pull quote repeating a sentence of the body; a heading that quotes a few of
        # its section's words ("‘Nobody wanted to be first’") stays.
        return "duplicate"
    if _said_twice(ls, i, end):
        return "caption"  # an image's alt text, then its caption: the same words, a credit after
    if _inside_signup_box(ls, i, end):
        return "newsletter"  # the box's pitch between its name and its button
    if (closed := _closed_box(ls, i, end)) is not None:
        return closed  # "Weitere Informationen" … "Ende der weiteren Informationen"
    if (
        line.repeats > 1
        and "prose" in line.tags
        and any(ls[j].text == line.text for j in range(max(0, i - 3), i))
    ):
        return "duplicate"  # printed again a line or two below: a gallery's blurb, then its caption
    if (
        i
        and ls[i - 1].label == "related"
        and ls[i - 1].weight <= 4
        and line.weight <= 20
        and not (
            (line.blank_before or lines.korean_sentence(line))
            and not line.bullet
            and _full_sentence(line)
        )
    ):
        # "Related" over one headline, in the middle of the text; a sentence
        # set off by a blank line is the article going on under a bare label,
        # and so is a Korean sentence: Korean headlines do not end on "다.".
        return "related"
    if lines.caption_after_credit(ls, i):
        return "caption"  # the credit first, then the caption (the BBC's order)
    if i + 1 < end and line.weight <= 2 and lines.caption_after_credit(ls, i + 1):
        return "caption"  # that credit itself ("AP" over "Apr. 8: …")
    if _named_around(ls, i, end):
        return "caption"  # "Kate Henshaw" between two paragraphs naming her: her photo's caption
    if _over_bare_credit(ls, i, end):
        return "caption"  # a sentence over its photographer's credit, under the share bar
    if _over_name_credit(ls, i, end) or _over_name_credit(ls, i - 1, end):
        return "caption"  # the lead photo's caption over its photographer's bare name
    if in_related and line.bullet and not line.end_punct and "code" not in line.tags:
        return "related"  # the box's list goes on, however long a headline reads as prose
    if "prose" in line.tags or "code" in line.tags:
        return None
    nxt = ls[i + 1] if i + 1 < len(ls) else None
    if in_related and _heading_after_box(ls, i, end):
        return None  # the next section's heading, under the box
    if in_related and _question_of_interview(ls, i, end):
        return None  # the interviewer's next question, under a "Lees ook" box
    if in_related and not line.text.endswith((":", "：")):
        return "related"  # the links of the box ("What you'll need:" opens the text again)
    if nxt is not None and nxt.label == "caption" and not line.end_punct and line.weight <= 30:
        return "caption"  # a caption whose credit is on the next line
    if line.bullet:
        return None
    if nxt is not None and nxt.label == "share" and nxt.index + 1 < end:
        nxt = ls[nxt.index + 1]  # a live entry's heading, its "Teilen" button, then its text
    if nxt is not None and nxt.index + 1 < end and _bare_heading(nxt) and _bare_heading(line):
        nxt = ls[nxt.index + 1]  # a two-line heading (a section's kicker and title)
    followed = (
        nxt is not None
        and nxt.index < end
        and (
            "prose" in nxt.tags
            or nxt.bullet
            or "code" in nxt.tags
            or _short_sentence(nxt)
            or _opens_list(ls, nxt, end)  # "Concrètement, le capital est réparti ainsi :"
        )
    )
    if (
        followed
        and not line.end_punct
        and line.weight <= (_CJK_SUBHEADING if line.cjk else _SUBHEADING)
        and (lines.heading_like(line) or line.blank_before)
    ):
        return None  # a subheading ("Step 2" over "Insert the plant.")
    if followed and line.text.endswith((":", "：")) and line.weight <= 30:
        return None  # "What you'll need:" over its list
    if followed and _QUOTED_HEADING.fullmatch(line.text.strip()):
        return None  # "“郑重道歉”": a section headed by a phrase its speaker said
    asked = line.text.endswith(("?", "？", "؟")) and line.weight <= 12
    if asked and nxt is not None and nxt.index < end and "prose" in nxt.tags:
        return None  # a question as a subheading ("What is it?" over its answer)
    if line.end_punct and line.weight >= 4:
        return None  # a short sentence
    return "boilerplate" if line.weight >= 4 else "menu"
