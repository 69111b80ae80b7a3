"""The edges of an extracted body: the title, byline and date lines, and furniture.

Extractors keep the headline, the byline and date lines and the odd share
row or sign-up prompt at the top of the body, and tags, licences and "Se
adhiere a los criterios de The Trust Project" at its foot: metadata and
furniture, not the article. Each rule can be said in a line (see
``trim_edges``).
"""

from __future__ import annotations

import difflib
import re

import lxml.html

from clipper.clean import boilerplate, htmlblocks, lines, sanitize
from clipper.clean import dates as textdates
from clipper.model import Removed


def trim_edges(
    body_html: str, title: str, authors: tuple[str, ...], headlines: tuple[str, ...] = ()
) -> tuple[str, list[Removed]]:
    """Take the title, byline, date and share lines off a body.

    The body is the article alone: its title, byline and date are metadata.
    Blocks before the title heading are page furniture. Only short blocks
    among the first few are considered, so the article itself is never cut;
    past the first paragraph (often a standfirst) only a line naming an
    author or holding a date alone is taken. Short blocks anywhere that the
    furniture lexicon knows (share rows, newsletter and cookie prompts) go too,
    and after the last paragraph any short block the lexicon names. The
    page's h1 (``headlines``) is the headline too when the title chosen is
    another ("英、学校で…" from the JSON-LD over the h1 "英政府、公立学校で…").
    """
    if not body_html:
        return body_html, []
    root = lxml.html.fragment_fromstring(body_html, create_parent="div")
    wrappers = htmlblocks.wrap_loose_runs(root)
    blocks = list(htmlblocks.iter_blocks(root, leaves_only=True))
    title_key = _key(title)
    removed: list[Removed] = []
    keys = [k for k in (title_key, *(_key(h) for h in headlines)) if k]
    title_at = next(
        (i for i, (_, t) in enumerate(blocks[:12]) if any(_is_title(_key(t), k) for k in keys)),
        None,
    )
    long_blocks = 0
    kept: str | None = None  # the last block kept, to tell one printed twice in a row
    after_byline = False  # the block before was a byline taken off
    after_credit = False  # the block before was a photo's credit taken off, at the top
    after_related = False  # the block before was a related box's label or link, taken off
    facts = htmlblocks.fact_tables(root)
    promos = _skipped_boxes(blocks)
    for index, (el, text) in enumerate(blocks):
        reason: str | None = None
        if not facts.isdisjoint(el.iterancestors("table")):
            continue  # an infobox's cell: its dates and names are its subject's, and stay
        if index in promos:
            removed.append(Removed(text, "newsletter"))
            htmlblocks.drop(el)
            continue
        # A caption and its credit, alone in their box at the top: "... on Aug. 11, 2010" over
        # "Win McNamee / Getty Images", the photo itself gone.
        paired = long_blocks == 1 and _caption_over_credit(blocks, index)
        if kept and _key(text) == kept and htmlblocks.word_count(text) >= _TWICE_WORDS:
            reason = "duplicate"  # a chart's title in each of its sizes, a caption said twice
        elif after_related and len(text) < 160 and htmlblocks.link_share(el) >= _LINKED_ITEM:
            reason = "related"  # "相关新闻：" over its links, each a paragraph of its own
        elif not long_blocks and boilerplate.lexicon_reason(text) == "cookie":
            reason = "cookie"  # a consent banner's paragraph over the text, however long
        elif index >= 12 or long_blocks >= 2:
            reason = _furniture_reason(text) or _link_to_elsewhere(el, text)
        elif title_at is not None and index < title_at and len(text) < 200 and index < 4:
            reason = "boilerplate"
        elif index == title_at:
            reason = "title"
        elif not long_blocks and not re.search(r"\w", text):
            reason = "menu"  # "-", "|": what is left of a row of icons above the text
        elif len(text) < 160:
            reason = (
                _line_reason(text, authors, strict=long_blocks > 0)
                or (None if long_blocks else _near_title(text, title_key))
                or _furniture_reason(text)
                or (None if long_blocks else _label_over_text(text))
                or (None if long_blocks and not paired else _credit_reason(text))
                or (None if long_blocks else _chinese_top_reason(text))
                or (_trade_reason(text) if after_byline else None)
                or (_caption_under_credit(text) if after_credit and not long_blocks else None)
                or (_lead_caption(el, text, long_blocks) if long_blocks <= 1 else None)
                or (_link_to_elsewhere(el, text) if long_blocks else None)
            )
        after_byline = reason == "byline"
        after_related = reason == "related"
        # A credit, not a caption: "图为…的近影。" may stand over the first section's heading.
        after_credit = reason in ("caption", "byline") and _credit_reason(text) is not None
        if reason is None:
            kept = _key(text)
            if len(text) > 160 or (el.tag == "p" and htmlblocks.word_count(text) > 12):
                long_blocks += 1
            continue
        if paired and reason == "caption":
            caption_el, caption = blocks[index - 1]
            removed.append(Removed(caption, "caption"))
            htmlblocks.drop(caption_el)
            long_blocks -= 1
        removed.append(Removed(text, reason))
        htmlblocks.drop(el)
    trailing: list[Removed] = []
    for at in range(len(blocks) - 1, -1, -1) if long_blocks else ():
        el, text = blocks[at]
        if el.getparent() is None or not text.strip():
            continue  # dropped above
        if _pictures_caption(el, text):
            continue  # a photo an extractor moved to the end does not end the trailer
        reason = (
            _trailer_reason(el, text)
            or _author_bio(text, authors)
            or _writers_box(blocks, at, authors)
        )
        if reason is None and (home := _link_home_off(blocks, at)):
            trailing.insert(0, home)  # the credits before the link are the block's end again
            el, text = blocks[at]
            reason = _trailer_reason(el, text)
        if reason is None:
            break
        trailing.insert(0, Removed(text, reason))
        htmlblocks.drop(el)
    removed.extend(trailing)
    htmlblocks.unwrap(wrappers)
    return sanitize.sanitize(htmlblocks.inner_html(root)), removed


