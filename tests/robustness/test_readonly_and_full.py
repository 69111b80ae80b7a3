"""A read-only library and a full disk: a clear message, and the library stays as it was.

How the conditions are made (the tests run as root in CI, and root ignores
file permissions):
- read-only file or folder: ``chattr +i`` (immutable, which binds root too);
  as an ordinary user, ``chmod`` does the same job;
- full disk: a 1 MB tmpfs mounted for the test (root only), and everywhere
  SQLite's ``PRAGMA max_page_count``, which makes SQLite report SQLITE_FULL
  exactly as a full disk does.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from clipper.errors import LibraryError
from clipper.library import Library
from clipper.model import Article, Original


def add(lib: Library, marker: str, words: int = 30, seed: int = 0) -> str:
    rng = random.Random(f"{marker}{seed}")
    letters = "abcdefghijklmnopqrstuvwxyz"
    filler = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))
                      for _ in range(words))
    text = f"{marker} {filler}"
    clip, _ = lib.capture(Article(title=f"Clip {marker}", text=text, html=f"<p>{text}</p>"),
                          Original("text", text, name=f"{marker}.txt"))
    return clip.uuid


def state(path: Path) -> tuple[list[str], bool]:
    lib = Library.open(path)
    try:
        return sorted(c.title for c in lib.summaries(lib.search_uuids(""))), lib.check().ok
    finally:
        lib.close()


def _can_make_immutable(path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def read_only() -> Iterator[object]:
    """Make a file or folder read-only for everyone (root included); undone afterwards."""
    undo: list[tuple[Path, str]] = []

    def make(path: Path) -> None:
        if _can_make_immutable(path):
            undo.append((path, "chattr"))
        elif os.geteuid() != 0:
            undo.append((path, oct(path.stat().st_mode)))
            path.chmod(0o555 if path.is_dir() else 0o444)
        else:
            pytest.skip("root without chattr on this file system cannot make a file read-only")

    yield make
    for path, how in reversed(undo):
        if how == "chattr":
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(int(how, 8))


def test_read_only_library_file(tmp_path: Path, read_only) -> None:
    path = tmp_path / "lib.db"
    lib = Library.open(path)
    uuid = add(lib, "existing")
    lib.close()
    before = state(path)
    read_only(path)
    lib = Library.open(path)  # reading still works
    try:
        assert lib.get(uuid).title == "Clip existing"
        for attempt in (lambda: add(lib, "newone"), lambda: lib.tag([uuid], ["x"]),
                        lambda: lib.delete([uuid])):
            with pytest.raises(LibraryError, match="read-only") as info:
                attempt()
            assert str(path) in str(info.value)
        assert lib.count("") == 1
    finally:
        lib.close()
    assert state(path) == before


def test_read_only_library_folder(tmp_path: Path, read_only) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    path = folder / "lib.db"
    lib = Library.open(path)
    add(lib, "existing")
    lib.close()
    assert sorted(p.name for p in folder.iterdir()) == ["lib.db"]  # closed cleanly
    data = path.read_bytes()
    read_only(folder)
    with pytest.raises(LibraryError, match="read-only") as info:
        Library.open(folder / "new.db")
    assert "new.db" in str(info.value)
    with pytest.raises(LibraryError, match="read-only"):
        lib = Library.open(path)
        add(lib, "newone")
    assert path.read_bytes() == data
    with pytest.raises(LibraryError, match="read-only"):
        Library.open(path).backup()  # the backups folder cannot be made either


def test_full_disk_by_page_limit_rolls_back_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    lib = Library.open(path)
    try:
        kept = [add(lib, f"small{i}") for i in range(5)]
        pages = lib._db.conn.execute("PRAGMA page_count").fetchone()[0]
        lib._db.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        with pytest.raises(LibraryError, match="disk is full") as info:
            add(lib, "huge", words=40_000)
        assert str(path) in str(info.value)
        assert sorted(lib.search_uuids("")) == sorted(kept)
        assert lib.count("huge") == 0
        assert lib.check().ok
        add(lib, "after")  # small writes that fit still work
    finally:
        lib.close()
    titles, ok = state(path)
    assert ok and "Clip after" in titles and "Clip huge" not in titles and len(titles) == 6


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB file system, mounted for the test (root only)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()}); "
                    "the max_page_count test covers SQLITE_FULL")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_really_full_disk(tiny_disk: Path, tmp_path: Path) -> None:
    path = tiny_disk / "lib.db"
    lib = Library.open(path)
    committed: list[str] = []
    try:
        with pytest.raises(LibraryError, match="disk is full") as info:
            for i in range(500):
                committed.append(add(lib, f"fill{i}", words=1500))
        assert str(path) in str(info.value)
        assert len(committed) > 3
        assert sorted(lib.search_uuids("")) == sorted(committed)
        assert lib.check().ok
        # A backup onto the full disk fails cleanly and leaves no half file behind.
        with pytest.raises(LibraryError, match="full"):
            lib.backup(tiny_disk / "copy.db")
        assert not [p for p in tiny_disk.iterdir() if "copy" in p.name]
        # Elsewhere it works, and holds every committed clip.
        copy = lib.backup(tmp_path / "copy.db")
    finally:
        lib.close()
    titles, ok = state(path)
    assert ok and len(titles) == len(committed)
    assert len(state(copy)[0]) == len(committed)


def test_a_migration_on_a_full_disk_says_so_and_leaves_no_broken_backup(
    tiny_disk: Path, tmp_path: Path
) -> None:
    """The backup taken before a migration does not fit: a clear message, nothing half-done."""
    from tests.robustness import crashkit

    built = tmp_path / "old.db"
    expected = crashkit.library_with_clips(built, 200, seed=3, version=1)
    assert 400_000 < built.stat().st_size < 700_000  # fits once on 1 MB, not twice
    path = tiny_disk / "lib.db"
    shutil.copyfile(built, path)
    with pytest.raises(LibraryError, match="disk is full") as info:
        Library.open(path)
    assert str(tiny_disk) in str(info.value)  # names the library or its backup
    leftovers = [p.name for p in tiny_disk.iterdir() if p.name not in ("lib.db", "lib.db-wal",
                                                                       "lib.db-shm")]
    assert leftovers == [], f"a broken backup was left behind: {leftovers}"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # not migrated
        assert conn.execute("SELECT count(*) FROM clips").fetchone()[0] == len(expected)
    finally:
        conn.close()
