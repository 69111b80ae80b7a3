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

import html as html_lib
import re

from clipper.clean import lang as lang_detect
from clipper.clean import lines, textmeta
from clipper.clean.boilerplate import key
from clipper.errors import InputError
from clipper.model import Article, Candidate, Removed

_MAX_CHARS = 2_000_000  # a paste longer than this is cut before cleaning
_LABEL_COST = 6.0  # the cost, in words of prose, of a furniture line inside the body
_OTHER_COST = 4.0
_HEADING_COST = 1.5
_WALL = 25  # this many furniture lines in a row part two texts for good
_GAP_GROWTH = 0.3
_OPEN_SHARE = 0.5  # the worth of a long line that does not end like a sentence
_TERMINAL = ("comments", "bio")
_BOX_LINES = 6  # the longest box of links or an ad that may sit between two paragraphs
_BOX_LABELS = (None, "advertisement", "related", "caption")
_TICKER = re.compile(r"^[0-2]?\d[:h][0-5]\d\s+(?!Uhr|h\b|[ap]\.?m\b|GMT|UTC|[A-Z]{2,4}\b)\S")
_TEASER_PAIRS = 4  # headline + one-paragraph summary, this many times over: a list of teasers
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s+")
_BULLET_MARK = re.compile(r"^(?:[•·▪●◦‣∙\-–—*+]\s+|\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)")
_PROVIDED_BY = re.compile(r"(?:\bby|\bvon|\bpar|\bpor|作者|来源)\s*[:：]?$", re.IGNORECASE)
_BIO_VERBS = re.compile(
    r"^\s*(?:is|was|has|writes|covers|reports|joined|lives|holds|ist|est|es|schreibt|escribe)\b"
)


def clean_text(text: str, url: str | None = None) -> Article:
    """Turn a select-all paste of a web page into a clean article.

    Args:
        text: the pasted text, any language, any size.
        url: where it came from, when known (gives the site name and sometimes a date).

    Raises:
        InputError: the text holds nothing but white space.
    """
    if not isinstance(text, str):
        raise InputError("Cannot clean this input: it is not text.")
    text = text[:_MAX_CHARS]
    if not text.strip():
        raise InputError("Nothing to clean: the text is empty.")
    lang = lang_detect.detect(_sample(text))
    ls = lines.make_lines(_unwrap(text), lang)
    for line in ls:
        _label(line, lang)
    _label_neighbours(ls)
    _mark_teasers(ls)
    _mark_code(ls)
    start, end = _extend(ls, *_core(ls, lang))
    meta = _read_header(ls, start, end, url)
    end = _cut_tail(ls, start, end, meta)
    body, removed = _select(ls, start, end, meta, lang)
    if not body:  # never empty a text whose language or shape we do not know
        body = [ln for ln in ls if not ln.label and ln.index not in meta.used] or ls
        keep = {ln.index for ln in body}
        removed = [(ln, r) for ln, r in removed if ln.index not in keep]
    return _article(body, removed, meta, lang, url)


def _unwrap(text: str) -> str:
    """Join the lines of hard-wrapped text (RFCs, mailing lists) back into paragraphs.

    Text is taken as wrapped when most of its long lines end near one width;
    then a line that reaches that width runs on into the next one.
    """
    raw = text.splitlines()
    long = sorted(len(ln.rstrip()) for ln in raw if len(ln.strip()) >= 40)
    if len(long) < 20:
        return text
    width = long[int(len(long) * 0.8)]
    near = sum(width - 12 <= n <= width for n in long)
    if width > 100 or near < 0.6 * len(long):
        return text
    out: list[str] = []
    joining = False
    for line in raw:
        stripped = line.strip()
        if joining and stripped and not lines.BULLET_START.match(stripped):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line)
        joining = bool(stripped) and len(line.rstrip()) >= width - 15 and "  " not in stripped
    return "\n".join(out)


def _sample(text: str) -> str:
    """The longest lines, which carry the article's language better than menus."""
    candidates = sorted((ln.strip() for ln in text[:200_000].splitlines()), key=len, reverse=True)
    return "\n".join(candidates[:12])


