"""A page laid out with a table, as a text browser renders it: two columns side by side."""

from __future__ import annotations

import textwrap

from clipper.clean import clean_text
from clipper.clean.columns import split_columns

from .test_text_shapes import PROSE, TITLE

SIDEBAR = ["Navigation", "Home", "Archive", "About me", "Links", "", "January 2022", "Blogroll"]


def two_columns(left: list[str], right: list[str], col: int = 40) -> str:
    rows = []
    for i in range(max(len(left), len(right))):
        cell = left[i] if i < len(left) else ""
        other = right[i] if i < len(right) else ""
        rows.append((cell.ljust(col) + other).rstrip() + "   ")
    header = "Harbour Notes\nThoughts and links since 2004\n"
    return header + "\n".join(rows) + "\n© 2022 Harbour Notes\n"


def test_a_sidebar_beside_the_article_goes_above_it_and_the_paragraphs_stay_whole() -> None:
    right = [TITLE, "", "Posted by Jane Holloway on Monday, March 4, 2024", ""]
    for paragraph in PROSE:
        right += [paragraph, ""]
    text = two_columns(SIDEBAR, right)
    rows = split_columns(text).split("\n")
    assert "Archive" in rows and PROSE[0] in rows and TITLE in rows
    assert rows.index("Blogroll") < rows.index(TITLE)
    article = clean_text(text)
    assert article.title == TITLE
    assert article.authors == ("Jane Holloway",)
    assert article.text.split("\n\n") == PROSE


def test_a_table_of_figures_keeps_its_rows() -> None:
    figures = ["2021", "2022", "2023", "2024", "2025"]
    values = ["41 percent", "44 percent", "47 percent", "52 percent", "55 percent"]
    text = two_columns(figures, values, col=16)
    assert split_columns(text) == text


def test_text_without_columns_is_unchanged() -> None:
    text = TITLE + "\n\n" + "\n\n".join(PROSE)
    assert split_columns(text) == text


def test_a_sidebar_of_links_right_of_the_article_goes_above_it() -> None:
    """A blog's links column on the right: the article's wrapped lines stay one text."""
    left = [TITLE, ""]
    for paragraph in PROSE:
        left += [*textwrap.wrap(paragraph, 70), ""]
    # The links keep their own rhythm: some beside a paragraph, some beside a blank line.
    links = ["Official links:", "Harbour Notes shop", "", "Photo archive", "", "Bug tracker"]
    links += ["", "Reader support", "", "Try our other blogs!", "", "", "", "RSS feed"]
    text = two_columns(left, links, col=76)
    rows = split_columns(text).split("\n")
    assert rows.index("RSS feed") < rows.index(TITLE)
    article = clean_text(text)
    assert article.title == TITLE
    assert article.text.split("\n\n") == PROSE


def test_code_with_comments_aligned_at_one_column_keeps_its_rows() -> None:
    commands = [
        "$ hg commit -u bob -m 'implement feature X (v1)'",
        "$ hg amend -m 'implement feature X (v2)'",
        "$ hg amend -m 'implement feature X (v3)'",
        "$ hg commit -u bob -m 'fix bug 24 (v1)'",
        "$ hg amend -u bob -m 'fix bug 24 (v2 by bob)'",
    ]
    comments = ["# rev 4:1636", "# rev 5:0eb7", "# rev 6:540b", "# rev 4:2fe6", "# rev 6:a360"]
    text = two_columns(commands, comments, col=58)
    assert split_columns(text) == text