def _author_bio(text: str, authors: tuple[str, ...]) -> str | None:
    """The author's bio under the text: "Margaret Ellison is a contributing writer at …"."""
    if len(text) > _BIO_CHARS:
        return None
    folded = text.casefold()
    for name in authors:
        if folded.startswith(name.casefold()) and lines.BIO_VERBS.match(text[len(name) :]):
            return "bio"
    return None


_BIO_CHARS = 600


def _writers_box(
    blocks: list[tuple[lxml.html.HtmlElement, str]], at: int, authors: tuple[str, ...]
) -> str | None:
    """The writer's box under the text: the name alone, then a line about them.

    The Badische Zeitung: "Jonas Wehrle" / "Redakteur in der Lokalredaktion
    Freiburg. Schreibt über …", where the bio does not open on the name.
    """
    names = {a.casefold() for a in authors}
    text = " ".join(blocks[at][1].split())
    if text.casefold() in names:
        return "bio"
    above = next((t for _, t in reversed(blocks[:at]) if t.strip()), "")
    if len(text) <= _BIO_CHARS and " ".join(above.split()).casefold() in names:
        return "bio"
    return None


def _skipped_boxes(blocks: list[tuple[lxml.html.HtmlElement, str]]) -> set[int]:
    """The blocks of a box a screen reader may skip: the Guardian's sign-up box in the text.

    Its first block is the link "skip past newsletter promotion"; the element
    that holds the link holds the whole box (its name, pitch and fine print).
    """
    inside: set[int] = set()
    for start, (el, text) in enumerate(blocks):
        if _key(text) != _SKIP_PAST:
            continue
        box = el.getparent()  # (the link, or the wrapper a loose link was given)
        if box is None:
            continue
        members = {
            i for i, (other, _) in enumerate(blocks) if other is box or box in other.iterancestors()
        }
        if len(members) <= _BOX_BLOCKS:
            inside |= members | {start}
    return inside