def _label(line: lines.Line, lang: str | None) -> None:
    """Name what a line is by its words and shape alone (None when it may be prose)."""
    text = line.text
    if lines.is_caption(line):
        line.label = "caption"
    elif line.lexicon:
        line.label = line.lexicon
    elif lines.is_breadcrumb(line):
        line.label = "menu"
    elif not re.search(r"[^\W\d_]", text):
        line.label = "menu"  # numbers, prices, symbols
    elif lines.is_comment_head(line):
        line.label = "comments"
    elif _TICKER.match(text) and line.weight <= 30:
        line.label = "related"  # "14:44 Headline": a news ticker
    elif lines.CREDIT.search(text) or lines.ROLE.match(text):
        line.label = "byline"
    elif textmeta.byline_names(line) and line.weight <= 25:
        line.label = "byline"
    elif line.date_iso and _date_only(line):
        line.label = "date"
    if line.label == "byline" or (
        line.label is None and line.weight <= 25 and textmeta.byline_names(line)
    ):
        line.tags.add("byline")
    if line.label is None and _is_prose(line, lang):
        line.tags.add("prose")
        if not line.end_punct and not line.cjk and lines.has_stop_words(lang):
            line.tags.add("open")
    elif (line.label is None or not _has_letters(text)) and lines.looks_like_code(line):
        line.tags.add("code")


def _label_neighbours(ls: list[lines.Line]) -> None:
    """Bylines known by their place: a bare name beside a date, the line after "by"."""
    for i, line in enumerate(ls):
        if line.label:
            continue
        prev = ls[i - 1] if i else None
        nxt = ls[i + 1] if i + 1 < len(ls) else None
        if prev is not None and _PROVIDED_BY.search(prev.text) and line.weight <= 8:
            line.label = "byline"  # "News provided by" / "Acme Ltd."
            line.tags.add("byline")
        elif lines.looks_like_name(line.text) and any(
            n is not None and (n.label == "date" or "byline" in n.tags) for n in (prev, nxt)
        ):
            line.label = "byline"
            line.tags.update({"byline", "bare-name"})


def _mark_teasers(ls: list[lines.Line]) -> None:
    """Headline-and-summary pairs repeated down the page are teasers for other articles."""
    pairs: list[int] = []  # indices of the summaries in the current run of pairs
    last_prose = -10
    for i, line in enumerate(ls):
        if "prose" not in line.tags:
            continue
        head = ls[i - 1] if i else None
        is_pair = (
            head is not None
            and "prose" not in head.tags
            and head.label in (None, "caption", "byline")
            and 5 <= head.weight <= 25  # headlines, longer than section subheadings
            and not head.bullet
            and line.weight < 60
        )
        if is_pair and i - last_prose > 1:
            pairs.append(i)
        else:
            _flag_teasers(ls, pairs)
            pairs = [i] if is_pair else []
        last_prose = i
    _flag_teasers(ls, pairs)


def _mark_code(ls: list[lines.Line]) -> None:
    """Short lines among program text ("FROM", "series,", "),") belong to the code block."""
    code = [i for i, ln in enumerate(ls) if "code" in ln.tags]
    for a, b in zip(code, code[1:], strict=False):
        if 1 < b - a <= 4:
            for ln in ls[a + 1 : b]:
                if "prose" not in ln.tags and ln.weight <= 8 and (
                    ln.label is None or not _has_letters(ln.text)
                ):
                    ln.tags.add("code")
    for ln in ls:
        if "code" in ln.tags and ln.label == "menu" and not _has_letters(ln.text):
            ln.label = None  # symbols inside code are code, not a menu


def _has_letters(text: str) -> bool:
    return re.search(r"[^\W\d_]", text) is not None


def _flag_teasers(ls: list[lines.Line], pairs: list[int]) -> None:
    if len(pairs) >= _TEASER_PAIRS:
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
    return len(re.findall(r"[^\W\d_]+", rest)) <= 8 and line.weight <= 20


