"""The full-text index under FTS5's own checks: schema v5 and its stored authors.

Since v5 the index's content view reads ``clips.authors_text`` instead of
running ``json_each`` over the JSON list, so FTS5's 'rebuild' and its
'integrity-check' against the clips work. These tests hold the index to that
check after every kind of change, and the migration to results identical to
a library built at v5.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clipper.library import Library
from clipper.store import backup, clips, schema, search, tags
from clipper.store.db import Db, connect
from tests.bundle import helpers as bundle_helpers
from tests.conftest import FakeClock
from tests.store import oldlib
from tests.store.helpers import make_clip

CLIPS = (
    make_clip("a1", "China's chip push", "Beijing wants self-reliance in semiconductors and chips.",
              authors=("Samantha Johnson",), tags=("china/chips",), site="Example News",
              url="https://www.example.com/news/chips"),
    make_clip("a2", "Potato chips", "Crispy potato chips are the snack everyone loves.",
              authors=("Ann Lee", "Zoë Müller"), tags=("food",)),
    make_clip("a3", "Lithography machines", "EUV lithography keeps the lead in chip making.",
              authors=()),
    make_clip("a4", "Quoted names", "Names with quotes and separators in them, about chips.",
              authors=('Li "Lee" Wei', "O'Brien; Sons", ""), notes="Check the byline."),
    make_clip("a5", "国产芯片", "中国半导体芯片产业正在快速发展。", lang="zh", authors=("王小明",)),
)

QUERIES = (
    "chips", "author:johnson", "author:lee", "author:muller", 'author:"Zoë Müller"',
    "authors:wei", "author:sons", "author:obrien", "chips -author:lee", "tag:china",
    "lithography OR semiconductors", '"potato chips"', "芯片", "title:chip*", "notes:byline",
    "johnson", "",
)


def results(db: Db) -> dict[str, tuple[int, list[tuple[str, str, float]]]]:
    """Every query's total, and its hits in order with snippets and scores."""
    out = {}
    for query in QUERIES:
        found = search.search(db, query)
        hits = [(h.clip.uuid, h.snippet, round(h.score, 9)) for h in found.hits]
        out[query] = (found.total, hits)
    return out


def fts_check(conn: sqlite3.Connection) -> None:
    """FTS5's own check, the index compared with the clips (raises when they differ)."""
    conn.execute("INSERT INTO clip_fts(clip_fts, rank) VALUES('integrity-check', 1)")


def authors_texts(db: Db) -> dict[str, str]:
    return dict(db.conn.execute("SELECT uuid, authors_text FROM clips"))


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Db]:
    """The clips written into a library created at the current version."""
    db = connect(tmp_path / "fresh.db")
    schema.migrate(db)
    with db.transaction():
        for clip in CLIPS:
            clips.insert(db, clip)
    yield db
    db.close()


def test_a_new_library_keeps_the_authors_as_the_index_reads_them(fresh: Db) -> None:
    assert authors_texts(fresh) == {
        "a1": "Samantha Johnson", "a2": "Ann Lee; Zoë Müller", "a3": "",
        "a4": "Li \"Lee\" Wei; O'Brien; Sons; ", "a5": "王小明",
    }
    assert backup.authors_problems(fresh.conn) == []
    sql = schema.AUTHORS_TEXT_SQL.format("authors")
    computed = dict(fresh.conn.execute(f"SELECT uuid, {sql} FROM clips"))
    assert computed == authors_texts(fresh)  # Python's join is SQL's group_concat


def test_the_author_filter_finds_what_it_should(fresh: Db) -> None:
    found = results(fresh)
    assert [h[0] for h in found["author:johnson"][1]] == ["a1"]
    assert {h[0] for h in found["author:lee"][1]} == {"a2", "a4"}
    assert [h[0] for h in found["author:muller"][1]] == ["a2"]
    assert [h[0] for h in found["author:sons"][1]] == ["a4"]
    assert {h[0] for h in found["chips -author:lee"][1]} == {"a1"}


