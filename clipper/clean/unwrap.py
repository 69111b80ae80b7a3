"""Undo hard line wrapping before plain text is cleaned.

A browser's copy puts each paragraph on one line, and the line classifier
relies on that. Text files and e-mails are often wrapped at a fixed width
(72–80 characters) instead, so a paragraph arrives as several lines and each
would be judged alone. When a text is wrapped like that, its wrapped
paragraphs are joined back into single lines first.
"""

from __future__ import annotations

import re

_MAX_WRAP = 100  # wider lines mean the text was not wrapped by hand
_MIN_WRAP = 40
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
    near_full = sum(1 for n in lengths if n >= widest - 20)
    if near_full < 3 or near_full < 0.4 * len(lengths):
        return None
    return widest


def unwrap(text: str) -> str:
    """Join the lines of wrapped paragraphs; text that is not wrapped comes back as it was."""
    lines = text.splitlines()
    width = wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    joining = False
    for line in lines:
        stripped = line.strip()
        if joining and stripped and not _LIST_ITEM.match(line):
            glue = "" if _CJK_END.search(out[-1]) and _CJK_START.search(stripped) else " "
            out[-1] = out[-1].rstrip() + glue + stripped
        else:
            out.append(line.rstrip())
        # A line that reaches the margin was broken by the wrapping, whatever
        # it ends with; a shorter one ends its paragraph (or is a heading).
        joining = bool(stripped) and len(line.rstrip()) >= width - 20
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
