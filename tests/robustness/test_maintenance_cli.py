"""``clipper backup``, ``backups``, ``restore`` and ``check`` on real library files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli.main import cli
from clipper.library import Library
from clipper.model import Article, Original


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    lib = Library.open(path)
    for word in ("lithography", "subsidies"):
        text = f"A report on {word} and the national chip strategy, with figures."
        lib.capture(Article(title=word.title(), text=text, html=f"<p>{text}</p>"),
                    Original("text", text))
    lib.close()
    return path


def run(lib_path: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--library", str(lib_path), *args], input=input,
                              catch_exceptions=False)


def test_backup_restore_round_trip(lib_path: Path, tmp_path: Path) -> None:
    result = run(lib_path, "backup", str(tmp_path / "copy.db"), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["backup"] == str(tmp_path / "copy.db")
    assert run(lib_path, "backup").output.startswith("Backed up to ")

    conn = sqlite3.connect(lib_path)
    conn.execute("DELETE FROM clips")
    conn.commit()
    conn.close()

    refused = run(lib_path, "restore", str(tmp_path / "copy.db"), input="n\n")
    assert refused.exit_code == 1 and "Aborted" in refused.output
    result = run(lib_path, "restore", str(tmp_path / "copy.db"), "--yes", "--json")
    assert result.exit_code == 0, result.output
    kept = json.loads(result.output)["kept"]
    assert Path(kept).exists() and "before-restore" in kept
    listed = json.loads(run(lib_path, "backups", "--json").output)
    assert {b["kind"] for b in listed} == {"manual", "before-restore"}
    check = json.loads(run(lib_path, "check", "--json").output)
    assert check["ok"] and check["clips"] == 2 and check["index_rows"] == 2


def test_restore_of_a_bad_file_is_one_line_and_exit_1(lib_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database at all" * 100)
    result = run(lib_path, "restore", str(bad), "--yes")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and str(bad) in result.output
    assert "clipper: " in result.output


def test_restore_works_when_the_library_will_not_open(lib_path: Path, tmp_path: Path) -> None:
    run(lib_path, "backup", str(tmp_path / "copy.db"))
    lib_path.write_bytes(b"broken" * 1000)
    broken = run(lib_path, "check")
    assert broken.exit_code == 1
    assert "damaged" in broken.output and "clipper restore" in broken.output
    result = run(lib_path, "restore", str(tmp_path / "copy.db"), "-y")
    assert result.exit_code == 0, result.output
    assert "damaged" in result.output  # where the broken file was kept
    assert run(lib_path, "check").exit_code == 0


def test_check_finds_an_index_out_of_step_and_repair_fixes_it(lib_path: Path) -> None:
    conn = sqlite3.connect(lib_path)
    # Take one clip out of the index behind the triggers' back.
    conn.execute("""INSERT INTO clip_fts(clip_fts, rowid, title, subtitle, authors, site, text,
                    notes, tags, cjk) SELECT 'delete', id, title, subtitle, authors, site, text,
                    notes, tags, cjk FROM clip_search WHERE id = (SELECT min(id) FROM clips)""")
    conn.commit()
    conn.close()
    result = run(lib_path, "check")
    assert result.exit_code == 1
    assert "search index holds 1 clips but the library 2" in result.output
    repaired = run(lib_path, "check", "--repair")
    assert repaired.exit_code == 0, repaired.output
    assert "Everything is sound." in repaired.output


def _raw(lib_path: Path, *statements: str) -> None:
    """Change the library behind the store's back, as another program could."""
    conn = sqlite3.connect(lib_path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_check_finds_index_words_that_differ_from_the_clips(lib_path: Path) -> None:
    # As many entries as clips, but one holds other words: FTS5's content check sees it.
    _raw(lib_path,
         """INSERT INTO clip_fts(clip_fts, rowid, title, subtitle, authors, site, text, notes,
            tags, cjk) SELECT 'delete', id, title, subtitle, authors, site, text, notes, tags,
            cjk FROM clip_search WHERE title = 'Lithography'""",
         """INSERT INTO clip_fts(rowid, title, text) SELECT id, 'Zeppelin', 'airships'
            FROM clips WHERE title = 'Lithography'""")
    assert "Lithography" in run(lib_path, "search", "zeppelin").output
    result = run(lib_path, "check", "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["index_rows"] == report["clips"] == 2
    assert report["problems"] == ["the search index does not match the clips; "
                                  "`clipper check --repair` rebuilds it from them"]
    repaired = run(lib_path, "check", "--repair")
    assert repaired.exit_code == 0, repaired.output
    assert "Everything is sound." in repaired.output
    assert "Lithography" not in run(lib_path, "search", "zeppelin").output
    assert "Lithography" in run(lib_path, "search", "lithography").output


def test_check_finds_a_damaged_index_page_and_repair_rebuilds_it(lib_path: Path) -> None:
    _raw(lib_path, "UPDATE clip_fts_data SET block = zeroblob(length(block)) "
                   "WHERE id = (SELECT max(id) FROM clip_fts_data)")
    result = run(lib_path, "check")
    assert result.exit_code == 1
    assert "Problem:   the search index does not match the clips;" in result.output
    assert "clipper check --repair" in result.output and "Traceback" not in result.output
    repaired = run(lib_path, "check", "--repair")
    assert repaired.exit_code == 0, repaired.output
    assert "Subsidies" in run(lib_path, "search", "subsidies").output


def test_check_finds_authors_changed_behind_the_store(lib_path: Path) -> None:
    _raw(lib_path, """UPDATE clips SET authors = '["Grace Hopper"]' WHERE title = 'Subsidies'""")
    result = run(lib_path, "check")
    assert result.exit_code == 1
    assert "out-of-date authors for 1 clip;" in result.output
    assert "Subsidies" not in run(lib_path, "search", "author:hopper").output
    assert run(lib_path, "check", "--repair").exit_code == 0
    assert "Subsidies" in run(lib_path, "search", "author:hopper").output


def test_every_maintenance_command_has_help() -> None:
    for name in ("backup", "backups", "restore", "check"):
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert len(result.output.split("\n\n")[1].strip()) > 20


def test_check_and_backup_do_not_create_a_missing_library(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for args in (["check"], ["backup"]):
        result = run(missing, *args)
        assert result.exit_code == 1
        assert f"There is no library at {missing}" in result.output
    assert not missing.exists()
