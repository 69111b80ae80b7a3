"""Backups and restores: online copies, daily rotation, restores that keep what they replace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clipper.errors import LibraryError
from clipper.library import Library
from clipper.model import Article, Original
from clipper.store import schema
from tests.conftest import FakeClock


def add(lib: Library, marker: str) -> str:
    text = f"The {marker} report covers semiconductor subsidies and new lithography plants."
    clip, _ = lib.capture(Article(title=f"About {marker}", text=text, html=f"<p>{text}</p>"),
                          Original("text", f"About {marker}\n\n{text}", name=f"{marker}.txt"))
    return clip.uuid


def titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM clips"))
    finally:
        conn.close()


def test_backup_of_a_live_library_holds_commits_still_in_the_wal(
    library: Library, tmp_path: Path
) -> None:
    add(library, "alpha")
    add(library, "beta")
    assert Path(f"{library.path}-wal").stat().st_size > 0  # not checkpointed yet
    target = library.backup(tmp_path / "copy.db")
    assert titles(target) == ["About alpha", "About beta"]
    conn = sqlite3.connect(target)
    # Self-contained: a rollback-journal file that can be moved on its own.
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert not list(tmp_path.glob(".*.part"))


def test_backup_into_a_folder_and_by_default_into_the_backups_folder(
    library: Library, tmp_path: Path
) -> None:
    add(library, "alpha")
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    in_folder = library.backup(folder)
    assert in_folder.parent == folder and in_folder.name.startswith("library-manual-")
    default = library.backup()
    assert default.parent == library.path.parent / "backups"
    assert [b.kind for b in library.backups()] == ["manual"]


def test_daily_backup_once_a_day_keeping_the_last_seven(library: Library, clock: FakeClock) -> None:
    first = library.maybe_daily_backup()
    assert first is not None and first.exists()
    assert library.maybe_daily_backup() is None  # same day: nothing new
    clock.advance(hours=3)
    assert library.maybe_daily_backup() is None
    manual = library.backup()
    for day in range(10):
        clock.advance(days=1)
        add(library, f"day{day}")
        assert library.maybe_daily_backup() is not None
    dailies = [b for b in library.backups() if b.kind == "daily"]
    assert len(dailies) == 7
    assert dailies[0].created.date() == clock.now.date()  # newest first
    assert not first.exists()
    assert manual.exists()  # manual backups are never pruned
    # The newest daily copy holds the clip added today.
    assert "About day9" in titles(dailies[0].path)
    oldest = titles(dailies[-1].path)  # taken on the day "day3" was added
    assert "About day3" in oldest and "About day4" not in oldest


def test_restore_replaces_the_library_and_keeps_what_it_replaced(
    library_path: Path, clock: FakeClock
) -> None:
    lib = Library.open(library_path, clock=clock)
    add(lib, "kept")
    saved = lib.backup()
    add(lib, "later")
    other = Library.open(library_path, clock=clock)  # a second window on the same file
    lib.close()
    kept = Library.restore_backup(library_path, saved, clock=clock)
    assert kept is not None and kept.parent == library_path.parent / "backups"
    assert titles(kept) == ["About kept", "About later"]
    # The open window sees the restored library, not a file swapped under it.
    assert [c.title for c in other.summaries(other.search_uuids(""))] == ["About kept"]
    assert other.check().ok
    other.close()
    again = Library.open(library_path)
    assert again.count("later") == 0 and again.count("kept") == 1
    assert {b.kind for b in again.backups()} == {"manual", "before-restore"}
    again.close()


def test_a_damaged_library_is_kept_byte_for_byte_and_restored(
    library_path: Path, clock: FakeClock
) -> None:
    lib = Library.open(library_path, clock=clock)
    add(lib, "precious")
    saved = lib.backup()
    lib.close()
    library_path.write_bytes(b"\x00garbage" * 4096)
    with pytest.raises(LibraryError, match="damaged"):
        Library.open(library_path)
    offered = Library.backups_of(library_path)  # without opening the library
    assert [b.path for b in offered] == [saved]
    kept = Library.restore_backup(library_path, offered[0].path, clock=clock)
    assert kept is not None and kept.read_bytes() == b"\x00garbage" * 4096
    lib = Library.open(library_path)
    assert lib.count("precious") == 1 and lib.check().ok
    lib.close()
    # The damaged copy is listed, but after every backup that can be restored.
    assert [b.kind for b in Library.backups_of(library_path)] == ["manual", "damaged"]


def _corrupt(path: Path) -> None:
    """Overwrite the middle of the file: pages of the tables, not the header."""
    data = bytearray(path.read_bytes())
    for i in range(4096 * 3, min(len(data), 4096 * 12), 7):
        data[i] = (data[i] * 31 + 17) % 256
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["missing", "damaged", "not-a-library", "newer", "itself"])
def test_a_bad_backup_is_refused_and_the_library_is_untouched(
    library: Library, tmp_path: Path, kind: str
) -> None:
    for i in range(30):
        add(library, f"clip{i}")
    bad = tmp_path / "bad.db"
    if kind == "damaged":
        library.backup(bad)
        _corrupt(bad)
    elif kind == "not-a-library":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        library.backup(bad)
        conn = sqlite3.connect(bad)
        conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
        conn.close()
    elif kind == "itself":
        bad = library.path
    before = titles(library.path)
    with pytest.raises(LibraryError) as info:
        Library.restore_backup(library.path, bad)
    assert str(bad) in str(info.value)
    assert titles(library.path) == before
    assert library.count("") == 30
    assert not [b for b in library.backups() if b.kind == "before-restore"]


def test_migration_backups_are_listed(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    Library.open(path).close()
    found = Library.backups_of(path)
    assert [b.kind for b in found] == ["migration"]
    conn = sqlite3.connect(found[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_quick_check_after_opening_catches_a_damaged_library(library_path: Path) -> None:
    lib = Library.open(library_path)
    for i in range(40):
        add(lib, f"clip{i}")
    assert lib.quick_check() is True
    lib.close()
    _corrupt(library_path)
    with pytest.raises(LibraryError, match="damaged") as info:
        lib = Library.open(library_path)  # the header may survive: then the check must catch it
        try:
            lib.quick_check()
        finally:
            lib.close()
    assert "clipper restore" in str(info.value)