def _is_prose(line: lines.Line, lang: str | None) -> bool:
    """Sentences, not labels: long enough, ending like a sentence, with small words."""
    if line.cjk >= 8 and line.words <= line.cjk:
        if line.cjk >= 40 or (line.cjk >= 16 and bool(re.search(r"[。！？”」]$", line.text))):
            return True
        if re.match(r"^\d{1,2}\s", line.text):
            return False  # "1  Headline": a ranked list of links
        return lang == "zh" and line.cjk >= 22 and line.stop_share >= 0.06  # blog prose
    known = lines.has_stop_words(lang)
    if known and line.words >= 6 and line.stop_share < 0.06:
        return False  # a list of names or headlines, not a sentence
    if line.end_punct and line.words >= 7:
        return True
    if not known:  # no small words to go by: length alone
        return line.words >= 8
    return line.words >= 14 and line.stop_share >= 0.12


def _value(line: lines.Line) -> float:
    if "code" in line.tags:
        return -0.3  # program text: neither prose nor furniture
    if line.bullet and line.weight >= 5 and not line.label:
        return -0.8  # an item of a list in the text
    if not re.search(r"[^\W\d_]", line.text):
        return -1.0  # symbols and numbers: code, tables, list counters
    if line.label:
        return -_LABEL_COST
    if "teaser" in line.tags:
        return line.weight * 0.2 - 1
    if "prose" in line.tags:  # unfinished sentences are mostly headlines and teasers
        return line.weight * _OPEN_SHARE if "open" in line.tags else line.weight
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
        j = end
        while j < len(ls) and j - end < _BOX_LINES and "prose" not in ls[j].tags:
            line = ls[j]
            boxed = line.label is None and lines.heading_like(line)
            if line.label not in _BOX_LABELS and not boxed:
                return start, end
            j += 1
        if j >= len(ls) or "prose" not in ls[j].tags or not ls[j].end_punct:
            return start, end
        end = j + 1
        while end < len(ls) and "prose" in ls[end].tags:
            end += 1
    return start, end


def _short_sentence(line: lines.Line) -> bool:
    return (
        line.label is None
        and line.end_punct
        and line.text[-1] in ".!?。！？"
        and (line.words >= 3 and line.stop_share >= 0.1 or line.cjk >= 6)
    )


def _read_header(ls: list[lines.Line], start: int, end: int, url: str | None) -> textmeta.Meta:
    """Metadata from the lines above the body and the byline block at its top."""
    meta = textmeta.Meta()
    prose = [i for i in range(start, end) if "prose" in ls[i].tags]
    limit = prose[1] if len(prose) > 1 else end
    zone_end = min(limit, start + 12)
    meta_lines = [
        i for i in range(0, zone_end) if "byline" in ls[i].tags or ls[i].label == "date"
    ]
    anchor = _anchor(ls, meta_lines, start)
    textmeta.pick_title(ls, anchor, meta)
    for line in ls[: meta.title_index or 0]:
        if "bare-name" in line.tags:  # a masthead beside the "today" date, not an author
            line.label = None
            line.tags -= {"bare-name", "byline"}
    textmeta.pick_site(ls, url, meta)
    if meta.title:
        meta.title = textmeta.strip_site(meta.title, meta.site)
    zone = range(0, zone_end)
    textmeta.pick_authors(ls, zone, meta)
    textmeta.pick_date(ls, zone, url, meta)
    body_from = max([start] + [i + 1 for i in meta.used if i < zone_end])
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


def _anchor(ls: list[lines.Line], meta_lines: list[int], start: int) -> int:
    """The top of the byline block nearest the body, where the title search begins."""
    if not meta_lines:
        return start
    top = meta_lines[-1]
    while True:
        above = [i for i in meta_lines if i < top]
        if not above:
            break
        gap = ls[above[-1] + 1 : top]
        if any(not ln.label and "prose" in ln.tags for ln in gap) or len(gap) > 6:
            break
        if any(not ln.label and lines.heading_like(ln) and ln.weight > 3 for ln in gap):
            break
        top = above[-1]
    # "News provided by" / "Acme Ltd." pairs: the label line belongs to the block.
    while top > 0 and ls[top - 1].label == "boilerplate" and ls[top - 1].weight <= 4:
        top -= 1
    return top


