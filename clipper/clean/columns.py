"""Text laid out in two columns, as text browsers render a page laid out with a table.

A blog laid out with a table (a sidebar cell beside the article's cell) comes
out of lynx, w3m or a converter such as inscriptis as lines holding both
cells side by side, the article's cell starting at the same column on every
line. Read line by line, each paragraph of the article would start with a
sidebar link ("Archive   The council voted ..."). A browser's copy gives one
cell after the other; ``split_columns`` puts the text back in that order.

Only a sidebar beside prose is split: the cells on the right must be
paragraphs and those on the left labels, so a table of figures, whose cells
on the right are short too, keeps its rows.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r" {4,}(?=\S)")  # the padding between two cells
_MIN_ROWS = 4  # lines with text at the same column before it is a column
_MIN_COLUMN = 12  # where the right cell may start at the earliest
_LEFT_CHARS = 40  # a sidebar cell's text at most (a link, a heading)
_RIGHT_CHARS = 60  # the article's cells, on average at least (paragraphs)


def split_columns(text: str) -> str:
    """``text`` with a sidebar column printed beside the article moved above it."""
    rows = text.split("\n")
    starts: Counter[int] = Counter()
    for row in rows:
        for m in _GAP.finditer(row.rstrip()):
            if m.end() >= _MIN_COLUMN:
                starts[m.end()] += 1
    if not starts:
        return text
    col, count = starts.most_common(1)[0]
    if count < _MIN_ROWS:
        return text
    cells = [_cells(row, col) for row in rows]
    split = [i for i, cell in enumerate(cells) if cell is not None and cell[1]]
    if len(split) < _MIN_ROWS:
        return text
    first, last = split[0], split[-1]
    return (
        _sidebar_left(rows, cells, first, last) or _sidebar_right(rows, cells, first, last) or text
    )


def _sidebar_left(
    rows: list[str], cells: list[tuple[str, str] | None], first: int, last: int
) -> str | None:
    """Labels on the left, paragraphs on the right: the sidebar first, then the article."""
    region = [
        cell or (rows[i].strip(), "")  # a line across both cells goes with the sidebar
        for i, cell in enumerate(cells[first : last + 1], first)
    ]
    lefts = [left for left, _ in region if left]
    rights = [right for _, right in region if right]
    if max(len(left) for left in lefts or [""]) > _LEFT_CHARS:
        return None
    if sum(len(right) for right in rights) < _RIGHT_CHARS * len(rights):
        return None
    # A blank line between the right cells of two rows: each was its own block.
    body = [right or "" for _, right in region]
    return "\n".join([*rows[:first], *lefts, "", *body, *rows[last + 1 :]])


def _sidebar_right(
    rows: list[str], cells: list[tuple[str, str] | None], first: int, last: int
) -> str | None:
    """The article on the left, a column of links on the right.

    The links go above the article, where the cleaner reads them as the menu
    they are: below it they would split the article wherever it outruns them.
    Code with aligned comments and a table's rows have a right cell on every
    row that has one at all; a sidebar's links keep their own rhythm, so a
    good share of them stand on rows where the article has a blank line.
    """
    region = [
        cell or (rows[i].strip(), "")  # a line across both cells is the article's
        for i, cell in enumerate(cells[first : last + 1], first)
    ]
    lefts = [left for left, _ in region if left]
    rights = [right for _, right in region if right]
    alone = sum(1 for left, right in region if right and not left)
    if max(len(right) for right in rights) > _LEFT_CHARS or alone < max(2, len(rights) // 5):
        return None
    if sum(len(left) for left in lefts) < 2 * sum(len(right) for right in rights):
        return None
    body = [left or "" for left, _ in region]
    return "\n".join([*rows[:first], *rights, "", *body, *rows[last + 1 :]])


def _cells(row: str, col: int) -> tuple[str, str] | None:
    """The left and right cells of ``row`` if it is cut at column ``col``, else None."""
    row = row.rstrip()
    if len(row) <= col:
        return (row.strip(), "") if row.strip() else None
    if not row[max(0, col - 4) : col].isspace():
        return None  # text runs across the column: a line of its own, not two cells
    return row[:col].strip(), row[col:].strip()  # (a list item's cell starts further in)