_SKIP_PAST = "skippastnewsletterpromotion"
_BOX_BLOCKS = 10  # blocks of such a box, at most: more, and the link's holder is the text
_PAGE_NUMBERS = re.compile(r"[\W_]*\d{1,3}(?:[\W_]+\d{1,3})+[\W_]*")
_FURNITURE = frozenset({"share", "newsletter", "cookie", "advertisement"})
_TWICE_WORDS = 3  # words of a block printed twice in a row, at least, to drop the second
_LINK_WORDS = 3
_TRAILER_CHARS = 200
_LINKED_ITEM = 0.9  # of a box's item that its link holds
_LINKED_SHARE = 0.5  # of a "Read more:" block's text that its link holds
_ROW_PARTS = 3  # pieces between bars of a row of links at least
_ROW_PART_WORDS = 6  # words of each piece at most (a tag list, a button)
_LINKED_ROW = 0.6  # of a row's text that its links hold


def _label_over_text(text: str) -> str | None:
    """A related-links label left over the text, its links gone ("相关新闻：", "Related:")."""
    if len(text) <= _LABEL_CHARS and boilerplate.lexicon_reason(text) == "related":
        return "related"
    return None


_LABEL_CHARS = 40
_CONSENT_CHARS = 300
#: A live page's post heading: its time, then its writer ("12:20Dafydd Morgan", "9.05am Jo Li").
_POST_STAMP = re.compile(r"\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?P<name>\S.{3,40})", re.I)
#: The BBC's labels for screen readers before a picture's text: "Image caption, …".
_READER_LABEL = re.compile(r"(?:image|media) (?:caption|source),\s*\S", re.IGNORECASE)
#: A live post's time with its label: "published at 15:06 GMT", "Updated at 9.05am".
_POSTED_AT = re.compile(
    r"(?:published|updated|posted)\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?",
    re.IGNORECASE,
)
#: Credits, then the copyright: "Pewarta: A | Editor: B | Copyright © ANTARA 2026".
_CREDITS_AND_COPYRIGHT = re.compile(
    r"(?:[^\W\d_][\w ]{1,20}:\s*[^\s:©][^:©]{1,40}?\s*[|·]?\s*){1,4}(?:copyright\s*)?©.{0,30}",
    re.IGNORECASE,
)


def _furniture_reason(text: str) -> str | None:
    """A short block the lexicon of page furniture names (a share row, a sign-up prompt)."""
    if boilerplate.is_disclosure(text):
        return "boilerplate"  # "Why You Can Trust CNET: … We may earn a commission …"
    if len(text) > _CONSENT_CHARS:
        return None
    reason = boilerplate.lexicon_reason(text)
    if len(text) > 120 and reason != "cookie":
        # (a consent prompt may run to two sentences, a sign-up form's fine print longer)
        reason = boilerplate.long_reason(text)
        return reason if reason in _FURNITURE else None
    if _READER_LABEL.match(text.strip()):
        return "caption"  # "Image caption, The tree fell …": the BBC's label for screen readers
    if _POSTED_AT.fullmatch(text.strip()):
        return "date"  # "published at 15:06 GMT": a live page's post, its time alone
    if (stamp := _POST_STAMP.fullmatch(text.strip())) and lines.looks_like_name(stamp["name"]):
        return "byline"  # "12:20Dafydd Morgan": a live page's post, its time and its writer
    form_word = boilerplate.key(text) in boilerplate.COMMENT_FORM_KEYS  # "Name", "Reply"
    if reason == "comments" and len(text.split()) <= _LINK_WORDS and not form_word:
        return reason  # "Comments", "12 Kommentare": a link to the comments
    return reason if reason in _FURNITURE else None


def _link_to_elsewhere(el: lxml.html.HtmlElement, text: str) -> str | None:
    """'Read more: <a>Another story</a>' inside the text: a link out, labelled as one."""
    if len(text) > _TRAILER_CHARS:
        return None
    if _ARROW_MARK.match(text) and htmlblocks.link_share(el) >= _LINKED_ITEM:
        return "related"  # "►<a>武陵農場櫻花季倒數！…</a>": ETtoday's teasers under the text
    if boilerplate.lexicon_reason(text) != "related" and not _READ_LABEL.match(text):
        return None
    return "related" if htmlblocks.link_share(el) >= _LINKED_SHARE else None


