"""The query parser and compiler, alone (no database)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.errors import QueryError
from clipper.store import query as q


def test_words_are_anded_and_quoted_for_fts() -> None:
    compiled = q.compile_query("china chips")
    assert compiled.match == '("chips") AND ("china")' or compiled.match == '("china") AND ("chips")'
    assert compiled.where == []


def test_phrase_prefix_or_and_exclusion() -> None:
    compiled = q.compile_query('"export controls" semi* OR chips -potato')
    assert '"export controls"' in compiled.match
    assert '"semi"*' in compiled.match
    assert " OR " in compiled.match
    assert 'NOT ("potato")' in compiled.match


def test_user_text_never_reaches_fts_unquoted() -> None:
    compiled = q.compile_query('NEAR(a b) title:x OR 1=1 chips*')
    # Every word is inside double quotes; the operators FTS5 would honour are gone.
    assert "NEAR(" not in compiled.match


def test_field_filters_become_bound_parameters() -> None:
    compiled = q.compile_query('tag:"tech self-reliance" site:example.com lang:de year:2024')
    assert compiled.match is None
    assert "tech self-reliance" in compiled.params
    assert "example.com" in compiled.params
    assert "2024-01-01" in compiled.params and "2025-01-01" in compiled.params


def test_cjk_words_search_character_pairs() -> None:
    compiled = q.compile_query("半导体芯片")
    assert compiled.match == 'cjk : "半导 导体 体芯 芯片"'


def test_only_exclusions_become_sql() -> None:
    compiled = q.compile_query("-potato")
    assert compiled.match is None
    assert "NOT IN" in compiled.where[0]


@pytest.mark.parametrize(
    ("query", "position", "fragment"),
    [
        ('china "export', 6, "Unclosed quote"),
        ("OR chips", 0, "needs a word before"),
        ("chips OR", 6, "needs a word after"),
        ("chips OR OR x", 6, "needs a word after"),
        ("colour:red", 0, "Unknown field"),
        ("after:yesterday", 0, "not a date"),
        ("before:2024-02-30", 0, "not a date"),
        ("year:2024-03", 0, "not a date"),
        ("(chips", 0, "never closed"),
        ("chips)", 5, "Unmatched"),
        ("is:lovely", 0, "Unknown “is:lovely”"),
        ("tag:", 0, "needs a value"),
        ("- chips", 0, "no letters or digits"),
        ("-", 0, "no letters or digits"),
        ("chips AND", 6, "AND"),
    ],
)
def test_malformed_queries_say_what_and_where(query: str, position: int, fragment: str) -> None:
    with pytest.raises(QueryError) as info:
        q.compile_query(query)
    assert fragment in str(info.value)
    assert info.value.position == position
    assert info.value.query == query


def test_urls_are_words_not_fields() -> None:
    compiled = q.compile_query("https://example.com/a")
    assert compiled.match is not None


def test_highlight_terms() -> None:
    assert q.highlight_terms('china "export controls" -potato tag:x') == ["china", "export controls"]
    assert q.highlight_terms('"broken') == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_compiles_or_raises_query_error(text: str) -> None:
    try:
        q.compile_query(text)
    except QueryError as err:
        assert str(err)
