"""``clipper export`` and ``clipper import`` of bundles, on real library files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rispy
from click.testing import CliRunner

from clipper.cli.main import cli
from clipper.library import Library
from clipper.model import Article, Original


@pytest.fixture
def libraries(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "source.db"
    lib = Library.open(source)
    try:
        for i, (title, tag) in enumerate(
            [("Chip subsidies grow", "china"), ("Lithography race", "eu")]
        ):
            article = Article(
                title=title,
                text=f"{title} " * 20,
                url=f"https://news.example/{i}",
                authors=("Samantha Johnson",),
                site="Example News",
                published="2024-03-06",
            )
            lib.capture(article, Original("text", title), tags=[tag], notes=f"note {i}")
    finally:
        lib.close()
    return source, tmp_path / "target.db"


def run(library: Path, *args: str):
    return CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)


def test_bundle_export_then_import(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    source, target = libraries
    bundle = tmp_path / "share.clipbundle"
    done = run(source, "export", "--bundle", str(bundle), "--json")
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout) == {"exported": 2, "path": str(bundle), "format": "bundle"}

    imported = run(target, "import", str(bundle), "--json")
    assert imported.exit_code == 0, imported.output
    assert len(json.loads(imported.stdout)["added"]) == 2
    again = json.loads(run(target, "import", str(bundle), "--json").stdout)
    assert again["added"] == [] and len(again["skipped"]) == 2

    listed = json.loads(run(target, "list", "--json").stdout)
    assert {c["title"] for c in listed} == {"Chip subsidies grow", "Lithography race"}


def test_bundle_of_a_query(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = libraries
    done = run(source, "export", "--bundle", str(tmp_path / "q.clipbundle"), "tag:china")
    assert done.exit_code == 0
    assert "Exported 1 clip to" in done.stderr


def test_broken_bundle_import_fails_with_the_reason(
    libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    _, target = libraries
    bad = tmp_path / "bad.clipbundle"
    bad.write_bytes(b"PK\x03\x04 not really")
    result = run(target, "import", str(bad))
    assert result.exit_code == 1
    assert "bad.clipbundle" in result.output and "not a Clipper bundle" in result.output


def test_format_to_standard_output(libraries: tuple[Path, Path]) -> None:
    source, _ = libraries
    result = run(source, "export", "--format", "ris", "lithography")
    assert result.exit_code == 0, result.output
    records = rispy.loads(result.stdout)
    assert [r["title"] for r in records] == ["Lithography race"]
    assert records[0]["notes"] == ["note 1"]


def test_format_to_a_file_with_full_text(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = libraries
    out = tmp_path / "clips.csv"
    result = run(source, "export", "--format", "csv", "--full-text", "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["title"] for r in rows] == ["Chip subsidies grow", "Lithography race"]
    assert rows[0]["text"].startswith("Chip subsidies grow")


def test_markdown_needs_a_folder(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = libraries
    assert run(source, "export", "--format", "markdown").exit_code == 2
    done = run(source, "export", "--format", "markdown", "--out", str(tmp_path / "vault"))
    assert done.exit_code == 0
    assert len(list((tmp_path / "vault").glob("*.md"))) == 2


@pytest.mark.parametrize(
    "args",
    [
        ("export",),
        ("export", "--bundle", "x.clipbundle", "--format", "ris"),
        ("export", "--format", "docx"),
        ("export", "--bundle", "x.clipbundle", "--full-text"),
    ],
)
def test_usage_errors(libraries: tuple[Path, Path], args: tuple[str, ...]) -> None:
    assert run(libraries[0], *args).exit_code == 2


def test_bad_query_is_a_user_error(libraries: tuple[Path, Path]) -> None:
    result = run(libraries[0], "export", "--format", "ris", 'tag:"open')
    assert result.exit_code == 1
    assert result.stderr.startswith("clipper: ")


def test_help_lists_the_formats() -> None:
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert result.exit_code == 0
    for name in ("csl-json", "ris", "bibtex", "csv", "jsonl", "markdown", "--bundle"):
        assert name in result.output