#: An arrow before a link to another story, the whole paragraph: "►<a>…</a>", "▶ <a>…</a>".
_ARROW_MARK = re.compile(r"^[►▶▸→➤➜»]\s*\S")
#: "Read: <a>Let your kids be bored</a>": The Atlantic's label over a link to another story.
_READ_LABEL = re.compile(r"^(?:read|watch|listen|lesen sie|lire|lee|leggi)\s?:\s*\S", re.I)


def _trailer_reason(el: lxml.html.HtmlElement, text: str) -> str | None:
    """A short block after the article's last paragraph that the lexicon names.

    What follows the text ("Filed under ...", "Se adhiere a los criterios de
    The Trust Project", "Related", a licence line) is furniture whatever its
    kind; inside the text only unmistakable kinds go (``_furniture_reason``).
    So is a row of links between bars ("Tech, Opinion | Permalink | Comments
    (2) | Email this"): a blog's tags and tools under a post.
    """
    if len(text) > _TRAILER_CHARS:
        # Only what the lexicon names however long it runs: fine print, a disclosure.
        return boilerplate.long_reason(text)
    reason = boilerplate.lexicon_reason(text)
    if reason is None and _link_row(el, text):
        return "menu"
    if reason is None and _CREDITS_AND_COPYRIGHT.fullmatch(text.strip()):
        return "boilerplate"  # the credits, then the copyright: a wire's line under its text
    if reason is None and not re.search(r"\w", text):
        return "menu"  # "| | | |": the bars of a row whose icons are gone
    if reason is None and _PAGE_NUMBERS.fullmatch(text):
        return "menu"  # "【1】【2】【3】【4】", "1 2 3 … 9": the pages of a story told over several
    if reason is None and _REPORTER_SIGNATURE.fullmatch(text.strip()):
        return "byline"  # "新京报记者陆一夫": the paper's reporter, signing under the text
    if reason is None and _WRITER_CREDIT.fullmatch(text.strip()):
        return "byline"  # "作者：余毅菁 向雪妮": who wrote it, signing under the text
    if reason is None and _SOURCE_CREDIT.fullmatch(text.strip()):
        return "boilerplate"  # "来源：无锡交警": whom the story came from, under its text
    if reason is None and boilerplate.ORIGINAL_TITLE.match(text.strip()):
        return "boilerplate"  # "原标题：…": the headline a republished story first ran under
    if reason is None and _line_reason(text, (), strict=True) == "date":
        return "date"  # "发布日期：2019-03-06 责任编辑：龙慧": the page's date line, under the text
    return reason


def _link_home_off(blocks: list[tuple[lxml.html.HtmlElement, str]], at: int) -> Removed | None:
    """A link back to the portal run into a paragraph at the end ("…仍将持续。返回腾讯网首页>>").

    Tencent and Sohu end the article's last block with it, so it is no block
    of its own for the trailer's rules; taken off, the credits before it
    ("作者：…") are the block's end again. Furniture may follow it (an empty
    "责任编辑：", a teaser): the trailer's rules try each block they reach.
    """
    el, text = blocks[at]
    links = [a for a in el.iter("a") if a is not el]
    if not links:
        return None
    link = links[-1]
    words = " ".join(link.text_content().split())
    after = link.tail or ""  # words after the link, in its boxes inside the block
    for box in link.iterancestors():
        if box is el:
            break
        after += box.tail or ""
    if after.strip() or not _LINK_HOME.fullmatch(words) or len(words) >= len(text.strip()):
        return None
    link.drop_tree()
    blocks[at] = (el, " ".join(el.text_content().split()))
    return Removed(words, "menu")


