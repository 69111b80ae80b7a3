"""Labels for the lines of a paste: what each line is, by its words, shape and neighbours.

The text cleaner (``clipper.clean.text``) decides where the article is from
these labels: a line labelled by the lexicon, as a caption, a byline, a date
line, a breadcrumb or a comment head is page furniture; an unlabelled line
may be prose ("prose" tag), program text ("code"), a teaser for another
article ("teaser") or a byline known by its place ("bare-name").
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics

from clipper.clean import boilerplate, dates, lines, names, textmeta

_TICKER = re.compile(r"^[0-2]?\d[:h][0-5]\d\s+(?!Uhr|h\b|[ap]\.?m\b|GMT|UTC|[A-Z]{2,4}\b)\S")
# A relative day closing a short line of names: the stamp of a post on a
# Chinese platform ("原创 kingname 未闻Code 前天", "张三 昨天 18:02").
_DAY_WORD_END = re.compile(r"\S\s+(?:前天|昨天|今天|昨日|一昨日)(?:\s*[0-2]?\d:[0-5]\d)?$")
_STAMP_LINE_WORDS = 10
_STAMPED = re.compile(r"\D\s\d{1,2}[/.-]\d{1,2}\S{0,4}\s+[0-2]?\d:[0-5]\d$")
_TRUNCATED = re.compile(r"[^\W\d_](?:\.\.\.|…)$")
_LONG_TEASER = 130  # words of a summary under a headline in a feed, standing alone
_TRUNCATED_MIN = 3
_FIGURE_MIN = 8  # labels of a chart's axes, a run of tiny mostly numeric lines
_SECTION_NUMBER = re.compile(  # "* ", "3.1 ", "2. ": what numbers an entry of the contents
    r"^(?:[•·▪●◦‣∙\-–—*+]\s+|o\s+(?=[A-Z])|\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
)
_CONTENTS_MIN = 3  # entries of a table of contents found again as headings
_CONTENTS_HEADS = frozenset(
    {
        "contents",
        "tableofcontents",
        "onthispage",
        "inthisarticle",
        "inhaltsverzeichnis",
        "inhalt",
        "sommaire",
        "indice",
        "contenido",
        "目录",
        "目次",
    }
)
_BY_DESCRIBED = re.compile(
    r"^(?:by|von|par|por)\s+[^,]{3,40}\s?,\s+(?:a|an|the|un|une|el|la)\s", re.IGNORECASE
)
_NAME_TAIL = re.compile(
    r"(?<!\s)(?:,\s*|\s+)@\w+\s*$|(?<!\s)\s*[•·|]\s*\d+\s*[smhdw]\s*$"
    # CNBC glues the writer's profiles to the name: "Samantha Ruiz@in/samantharuizcnbc/@SamRuizCNBC"
    r"|(?<=[^\W\d_])(?:@(?:in/)?[\w.]+/?)+\s*$"
    r"|(?<!\s)\s+\d+\s+\w+\s+ago\s*$"
    r"|" + lines.FOLLOW_TAIL.pattern,  # "Jane Doe · Follow"
    re.IGNORECASE,
)
_RANKED_MIN = 3  # a ranked box shows at least this many numbered links
_LIST_MAX = 30  # items a "...:" line may announce
_ITEM_MAX = 15  # the weight of a list item without its bullet (longer lines are paragraphs)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")  # "on Sep 21, 3:38 PM said:"
_REPLY_LINES = 8  # paragraphs of one reader comment, at most, to weigh as one
_TEASER_PAIRS = 4  # headline + one-paragraph summary, this many times over: a list of teasers
#: The end of a line that says the next one names the author or the source:
#: "News provided by", "Von", and a label alone ("From:", a government page's).
_PROVIDED_BY = re.compile(
    r"(?:\bby|\bvon|\bpar|\bpor|作者|来源)\s*[:：]?$|^(?:from|von|de|desde)\s*:$"
    r"|^(?:文字|撰文)\s*[:：]?$",  # The Reporter's credits: "文字" over its writers' names
    re.IGNORECASE,
)


_NAMES_AND = re.compile(r"\s(?:and|und|et|y|e)\s")
_BY_BODY_WORDS = 8  # "By The Associated Press", "Par Le Figaro avec AFP"
_KO_SENTENCE_SYLLABLES = 12  # "6일 반도체업계에 따르면 ... 의결했다." has 34
_SOURCE_WORDS = 25  # words of a source named under a label alone (two ministries, a minister)


def label_all(ls: list[lines.Line], lang: str | None) -> None:
    """Label every line, then the lines known by their neighbours."""
    # A line's own label depends on its text alone: a line printed again (a menu on every
    # screen, a sidebar pasted thousands of times) is labelled once.
    known: dict[tuple[str, str | None, frozenset[str]], tuple[str | None, frozenset[str]]] = {}
    for line in ls:
        key = (line.text, line.label, frozenset(line.tags))
        if key in known:
            line.label, tags = known[key]
            line.tags = set(tags)
            continue
        _label(line, lang)
        known[key] = (line.label, frozenset(line.tags))
    _mark_share_links(ls)
    _mark_glued_crumbs(ls)
    _label_neighbours(ls, chinese=lang == "zh")
    _mark_signup_boxes(ls)
    _mark_teasers(ls)
    _mark_announced_teasers(ls)
    _mark_ranking(ls)
    _mark_truncated(ls)
    _mark_contents(ls)
    _mark_figures(ls)
    _mark_code(ls)
    _mark_lists(ls)
    _mark_counted_points(ls)
    _mark_bare_lists(ls)
    _mark_link_cards(ls)
    _mark_replies(ls)
    _mark_signed_feed(ls)
    _mark_stamped_feed(ls)
    _mark_glued_cards(ls)


def _mark_signup_boxes(ls: list[lines.Line]) -> None:
    """A newsletter's sign-up box around its button: its name, pitch and fine print.

    Set between two paragraphs, a box copies as a name ("Free weekly
    newsletter", "Bring dein Know-how auf das nächste Level"), a pitch in
    whole sentences, the button the lexicon knows ("Sign up", "Jetzt
    abonnieren") and the fine print ("Bitte gib eine gültige
    E-Mail-Adresse ein."). Around a button, lines that speak of signing up
    belong to its box, and so does a pitch under a name that does.
    """
    for i, line in enumerate(ls):
        if line.label != "newsletter" or line.weight > _BUTTON_WORDS:
            continue
        j = i - 1
        if j >= 0 and not ls[j].label and _pitch(ls[j]) and not _signup_words(ls[j]):
            if j > 0 and not ls[j - 1].label and _box_name(ls[j - 1]) and _signup_words(ls[j - 1]):
                ls[j].label = ls[j - 1].label = "newsletter"  # the name, then its pitch
            j = -1
        while j >= 0 and i - j <= _BOX_REACH and not ls[j].label:
            if _pitch(ls[j]) and _signup_words(ls[j]):
                ls[j].label = "newsletter"
            elif _box_name(ls[j]) and i - j > 1:
                ls[j].label = "newsletter"  # the box's name over its pitch
                break
            else:
                break
            j -= 1
        for below in ls[i + 1 : i + 1 + _BOX_REACH]:
            if below.label or not (_pitch(below) and _signup_words(below)):
                break
            below.label = "newsletter"


def _pitch(line: lines.Line) -> bool:
    return line.weight <= _PITCH_WORDS


def _box_name(line: lines.Line) -> bool:
    return line.weight <= _BUTTON_WORDS and not line.end_punct


def _signup_words(line: lines.Line) -> bool:
    # ("My inbox changed overnight" in an answer: where mail arrives names a box's short
    # line only, a newsletter or signing up any of them)
    if line.weight > _MAILBOX_LINE_WORDS:
        return _SIGNING_UP.search(line.text) is not None
    return _SIGNUP_WORDS.search(line.text) is not None


_BUTTON_WORDS = 8
_PITCH_WORDS = 60
_BOX_REACH = 2
#: What a sign-up box's lines speak of: the newsletter, the address, the inbox, signing up.
_SIGNING_UP = re.compile(
    r"newsletter|e-?mail[- ]?(?:address|adresse)|\bsign(?:ing)? up\b|\bsubscrib|abonnier"
    r"|\banmeld|\binscri|suscrib|iscriviti|privacy notice|datenschutzerkl"
    r"|(?:to|in|into) your inbox|in (?:ihr|dein) (?:e-?mail-)?postfach|dans votre bo[iî]te",
    re.IGNORECASE,
)
_SIGNUP_WORDS = re.compile(
    _SIGNING_UP.pattern
    + r"|\binbox\b|postfach|bo[iî]te (?:mail|de r[ée]ception)|bandeja de entrada",
    re.IGNORECASE,
)
_MAILBOX_LINE_WORDS = 40


def _mark_announced_teasers(ls: list[lines.Line]) -> None:
    """The headlines a "see also" label announces with a colon, on the lines under it.

    "Das könnte dich auch interessieren:" over "Neue Parkgebühren in der
    Villacher Innenstadt ab Jänner", between two paragraphs: the label is
    known, the headline under it is a line like any other. Up to three
    headlines (no sentence's end, a few words to a long headline's length)
    right under it go with the label; a paragraph or a blank line ends them.
    """
    for i, line in enumerate(ls):
        if line.label != "related" or not line.text.rstrip().endswith((":", "：")):
            continue
        for below in ls[i + 1 : i + 1 + _ANNOUNCED]:
            if below.label or below.end_punct or not 3 <= below.weight <= _TEASER_HEADLINE:
                break
            if below.blank_before:
                break  # (a blank line closes the box: a subheading of the text follows)
            below.label = "related"


_ANNOUNCED = 3
_TEASER_HEADLINE = 20


def _mark_glued_crumbs(ls: list[lines.Line]) -> None:
    """A breadcrumb printed as menu items glued together: "NewsGreater Manchester News…".

    Reach's papers print the trail's links with no space between them, and
    the same words stand one a line in the menu above; glued, they read as
    a short headline. A line that is two to four earlier short lines run
    together is the trail.
    """
    runs: dict[str, int] = {}
    for i in range(len(ls)):
        for width in range(2, _CRUMB_ITEMS + 1):
            window = ls[i : i + width]
            if len(window) < width or any(ln.weight > _CRUMB_WORDS for ln in window):
                break
            runs.setdefault("".join(ln.text.strip() for ln in window), i + width)
    for line in ls:
        after = runs.get(line.text.strip())
        if after is not None and after <= line.index and not line.label:
            line.label = "menu"


_CRUMB_ITEMS = 4
_CRUMB_WORDS = 4  # words of one item of a menu


#: A share link's line: a few words, then the network ("このページを Facebook", "Share on X").
_SHARE_LINK = re.compile(
    r"^(?P<lead>\S+(?:\s\S+)?)\s+(?:facebook|twitter|x|messenger|whatsapp|linkedin|telegram"
    r"|line|pinterest|reddit|e-?mail|vk|weibo|wechat|bluesky|threads)$",
    re.IGNORECASE,
)


def _mark_share_links(ls: list[lines.Line]) -> None:
    """Share links in a language Clipper has no words for: one lead, two networks or more.

    BBC Burmese prints "ဒီစာမျက်နှာ Facebook", "ဒီစာမျက်နှာ Twitter", ... ("this
    page" and the network): the lead repeated with other networks is the tell.
    "Inside Facebook" alone is a heading.
    """
    networks: dict[str, set[str]] = {}
    found: list[tuple[lines.Line, str]] = []
    for line in ls:
        m = _SHARE_LINK.match(line.text.strip()) if not line.label and line.chars <= 60 else None
        if m:
            lead = m.group("lead").lower()
            networks.setdefault(lead, set()).add(line.text.strip()[m.end("lead") :].strip().lower())
            found.append((line, lead))
    for line, lead in found:
        if len(networks[lead]) >= _SHARE_NETWORKS:
            line.label = "share"


_SHARE_NETWORKS = 2


def _mark_replies(ls: list[lines.Line]) -> None:
    """Prose under a reader comment's dated head ("zorba on Sep 21, 3:38 PM said:").

    A busy thread outweighs a short article in the densest-prose search;
    its posts are worth a teaser's words. The head must carry its date, or a
    date line stand under it ("Jane says:" over "March 4, 2024 at 10:15 am"):
    "The minister said:" over a quotation is the article's own text.
    """
    for i, line in enumerate(ls):
        if _AVATAR.fullmatch(line.text) and line.weight <= _AVATAR_WORDS:
            _mark_signed_reply(ls, i)
            continue
        if _is_comment_tools(line.text):
            _mark_tooled_reply(ls, i)
            continue
        if not lines.is_comment_head(line):
            continue
        below = ls[i + 1 : i + 1 + _REPLY_LINES]
        stamped = bool(line.date_iso or _CLOCK.search(line.text) or dates.find_dates(line.text))
        if not stamped and not (below and below[0].label == "date"):
            continue
        for reply in below if stamped else below[1:]:
            if reply.label is not None or lines.is_comment_head(reply):
                break
            if "prose" in reply.tags:
                reply.tags.add("reply")


def _mark_signed_feed(ls: list[lines.Line]) -> None:
    """Prose over readers' signatures, three or more close together: a box of comments.

    "Recent comments on our stories": each comment's words, then its writer's
    handle and day ("Bittersweet | Apr 22, 2013"). A byline names its writer
    once; a handle of one word signing again and again is a feed's.
    """
    signed = [ln.index for ln in ls if _signature(ln)]  # in order: neighbours by bisection
    for k, at in enumerate(signed):
        near = bisect.bisect_right(signed, at + _FEED_REACH) - bisect.bisect_left(
            signed, at - _FEED_REACH
        )
        if near < _FEED_SIGNATURES:  # (itself among them)
            continue
        start = max(signed[k - 1] + 1 if k else 0, at - _REPLY_LINES)
        for line in ls[start:at]:
            if "prose" in line.tags:
                line.tags.add("reply")


def _mark_stamped_feed(ls: list[lines.Line]) -> None:
    """Posts each under its writer's name and time, newest first: a live feed or a thread.

    A market page's live commentary ("* 牛骑士今天 12:06:45" over each post)
    outweighs the short news story beside it. Three such heads or more close
    together, their times running backwards, make a feed; an interview's
    transcript ("Host 00:01:23" over each answer) runs forwards, and stays text.
    """
    heads = [(ln.index, stamp) for ln in ls if (stamp := _stamped_head(ln)) is not None]
    feed: set[int] = set()
    for k in range(len(heads) - _FEED_SIGNATURES + 1):
        run = heads[k : k + _FEED_SIGNATURES]
        close = all(b[0] - a[0] <= _FEED_REACH for a, b in itertools.pairwise(run))
        if close and all(a[1] >= b[1] for a, b in itertools.pairwise(run)):
            feed.update(at for at, _ in run)
    for at in sorted(feed):
        for line in ls[at + 1 : at + 1 + _REPLY_LINES]:
            if line.index in feed or line.label is not None:
                break
            if "prose" in line.tags:
                line.tags.add("reply")


def _mark_glued_cards(ls: list[lines.Line]) -> None:
    """Chinese lines that each run a headline into its summary, three in a row: cards.

    A copy of "您可能感兴趣的文章" puts each card's title and summary on one
    line, parted by a space ("拆解iPad mini 5：除了芯片升级，内部还有什么改变？
    苹果今年更…"); a box of them outweighed the article above it. Chinese
    paragraphs do not part their words with spaces.
    """
    run: list[lines.Line] = []
    for line in [*ls, None]:
        if line is not None and "prose" in line.tags and _glued_card(line):
            run.append(line)
            continue
        if len(run) >= _GLUED_CARDS:
            for card in run:
                card.tags.add("teaser")
        run = []


def _glued_card(line: lines.Line) -> bool:
    """A headline, a space, then a summary: "…有哪些秘密？ 21日，国外著名拆解网站…"."""
    if line.cjk < _CARD_CJK:
        return False
    text = line.text.strip()
    parted = _CARD_GAP.search(text)
    if parted is None:
        return False
    head, rest = text[: parted.start()], text[parted.end() :]
    return (
        _CARD_HEAD[0] <= len(head) <= _CARD_HEAD[1]
        and "。" not in head
        and head.count("，") <= 1
        and len(rest) >= _CARD_REST
    )


#: The space between a card's title and its summary: between two Chinese characters (or
#: a closing mark and one), or after a question or exclamation mark. Text that sets
#: spaces around Latin words and numbers ("从 Redis 中读入") has none between two.
_CARD_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff）」』”%％])[ \t\u3000]+(?=[\u4e00-\u9fff])"
    r"|(?<=[？！])[ \t\u3000]+(?=[\u4e00-\u9fff\d])"
)
_CARD_HEAD = (6, 50)
_CARD_REST = 20
_CARD_CJK = 20
_GLUED_CARDS = 3


def _stamped_head(line: lines.Line) -> str | None:
    """The time of a post's head: a name, maybe the day's word, a time of day, nothing more."""
    if line.weight > _STAMPED_HEAD_WORDS or not _CLOCK.search(line.text):
        return None
    found = _STAMPED_HEAD.fullmatch(line.text.strip())
    if found is None:
        return None
    return f"{int(found['h']):02d}:{found['m']}:{found['s'] or '00'}"


_STAMPED_HEAD = re.compile(
    r"(?:[*•·-]\s*)?(?P<name>[^\W\d_][^\s:：,.。!?！？]{0,15}(?:\s[^\W\d_][^\s:：,.。!?！？]{0,15}){0,2})"
    r"\s*(?:今天|昨天|today|yesterday)?\s*(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:\s*[ap]\.?m\.?)?",
    re.IGNORECASE,
)
_STAMPED_HEAD_WORDS = 8


def _signature(line: lines.Line) -> bool:
    """A handle of one word, a bar and a day, nothing more: "jputtgen | Apr 17, 2013"."""
    if len(line.date_iso) != 1 or line.label != "date":
        return False
    day = line.date_iso[0]
    return bool(_HANDLE_BAR.fullmatch(line.text[: day.start])) and not line.text[day.end :].strip()


_HANDLE_BAR = re.compile(r"[\w.@-]{2,30}\s*[|·•]\s*")
_FEED_REACH = 12  # lines between one signature and the next two, at most
_FEED_SIGNATURES = 3


def _is_comment_tools(text: str) -> bool:
    """A comment's row of buttons: "回复 踩5 赞10 收藏", "查看回复 1 举报 分享", "Reply · Like 12".

    Only a comment is replied to: a row without a reply button is the
    article's own (a like count, a share row).
    """
    words = _TOOL_WORD.findall(text)
    rest = _TOOL_WORD.sub("", text)
    return (
        len(words) >= _TOOL_WORDS
        and any(_REPLY_WORD.fullmatch(w) for w in words)
        and not re.search(r"[^\W\d_]", rest)
    )


def _mark_tooled_reply(ls: list[lines.Line], tools: int) -> None:
    """The comment over a row of comment buttons: its run of prose, under its writer's name.

    Between the text and the buttons stand only its time ("3小时前") and
    other rows of buttons; the first line above the text that is no prose
    (the writer's name, a "热门评论" heading) ends it.
    """
    marked = False
    for k in range(tools - 1, max(tools - 1 - _TOOLED_LINES, -1), -1):
        line = ls[k]
        if "prose" in line.tags:
            line.tags.add("reply")
            marked = True
        elif marked or not (line.label == "date" or line.weight <= _TOOLED_GAP):
            return


_TOOLED_GAP = 6  # weight of a line between a comment and its buttons (a time, a share row)


_TOOL_WORD = re.compile(
    r"查看回复|回复|评论|踩|赞|顶|收藏|举报|分享|删除|reply|replies|like|likes|dislike|report"
    r"|share|flag|upvote|downvote|返信|いいね|報告",
    re.IGNORECASE,
)
_REPLY_WORD = re.compile(r"查看回复|回复|reply|replies|返信", re.IGNORECASE)
_TOOL_WORDS = 2
_TOOLED_LINES = 12  # lines of one comment above its buttons, at most


def _mark_signed_reply(ls: list[lines.Line], avatar: int) -> None:
    """A comment under its writer's picture and over a signature's date line.

    "Bittersweet's picture", the story commented on, the comment's first
    words, "Bittersweet | Apr 22, 2013": a box of recent comments, or a
    thread, whose picture's caption opens each comment.
    """
    below = ls[avatar + 1 : avatar + 1 + _REPLY_LINES]
    signed = next((k for k, ln in enumerate(below) if ln.label == "date"), None)
    if signed is None:
        return
    for reply in below[:signed]:
        if "prose" in reply.tags:
            reply.tags.add("reply")


#: The caption of a commenter's picture: "Bittersweet's picture", "Avatar of jdoe".
_AVATAR = re.compile(
    r".{1,40}['’]s (?:picture|avatar|profile picture)|avatar of .{1,40}",
    re.IGNORECASE,
)
_AVATAR_WORDS = 6


#: A platform's notes beside a creator's post: the account's kind, where it was posted from.
_ACCOUNT_LINE = re.compile(
    r"\S{2,14}官方(?:账号|帐号|帳號)|(?:发布于|發佈於|发表于|IP属地[:：]?)\s?\S{2,8}"
)
#: A label over a row of numbers, each a link: "Versions: 00 01 02 03 04", "页码：1 2 3".
#: Counts with their labels in a row: "随笔 - 86 文章 - 0 评论 - 214 阅读 - 38万" (cnblogs).
_COUNTS_ROW = re.compile(
    r"(?:[^\W\d_]{1,12}\s*[-:：]\s*\d[\d.,]*\s*[万千萬kKmM]?\s*(?:[|·/]\s*)?){3,}"
)
_NUMBERS_UNDER_LABEL = re.compile(
    r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?\s?[:：]\s*\d{1,3}(?:[ ,]+\d{1,3}){2,}"
)


def _byline_words(line: lines.Line) -> float:
    """The words of a line before its first date ("Par AFP Publié le" of "… le 03/04/2025")."""
    if not line.date_iso:
        return line.weight
    return len(line.text[: line.date_iso[0].start].split())


def _label(line: lines.Line, lang: str | None) -> None:
    """Name what a line is by its words and shape alone (None when it may be prose)."""
    text = line.text
    found: list[list[str]] = []

    def named() -> list[str]:  # the byline's names, read once: the costliest test of a line
        if not found:
            found.append(textmeta.byline_names(line))
        return found[0]

    code = lines.looks_like_code(line) and not (lines.is_pager(line) or lines.is_link_row(line))
    if lines.is_caption(line) and (not code or lines.IMAGE_FILE.fullmatch(text)):
        line.label = "caption"  # (a picture's file name, "IMG_2041.jpg", looks like code too)
    elif line.lexicon:
        line.label = line.lexicon
    elif code:
        line.tags.add("code")  # program text and data tables: no furniture label
        return
    elif lines.is_breadcrumb(line) and not (
        line.date_iso
        and (
            named()
            or textmeta.PUBLISH_MARK.search(text)
            or line.date_iso[0].start == 0
            or textmeta.wire_first(text)  # "MAP | 27 Août 2025 À 14:35 | Temps de lecture : 3 min"
        )
    ):
        # (but "Patricio Candia | Palma de Mallorca | 08/01/2014", and the labels of a post's
        # facts, "来源: | 发布时间: 2018-05-17 | 浏览次数: 2168": its date line, and so is
        # "March 18, 2025 | Updated March 19, 2025, 9:15 a.m. | 6 min read")
        line.label = "menu"
    elif not re.search(r"[^\W\d_]", text):
        # "2024/03/06 10:15" is a date line; other numbers, prices, symbols are furniture
        line.label = "date" if line.date_iso and line.weight <= 6 else "menu"
    elif _NUMBERS_UNDER_LABEL.fullmatch(text) and not line.date_iso:
        line.label = "menu"  # "Versions: 00 01 02 03 04", "Pages: 1 2 3": links by number
    elif _COUNTS_ROW.fullmatch(text.strip()):
        line.label = "menu"  # "随笔 - 86 文章 - 0 评论 - 214 阅读 - 38万": a blog's counts
    elif lines.is_comment_head(line):
        line.label = "comments"
    elif _TICKER.match(text) and line.weight <= 30:
        line.label = "related"  # "14:44 Headline": a news ticker
    elif _printed_twice(text, line.cjk) and lines.has_stop_words(lang):
        # a teaser's image text, then its link: one headline twice (a script we cannot
        # read is kept)
        line.label = "related"
        line.tags.add("twice")  # (a teaser, not a box's label over the lines under it)
    elif _ACCOUNT_LINE.fullmatch(text.strip()):
        line.label = "byline"  # "红星新闻官方账号", "发布于四川": notes on the post, by its byline
    elif lines.CREDIT.search(text) or lines.ROLE.match(text):
        line.label = "byline"
    elif (
        (line.weight <= 25 or _BY_DESCRIBED.match(text) and line.weight <= 60)
        and named()
        and not (line.cjk and textmeta.credit_opens_text(line))
    ):  # "By Jane Doe, a deputy editor who covers ...": a byline with the author's blurb
        line.label = "byline"
    elif lines.BY_NAME.match(text) and not line.end_punct and _byline_words(line) <= _BY_BODY_WORDS:
        # "Par Le Figaro avec AFP": a byline that names no person; "Par AFP Publié le
        # 03/04/2025 à 11h42 …": with its dates after it
        line.label = "byline"
    elif line.date_iso and line.weight <= _STAMP_LINE_WORDS and _MEDIA_LENGTH.search(text):
        line.label = "caption"  # "02.06.2025 | 1:48 min": a video's day and length
    elif line.date_iso and _date_only(line):
        line.label = "date"
    elif line.weight <= 6 and dates.is_relative(text, counted=True) and not _signed_name(text):
        line.label = "date"  # "2 hours ago", "před 3 minutami": a feed item's time
    elif line.weight <= _STAMP_LINE_WORDS and _DAY_WORD_END.search(text):
        line.label = "date"  # "原创 kingname 未闻Code 前天": a post's badge, writer and day
    elif _STAMPED.search(text) and not line.date_iso and 6 <= line.weight <= 60:
        line.label = "related"  # "Headline  Source 3/9 18:01": a feed item with its time
    if line.label == "byline" or (line.label is None and line.weight <= 25 and named()):
        line.tags.add("byline")
    if line.label is None and _is_prose(line, lang):
        line.tags.add("prose")
        if not line.end_punct and not line.cjk and lines.has_stop_words(lang):
            line.tags.add("open")
    elif not has_letters(text) and code:
        line.tags.add("code")


def _label_neighbours(ls: list[lines.Line], *, chinese: bool = False) -> None:
    """Bylines known by their place: a bare name beside a date, the line after "by"."""
    for i, line in enumerate(ls):
        if line.label:
            continue
        prev = ls[i - 1] if i else None
        provided = (
            prev is not None
            and _PROVIDED_BY.search(prev.text[-16:]) is not None  # the tail is enough
            and not prev.text.isupper()
            and "code" not in prev.tags
        )
        label_alone = prev is not None and _PROVIDED_BY.fullmatch(prev.text.strip()) is not None
        if provided and (line.weight <= 8 or label_alone and line.weight <= _SOURCE_WORDS):
            line.label = "byline"  # "News provided by" / "Acme Ltd."; "From:" / a ministry
            line.tags.add("byline")
            if persons := bare_names(line.text):  # "Von" / "Stefan Krohne": the author
                line.persons = persons
                line.tags.add("bare-name")
        elif (person := _signed_name(line.text)) is not None:
            line.label, line.persons = "byline", (person,)  # "Jane Doe, @jdoe", "Jane Doe • 8h"
            line.tags.update({"byline", "bare-name", "signed"})
        elif (
            (persons := bare_names(line.text, chinese=chinese))
            and any(_byline_neighbour(n) for n in _neighbours(ls, i))
            and not _over_others_byline(ls, i, persons)
            and not _in_word_column(ls, i)
        ):
            line.label, line.persons = "byline", persons
            line.tags.update({"byline", "bare-name"})
            if _over_role(ls, i) or _name_with_trade(line.text):
                # "Ben Silverman" over "Games Editor", or "Name, économiste": the writer
                line.tags.add("signed")
        elif (
            (caseless := _caseless_byline(line.text))
            and any(n.label == "date" for n in ls[max(0, i - 1) : i + 2] if n is not line)
            and i > 0
            and not ls[i - 1].label
        ):
            # Arabic, Hebrew, Hindi write no capitals: a name is known by its
            # place alone, right beside the date under the headline.
            line.label, line.persons = "byline", (caseless,)
            line.tags.update({"byline", "bare-name"})
        elif lines.HANDLE.fullmatch(line.text) and any(
            n.label == "date" for n in _neighbours(ls, i)
        ):
            line.persons = (line.text.lstrip("@"),)  # a forum poster's handle over the date
            line.tags.add("bare-name")
        elif persons and i + 1 < len(ls) and ls[i + 1].text == line.text and line.weight <= 4:
            # A name printed twice in a row: the avatar's alt text, then the link (Zhihu's).
            line.label, line.persons = "byline", persons
            line.tags.update({"byline", "bare-name"})
        elif persons and i + 1 < len(ls) and ls[i + 1].label == "share":
            # A name over the share bar: the author when it stands in the header
            # (pick_authors looks there only); elsewhere a show's or a box's name.
            line.persons = persons
            line.tags.add("bare-name")


def _over_role(ls: list[lines.Line], i: int) -> bool:
    """Whether the line under a name is a trade ("Games Editor"): a writer's, not a masthead's."""
    below = ls[i + 1] if i + 1 < len(ls) else None
    return below is not None and below.weight <= _ROLE_WORDS and bool(lines.ROLE.match(below.text))


_ROLE_WORDS = 5


def _in_word_column(ls: list[lines.Line], i: int) -> bool:
    """Whether a short Chinese line stands in a column of such words: a menu, not a name.

    "风闻" / "观察员" / "国际军事" under the date: a channel list whose first
    item has the shape of a name; a byline's name stands alone, or beside
    its date, source and trade.
    """

    def word(line: lines.Line) -> bool:
        return (
            bool(line.cjk)
            and line.cjk <= _COLUMN_WORD
            and line.label in (None, "menu")
            and (re.fullmatch(r"[\u4e00-\u9fff]+", line.text) is not None)
        )

    if not word(ls[i]):
        return False
    lo = hi = i
    while lo > 0 and word(ls[lo - 1]):
        lo -= 1
    while hi + 1 < len(ls) and word(ls[hi + 1]):
        hi += 1
    return hi - lo + 1 >= _COLUMN_WORDS


_COLUMN_WORD = 4  # characters of a channel's name in a menu
_COLUMN_WORDS = 3
_CASED = re.compile(r"[A-Za-zÀ-ÿĀ-ɏͰ-ϿЀ-ӿ]")  # Latin, Greek, Cyrillic
_CASELESS_PARTS = re.compile(r"\s*[,،]\s*|\s+[-–/|]\s+")
_CASELESS_TRADE_WORDS = 4


def _caseless_byline(text: str) -> str | None:
    """The name of a byline in a script without capitals, else None.

    "أحمد علي" alone, or with its trade, agency or place ("राहुल शर्मा, नई
    दिल्ली", "القاهرة - أحمد المصري"): the first part of two or three words,
    the others short.
    """
    if _CASED.search(text):
        return None  # a letter with a case: not the script this is for
    parts = [p for p in _CASELESS_PARTS.split(text.strip()) if p]
    if not 1 <= len(parts) <= 3 or any(len(p.split()) > _CASELESS_TRADE_WORDS for p in parts):
        return None
    return next((p for p in parts if lines.caseless_name(p)), None)


def _neighbours(ls: list[lines.Line], i: int) -> list[lines.Line]:
    """The two lines above and below line ``i``, share buttons passed over ("Share", "Save").

    A paragraph right above ends the reach upwards: the date over the lead is
    not beside "Market Reaction", the subheading under it. (Below, a gallery's
    caption may stand between the writer's name and the date.)
    """
    above = [ln for ln in ls[max(0, i - 6) : i] if _counts(ln)][-2:]
    below = [ln for ln in ls[i + 1 : i + 7] if _counts(ln)][:2]
    if above and _paragraph(above[-1]):
        above = above[-1:]
    return above + below


def _counts(line: lines.Line) -> bool:
    """Whether a line counts as a neighbour: not a share button, not a bare "|" between parts."""
    return line.label != "share" and any(ch.isalnum() for ch in line.text)


def _paragraph(line: lines.Line) -> bool:
    return "prose" in line.tags and line.end_punct and line.weight >= textmeta.PARAGRAPH_WORDS


_AFFILIATION_WORDS = 8
#: A video's or a podcast's length after its day: "| 1:48 min", "· 12:05 Min.".
_MEDIA_LENGTH = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\b|mins\b|Min\.)", re.I)
_TRADE_WORDS = 14  # words of a contributor's trade and institution after the name, at most
#: A contributor's trade after the name and a comma: "Jean-Marc Lefèvre, économiste, professeur
#: associé à l'université Paris-Dauphine", "Ana Ruiz, a senior fellow at Brookings".
_TRADE_AFTER_NAME = re.compile(
    r"(?:(?:an?|the|un|une|el|la|der|die|ein|eine)\s+)?(?:senior\s+|associate\s+|ancien(?:ne)?\s+"
    r"|former\s+|ex-?\s*|emeritus\s+)?"
    r"(?:[ée]conom(?:ist|iste|ista)|ökonom(?:in)?|professor(?:in)?|professeure?|profesora?|professoressa"
    r"|researcher|chercheu(?:r|se)|investigador(?:a)?|forscher(?:in)?|lecturer|ma[iî]tre de conf"
    r"|analyste?|analista|fellow|direct(?:or|eur|rice|ora)|direktor(?:in)?|lawyer|avocate?"
    r"|abogad[oa]|anwalt|rechtsanwalt|rechtsanwältin|consultant(?:e)?|consultor(?:a)?"
    r"|histori(?:an|en|enne)|historiador(?:a)?|historiker(?:in)?|sociolog(?:ist|ue)|soci[oó]log[oa]"
    r"|politolog(?:ue|e|in)|polit[oó]log[oa]|political scientist|philosoph(?:er|e|in)?"
    r"|fil[oó]sof[oa]|founder|fondat(?:eur|rice)|fundador(?:a)?|gründer(?:in)?|member of"
    r"|membre d|miembro d|doctoral|ph\.?d|postdoc|student|étudiant(?:e)?|author of|auteure? d"
    r"|autrice d|autor(?:a)? de|essayiste|ensayista|senior|ambassad(?:or|eur|rice)|embajador(?:a)?"
    r"|expert(?:e|o|a)?|sp[ée]cialiste?|especialista|ingénieur(?:e)?|engineer|ingeniero|ceo\b"
    r"|chief|head of|responsable d|jefe de|jefa de|député(?:e)?|diputad[oa]|senator"
    r"|sénat(?:eur|rice)|partner at|associée? (?:chez|de)|investigad|visiting|adjunct"
    r"|assistant professor)",
    re.IGNORECASE,
)
_NAME_PLACE = re.compile(r"([^,]{4,40}),\s*[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


_SPACED_HAN_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,3}")


def bare_names(text: str, *, chinese: bool = False) -> tuple[str, ...]:
    """The names of a line that is only names: "Jane Doe", "Jane Doe & John Roe".

    A name followed by its trade with no comma between ("Amy Hawkins Senior
    China correspondent", as a page lays out the byline's two spans) is the name.
    """
    text = text.rstrip(" ,")  # "Clémence Aubertin," over "le 12/03/2025 à 17:05"
    if chinese and _SPACED_HAN_NAMES.fullmatch(text.strip()):
        # "王思远 李晨": two reporters; in Japanese "田中 一郎" is one name's two parts
        spaced = tuple(text.split())
        if all(lines.looks_like_name(p) for p in spaced):
            return spaced
    text = names.WIRE_TAIL.sub("", text)  # "Marine Cardot avec AFP": the writer, the wire's copy
    parts = names.split_names(text) if len(text) <= 120 else []
    if 2 <= len(parts) <= 4 and all(lines.looks_like_name(p) for p in parts):
        # (before the whole: "Daniela Ruiz y Javier Mendoza" reads as one name with its "y",
        # as "José Ortega y Gasset" is one, but each side is a name of its own)
        return tuple(parts)
    if lines.looks_like_name(text):
        return (text,)
    words = text.split()
    for cut in (2, 3):
        head, trade = " ".join(words[:cut]), " ".join(words[cut:])
        if trade and lines.ROLE.match(trade) and lines.looks_like_name(head):
            return (head,)
    # "Reto Imhof, Bern": the writer, then the town filed from (the NZZ's byline).
    placed_one = _NAME_PLACE.fullmatch(text)
    if placed_one and lines.looks_like_name(placed_one.group(1)):
        return (placed_one.group(1),)
    # "Jean-Marc Lefèvre, économiste, professeur associé à l'université Paris-Dauphine": an
    # op-ed's contributor, the trade after a comma (a headline's second part names no trade).
    if traded := _name_with_trade(text):
        return (traded,)
    # "Tomás Ridley | Department of Civil and Environmental Engineering": the writer, a bar,
    # then where they work (a university's news office).
    name, bar, where = text.partition(" | ")
    if bar and lines.looks_like_name(name) and len(where.split()) <= _AFFILIATION_WORDS:
        return (name,)
    # "Edward White in Seoul and Cheng Leng in Hong Kong": each name with its place (one
    # alone, "Ostara Precision Announces Investment in Kingsbridge", is a headline's shape).
    placed = [names.without_places(p) for p in parts]
    if (
        len(parts) >= 2
        and _NAMES_AND.search(text)  # "A in Taipei and B": a headline's parts have commas
        and any(n != p for n, p in zip(placed, parts, strict=True))
        and all(lines.looks_like_name(n) for n in placed)
    ):
        return tuple(placed)
    return ()


def _name_with_trade(text: str) -> str | None:
    """The name of "Name, trade and institution", a contributor's byline, else None."""
    name, comma, trade = text.partition(", ")
    if (
        comma
        and _TRADE_AFTER_NAME.match(trade)
        and len(trade.split()) <= _TRADE_WORDS
        and not trade.rstrip().endswith((".", "!", "?"))
        and lines.looks_like_name(name)
    ):
        return name
    return None


def _over_others_byline(ls: list[lines.Line], i: int, persons: tuple[str, ...]) -> bool:
    """Whether line ``i`` stands right over a "By" line naming other people.

    That is a headline's place: "China Tightens Chip Rules" over "By Rob
    Ewaschuk" reads as a name for its capitals, but an author's name is not
    printed over someone else's byline.
    """
    below = ls[i + 1] if i + 1 < len(ls) else None
    if below is None or "byline" not in below.tags or "bare-name" in below.tags:
        return False
    named = {boilerplate.key(n) for n in textmeta.byline_names(below)}
    return bool(named) and not named & {boilerplate.key(p) for p in persons}


def _byline_neighbour(line: lines.Line) -> bool:
    """A date, a byline or a "Follow" button: what stands beside an author's bare name."""
    return line.label == "date" or "byline" in line.tags or line.key in lines.FOLLOW


def _signed_name(text: str) -> str | None:
    """The name in "Jane Doe, @jdoe", "Jane Doe • 8h", "Jane Doe · Follow", "Jane Doe 1 day ago"."""
    m = _NAME_TAIL.search(text)
    if m is None or m.start() == 0:
        return None
    head = text[: m.start()].strip()
    return head if lines.looks_like_name(head) else None


_TWICE_WORDS = 3  # words of a phrase printed twice on one line, at least
_TWICE_MOST = 80  # words of such a line at most: two headlines


_TWICE_CHARS = 12  # characters of each half of a headline glued to itself, at least
_TWICE_CJK = 6  # characters of a Chinese, Japanese or Korean headline printed twice, at least


def _printed_twice(text: str, cjk: int) -> bool:
    """Whether a line (with ``cjk`` Chinese, Japanese or Korean characters) is one phrase twice.

    A browser's copy of a teaser gives its picture's text and then its link's
    on one line: "Google has captured your mind  Google has captured your
    mind", "Flight 370, one year later:  Flight 370, one year later: "Nothing
    is certain"" (the picture's text cut at the quote). Prose does not open by
    saying its first three words twice.
    """
    words = text.split()
    if len(words) > _TWICE_MOST:
        return False  # (and a long line's words are not compared pair by pair)
    whole = text.strip()
    half = len(whole) // 2
    if len(whole) % 2 == 0 and half >= _TWICE_CHARS and whole[:half] == whole[half:]:
        return True  # glued with no space: "…‘아파트 작명법’시어머니도 못 찾는…"
    # Chinese and Japanese have no spaces to count words by: the two halves, whole.
    # "美图：最新旅行摄影范本 美图：最新旅行摄影范本"
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:] and cjk >= 2 * _TWICE_CJK:
        return True  # (``cjk`` counts both halves' characters)
    return any(
        words[j : 2 * j] == words[:j] and len(set(words[:j])) > 1  # ("a a a a": no phrase)
        for j in range(_TWICE_WORDS, len(words) // 2 + 1)
    )


def _mark_link_cards(ls: list[lines.Line]) -> None:
    """A link's preview card between paragraphs: headline, one sentence, the site's name.

    Blogs embed a link to another article as a card (Ghost's bookmark card,
    WordPress's embeds) whose three lines a browser copies without the blank
    lines that part paragraphs: a run of exactly three lines shaped so,
    between two paragraphs and set off from them by blank lines, is the card.
    """
    for i in range(1, len(ls) - 3):
        head, blurb, source, after = ls[i : i + 4]
        if not head.blank_before or blurb.blank_before or source.blank_before:
            continue
        if not after.blank_before or any(ln.label for ln in (head, blurb, source)):
            continue
        if "prose" not in ls[i - 1].tags or "prose" not in after.tags:
            continue  # between two paragraphs: a headline, standfirst and byline open the text
        if (
            4 <= head.weight <= 15
            and not head.end_punct
            and blurb.end_punct
            and blurb.weight <= 25
            and 1 <= source.weight <= 3
            and not source.end_punct
            and source.text[:1].isupper()
        ):
            for ln in (head, blurb, source):
                ln.label = "related"
                ln.tags.discard("prose")


def _mark_teasers(ls: list[lines.Line]) -> None:
    """Headline-and-summary pairs repeated down the page are teasers for other articles."""
    pairs: list[int] = []  # indices of the summaries in the current run of pairs
    last_prose = -10
    for i, line in enumerate(ls):
        if line.label == "related":  # "Related stories": a box of teasers starts afresh
            _flag_teasers(ls, pairs)
            pairs = []
        if "prose" not in line.tags:
            continue
        head = ls[i - 1] if i else None
        is_pair = (
            head is not None
            and "prose" not in head.tags
            and head.label in (None, "byline")
            and (5 <= head.weight <= 25 or _under_card_label(ls, i))  # longer than subheadings
            and not head.bullet
            and (line.weight < 60 or line.weight < _LONG_TEASER and _alone(ls, i))
            and not (i >= 2 and live_stamp(ls[i - 2]))
        )  # (a live blog's entry, its time over its heading and text, is the article's)
        if is_pair and i - last_prose > 1:
            pairs.append(i)
        else:
            _flag_teasers(ls, pairs)
            pairs = [i] if is_pair else []
        last_prose = i
    _flag_teasers(ls, pairs)


#: A live blog entry's time alone on its line: "18:47", "9h05", "14.20 Uhr", or with the
#: day before it, "20.02.25, 21:40 Uhr" (hessenschau's ticker).
_LIVE_STAMP = re.compile(
    r"(?:[0-3]?\d\.[01]?\d\.(?:\d{2}|\d{4})?,?\s*)?"
    r"[0-2]?\d[:.h][0-5]\d(?:\s*(?:uhr|h|[ap]\.?m\.?))?",
    re.IGNORECASE,
)


def live_stamp(line: lines.Line) -> bool:
    """A live entry's stamp: a time alone, or a day with its time ("Nov 14, 2024 17:05 IST")."""
    if _LIVE_STAMP.fullmatch(line.text.strip()):
        return True
    return (
        line.label == "date"
        and bool(line.date_iso)
        and line.date_iso[0].has_time
        and line.weight <= _STAMP_WORDS
    )


_STAMP_WORDS = 6


def _under_card_label(ls: list[lines.Line], i: int) -> bool:
    """A short title under a label every card repeats: "New York City Guides", "WiFi Parks".

    A card's title may be two words; the section's name printed over each
    card, the same line three times or more, tells it from a subheading.
    """
    if i < 2:
        return False
    label, head = ls[i - 2], ls[i - 1]
    return (
        label.repeats >= _CARD_LABEL_REPEATS
        and label.label is None  # not "Advertisement" between a text's sections
        and label.weight <= _CARD_LABEL_WORDS
        and "prose" not in label.tags
        and 1 <= head.weight < 5
    )


_CARD_LABEL_REPEATS = 3
_CARD_LABEL_WORDS = 6


def _alone(ls: list[lines.Line], i: int) -> bool:
    """Whether a paragraph stands alone: no prose in the two lines after it."""
    return not any("prose" in ln.tags for ln in ls[i + 1 : i + 3])


def _mark_ranking(ls: list[lines.Line]) -> None:
    """A ranked box of links ("Most read"): "1", headline, "2", headline, "3"..."""
    i = 0
    while i < len(ls):
        run = i
        rank = 1
        while run + 1 < len(ls) and ls[run].text == str(rank) and _ranked_item(ls[run + 1]):
            run, rank = run + 2, rank + 1
        if rank > _RANKED_MIN:
            for line in ls[i:run]:
                line.label = "related"
                line.tags.discard("prose")
            if run < len(ls) and ls[run].text == str(rank):
                ls[run].label = "related"
            i = run
        else:
            i += 1


def _mark_truncated(ls: list[lines.Line]) -> None:
    """Three lines or more in a row cut short with "..." are the titles of links."""
    run: list[lines.Line] = []
    for line in [*ls, None]:
        if line is not None and _TRUNCATED.search(line.text) and line.weight <= 25:
            run.append(line)
            continue
        if len(run) >= _TRUNCATED_MIN:
            for item in run:
                item.label = "related"
                item.tags.discard("prose")
        run = []


def _ranked_item(line: lines.Line) -> bool:
    """A headline under a rank: words, no full stop (numbered steps are sentences)."""
    return has_letters(line.text) and not line.text.endswith(".")


def _mark_contents(ls: list[lines.Line]) -> None:
    """List items that come back further down as headings form a table of contents."""
    headings: dict[str, int] = {}  # a short line over prose -> where it stands last
    for i, head in enumerate(ls):
        below = ls[i + 1 : i + 4]
        if (
            head.weight <= 15
            and not lines.BULLET_START.match(head.text)
            and any("prose" in ln.tags for ln in below)
        ):
            headings[head.key] = head.index
    run: list[lines.Line] = []
    targets: list[lines.Line] = []  # the headings the run's entries name
    found = 0  # entries of the run found again as headings
    announced = False  # under "Table of contents" the entries need no bullets
    for line in [*ls, None]:
        if line is not None and line.key in _CONTENTS_HEADS:
            announced, run, found, targets = True, [], 0, []
            continue
        entry = line is not None and (announced or lines.BULLET_START.match(line.text))
        entry = entry and not any(line is heading for heading in targets)
        if entry and line is not None and line.weight <= 15 and "prose" not in line.tags:
            item = boilerplate.key(_SECTION_NUMBER.sub("", line.text, count=1))
            if headings.get(item, -1) > line.index:
                run.append(line)
                targets.append(ls[headings[item]])
                found += 1
                continue
            if announced:  # an entry whose heading reads otherwise further down
                run.append(line)
                continue
        if found >= _CONTENTS_MIN and found * 2 >= len(run):
            for entry_line in run:
                entry_line.tags.add("contents")
            for heading in targets:
                heading.listed = True  # a section's heading, not the page's headline
        announced, run, found, targets = False, [], 0, []


def _mark_figures(ls: list[lines.Line]) -> None:
    """A run of tiny lines, mostly numbers ("$900", "billion", "'17"), is a chart's labels."""
    run: list[lines.Line] = []
    for line in [*ls, None]:
        if (
            line is not None
            and line.weight <= 2
            and len(line.text) <= 16
            and not (line.tags & {"prose", "code"})
        ):
            run.append(line)
            continue
        numeric = sum(any(ch.isdigit() for ch in ln.text) for ln in run)
        if len(run) >= _FIGURE_MIN and numeric * 2 >= len(run):
            for label in run:
                if label.label in (None, "menu"):
                    label.tags.add("figure")
        run = []


def _mark_lists(ls: list[lines.Line]) -> None:
    """Short lines after "What you'll need:" are the items of the list it announces."""
    for i, line in enumerate(ls):
        if line.label or not line.text.endswith((":", "：")) or line.weight > 12:
            continue
        items: list[lines.Line] = []
        for item in ls[i + 1 : i + 1 + _LIST_MAX]:
            if item.label == "date" and _dated_item(item, items):
                item.label = None  # "Veltrix MFT Cloud instances provisioned before March 8, 2024"
            if item.label or "prose" in item.tags or item.weight > 12 or item.text.endswith(":"):
                break
            if items and _headline_under_list(ls, item, items):
                break
            if items and _unlike_items(item, items):
                break  # the list is over
            items.append(item)
        if len(items) < 2:
            continue  # "Chipindustrie:" over one line: a kicker over its headline, not a list
        for item in items:
            item.bullet = True
            item.tags.add("item")


def _dated_item(line: lines.Line, items: list[lines.Line]) -> bool:
    """A list's item that holds a date, opening with the word the items above open with.

    BleepingComputer lists the affected versions, the last "… instances
    provisioned before March 8, 2024": a date line by its shape, but it
    opens as its neighbours do ("Veltrix MFT …").
    """
    if len(items) < 2 or textmeta.PUBLISH_MARK.search(line.text):
        return False
    first = line.text.split()[0].casefold()
    return all(it.text.split()[0].casefold() == first for it in items[-2:])


#: A point's number before its text, glued or not: "1成都东站…", "2.通过12306…", "3、…".
_POINT_NUMBER = re.compile(r"(\d{1,2})(?:[.、．)）]\s*|\s+|(?=[^\W\d_]|[“「《]))")


def _mark_counted_points(ls: list[lines.Line]) -> None:
    """Lines that count 1, 2, 3… one after the other are a list's items.

    Tencent's "划重点" box prints its points as "1成都东站…", "2“反向春运”…",
    the numbers glued to the text; a copy keeps no bullets. Counted so, none
    is a headline or a paragraph of its own.
    """
    i = 0
    while i < len(ls):
        run = 0
        while i + run < len(ls):
            m = _POINT_NUMBER.match(ls[i + run].text)
            if m is None or int(m.group(1)) != run + 1 or ls[i + run].label:
                break
            run += 1
        if run >= _POINTS_AT_LEAST:
            for item in ls[i : i + run]:
                item.bullet = True
                item.tags.add("item")
        i += max(run, 1)


_POINTS_AT_LEAST = 3


def _unlike_items(line: lines.Line, items: list[lines.Line]) -> bool:
    """Whether ``line`` is bulleted or spaced unlike the items above it.

    A list's items all carry the bullet if one does, and all are set apart by
    blank lines or none are: a line without the bullet, or a blank line under
    two or more tight items ("Community links:" over a sidebar's links, then the blog's
    name and the post's headline), starts something else.
    """
    bulleted = any(it.bullet for it in items)
    tight = len(items) >= 2 and not any(it.blank_before for it in items[1:])
    return (bulleted and not line.bullet) or (tight and line.blank_before)


def _headline_under_list(ls: list[lines.Line], line: lines.Line, items: list[lines.Line]) -> bool:
    """A line right above a paragraph, twice as long as most items before it: a headline.

    A menu copied from a browser ("Servicios:" over its links) runs straight
    into the headline of the article under it.
    """
    nxt = ls[line.index + 1] if line.index + 1 < len(ls) else None
    typical = statistics.median(item.weight for item in items)
    return (
        nxt is not None
        and "prose" in nxt.tags
        and line.weight >= max(6, 2 * typical)
        and lines.heading_like(line)
    )


def _mark_bare_lists(ls: list[lines.Line]) -> None:
    """Short lines set off by blank lines between two paragraphs are a list.

    A browser copies a list inside the text as its items on lines of their
    own, without the bullets, and a blank line before and after it (the
    margins of the paragraphs around it); a menu or a box of links has a label
    or stands outside the text.
    """
    run: list[lines.Line] = []
    for line in ls:
        if run and not line.blank_before and _bare_item(line):
            run.append(line)
            continue
        if (
            len(run) >= 2
            and line.blank_before
            and "prose" in line.tags
            and run[0].index > 0
            and "prose" in ls[run[0].index - 1].tags
        ):
            for item in run:
                item.bullet = True
                item.tags.add("item")
        run = [line] if line.blank_before and _bare_item(line) else []


def _bare_item(line: lines.Line) -> bool:
    return (
        line.label is None
        and not line.tags
        and not line.bullet
        and line.weight <= _ITEM_MAX
        and has_letters(line.text)
        and not line.text.endswith((":", "："))
    )


def _mark_code(ls: list[lines.Line]) -> None:
    """Short lines among program text ("FROM", "series,", "),") belong to the code block."""
    code = [i for i, ln in enumerate(ls) if "code" in ln.tags]
    for a, b in zip(code, code[1:], strict=False):
        if 1 < b - a <= 4:
            for ln in ls[a + 1 : b]:
                if (
                    "prose" not in ln.tags
                    and ln.weight <= 8
                    and (ln.label is None or not has_letters(ln.text))
                ):
                    ln.tags.add("code")
    for ln in ls:
        if "code" in ln.tags and ln.label == "menu" and not has_letters(ln.text):
            ln.label = None  # symbols inside code are code, not a menu


def has_letters(text: str) -> bool:
    """Whether text holds a letter of any script (not just digits and symbols)."""
    return re.search(r"[^\W\d_]", text) is not None


def _flag_teasers(ls: list[lines.Line], pairs: list[int]) -> None:
    """Flag the summaries of a run of pairs, unless their heads say the same words.

    Teasers' headlines differ from each other; heads that differ only in
    their numbers are one text's: a speaker's name over each answer of a
    transcript ("Maria Lopez 00:01:05"), "Step 3", "Day 2".
    """
    if len(pairs) < _TEASER_PAIRS:
        return
    keys = [textmeta.letters_key(ls[i - 1]) for i in pairs]
    if len(set(keys)) * 2 <= len(keys):
        return
    for i in pairs:
        ls[i].tags.add("teaser")


def _date_only(line: lines.Line) -> bool:
    """A line that is a date and a few words ("Posted on ... by ...", "Stand: ... Uhr")."""
    rest = line.text
    for m in reversed(line.date_iso):
        rest = rest[: m.start] + rest[m.end :]
    rest = re.sub(
        r"\d{1,2}[:h.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?|\b[A-Z]{2,4}\b|GMT[+-]?\d*", "", rest
    )
    if line.cjk and re.search(r"[。！？]$", rest) and len(_CJK_CHAR.findall(rest)) >= _CJK_CLAUSE:
        return False  # "2018年3月20日，第十三届全国人大一次会议表决通过了《…》。": a sentence
    return len(re.findall(r"[^\W\d_]+", rest)) <= 8 and line.weight <= 20


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_CJK_CLAUSE = 12  # characters besides the date, and a full stop: a sentence that opens on it


_QUESTION_WORDS = 12
_HEADLINE_COLON = re.compile(r"^[^,:]{3,60}:\s")  # a headline's topic, then its question
_SUFFIXING = frozenset(
    {"tr", "fi", "hu", "et", "ru", "uk", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "lt", "lv"}
)
_SUFFIXED_SENTENCE = 8  # words of a sentence with no small word, in those languages


def _headline_case(text: str) -> bool:
    """Title case over five long words or more: how headlines are set, never sentences."""
    return len(textmeta.long_words(text)) >= _HEADLINE_CASE_LONG and textmeta.title_cased(text)


_HEADLINE_CASE_WORDS = 30
_HEADLINE_CASE_LONG = 5


def _is_prose(line: lines.Line, lang: str | None) -> bool:
    """Sentences, not labels: long enough, ending like a sentence, with small words."""
    if line.cjk >= 8 and line.words <= line.cjk:
        if line.cjk >= 40 or (line.cjk >= 16 and bool(re.search(r"[。！？”」]$", line.text))):
            return True
        if line.cjk >= _KO_SENTENCE_SYLLABLES and lines.korean_sentence(line):
            return True  # Korean ends its sentences with a full stop, as English does
        if re.match(r"^\d{1,2}\s", line.text):
            return False  # "1  Headline": a ranked list of links
        return lang == "zh" and line.cjk >= 22 and line.stop_share >= 0.06  # blog prose
    if line.words <= _HEADLINE_CASE_WORDS and _headline_case(line.text):
        return False  # "…the Wells Are Running Dry. Now the State Is Stepping In.": a headline
    asks = line.text.endswith(("?", "？", "؟"))
    if asks and line.words < _QUESTION_WORDS and _HEADLINE_COLON.search(line.text):
        return False  # "Riverside parks: what will change?": a headline, whatever its small words
    known = lines.has_stop_words(lang)
    # Turkish, Finnish, Hungarian and the Slavic and Baltic languages put much
    # of what English says in small words into endings: a sentence of theirs
    # may hold one of the list's, or none.
    suffixed = lang in _SUFFIXING and line.end_punct and line.words >= _SUFFIXED_SENTENCE
    if known and line.words >= 6 and line.stop_share < 0.06 and not suffixed:
        return False  # a list of names or headlines, not a sentence
    if line.end_punct and line.words >= 7:
        return True
    if not known:  # no small words to go by: length alone
        return line.words >= 8
    return line.words >= 14 and line.stop_share >= 0.12