def _cut_tail(ls: list[lines.Line], start: int, end: int, meta: textmeta.Meta) -> int:
    """End the body at the comments, the author box or the author's signature."""
    author_keys = {key(a) for a in meta.authors} | {key("by " + a) for a in meta.authors}
    first_names = {a.split()[0].lower() for a in meta.authors if " " in a}
    seen_prose = 0.0
    for i in range(start, end):
        line = ls[i]
        if i in meta.used:
            continue
        if seen_prose and (line.label in _TERMINAL or line.key in author_keys):
            if line.key in author_keys:
                line.label = "byline"
            return i
        words = line.text.split()
        if (
            seen_prose
            and "prose" in line.tags
            and words
            and (line.text.startswith(tuple(meta.authors)) or words[0].lower() in first_names)
            and _BIO_VERBS.match(_after_name(line.text, meta.authors))
        ):
            line.label = "bio"
            return i
        if "prose" in line.tags:
            seen_prose += line.weight
    return end


def _after_name(text: str, authors: tuple[str, ...]) -> str:
    for name in sorted(authors, key=len, reverse=True):
        for form in (name, name.split()[0]):
            if text.startswith(form):
                return text[len(form) :]
    return ""


def _select(
    ls: list[lines.Line], start: int, end: int, meta: textmeta.Meta, lang: str | None
) -> tuple[list[lines.Line], list[tuple[lines.Line, str]]]:
    """Keep the body's lines; give every other line the reason it was dropped."""
    body: list[lines.Line] = []
    removed: list[tuple[lines.Line, str]] = []
    prose_keys = [ln.key for ln in ls[start:end] if "prose" in ln.tags and len(ln.key) > 30]
    title_key = key(meta.title) if meta.title else None
    in_related = False
    after = "menu"
    for i, line in enumerate(ls):
        if i < start or i >= end or i in meta.used:
            removed.append((line, _outside_reason(line, i, start, meta, after)))
            if i >= end and line.label in ("comments", "related", "bio", "newsletter"):
                after = line.label
            continue
        reason = _inside_reason(ls, i, end, title_key, prose_keys, in_related)
        in_related = (line.label == "related") or (in_related and reason == "related")
        if reason:
            removed.append((line, reason))
        else:
            body.append(line)
    return body, removed


def _outside_reason(
    line: lines.Line, i: int, start: int, meta: textmeta.Meta, after: str
) -> str:
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


def _inside_reason(
    ls: list[lines.Line],
    i: int,
    end: int,
    title_key: str | None,
    prose_keys: list[str],
    in_related: bool,
) -> str | None:
    line = ls[i]
    if line.label:
        return line.label
    if title_key and line.key == title_key:
        return "title"
    if line.weight <= 30 and len(line.key) >= 15 and any(
        line.key in pk and line.key != pk for pk in prose_keys
    ):
        return "duplicate"  # a pull quote repeating a sentence of the body
    if "prose" in line.tags or "code" in line.tags:
        return None
    nxt = ls[i + 1] if i + 1 < len(ls) else None
    if in_related:
        return "related"
    if nxt is not None and nxt.label == "caption" and not line.end_punct and line.weight <= 30:
        return "caption"  # a caption whose credit is on the next line
    if line.bullet:
        return None
    followed = nxt is not None and i + 1 < end and ("prose" in nxt.tags or nxt.bullet)
    if followed and not line.end_punct and line.weight <= 12 and (
        lines.heading_like(line) or line.blank_before
    ):
        return None  # a subheading
    if line.end_punct and line.weight >= 4:
        return None  # a short sentence
    return "boilerplate" if line.weight >= 4 else "menu"