#: "返回腾讯网首页>>", "返回富达，查看更多", "Back to homepage".
_LINK_HOME = re.compile(
    r"(?:返回\S{0,8}(?:首页|[，,]?\s*查看更多)|查看更多|back to (?:the )?home\s?page)\W*", re.I
)
#: A writer's credit under the text: "作者：余毅菁 向雪妮", "撰文/张三", "作者︱春春", and the
#: producer's: "出品︱网易科学人栏目组 胖胖".
_WRITER_CREDIT = re.compile(
    r"(?:作者|撰文|采写|文|出品)\s*[：:|｜/丨︱]\s*"
    r"[\u4e00-\u9fff·]{2,12}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}"
    # "取材・文＝北村麻衣 撮影＝中川翔太": a Japanese magazine's credits under the text
    r"|(?:(?:取材|文|写真|撮影|構成|編集)[・/／]?)+\s*[＝=：:／/]\s*\S{2,10}"
    r"(?:\s+(?:(?:取材|文|写真|撮影|構成|編集)[・/／]?)+\s*[＝=：:／/]\s*\S{2,10}){0,3}"
)
_SOURCE_CREDIT = re.compile(r"[（(]?(?:来源|來源|稿源|出处|出處)\s*[：:]\s*[^\s，。,]{2,20}[）)]?")
_REPORTER_SIGNATURE = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:记者|記者|通讯员)\s*[\u4e00-\u9fff]{2,4}"
)


def _link_row(el: lxml.html.HtmlElement, text: str) -> bool:
    """Links between bars, none of them a sentence."""
    parts = [p.strip() for p in text.split("|") if p.strip()]
    return (
        len(parts) >= _ROW_PARTS
        and all(htmlblocks.word_count(p) <= _ROW_PART_WORDS for p in parts)
        and htmlblocks.link_share(el) >= _LINKED_ROW
    )


def _pictures_caption(el: lxml.html.HtmlElement, text: str) -> bool:
    """A short block in a figure or table that holds a picture: its caption."""
    if len(text) > _TRAILER_CHARS:
        return False
    holders = ("figure", "table")
    holder = el if el.tag in holders else next(el.iterancestors(*holders), None)
    # (Not a table that lays out the whole page, the article and its pictures in it.)
    return (
        holder is not None
        and next(holder.iter("img"), None) is not None
        and len(holder.text_content()) <= _PICTURE_BOX_CHARS
        and not any(len(p.text_content()) > _LONG_BLOCK_CHARS for p in holder.iter("p"))
    )


_PICTURE_BOX_CHARS = 600  # a picture's box holds its caption and credit, not an article
_LONG_BLOCK_CHARS = 160  # nor a paragraph this long


def _line_reason(text: str, authors: tuple[str, ...], *, strict: bool = False) -> str | None:
    """Why a short block at the top is a byline or a date line, or None.

    ``strict`` past the first paragraph: "By" alone could start a sentence
    there ("By Tuesday the deal was done"), so a byline must name an author.
    """
    folded = text.casefold()
    if (
        not strict
        and re.match(r"^(by|von|par|por|di)\s+\S", folded)
        and htmlblocks.word_count(text) <= 12
    ):
        return "byline"
    if (
        not strict
        and re.match(r"^(by|von|par|por|di)\s+\S", folded)
        and htmlblocks.word_count(text) <= _BYLINE_AND_DATE_WORDS
        and textdates.find_dates(text)
    ):
        return "byline"  # "Por Camila Fuentes Araya | Publicado: Lunes, 14 de abril de 2025 …"
    if (
        authors
        and any(a.casefold() in folded for a in authors)
        and htmlblocks.word_count(text) <= 14
    ):
        return "byline"
    if len(_CJK_META_LABEL.findall(text)) >= 2 and textdates.find_dates(text):
        return "date"  # "2025-11-27 10:32 来源：大河报 作者：王晓晨 字号：小 中 大"
    if htmlblocks.word_count(text) <= _DATE_LINE_WORDS and textdates.labelled_short_date(text):
        return "date"  # "Publié le 12/06/24 à 16h45 — Mis à jour le 12/06/24 à 18h02"
    found = textdates.find_dates(text)[:2]  # "Published ..., updated ...": two dates at most
    untagged = _TAGS_IN_BRACKETS.sub(" ", text)  # "... 発信地：カノ [ ナイジェリア アフリカ ]"
    if found and htmlblocks.word_count(untagged) <= 10 * len(found):
        rest = text
        for match in reversed(found):
            rest = rest[: match.start] + rest[match.end :]
        rest = _ZONE.sub(" ", _TAGS_IN_BRACKETS.sub(" ", rest))
        rest = _READING_TIME.sub(" ", rest)  # "… Temps de lecture: 4 min", beside the date
        if len(re.findall(r"\w+", rest)) <= 6 * len(found):
            return "date"
    if _UPDATED_AT.fullmatch(text.strip()):
        return "date"  # "Bijgewerkt om 14.05 uur": the update's time, no day
    return None


