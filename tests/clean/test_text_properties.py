"""Any string gives an article or our own error, quickly, and never loses unknown text."""

from __future__ import annotations

import re
import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from clipper.clean import clean_text
from clipper.errors import ClipperError
from clipper.model import Article

_LINES = st.lists(
    st.one_of(
        st.text(max_size=200),
        st.sampled_from([
            "Share", "Advertisement", "By Jane Doe", "March 6, 2024", "© 2024 Site", "Home",
            "Leave a Reply", "相关阅读", "2024年3月6日", "Photo: a ship (Courtesy Port)",
            "The council met on Monday and approved the budget after a long debate.",
            "• item", "1. first", "", "Jane Doe says:", "Comments (3)",
        ]),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_string_gives_an_article_or_our_error(text: str) -> None:
    start = time.perf_counter()
    try:
        article = clean_text(text)
    except ClipperError:
        return
    assert isinstance(article, Article)
    assert time.perf_counter() - start < 3
    assert article.to_json()["text"] == article.text
    assert all(r.reason for r in article.removed)


#: Characters that show nothing: a text of them alone is empty ("\xad", a soft hyphen).
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LINES)
def test_page_like_line_mixes(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        article = clean_text(text)
    except ClipperError:
        assert not _INVISIBLE.sub("", text).strip()
        return
    assert text.strip()
    assert article.text.strip() or article.title or article.removed
    for author in article.authors:
        assert author and not author.lower().startswith("by ")


# Words of no language Clipper knows, in scripts it has no lexicon for.
_UNKNOWN_WORD = st.text(
    alphabet=st.sampled_from(list("ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ")), min_size=2, max_size=8
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_UNKNOWN_WORD, min_size=1, max_size=25), min_size=1, max_size=12))
# The text's longest line, shorter than a paragraph, under the run of two others.
@example([["ሀለ", *["ሀሀሀ"] * 7], ["ሀሀሀ"] * 8, ["ሀሀ"], ["ሀሀ"], ["ሀሀ"] * 9])
def test_unknown_script_is_never_emptied(paragraphs: list[list[str]]) -> None:
    text = "\n\n".join(" ".join(words) for words in paragraphs)
    article = clean_text(text)
    assert article.text.strip()
    kept = set(" ".join([article.title, article.subtitle or "", article.text]).split())
    longest = max(paragraphs, key=len)
    if len(longest) >= 8:
        assert set(longest) <= kept


def test_a_word_said_over_and_over_is_no_headline_printed_twice() -> None:
    # Found by the property above: a line of one repeated word read as a teaser's
    # picture text and link ("one phrase printed twice") and dropped.
    line = " ".join(["ሀሀ"] * 7 + ["ሀሀሀ"])
    assert clean_text("ሀሀ\n\n" + line).text.endswith(line)


def test_huge_single_line_is_quick() -> None:
    text = ("word " * 200_000).strip()
    start = time.perf_counter()
    article = clean_text(text)
    assert time.perf_counter() - start < 5
    assert article.text


def _seconds_to_clean(text: str) -> float:
    start = time.perf_counter()
    clean_text(text)
    return time.perf_counter() - start


def test_many_short_lines_cost_in_proportion_to_their_number() -> None:
    # Ten times the lines may cost ten times the time, not a hundred: no step of the
    # cleaner compares every line with every other. (The seconds themselves depend on the
    # machine; benchmarks/torture.py prints them for the hostile inputs.)
    small = min(_seconds_to_clean("\n".join(f"Menu item {i}" for i in range(2_000))) for _ in "ab")
    large = _seconds_to_clean("\n".join(f"Menu item {i}" for i in range(20_000)))
    assert large < 20 * small
