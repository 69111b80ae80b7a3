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
        make_clip(f"u{i}", f"Clip {i}", f"Body number {i} about lithography.", tags=("china/chips", "to-read"))
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
        clips.insert_many(db, [make_clip("new", "New", "More words.", tags=("x",)), make_clip("dup", "Again", "x")])
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
        clips.update(db, "h", {"text": "Entirely different words now."}, updated="2024-04-01T00:00:00+00:00")
    clip = clips.get(db, "h")
    assert clip.text == "Entirely different words now."
    assert clip.html == HTML
    with db.transaction():
        clips.update(db, "h", {"html": "<p>New</p>", "text": "New"}, updated="2024-04-02T00:00:00+00:00")
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
            "INSERT INTO clips (uuid, title, text, html, captured, updated) VALUES (?, ?, ?, ?, ?, ?)",
            ("old", "Old clip", TEXT, HTML, "2020-01-01T00:00:00+00:00", "2020-01-01T00:00:00+00:00"),
        )
    old.close()
    db = connect(path)
    try:
        assert schema.migrate(db) == 2
        assert isinstance(db.conn.execute("SELECT html FROM clips").fetchone()[0], bytes)
        assert clips.get(db, "old").html == HTML
        indexes = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
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
        str(r[3]) for r in db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM clips c WHERE coalesce(c.published, c.captured) >= ? "
            "AND coalesce(c.published, c.captured) < ?", ("2024-01-01", "2025-01-01"))
    )
    assert "clips_date" in plan
    clips.insert(db, make_clip("p", "Published", "Text.", published="2024-05-01"))
    clips.insert(db, make_clip("c", "Captured only", "Text.", published=None, captured="2024-06-01T00:00:00+00:00"))
    clips.insert(db, make_clip("o", "Old", "Text.", published="2019-05-01"))
    assert set(search.search_uuids(db, "year:2024")) == {"p", "c"}


def test_count_of_words_alone_matches_the_page_total(db: Db) -> None:
    clips.insert_many(db, [make_clip(f"w{i}", f"T{i}", "common words everywhere") for i in range(60)])
    result = search.search(db, "common")
    assert len(result.hits) == 50 and result.total == 60 == search.count(db, "common words")


def test_a_broken_html_record_is_reported_not_hidden(db: Db) -> None:
    clips.insert(db, make_clip("h", "Chips", TEXT, html=HTML))
    db.conn.execute("UPDATE clips SET html = ? WHERE uuid = 'h'", (b"XX123",))
    with pytest.raises(ValueError):
        clips.get(db, "h")