_READING_TIME = re.compile(
    r"(?:temps de lecture|lesezeit|reading time|tiempo de lectura|leestijd|tempo di lettura)"
    r"\s*:?\s*\d+\s*min\w*\.?|\b\d+\s*min(?:ute)?s?\.?\s+read\b",
    re.IGNORECASE,
)
#: An update's time with its label and no day: "Bijgewerkt om 14.05 uur", "Updated at 9:05am".
_UPDATED_AT = re.compile(
    r"(?:bijgewerkt|gewijzigd|aktualisiert|updated|mis à jour|actualizado|aggiornato)"
    r"\s+(?:om|um|at|à|a las|alle)\s+\d{1,2}[.:h]\d{2}\s*(?:uur|uhr|[ap]\.?m\.?)?",
    re.IGNORECASE,
)


_BYLINE_AND_DATE_WORDS = 25
#: The labels of a Chinese page's line of facts under the headline.
_CJK_META_LABEL = re.compile(
    r"(?:来源|來源|作者|编辑|編輯|责编|字号|字號|浏览|瀏覽|阅读|閱讀)[:：]"
)


def _trade_reason(text: str) -> str | None:
    """The author's trade under a byline: "CNBC Executive News Editor"."""
    if htmlblocks.word_count(text) <= _TRADE_WORDS and lines.ROLE.match(text):
        return "byline"
    return None


_TRADE_WORDS = 6
_DATE_LINE_WORDS = 16


def _caption_over_credit(blocks: list[tuple[lxml.html.HtmlElement, str]], index: int) -> bool:
    """Whether block ``index`` and the one before are all the text of the box they share."""
    if index == 0:
        return False
    (above, caption), (el, credit) = blocks[index - 1], blocks[index]
    box = el.getparent()
    if box is None or above.getparent() is not box or box.tag in ("body", "article", "main"):
        return False
    if htmlblocks.word_count(caption) > _CAPTION_WORDS:
        return False
    return _key(box.text_content()) == _key(caption + credit)


_CAPTION_WORDS = 60


def _caption_under_credit(text: str) -> str | None:
    """A phrase under a photo's credit at the top: the photo's caption (the BBC's order).

    "摄影：产品经理" over "产品经理的生日餐": with the picture gone, a credit
    then a caption that ends on no full stop open the body.
    """
    made = lines.make_lines(text, None)
    if len(made) == 1 and not made[0].end_punct and 4 <= made[0].weight <= _CAPTION_WORDS // 2:
        return "caption"
    return None


def _lead_caption(el: lxml.html.HtmlElement, text: str, after: int) -> str | None:
    """The lead picture's caption over the text, in its figure: it is no standfirst.

    A featured image's figcaption ("Residents fill the council chambers
    during Tuesday's budget hearing.") stands between the headline and the
    first paragraph, often with no credit to tell it by; a figure further
    down, among the paragraphs, is the text's own and stays. Under the
    standfirst (``after`` one long block) only a caption its credit marks
    goes ("… as temperatures dropped below zero. Credit: KARE").
    """
    figure = next(el.iterancestors("figure", "figcaption"), None)
    if el.tag != "figcaption" and figure is None:
        return None
    if not after:
        return "caption"
    made = lines.make_lines(text, None)
    return "caption" if len(made) == 1 and lines.is_credited(made[0]) else None


