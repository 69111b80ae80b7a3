"""Hard-wrapped text (text files, e-mails) is joined back into paragraphs before cleaning."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clipper.clean import clean_text, unwrap

WRAPPED = """Rail freight wins back containers

Rail operators report their highest container volumes in a decade as new
inland terminals open across the country, and shippers say reliability has
improved markedly since the strike ended last spring.

Trucking firms say driver shortages explain most of the shift, while
regulators point to new subsidies for intermodal terminals that were
approved in the budget.
"""


def test_wrapped_paragraphs_are_joined() -> None:
    joined = unwrap.unwrap(WRAPPED)
    assert joined.splitlines()[2].startswith("Rail operators report")
    assert joined.splitlines()[2].endswith("last spring.")
    assert len(joined.splitlines()) == 5


def test_a_browser_paste_is_left_alone() -> None:
    paste = (
        "Home\nWorld\nBusiness\n\nA headline\n\n"
        + "A paragraph long enough to run well past a hundred characters, as browsers put a whole paragraph on one line.\n"
        * 3
    )
    assert unwrap.unwrap(paste) == paste


def test_list_items_stay_apart() -> None:
    text = (
        "The report lists what the ministry will fund over the next five years, in order of\n"
        "priority, with the amounts set aside for each of the programmes it names below:\n"
        "- lithography tools and the optics that go into them for the national champions\n"
        "- packaging lines for advanced chips in the three provinces named in the plan\n"
    )
    lines = unwrap.unwrap(text).splitlines()
    assert len(lines) == 3 and lines[1].startswith("- lithography") and lines[2].startswith("- packaging")


def test_clean_text_keeps_the_whole_body_of_a_wrapped_file() -> None:
    article = clean_text(WRAPPED)
    assert article.title == "Rail freight wins back containers"
    assert "improved markedly since the strike ended last spring." in article.text
    assert "approved in the budget." in article.text


@given(st.text(max_size=400))
def test_unwrap_only_ever_joins_lines(text: str) -> None:
    out = unwrap.unwrap(text)
    assert "".join(out.split()) == "".join(text.split())


def test_a_byline_under_a_headline_as_wide_as_the_margin_is_not_joined_to_it() -> None:
    text = ("Rail freight wins back containers from the motorways this year\nBy Jane Doe\n"
            "March 4, 2024\n\n" + WRAPPED.split("\n\n", 1)[1])
    article = clean_text(text)
    assert article.title == "Rail freight wins back containers from the motorways this year"
    assert article.authors == ("Jane Doe",)
    assert "improved markedly since the strike ended last spring." in article.text


def test_a_wrapped_line_going_on_with_lower_case_by_is_joined() -> None:
    text = (
        "The report lists what the ministry will fund over the next five years, in order\n"
        "by the amounts set aside for each of the programmes it names below and more.\n"
        "The report lists what the ministry will fund over the next five years, in order\n"
        "of priority, with the amounts set aside for each of the programmes it names.\n"
    )
    joined = unwrap.unwrap(text).splitlines()
    assert len(joined) == 1 and "in order by the amounts set aside" in joined[0]


def test_a_long_text_of_one_line_paragraphs_of_like_length_is_not_joined() -> None:
    # Thirty Chinese paragraphs of 45 to 50 characters: as wide as a wrapped
    # text's lines, but each ends its sentence, so none goes on in the next.
    clauses = ["市议会周二批准了一项争论已久的计划", "该计划于二零一九年首次提出", "支持者认为公园将把家庭带回城市"]
    paragraphs = [
        ("，".join(clauses[(i + k) % 3] for k in range(3)) + "，多位议员表示这次终于达成了一致")[: 44 + i % 6]
        + "。"
        for i in range(30)
    ]
    text = "\n".join(paragraphs)
    assert unwrap.unwrap(text) == text


REPORT = """China's Semiconductor Self-Reliance Drive

On May 24, 2024, China established the third phase of its National Integrated Cir-
cuit Industry Investment Fund, with registered capital of 344 billion yuan. The fund
is larger than its two predecessors combined, and its shareholders include the Min-
istry of Finance, China Development Bank Capital, and six of the country's largest
state-owned banks, which hold their stakes through their investment arms, self-
reliant as ever, and well-funded by the state: the fund is well-
funded.
CENTER FOR STRATEGIC & INTERNATIONAL STUDIES | 2
"""


def test_words_broken_at_the_margin_are_mended() -> None:
    """A PDF's justified lines break words with a hyphen; compounds keep theirs."""
    joined = unwrap.unwrap(REPORT)
    assert "National Integrated Circuit Industry" in joined
    assert "the Ministry of Finance" in joined
    assert "self-reliant" in joined  # a compound's first word
    assert "well-funded." in joined  # written with its hyphen elsewhere in the text


def test_a_reports_running_foot_is_furniture() -> None:
    article = clean_text(REPORT)
    assert "CENTER FOR STRATEGIC" not in article.text
    assert "Integrated Circuit Industry Investment Fund" in article.text
