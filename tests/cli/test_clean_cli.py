"""``clipper clean``: JSON out, HTML or text guessed, errors on one line with exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import clean as clean_cli
from clipper.cli.main import cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "paste"
KEYS = {"title", "subtitle", "authors", "published", "site", "url", "lang", "text", "html",
        "excerpt", "removed", "candidates"}

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Harbour cranes go electric | Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour cranes go electric</h1>
<p>The port authority voted on Tuesday to replace the twelve diesel cranes at the eastern
terminal with remote-controlled electric models, officials said.</p>
<p>The conversion will cost an estimated 410 million dollars and will be paid for partly by a
federal clean-ports grant, according to the authority's budget papers.</p>
<p>Union representatives warned that as many as 90 positions could go over a decade, and asked
for a retraining programme for every operator.</p></article>
<footer>© 2024 Harbour Ledger</footer></body></html>
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_text_file_gives_the_article_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["clean", str(FIXTURES / "news-header-date.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == KEYS
    assert data["title"] == "Port Authority Approves Automated Cranes for the Eastern Terminal"
    assert data["authors"] == ["Maria Lopez"]
    assert data["published"] == "2024-05-14"
    assert {"text": "ByMaria Lopez", "reason": "byline"} in data["removed"]
    assert any(c["chosen"] for c in data["candidates"]["published"])


def test_standard_input_and_url(runner: CliRunner) -> None:
    text = (FIXTURES / "wire.txt").read_text(encoding="utf-8")
    result = runner.invoke(cli, ["clean", "--url", "https://meridian.example/tech/wafers", "-"],
                           input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["url"] == "https://meridian.example/tech/wafers"
    assert data["authors"] == ["Tomas Keller", "Aiko Tanaka"]
    assert "meridian.example" in [c["value"] for c in data["candidates"]["site"]]


def test_html_is_detected_without_a_flag(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(cli, ["clean", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "<html" not in data["text"]
    assert "The port authority voted on Tuesday" in data["text"]
    assert "Home" not in data["text"].split()


def test_a_saved_pages_note_of_its_address_gives_the_url(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "saved.html"
    note = "<!-- saved from url=(0048)https://harbourledger.example/2024/05/14/cranes -->\n"
    page.write_text(note + PAGE, encoding="utf-8")
    data = json.loads(runner.invoke(cli, ["clean", str(page)]).stdout)
    assert data["url"] == "https://harbourledger.example/2024/05/14/cranes"
    assert data["published"] == "2024-05-14"  # read from the address


def test_text_flag_forces_the_text_cleaner(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(cli, ["clean", "--text", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "&lt;p&gt;" in data["html"]  # markup read as text is shown, escaped, never rendered


def test_non_utf8_text_is_decoded(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    body = ("Le conseil municipal a voté le budget lundi après un débat de quatre heures, "
            "et les élus ont salué un effort réel pour les écoles.\n")
    path.write_bytes(body.encode("cp1252"))
    result = runner.invoke(cli, ["clean", str(path)])
    assert result.exit_code == 0, result.output
    assert "débat de quatre heures" in json.loads(result.stdout)["text"]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20), "png"),
        (lambda p: p.write_bytes(b"   \n\n  "), "empty"),
    ],
    ids=["missing", "empty", "binary", "blank"],
)
def test_bad_input_is_one_line_and_exit_1(
    runner: CliRunner, tmp_path: Path, setup, message: str
) -> None:
    path = tmp_path / "input.txt"
    setup(path)
    result = runner.invoke(cli, ["clean", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("clipper: ")
    assert message in lines[0].lower()


def test_help_documents_the_command(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["clean", "--help"])
    assert result.exit_code == 0
    assert "--url" in result.output and "--html" in result.output and "--text" in result.output
    assert "clean" in runner.invoke(cli, ["--help"]).output


@pytest.mark.parametrize(
    ("content", "is_html"),
    [
        ("<!doctype html><html><body><p>x</p></body></html>", True),
        ("  <div class='a'>text</div>", True),
        ("<p>one</p><p>two</p><p>three</p><br><a href='x'>four</a>", True),
        ("Plain text that mentions <p> once.\nAnd more text.", False),
        ("Title\n\nBody paragraph.", False),
    ],
)
def test_looks_like_html(content: str, is_html: bool) -> None:
    assert clean_cli.looks_like_html(content) is is_html
