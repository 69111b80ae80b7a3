"""`clipper tag`, `untag` and `tags ...` on a real library file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.library import Library
from tests.cli.conftest import Run
from tests.topics.helpers import CHIPS, POTATO, add


@pytest.fixture
def uuids(lib_path: Path) -> tuple[str, str]:
    lib = Library.open(lib_path)
    try:
        return add(lib, *CHIPS), add(lib, *POTATO)
    finally:
        lib.close()


def _tags(lib_path: Path, uuid: str) -> tuple[str, ...]:
    lib = Library.open(lib_path)
    try:
        return lib.get(uuid, original=False).tags
    finally:
        lib.close()


def test_tag_untag_and_list(run: Run, uuids: tuple[str, str], lib_path: Path) -> None:
    chips, potato = uuids
    assert run("tag", chips, "china/semiconductors", "watch").exit_code == 0
    assert _tags(lib_path, chips) == ("china/semiconductors", "watch")
    listed = run("tags")
    assert "1  china/semiconductors" in listed.stdout
    data = json.loads(run("tags", "--json").stdout)
    assert {"name": "watch", "count": 1, "color": None, "origin": "user"} in data
    assert run("untag", chips, "watch").exit_code == 0
    assert _tags(lib_path, chips) == ("china/semiconductors",)


def test_bulk_tag_by_query(run: Run, uuids: tuple[str, str], lib_path: Path) -> None:
    chips, potato = uuids
    result = run("tag", "--query", "semiconductor", "semis")
    assert result.exit_code == 0
    assert "Tagged 1 clips" in result.stdout
    assert _tags(lib_path, chips) == ("semis",)
    assert _tags(lib_path, potato) == ()
    bad = run("tag", "--query", '"unbalanced', "x")
    assert bad.exit_code == 1
    assert "clipper:" in bad.stderr


def test_unknown_uuid_and_missing_tag_exit_codes(run: Run, uuids: tuple[str, str]) -> None:
    result = run("tag", "00000000-0000-0000-0000-000000000000", "x")
    assert result.exit_code == 1
    assert "No clip" in result.stderr
    assert run("tag", uuids[0]).exit_code == 2
    missing = run("tags", "rm", "nope", "--yes")
    assert missing.exit_code == 1 and "no tag named" in missing.stderr


def test_rename_asks_first_and_yes_skips(run: Run, uuids: tuple[str, str], lib_path: Path) -> None:
    chips, potato = uuids
    run("tag", chips, "semis")
    run("tag", potato, "semis")
    refused = run("tags", "rename", "semis", "semiconductors", input="n\n")
    assert refused.exit_code == 1
    assert "“semis” is on 2 clips (2 by you)" in refused.stderr
    assert _tags(lib_path, chips) == ("semis",)
    done = run("tags", "rename", "semis", "semiconductors", "--yes")
    assert done.exit_code == 0
    assert _tags(lib_path, chips) == ("semiconductors",)
    assert "Renamed" in done.stdout


def test_merge_and_rm(run: Run, uuids: tuple[str, str], lib_path: Path) -> None:
    chips, potato = uuids
    run("tag", chips, "a", "b")
    run("tag", potato, "b", "c")
    merged = run("tags", "merge", "a", "b", "c", "--yes")
    assert merged.exit_code == 0, merged.output
    assert _tags(lib_path, chips) == ("c",)
    assert _tags(lib_path, potato) == ("c",)
    assert run("tags", "merge", "c").exit_code == 2
    removed = run("tags", "rm", "c", input="y\n")
    assert removed.exit_code == 0
    assert "Deleted “c” from 2 clips." in removed.stdout
    assert _tags(lib_path, chips) == ()


def test_show_colour_and_adopt(run: Run, uuids: tuple[str, str], lib_path: Path) -> None:
    chips, _ = uuids
    run("tag", chips, "red")
    assert run("tags", "color", "red", "#aa0000").exit_code == 0
    shown = json.loads(run("tags", "show", "red", "--json").stdout)
    assert shown["color"] == "#aa0000" and shown["clips"] == 1
    assert run("tags", "color", "red", "blue").exit_code == 1
    assert run("tags", "adopt", "red").exit_code == 0


def test_every_command_has_help(run: Run) -> None:
    for args in (["tag"], ["untag"], ["tags"], ["tags", "rename"], ["tags", "merge"], ["tags", "rm"],
                 ["tags", "adopt"], ["tags", "color"], ["tags", "show"]):
        result = run(*args, "--help")
        assert result.exit_code == 0
        assert len(result.stdout.splitlines()) > 3