def _credit_reason(text: str) -> str | None:
    """A picture's credit over the text: "Mandel Ngan / AFP / Getty Images".

    A lead photo's credit lands at the top of the body when its picture is
    gone; it is no standfirst.
    """
    made = lines.make_lines(text, None)
    if len(made) == 1 and made[0].weight <= _CREDIT_WORDS and lines.is_credited(made[0]):
        return "caption"
    return None


_CREDIT_WORDS = 8


def _chinese_top_reason(text: str) -> str | None:
    """A Chinese lead photo's caption or a credit line over the text.

    "图为…启动仪式。（刘通摄）" under a picture that is gone; "摄影：…", "原创：…", "来源：…",
    "文/…", "石佳/中国青年报" (the writer and the paper) and "新华社" name who made it; "1/10"
    counts a gallery's pictures; "(原标题：…)" is a republished story's first headline.
    """
    if _GALLERY_COUNT.fullmatch(text.strip()):
        return "menu"
    if boilerplate.ORIGINAL_TITLE.match(text.strip()):
        return "boilerplate"  # "(原标题：…)": the headline the story first ran under
    made = lines.make_lines(text, None)
    if len(made) != 1 or not made[0].cjk:
        return None
    if lines.is_caption(made[0]):
        return "caption"
    if _CHINESE_CREDIT.match(text.strip()) and len(text) <= _CHINESE_CREDIT_CHARS:
        return "byline"
    return None


_GALLERY_COUNT = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")
_CHINESE_CREDIT = re.compile(
    r"(?:摄影|图文|原创|编译|文|来源于?|來源於?)\s*[:：/|｜]"  # ("来源于：东区办事处": the source)
    r"|[\u4e00-\u9fff]{2,4}\s*/\s*[\u4e00-\u9fff]{2,10}(?:报|社|网|台)$"
    r"|[\u4e00-\u9fff]{1,5}社$"  # "新华社" alone over the text: the agency's credit
)
_CHINESE_CREDIT_CHARS = 40


#: A date line's topic tags in square brackets, which make it no longer a sentence.
_TAGS_IN_BRACKETS = re.compile(r"[\[［][^\]］]{1,80}[\]］]")  # (not a dateline's 【】)


#: A time zone as an offset from GMT or UTC: "(GMT+0400)", "UTC+8".
_ZONE = re.compile(r"\(?\b(?:GMT|UTC)\s*(?:[+-−]\s*\d{1,2}(?::?\d{2})?)?\)?")


def _is_title(key: str, title_key: str) -> bool:
    """The title, or the title with a short badge glued before it ("原创", "Exclusive")."""
    return key == title_key or (
        key.endswith(title_key) and len(key) - len(title_key) <= _BADGE_CHARS
    )


_BADGE_CHARS = 9  # "Exclusive", "独家", "原创": a badge, not a kicker's sentence


def _near_title(text: str, title_key: str) -> str | None:
    """The headline printed again in other words over the text: a video's or a social title.

    "姚明对周琦说了啥？大魔王上下半场判若两人" over the lede of "姚明对周琦说了啥？
    周琦上下半场判若两人": most of its characters, in order, are the title's. A
    lede that retells the headline ends like a sentence and runs longer.
    """
    if not title_key or _FULL_STOP.search(text.rstrip()):
        return None
    key = _key(text)
    if not (_NEAR_LENGTH[0] * len(title_key) <= len(key) <= _NEAR_LENGTH[1] * len(title_key)):
        return None
    matcher = difflib.SequenceMatcher(None, key, title_key, autojunk=False)
    return "title" if matcher.ratio() >= _NEAR_RATIO else None


_FULL_STOP = re.compile(r"[.。][\"'”’»」』)）]*$")
_NEAR_LENGTH = (0.75, 1.35)
_NEAR_RATIO = 0.8


def _key(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


__all__ = ["trim_edges"]
