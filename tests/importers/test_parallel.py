"""Bulk import with cleaning in worker processes: the same outcome as cleaning in-process."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from clipper.importers import parallel
from clipper.library import Library

PARAGRAPH = (
    "Regional councils in the north approved a new budget for school buses on Tuesday, "
    "after months of debate about routes, drivers and the price of diesel."
)


def _folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    for i in range(10):
        (folder / f"note-{i:02d}.txt").write_text(
            f"Bus budget story number {i}\n\n{PARAGRAPH}\n\nDetail {i}: the vote was {i + 10} to "
            f"{i}.\n",
            encoding="utf-8",
        )
    (folder / "again.txt").write_text(
        (folder / "note-03.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


def test_parallel_import_matches_the_serial_one(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    serial = Library.open(tmp_path / "serial.db")
    para = Library.open(tmp_path / "parallel.db")
    try:
        expected = serial.import_paths([folder], tags=["bulk"], workers=1)
        seen: list[tuple[int, int]] = []
        got = para.import_paths(
            [folder], tags=["bulk"], workers=2, progress=lambda d, t, _n: seen.append((d, t))
        )
        assert len(got.added) == len(expected.added) == 10
        assert len(got.duplicates) == len(expected.duplicates) == 1
        assert [f.path for f in got.failed] == [f.path for f in expected.failed]
        assert got.failed and "picture.txt" in got.failed[0].reason
        assert seen[-1] == (12, 12)
        titles = sorted(c.clip.title for c in para.search("", limit=100).hits)
        assert titles == sorted(c.clip.title for c in serial.search("", limit=100).hits)
        assert para.count("tag:bulk") == 10
    finally:
        serial.close()
        para.close()


def test_few_files_are_cleaned_without_workers(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text(f"A single note\n\n{PARAGRAPH}\n", encoding="utf-8")
    ((file, (cleaned, error)),) = list(parallel.cleaned_in_order([one], workers=4))
    assert file == one and error is None
    assert "school buses" in cleaned[0].article.text
    assert multiprocessing.active_children() == []


def test_cancel_keeps_what_was_imported(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    lib = Library.open(tmp_path / "lib.db")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    try:
        summary = lib.import_paths([folder], cancelled=cancelled, workers=2)
        assert summary.cancelled
        assert lib.count("") == len(summary.added) == 3
    finally:
        lib.close()
