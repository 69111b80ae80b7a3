"""Undo hard line wrapping before plain text is cleaned.

A browser's copy puts each paragraph on one line, and the line classifier
relies on that. Text files and e-mails are often wrapped at a fixed width
(72–80 characters) instead, so a paragraph arrives as several lines and each
would be judged alone. When a text is wrapped like that, its wrapped
paragraphs are joined back into single lines first.
"""

from __future__ import annotations

import re

from clipper.clean import lines

_LONG_TEXT = 20  # long lines a text needs before its common width is read
_MAX_WRAP = 100  # wider lines mean the text was not wrapped by hand
_MIN_WRAP = 40
_SENTENCE_END = re.compile(r"[.!?。！？\"”」』]$")
_PARAGRAPH_ENDS = 0.6  # share of full lines ending a sentence: paragraphs, not wrapped text
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,3}[.)])\s+")
_CJK_END = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]$")
_CJK_START = re.compile(r"^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, or None when it was not wrapped.

    Wrapped text has no line wider than about 100 characters and many lines
    close to its widest one.
    """
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 3:
        return None
    widest = max(lengths)
    if not _MIN_WRAP <= widest <= _MAX_WRAP:
        return None
    full = [line.rstrip() for line in lines if len(line.rstrip()) >= widest - 20]
    if len(full) < 3 or len(full) < 0.4 * len(lengths):
        return None
    if _paragraphs(full):
        return None
    return widest


def _paragraphs(full: list[str]) -> bool:
    """Whether lines as wide as a wrapped text's are paragraphs that end their sentences.

    Wrapping breaks lines anywhere; a Chinese or Japanese paragraph is as short
    as a wrapped line, but it ends with its sentence.
    """
    return sum(1 for line in full if _SENTENCE_END.search(line)) >= _PARAGRAPH_ENDS * len(full)


# A word broken at the margin by a hyphen ("Cir-" / "cuit"), as justified text
# and PDFs break them; and the first words of compounds whose hyphen stays.
_BROKEN_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-$")
_COMPOUND_FIRST = frozenset(
    "self non well state long short high low anti multi cross semi vice ex co "
    "mid full half one two three four five six seven eight nine ten".split()
)


def _joined_end(previous: str, following: str, text: str, glue: str) -> tuple[str, str]:
    """``previous`` and the glue to the next line, mending a word broken at the margin.

    The hyphen goes when the next line goes on in lower case ("Cir-" /
    "cuit" is "Circuit"); it stays, with no space, after the first word of a
    usual compound ("state-" / "owned") and wherever the text writes the
    pair with the hyphen elsewhere.
    """
    broken = _BROKEN_WORD.search(previous)
    rest = re.match(r"[^\W\d_]+", following)
    if broken is None or rest is None or not rest.group().islower():
        return previous, glue
    head = broken.group(1)
    if head.casefold() in _COMPOUND_FIRST or f"{head}-{rest.group()}" in text:
        return previous, ""
    return previous[:-1], ""


def unwrap(text: str) -> str:
    """Join the lines of wrapped paragraphs; text that is not wrapped comes back as it was.

    Two readings, one after the other: a text whose full lines reach one
    margin (a file or an e-mail wrapped at 72), then a long text most of
    whose long lines end near one width though a few run past it (an RFC
    with its tables and headers).
    """
    return _unwrap_common_width(_unwrap_margin(text))


def _unwrap_margin(text: str) -> str:
    rows = text.splitlines()
    width = wrap_width(rows)
    if width is None:
        return text
    out: list[list[str]] = []  # each output line as the pieces joined into it
    joining = False
    for line in rows:
        stripped = line.strip()
        if (
            joining
            and stripped
            and not _LIST_ITEM.match(line)
            and not lines.BY_NAME.match(stripped)
        ):
            glue = "" if _CJK_END.search(out[-1][-1]) and _CJK_START.search(stripped) else " "
            out[-1][-1], glue = _joined_end(out[-1][-1], stripped, text, glue)
            out[-1].append(glue + stripped)
        else:
            out.append([line.rstrip()])
        # A line that reaches the margin was broken by the wrapping, whatever
        # it ends with; a shorter one ends its paragraph (or is a heading).
        joining = bool(stripped) and len(line.rstrip()) >= width - 20
    joined = ("".join(pieces) for pieces in out)
    return "\n".join(joined) + ("\n" if text.endswith("\n") else "")


def _unwrap_common_width(text: str) -> str:
    """Join lines that reach the width most long lines of a long text end at."""
    raw = text.splitlines()
    long = sorted(len(ln.rstrip()) for ln in raw if len(ln.strip()) >= _MIN_WRAP)
    if len(long) < _LONG_TEXT:
        return text
    width = long[int(len(long) * 0.8)]
    near = [ln.rstrip() for ln in raw if width - 12 <= len(ln.rstrip()) <= width]
    if width > _MAX_WRAP or len(near) < 0.6 * len(long) or _paragraphs(near):
        return text
    out: list[list[str]] = []  # each output line as the pieces joined into it
    joining = False
    for line in raw:
        stripped = line.strip()
        if joining and stripped and not lines.BULLET_START.match(stripped):
            out[-1][-1], glue = _joined_end(out[-1][-1].rstrip(), stripped, text, " ")
            out[-1].append(glue + stripped)
        else:
            out.append([line])
        joining = bool(stripped) and len(line.rstrip()) >= width - 15 and "  " not in stripped
    return "\n".join("".join(pieces) for pieces in out)
