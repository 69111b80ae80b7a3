"""The command line's outputs and exit codes, on a real library file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from clipper.cli.main import cli
from tests.cli.conftest import Run

ARTICLE = """Beijing funds lithography

Beijing has set aside new funds for lithography research, officials said on Tuesday.

The programme is part of a wider drive for self-reliance in semiconductors and chip tools.
"""


def test_add_search_show_list_rm(run, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    added = run("add", "--tag", "china", "--url", "https://example.com/litho", str(source))
    assert added.exit_code == 0, added.output
    uuid = added.stdout.strip()
    assert len(uuid) == 36

    found = run("search", "lithography", "--json")
    hits = json.loads(found.stdout)
    assert [h["uuid"] for h in hits] == [uuid]
    assert set(hits[0]) == {"uuid", "title", "authors", "published", "site", "url", "tags", "snippet", "score"}
    assert "[lithography]" in hits[0]["snippet"]
    assert hits[0]["tags"] == ["china"] or "china" in hits[0]["tags"]

    shown = json.loads(run("show", uuid, "--json").stdout)
    for key in ("uuid", "title", "subtitle", "authors", "published", "site", "url", "lang", "text",
                "html", "tags", "notes", "captured", "updated"):
        assert key in shown
    assert "lithography research" in shown["text"]
    original = json.loads(run("show", uuid, "--json", "--original").stdout)["original"]
    assert original["content"] == ARTICLE

    listed = json.loads(run("list", "--json").stdout)
    assert [c["uuid"] for c in listed] == [uuid]
    assert "snippet" not in listed[0]

    assert run("rm", uuid).exit_code == 0
    assert json.loads(run("list", "--json").stdout) == []


def test_add_from_standard_input_and_duplicate(run) -> None:
    first = run("add", "--url", "https://example.com/litho", "-", input=ARTICLE)
    assert first.exit_code == 0
    again = run("add", "--url", "https://www.example.com/litho/?utm_source=x", "-", input=ARTICLE)
    assert again.exit_code == 1
    assert first.stdout.strip() in again.stderr
    assert "Already in the library" in again.stderr


def test_user_errors_exit_1_with_one_line(run, tmp_path: Path) -> None:
    bad_query = run("search", 'china "export')
    assert bad_query.exit_code == 1
    assert "Unclosed quote" in bad_query.stderr and bad_query.stderr.count("\n") == 1
    missing = run("show", "00000000-0000-0000-0000-000000000000")
    assert missing.exit_code == 1 and "No clip" in missing.stderr


def test_import_summary_names_failures(run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text(ARTICLE.replace("lithography", "packaging"), encoding="utf-8")
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    result = run("import", str(folder), "--json")
    summary = json.loads(result.stdout)
    assert len(summary["added"]) == 2
    assert [Path(f["path"]).name for f in summary["failed"]] == ["broken.html"]
    assert "broken.html" in summary["failed"][0]["reason"]
    again = json.loads(run("import", str(folder), "--json").stdout)
    assert again["added"] == [] and len(again["duplicates"]) == 2


def test_bad_usage_exits_2_and_version(tmp_path: Path) -> None:
    env_cmd = [sys.executable, "-m", "clipper", "--library", str(tmp_path / "x.db")]
    usage = subprocess.run([*env_cmd, "search", "--limit", "zero"], capture_output=True, text=True)
    assert usage.returncode == 2
    version = subprocess.run([sys.executable, "-m", "clipper", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "clipper, version" in version.stdout


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0


def test_a_library_from_an_older_clipper_is_updated_with_a_word_on_standard_error(
    run: Run, lib_path: Path
) -> None:
    from tests.store import oldlib
    from tests.store.test_index_integrity import CLIPS

    oldlib.create(lib_path, 5, CLIPS)
    first = run("search", "author:johnson", "--json")
    assert first.exit_code == 0
    assert "updating the library" in first.stderr
    assert [hit["uuid"] for hit in json.loads(first.stdout)] == ["a1"]
    again = run("search", "author:johnson", "--json")
    assert "updating" not in again.stderr