def _paragraphs(body: list[lines.Line]) -> list[tuple[str, list[str]]]:
    """Group body lines into blocks: ("p"|"h"|"ul"|"ol"|"pre", lines)."""
    blocks: list[tuple[str, list[str]]] = []
    for idx, line in enumerate(body):
        if "code" in line.tags:
            if blocks and blocks[-1][0] == "pre":
                blocks[-1][1].append(line.text)
            else:
                blocks.append(("pre", [line.text]))
            continue
        if line.bullet:
            kind = "ol" if _NUMBERED.match(line.text) else "ul"
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(line.text)
            else:
                blocks.append((kind, [line.text]))
            continue
        nxt = body[idx + 1] if idx + 1 < len(body) else None
        heading = (
            "prose" not in line.tags
            and not line.end_punct
            and line.weight <= 12
            and nxt is not None
        )
        blocks.append(("h" if heading else "p", [line.text]))
    return blocks


def _html(blocks: list[tuple[str, list[str]]]) -> str:
    parts: list[str] = []
    for kind, texts in blocks:
        if kind == "pre":
            parts.append(f"<pre>{html_lib.escape(chr(10).join(texts))}</pre>")
        elif kind in ("ul", "ol"):
            items = "".join(
                f"<li>{html_lib.escape(_BULLET_MARK.sub('', t, count=1))}</li>" for t in texts
            )
            parts.append(f"<{kind}>{items}</{kind}>")
        else:
            tag = "h2" if kind == "h" else "p"
            parts.append(f"<{tag}>{html_lib.escape(texts[0])}</{tag}>")
    return "\n".join(parts)


def _excerpt(subtitle: str | None, blocks: list[tuple[str, list[str]]]) -> str:
    source = subtitle or next((t[0] for k, t in blocks if k == "p"), "")
    if len(source) <= 300:
        return source
    cut = source[:300]
    sentence = max(cut.rfind(". "), cut.rfind("。"))
    return cut[: sentence + 1] if sentence > 120 else cut.rsplit(" ", 1)[0] + "…"


def _merge_removed(removed: list[tuple[lines.Line, str]]) -> tuple[Removed, ...]:
    """Neighbouring lines dropped for the same reason become one block."""
    out: list[Removed] = []
    last_index = -2
    for line, reason in sorted(removed, key=lambda r: r[0].index):
        if out and out[-1].reason == reason and line.index == last_index + 1:
            out[-1] = Removed(out[-1].text + "\n" + line.text, reason)
        else:
            out.append(Removed(line.text, reason))
        last_index = line.index
    return tuple(out)


def _article(
    body: list[lines.Line],
    removed: list[tuple[lines.Line, str]],
    meta: textmeta.Meta,
    lang: str | None,
    url: str | None,
) -> Article:
    blocks = _paragraphs(body)
    text = "\n\n".join("\n".join(texts) for _, texts in blocks)
    body_lang = lang_detect.detect("\n".join(ln.text for ln in body[:40])) or lang
    cands = {name: _mark(values, chosen) for name, values, chosen in (
        ("title", meta.candidates.get("title", []), meta.title),
        ("subtitle", meta.candidates.get("subtitle", []), meta.subtitle),
        ("authors", meta.candidates.get("authors", []), None),
        ("published", meta.candidates.get("published", []), meta.published),
        ("site", meta.candidates.get("site", []), meta.site),
    ) if values}
    if "authors" in cands:
        cands["authors"] = tuple(
            Candidate(c.value, c.source, c.value in meta.authors) for c in cands["authors"]
        )
    if body_lang:
        cands["lang"] = (Candidate(body_lang, "text", True),)
    return Article(
        title=meta.title,
        subtitle=meta.subtitle,
        authors=meta.authors,
        published=meta.published,
        site=meta.site,
        url=url,
        lang=body_lang,
        text=text,
        html=_html(blocks),
        excerpt=_excerpt(meta.subtitle, blocks),
        removed=_merge_removed(removed),
        candidates=cands,
    )


def _mark(values: list[Candidate], chosen: str | None) -> tuple[Candidate, ...]:
    out = [Candidate(c.value, c.source, chosen is not None and c.value == chosen) for c in values]
    if chosen and not any(c.chosen for c in out):
        out.insert(0, Candidate(chosen, "text", True))
    return tuple(out)
