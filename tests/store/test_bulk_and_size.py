"""The store's paths for large libraries: bulk insert, compressed HTML, indexed filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.errors import UserError
from clipper.store import clips, schema, search
from clipper.store.db import Db, connect
from tests.store.helpers import make_clip

HTML = "<p>Beijing wants <em>self-reliance</em> in chips.</p><p>The café opened.</p>"
TEXT = "Beijing wants self-reliance in chips.\n\nThe café opened."


def _fts_rows(db: Db) -> int:
    return int(db.conn.execute("SELECT count(*) FROM clip_fts_docsize").fetchone()[0])


def test_insert_many_indexes_each_clip_once_with_its_tags(db: Db) -> None:
    batch = [
        make_clip(
            f"u{i}",
            f"Clip {i}",
            f"Body number {i} about lithography.",
            tags=("china/chips", "to-read"),
        )
        for i in range(20)
    ]
    ids = clips.insert_many(db, batch)
    assert ids == list(range(1, 21))
    assert _fts_rows(db) == 20
    assert search.count(db, "lithography tag:china") == 20
    assert search.count(db, "chips") == 20  # the tag name is in the index
    assert clips.get(db, "u3").tags == ("china/chips", "to-read")


def test_insert_many_is_all_or_nothing(db: Db) -> None:
    clips.insert(db, make_clip("dup", "First", "Some words here."))
    with pytest.raises(UserError, match="already in the library"):
        clips.insert_many(
            db,
            [make_clip("new", "New", "More words.", tags=("x",)), make_clip("dup", "Again", "x")],
        )
    assert clips.count(db) == 1
    assert db.conn.execute("SELECT count(*) FROM clip_tags").fetchone()[0] == 0
    assert _fts_rows(db) == 1


def test_html_is_stored_compressed_and_read_back(db: Db) -> None:
    clips.insert(db, make_clip("h", "Chips", TEXT, html=HTML))
    stored = db.conn.execute("SELECT html FROM clips").fetchone()[0]
    assert isinstance(stored, bytes) and stored.startswith(clips.HTML_CODEC)
    assert clips.get(db, "h").html == HTML


def test_html_survives_a_text_edit(db: Db) -> None:
    clips.insert(db, make_clip("h", "Chips", TEXT, html=HTML))
    with db.transaction():
        clips.update(
            db, "h", {"text": "Entirely different words now."}, updated="2024-04-01T00:00:00+00:00"
        )
    clip = clips.get(db, "h")
    assert clip.text == "Entirely different words now."
    assert clip.html == HTML
    with db.transaction():
        clips.update(
            db, "h", {"html": "<p>New</p>", "text": "New"}, updated="2024-04-02T00:00:00+00:00"
        )
    assert clips.get(db, "h").html == "<p>New</p>"


def test_empty_html_stays_empty(db: Db) -> None:
    clips.insert(db, make_clip("e", "No html", "Just text."))
    assert clips.get(db, "e").html == ""


def test_migration_3_compresses_html_of_older_libraries(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = connect(path)
    for number, step in enumerate(schema.MIGRATIONS[:2], start=1):
        with old.transaction() as conn:
            step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
    with old.transaction() as conn:
        conn.execute(
            "INSERT INTO clips (uuid, title, text, html, captured, updated) VALUES (?, ?, ?, ?, "
            "?, ?)",
            (
                "old",
                "Old clip",
                TEXT,
                HTML,
                "2020-01-01T00:00:00+00:00",
                "2020-01-01T00:00:00+00:00",
            ),
        )
    old.close()
    db = connect(path)
    try:
        assert schema.migrate(db) == 2
        assert isinstance(db.conn.execute("SELECT html FROM clips").fetchone()[0], bytes)
        assert clips.get(db, "old").html == HTML
        indexes = {
            r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"clips_date", "clips_site"} <= indexes
    finally:
        db.close()


def test_site_filter_finds_host_subdomains_longer_hosts_and_names(db: Db) -> None:
    for uuid, url, site in [
        ("plain", "https://www.example.com/a", None),
        ("sub", "https://news.example.com/b", None),
        ("longer", "https://example.com.au/c", None),
        ("named", "https://other.org/d", "Example.com"),
        ("no", "https://notexample.com/e", None),
    ]:
        clips.insert(db, make_clip(uuid, uuid, f"Words of {uuid}.", url=url, site=site))
    found = set(search.search_uuids(db, "site:example.com"))
    assert found == {"plain", "sub", "longer", "named"}
    assert set(search.search_uuids(db, "-site:example.com")) == {"no"}


def test_date_filters_use_the_date_index(db: Db) -> None:
    plan = " ".join(
        str(r[3])
        for r in db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM clips c WHERE coalesce(c.published, "
            "c.captured) >= ? "
            "AND coalesce(c.published, c.captured) < ?",
            ("2024-01-01", "2025-01-01"),
        )
    )
    assert "clips_date" in plan
    clips.insert(db, make_clip("p", "Published", "Text.", published="2024-05-01"))
    clips.insert(
        db,
        make_clip(
            "c", "Captured only", "Text.", published=None, captured="2024-06-01T00:00:00+00:00"
        ),
    )
    clips.insert(db, make_clip("o", "Old", "Text.", published="2019-05-01"))
    assert set(search.search_uuids(db, "year:2024")) == {"p", "c"}


def test_count_of_words_alone_matches_the_page_total(db: Db) -> None:
    clips.insert_many(
        db, [make_clip(f"w{i}", f"T{i}", "common words everywhere") for i in range(60)]
    )
    result = search.search(db, "common")
    assert len(result.hits) == 50 and result.total == 60 == search.count(db, "common words")


def test_a_broken_html_record_is_reported_not_hidden(db: Db) -> None:
    clips.insert(db, make_clip("h", "Chips", TEXT, html=HTML))
    db.conn.execute("UPDATE clips SET html = ? WHERE uuid = 'h'", (b"XX123",))
    with pytest.raises(ValueError):
        clips.get(db, "h")


def _library_of(db: Db, n: int) -> None:
    batch = []
    for i in range(n):
        tags_ = ("china/chips",) if i % 7 == 0 else (("food",) if i % 3 == 0 else ())
        batch.append(
            make_clip(
                f"k{i:03d}",
                f"Clip {i}",
                f"Body {i} with chips and common words." if i % 2 else f"Body {i} plain.",
                captured=f"2024-01-{1 + i % 28:02d}T{i % 24:02d}:00:00+00:00",
                published=None if i % 5 == 0 else f"20{15 + i % 10}-0{1 + i % 9}-1{i % 10}",
                url=f"https://{'news.' if i % 4 == 0 else ''}site{i % 3}.com/{i}",
                tags=tags_,
            )
        )
    clips.insert_many(db, batch)


def _expected(db: Db, where: str, params: tuple[object, ...] = ()) -> list[str]:
    """The newest-first list computed the plain way, from the rows themselves."""
    return [
        r[0]
        for r in db.conn.execute(
            f"SELECT uuid FROM clips c WHERE {where} ORDER BY captured DESC, id DESC", params
        )
    ]


@pytest.mark.parametrize("window", [5, 4096])
def test_filter_pages_and_lists_match_the_plain_order(
    db: Db, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    _library_of(db, 120)
    monkeypatch.setattr(search, "NEWEST_WINDOW", window)
    tagged = (
        "id IN (SELECT clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE t.name LIKE 'china%')"
    )
    cases = {
        "tag:china": _expected(db, tagged),
        "site:site1.com": _expected(db, "domain IN ('site1.com', 'news.site1.com')"),
        "after:2018-01-01 before:2020-12-31": _expected(
            db,
            "coalesce(published, captured) >= '2018-01-01' AND coalesce(published, captured) < "
            "'2021-01-01'",
        ),
        "tag:china -site:site0.com": _expected(
            db, f"{tagged} AND domain NOT IN ('site0.com', 'news.site0.com')"
        ),
    }
    for query, expected in cases.items():
        assert search.search_uuids(db, query) == expected, query
        assert search.count(db, query) == len(expected), query
        for offset in (0, 3):
            page = search.search(db, query, limit=4, offset=offset)
            assert [h.clip.uuid for h in page.hits] == expected[offset : offset + 4], (
                query,
                offset,
            )
            assert page.total == len(expected)
        oldest = search.search_uuids(db, query, sort="captured", descending=False)
        assert oldest == expected[::-1]


def test_words_with_id_filters_rank_and_count_as_without_the_shortcut(db: Db) -> None:
    _library_of(db, 120)
    chips = set(search.search_uuids(db, "chips"))
    china = set(search.search_uuids(db, "tag:china"))
    ranked = search.search_uuids(db, "chips tag:china")
    assert set(ranked) == chips & china
    assert [u for u in search.search_uuids(db, "chips") if u in china] == ranked
    assert search.count(db, "chips tag:china") == len(ranked)
    assert search.count(db, "chips -tag:china") == len(chips - china)
    assert search.count(db, "chips is:untagged") == len(
        [u for u in chips if not clips.get(db, u, original=False).tags]
    )
