"""The library file: settings, migrations from every earlier version, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clipper.errors import LibraryError
from clipper.store import clips, schema, search
from clipper.store.db import connect
from tests.store import oldlib
from tests.store.helpers import make_clip


def test_new_library_is_at_current_version_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = connect(tmp_path / "lib.db")
    assert schema.migrate(db) == 0
    assert schema.version(db) == schema.VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


@pytest.mark.parametrize("start", range(1, schema.VERSION))
def test_migrates_from_every_earlier_version_keeping_clips(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.db"
    oldlib.create(path, start, [
        make_clip("u1", "Old clip", "Text written before the migration about lithography."),
    ])

    db = connect(path)
    assert schema.migrate(db) == start
    assert schema.version(db) == schema.VERSION
    assert [h.clip.uuid for h in search.search(db, "lithography").hits] == ["u1"]
    db.close()
    backups = list(tmp_path.glob(f"old.v{start}-*.bak.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == start
    assert copy.execute("SELECT title FROM clips").fetchall() == [("Old clip",)]
    copy.close()


def test_refuses_a_library_from_a_newer_clipper(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    raw.close()
    db = connect(path)
    with pytest.raises(LibraryError, match="newer version of Clipper"):
        schema.migrate(db)
    db.close()


def test_a_file_that_is_not_a_library_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LibraryError, match="not a Clipper library or it is damaged"):
        db = connect(path)
        schema.migrate(db)


def test_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    db = connect(tmp_path / "lib.db")
    schema.migrate(db)
    with pytest.raises(RuntimeError):
        with db.transaction():
            clips.insert(db, make_clip("x", "Half", "Never committed because of an error later on."))
            raise RuntimeError("boom")
    assert clips.count(db) == 0
    assert search.count(db, "committed") == 0
    db.close()