@pytest.mark.parametrize("start", range(1, schema.VERSION))
def test_migration_to_the_current_version_keeps_every_search_result(
    tmp_path: Path, fresh: Db, start: int
) -> None:
    path = tmp_path / f"v{start}.db"
    oldlib.create(path, start, CLIPS)
    db = connect(path)
    try:
        before = results(db) if start == 4 else None  # older schemas lack the list indexes
        assert schema.migrate(db) == start
        assert schema.version(db) == schema.VERSION
        after = results(db)
        assert after == results(fresh)
        if before is not None:
            assert after == before
        assert authors_texts(db) == authors_texts(fresh)
        fts_check(db.conn)
        assert backup.check(db).problems == ()
        # FTS5's own rebuild reads the same words the triggers wrote.
        db.conn.execute("INSERT INTO clip_fts(clip_fts) VALUES('rebuild')")
        fts_check(db.conn)
        assert results(db) == after
    finally:
        db.close()
    kept = list(tmp_path.glob(f"v{start}.v{start}-*.bak.db"))
    assert len(kept) == 1 and backup.verify(kept[0]) == start


def test_the_v5_migration_takes_its_backup_through_the_backup_module(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    oldlib.create(path, 4, CLIPS)
    lib = Library.open(path)
    try:
        assert lib.count("author:johnson") == 1
    finally:
        lib.close()
    found = Library.backups_of(path)
    assert [b.kind for b in found] == ["migration"]
    copy = sqlite3.connect(found[0].path)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 4
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        columns = {r[1] for r in copy.execute("PRAGMA table_info(clips)")}
        assert "authors_text" not in columns and copy.execute(
            "SELECT count(*) FROM clips").fetchone()[0] == len(CLIPS)
    finally:
        copy.close()


def test_fts5_rebuild_and_integrity_check_work_on_the_index(fresh: Db) -> None:
    before = results(fresh)
    fts_check(fresh.conn)
    fresh.conn.execute("INSERT INTO clip_fts(clip_fts) VALUES('rebuild')")
    fts_check(fresh.conn)
    assert results(fresh) == before  # the column weights survive a rebuild too


def test_the_index_matches_the_clips_after_every_kind_of_change(fresh: Db) -> None:
    db = fresh
    steps: list[tuple[str, Any]] = [
        ("insert", lambda: clips.insert(db, make_clip(
            "n1", "New clip", "Fresh words about wafers.", authors=("Ada Byron",),
            tags=("china/chips", "new")))),
        ("authors", lambda: clips.update(db, "a1", {"authors": ("Sam Johnson", "Kai Wu")},
                                         updated="2024-04-01T00:00:00+00:00")),
        ("no authors", lambda: clips.update(db, "a2", {"authors": ()},
                                            updated="2024-04-01T00:00:00+00:00")),
        ("title and text", lambda: clips.update(
            db, "a3", {"title": "Lithography, again", "text": "Other words on EUV."},
            updated="2024-04-01T00:00:00+00:00")),
        ("notes", lambda: clips.update(db, "a4", {"notes": "Byline checked."},
                                       updated="2024-04-01T00:00:00+00:00")),
        ("tag", lambda: tags.add(db, ["a3", "a5"], ["china"])),
        ("tag again", lambda: tags.add(db, ["a3"], ["china"])),
        ("untag", lambda: tags.remove(db, ["a1"], ["china/chips"])),
        ("rename tag", lambda: tags.rename(db, "food", "snacks")),
        ("merge tags", lambda: tags.merge(db, ["new"], "china")),
        ("delete tag", lambda: tags.delete(db, "snacks")),
        ("delete clip", lambda: clips.delete(db, ["a2"])),
    ]
    for name, step in steps:
        with db.transaction():
            step()
        try:
            fts_check(db.conn)
        except sqlite3.DatabaseError as err:
            pytest.fail(f"the index is out of step after '{name}': {err}")
        assert backup.authors_problems(db.conn) == [], name
    assert search.search_uuids(db, "author:wu") == ["a1"]
    assert search.search_uuids(db, "author:johnson") == ["a1"]
    assert search.search_uuids(db, "author:zoe") == []
    assert search.search_uuids(db, "author:byron") == ["n1"]
    assert authors_texts(db)["a1"] == "Sam Johnson; Kai Wu"


def test_the_index_matches_the_clips_after_bundle_merges_undo_and_edits(
    tmp_path: Path, clock: FakeClock
) -> None:
    libs = {name: Library.open(tmp_path / f"{name}.db", clock=clock)
            for name in ("source", "target", "mine")}
    source, target, mine = libs["source"], libs["target"], libs["mine"]
    uuid, copy = bundle_helpers.UUIDS[0], "55555555-5555-4555-8555-555555555555"
    try:
        bundle_helpers.fill(source)
        target.import_bundle(_export(source, tmp_path / "one.clipbundle"))
        # The same article under another UUID: merged into the local clip.
        bundle_helpers.add(mine, copy, "My copy", url="https://www.example.com/a/?utm_source=x",
                           text="own words " * 20)
        mine.update(copy, authors=("Local Author",))
        clock.advance(hours=1)
        source.update(uuid, authors=("Jane Doe", "Wang Fang"), title="Revised")
        source.tag([uuid], ["theirs"])
        two = _export(source, tmp_path / "two.clipbundle")
        assert target.import_bundle(two).updated == (uuid,)
        assert mine.import_bundle(two).merged == (copy,)
        assert target.get(uuid).authors == ("Jane Doe", "Wang Fang")
        assert target.search_uuids("author:fang") == [uuid]
        assert uuid not in target.search_uuids("author:johnson")  # the old author is gone
        assert len(target.search_uuids("author:johnson")) == 2
        assert mine.search_uuids("author:local tag:theirs") == [copy]
        gone, _ = target.delete([uuid])
        assert target.check().problems == ()
        target.restore(gone)  # undo of the delete puts the clip back whole
        target.update(uuid, authors=["Kim Park"])
        assert target.search_uuids("author:park") == [uuid]
        assert target.search_uuids("author:fang") == []
        for name, lib in libs.items():
            assert lib.check().problems == (), name
    finally:
        for lib in libs.values():
            lib.close()


def _export(lib: Library, path: Path) -> Path:
    lib.export_bundle(path)
    return path


def test_check_sees_an_index_whose_words_differ_from_the_clips(fresh: Db) -> None:
    """Same number of entries, other words: only FTS5's content check sees it."""
    row = fresh.conn.execute("SELECT id, * FROM clip_search WHERE id = 1").fetchone()
    cols = ", ".join(schema.FTS_COLUMNS)
    marks = ", ".join("?" * len(schema.FTS_COLUMNS))
    fresh.conn.execute(
        f"INSERT INTO clip_fts(clip_fts, rowid, {cols}) VALUES('delete', ?, {marks})",
        (row[0], *row[2:]),
    )
    fresh.conn.execute(f"INSERT INTO clip_fts(rowid, {cols}) VALUES(?, {marks})",
                       (row[0], "Zeppelin", "", "", "", "airships", "", "", ""))
    assert search.search_uuids(fresh, "zeppelin") == ["a1"]
    health = backup.check(fresh)
    assert health.index_rows == health.clips
    assert health.problems == ("the search index does not match the clips; "
                               "`clipper check --repair` rebuilds it from them",)
    backup.rebuild_index(fresh)
    assert backup.check(fresh).problems == ()
    assert search.search_uuids(fresh, "zeppelin") == []
    assert search.search_uuids(fresh, "author:johnson") == ["a1"]


def test_check_sees_authors_changed_behind_the_store_and_repair_fixes_them(fresh: Db) -> None:
    fresh.conn.execute("""UPDATE clips SET authors = '["Grace Hopper"]' WHERE uuid = 'a1'""")
    fresh.conn.execute("UPDATE clips SET authors_text = 'Nobody' WHERE uuid = 'a2'")
    fts_check(fresh.conn)  # the index follows authors_text: FTS5 alone sees nothing
    problems = backup.check(fresh).problems
    assert problems == ("the search index has out-of-date authors for 2 clips; "
                        "`clipper check --repair` rebuilds it",)
    backup.rebuild_index(fresh)
    assert backup.check(fresh).problems == ()
    assert search.search_uuids(fresh, "author:hopper") == ["a1"]
    assert search.search_uuids(fresh, "author:nobody") == []
    assert search.search_uuids(fresh, "author:muller") == ["a2"]


def test_repair_rebuilds_an_index_emptied_behind_the_triggers(fresh: Db) -> None:
    before = results(fresh)
    fresh.conn.execute("INSERT INTO clip_fts(clip_fts) VALUES('delete-all')")
    health = backup.check(fresh)
    assert health.index_rows == 0 and not health.ok
    backup.rebuild_index(fresh)
    health = backup.check(fresh)
    assert health.ok and health.index_rows == len(CLIPS)
    assert results(fresh) == before


def test_a_new_clip_written_without_the_store_is_still_indexed_as_its_copy_says(
    fresh: Db,
) -> None:
    """The triggers still keep the index in step for any writer of the table."""
    fresh.conn.execute(
        "INSERT INTO clips (uuid, title, text, captured, updated) VALUES "
        "('raw', 'Raw row', 'written by hand', '2024-01-01', '2024-01-01')"
    )
    fts_check(fresh.conn)
    assert backup.check(fresh).problems == ()
    assert search.search_uuids(fresh, "hand") == ["raw"]


HINDI = (
    make_clip(
        "h1", "रिज़र्व बैंक ने ब्याज दरों में बदलाव नहीं किया",
        "भारतीय रिज़र्व बैंक ने अपनी मौद्रिक नीति समीक्षा में ब्याज दरों को स्थिर रखा।",
        lang="hi", authors=("राहुल शर्मा",),
    ),
    make_clip("h2", "नेता ने भाषण दिया", "विपक्ष के नेता ने संसद में लंबा भाषण दिया।", lang="hi"),
)  # fmt: skip


@pytest.mark.parametrize("start", [None, 5])
def test_words_of_indic_scripts_are_indexed_whole(tmp_path: Path, start: int | None) -> None:
    # unicode61 alone takes vowel signs for separators: "नीति" (policy) and "नेता" (leader)
    # were both indexed as "न" and "त", and a search for one found the other. Fresh, or
    # migrated from v5.
    path = tmp_path / "lib.db"
    if start is None:
        db = connect(path)
        schema.migrate(db)
        with db.transaction():
            for clip in HINDI:
                clips.insert(db, clip)
    else:
        oldlib.create(path, start, HINDI)
        db = connect(path)
        schema.migrate(db)
    try:
        assert [h.clip.uuid for h in search.search(db, "नीति").hits] == ["h1"]
        assert [h.clip.uuid for h in search.search(db, "नेता").hits] == ["h2"]
        assert [h.clip.uuid for h in search.search(db, "author:शर्मा").hits] == ["h1"]
        snippet = search.search(db, "नीति").hits[0].snippet
        assert "\x02नीति\x03" in snippet  # the whole word marked, its vowel sign too
        fts_check(db.conn)
    finally:
        db.close()


def test_a_library_that_needs_updating_is_known_before_it_is_opened(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    oldlib.create(old, 5, CLIPS)
    assert Library.needs_update(old)
    assert not Library.needs_update(tmp_path / "missing.db")  # a new library: nothing to update
    (tmp_path / "notes.txt").write_text("not a library", encoding="utf-8")
    assert not Library.needs_update(tmp_path / "notes.txt")  # opening it will say why
    lib = Library.open(old)
    lib.close()
    assert not Library.needs_update(old)

