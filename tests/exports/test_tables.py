"""CSV and JSON Lines, read back by the standard library's readers."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from clipper.errors import UserError
from clipper.exports import registry
from clipper.exports.csv import COLUMNS
from tests.exports.samples import ALL, CHINESE, FORMULA, FULL


def export(tmp_path: Path, name: str, *, full_text: bool) -> Path:
    fmt = registry.get(name)
    path = tmp_path / f"out{fmt.extension}"
    assert registry.write_path(fmt, ALL, path, full_text=full_text) == len(ALL)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_every_field_survives(tmp_path: Path) -> None:
    path = export(tmp_path, "csv", full_text=False)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the mark for UTF-8
    rows = read_csv(path)
    assert list(rows[0]) == list(COLUMNS)
    full = rows[0]
    assert full["uuid"] == FULL.uuid
    assert full["title"] == FULL.title
    assert full["subtitle"] == FULL.subtitle
    assert full["authors"].split("; ") == list(FULL.authors)
    assert full["published"] == FULL.published
    assert full["site"] == FULL.site
    assert full["url"] == FULL.url
    assert full["lang"] == FULL.lang
    assert full["tags"].split("; ") == list(FULL.tags)
    assert full["notes"] == FULL.notes
    assert full["excerpt"] == FULL.excerpt
    assert full["word_count"] == str(FULL.word_count)
    assert full["captured"] == FULL.captured
    assert full["updated"] == FULL.updated
    assert rows[1]["title"] == CHINESE.title
    assert rows[1]["published"] == CHINESE.published


def test_csv_full_text_only_when_asked(tmp_path: Path) -> None:
    rows = read_csv(export(tmp_path, "csv", full_text=True))
    assert rows[0]["text"] == FULL.text
    assert rows[1]["text"] == CHINESE.text
    assert "text" not in read_csv(export(tmp_path, "csv", full_text=False))[0]


def test_csv_defuses_spreadsheet_formulas(tmp_path: Path) -> None:
    rows = read_csv(export(tmp_path, "csv", full_text=True))
    formula = rows[2]
    for column, value in (
        ("title", FORMULA.title),
        ("authors", "@attacker"),
        ("notes", FORMULA.notes),
        ("text", FORMULA.text),
    ):
        assert formula[column] == "'" + value
    # No cell of any row starts with a character a spreadsheet would evaluate.
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_jsonl_every_field_survives(tmp_path: Path) -> None:
    lines = export(tmp_path, "jsonl", full_text=True).read_text(encoding="utf-8").splitlines()
    objects = [json.loads(line) for line in lines]
    assert len(objects) == 3
    full = objects[0]
    for name in (
        "uuid",
        "title",
        "subtitle",
        "published",
        "site",
        "url",
        "lang",
        "notes",
        "excerpt",
        "word_count",
        "captured",
        "updated",
        "text",
    ):
        assert full[name] == getattr(FULL, name), name
    assert full["authors"] == list(FULL.authors)
    assert full["tags"] == list(FULL.tags)
    assert objects[1]["title"] == CHINESE.title
    assert objects[2]["title"] == FORMULA.title  # JSON is not a spreadsheet: kept as is
    without = json.loads(
        export(tmp_path, "jsonl", full_text=False).read_text(encoding="utf-8").splitlines()[0]
    )
    assert "text" not in without


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="Unknown export format “docx”.*csl-json"):
        registry.get("docx")


def test_a_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("keep me", encoding="utf-8")

    class Boom(Exception):
        pass

    def broken() -> object:
        yield FULL
        raise Boom

    with pytest.raises(Boom):
        registry.write_path(registry.get("jsonl"), broken(), path, full_text=False)  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_export_to_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Cannot write the export"):
        registry.write_path(registry.get("ris"), ALL, tmp_path / "nope" / "x.ris", full_text=False)
