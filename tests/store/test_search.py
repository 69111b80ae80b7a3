"""Searching a real library file: every query feature, ranking, snippets, CJK."""

from __future__ import annotations

import pytest

from clipper.errors import QueryError
from clipper.store import clips, search, tags
from clipper.store.db import Db
from tests.store.helpers import make_clip


def uuids(db: Db, query: str, **kw: object) -> list[str]:
    return [h.clip.uuid for h in search.search(db, query, **kw).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chips", {"a", "b"}),
        ("chips -potato", {"a"}),
        ('-"potato chips"', {"a", "c", "d"}),
        ('"self-reliance"', {"a"}),
        ("cafe", {"a"}),  # accents do not matter
        ("CHIPS", {"a", "b"}),  # nor does case
        ("forderung", {"d"}),
        ("chips OR chipfabrik", {"a", "b", "d"}),
        ("semicond*", {"a"}),
        ("(chips OR chipfabrik) -potato", {"a", "d"}),
        ("title:potato", {"b"}),
        ("author:johnson", {"a"}),
        ("tag:china", {"a", "c"}),  # with its child tag china/semiconductors
        ('tag:"tech self-reliance"', {"a"}),
        ("tag:China/Semiconductors", {"a"}),
        ("tag:nosuchtag", set()),
        ("site:example.com", {"a"}),
        ("site:example", {"a"}),
        ("lang:de", {"d"}),
        ("after:2024-01-01", {"a", "c", "d"}),  # d has no date: its capture date counts
        ("before:2023-12-31", {"b"}),
        ("year:2023", {"b"}),
        ("after:2024-03 before:2024-03", {"a", "d"}),
        ("is:untagged", {"b", "d"}),
        ("is:tagged", {"a", "c"}),
        ("is:incomplete", {"c", "d"}),
        ("tag:china OR potato", {"a", "b", "c"}),
        ("-tag:china", {"b", "d"}),
    ],
)
def test_query_features(filled: Db, query: str, expected: set[str]) -> None:
    assert set(uuids(filled, query)) == expected
    assert search.count(filled, query) == len(expected)


def test_cjk_found_by_any_two_characters(filled: Db) -> None:
    assert uuids(filled, "芯片") == ["c"]
    assert uuids(filled, "导体芯") == ["c"]
    assert uuids(filled, "芯") == ["c"]
    assert uuids(filled, "芯片产业") == ["c"]
    assert uuids(filled, "产业芯片") == []
    hit = search.search(filled, "芯片").hits[0]
    assert "\x02芯片\x03" in hit.snippet


def test_title_ranks_above_body(db: Db) -> None:
    with db.transaction():
        clips.insert(db, make_clip("body", "Weather", "A long text that mentions lithography once among many words."))
        clips.insert(db, make_clip("title", "Lithography", "Machines that print chips."))
    assert uuids(db, "lithography") == ["title", "body"]


def test_snippet_marks_matched_words(filled: Db) -> None:
    hit = search.search(filled, "semiconductors").hits[0]
    assert "\x02semiconductors\x03" in hit.snippet
    assert hit.score > 0


def test_sort_by_published_puts_undated_last(filled: Db) -> None:
    assert uuids(filled, "", sort="published") == ["c", "a", "b", "d"]


def test_paging_and_total(filled: Db) -> None:
    first = search.search(filled, "", limit=2)
    second = search.search(filled, "", limit=2, offset=2)
    assert first.total == second.total == 4
    assert len({h.clip.uuid for h in first.hits + second.hits}) == 4


def test_uuid_lists_sort_by_columns(filled: Db) -> None:
    assert search.search_uuids(filled, "", sort="title", descending=False)[:2] == ["a", "d"]
    assert search.search_uuids(filled, "chips", sort="relevance")[0] in {"a", "b"}


def test_index_follows_edits_tags_and_deletes(filled: Db) -> None:
    with filled.transaction():
        clips.update(filled, "b", {"title": "Crisps", "text": "Salted crisps."}, updated="2024-04-01")
    assert uuids(filled, "potato") == []
    assert uuids(filled, "crisps") == ["b"]
    with filled.transaction():
        tags.add(filled, ["b"], ["snacks"])
    assert uuids(filled, "snacks") == ["b"]
    with filled.transaction():
        filled.conn.execute("UPDATE tags SET name = 'nibbles' WHERE name = 'snacks'")
    assert uuids(filled, "nibbles") == ["b"] and uuids(filled, "snacks") == []
    with filled.transaction():
        tags.remove(filled, ["b"], ["nibbles"])
    assert uuids(filled, "nibbles") == []
    with filled.transaction():
        clips.delete(filled, ["a"])
    assert uuids(filled, "semiconductors") == []
    filled.conn.execute("INSERT INTO clip_fts(clip_fts) VALUES('integrity-check')")


def test_timeline_by_month_and_week(filled: Db) -> None:
    months = dict(search.timeline(filled, ""))
    assert months == {"2023-01": 1, "2024-03": 2, "2024-05": 1}
    weeks = dict(search.timeline(filled, "chips", bucket="week"))
    assert weeks == {"2023-01-02": 1, "2024-03-04": 1}


def test_bad_query_raises_query_error_not_sqlite(filled: Db) -> None:
    with pytest.raises(QueryError):
        search.search(filled, 'title:"unclosed')


def test_uuid_lists_sort_by_tags(filled: Db) -> None:
    # "china" < "china/semiconductors, tech self-reliance"; untagged clips last either way.
    assert search.search_uuids(filled, "", sort="tags", descending=False)[:2] == ["c", "a"]
    assert search.search_uuids(filled, "", sort="tags", descending=True)[:2] == ["a", "c"]
