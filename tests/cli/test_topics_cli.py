"""`clipper topics ...` and `clipper suggest ...` on a real library file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.library import Library
from tests.cli.conftest import Run
from tests.topics.helpers import CHIPS, POTATO, RD_BUDGET, add

TSR = "tech self-reliance"


@pytest.fixture
def clips(lib_path: Path) -> dict[str, str]:
    lib = Library.open(lib_path)
    try:
        return {"chips": add(lib, *CHIPS), "budget": add(lib, *RD_BUDGET), "potato": add(lib, *POTATO)}
    finally:
        lib.close()


def test_list_and_show(run: Run) -> None:
    listed = run("topics", "list")
    assert TSR in listed.stdout
    data = json.loads(run("topics", "list", "--json").stdout)
    assert {t["name"] for t in data} >= {TSR, "export controls", "AI policy"}
    shown = json.loads(run("topics", "show", TSR, "--json").stdout)
    assert shown["color"] == "#b5452b"
    assert "policy: 自立自强 ^3" in shown["terms"]
    assert run("topics", "show", "nope").exit_code == 1


def test_dry_run_then_apply_then_undo(run: Run, clips: dict[str, str]) -> None:
    dry = run("topics", "apply", TSR, "--dry-run")
    assert dry.exit_code == 0
    assert f"“{TSR}”: 2 clips would gain the tag, 0 would lose it" in dry.stdout
    assert clips["chips"] in dry.stdout and clips["potato"] not in dry.stdout
    assert json.loads(run("tags", "show", TSR, "--json").stdout)["clips"] == 0

    applied = json.loads(run("topics", "apply", TSR, "--json").stdout)
    assert applied["run"] == 1
    assert {c["uuid"] for c in applied["plans"][0]["gain"]} == {clips["chips"], clips["budget"]}
    assert json.loads(run("tags", "show", TSR, "--json").stdout)["by_topic"] == 2
    assert "+2 -0" in run("topics", "runs").stdout

    undone = run("topics", "undo")
    assert undone.exit_code == 0 and "2 clips restored" in undone.stdout
    assert json.loads(run("tags", "show", TSR, "--json").stdout)["clips"] == 0
    again = run("topics", "undo")
    assert again.exit_code == 1
    assert "no topic run" in again.stderr.lower()


def test_add_edit_rm(run: Run, clips: dict[str, str]) -> None:
    assert run("topics", "add", "potatoes", "-t", "potato ^3", "-t", "crisps", "--threshold", "3",
               "--color", "#c8a000").exit_code == 0
    assert run("topics", "add", "potatoes", "-t", "x").exit_code == 2
    assert run("topics", "add", "nothing").exit_code == 2
    plan = json.loads(run("topics", "apply", "potatoes", "--dry-run", "--json").stdout)
    assert [c["uuid"] for c in plan["plans"][0]["gain"]] == [clips["potato"]]
    assert run("topics", "edit", "potatoes", "--add-term", "kettle ^2", "--rename", "snacks", "--disable").exit_code == 0
    shown = json.loads(run("topics", "show", "snacks", "--json").stdout)
    assert shown["terms"] == ["potato ^3", "crisps", "kettle ^2"] and shown["enabled"] is False
    bad = run("topics", "edit", "snacks", "--query", "after:notadate")
    assert bad.exit_code == 1 and "clipper:" in bad.stderr
    assert run("topics", "rm", "snacks").exit_code == 0
    assert "snacks" not in run("topics", "list").stdout


def test_export_import(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "topics.toml"
    assert run("topics", "export", TSR, "--out", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert '[[topic]]\nname = "tech self-reliance"' in text
    out.write_text(text.replace('"tech self-reliance"', '"tsr copy"'), encoding="utf-8")
    imported = run("topics", "import", str(out))
    assert imported.exit_code == 0 and "tsr copy" in imported.stdout
    assert "tsr copy" in run("topics", "list").stdout
    broken = tmp_path / "broken.toml"
    broken.write_text("[[topic]]\n", encoding="utf-8")
    failed = run("topics", "import", str(broken))
    assert failed.exit_code == 1 and "broken.toml" in failed.stderr


def test_explain(run: Run, clips: dict[str, str]) -> None:
    result = run("topics", "explain", TSR, clips["potato"])
    assert result.exit_code == 0
    assert "does not fit" in result.stdout and "potato" in result.stdout


def test_suggest_accept_reject(run: Run, lib_path: Path) -> None:
    lib = Library.open(lib_path)
    try:
        tagged = [add(lib, f"Lithography update {i}", f"lithography wafer euv scanner fab node {i}") for i in range(4)]
        other = [add(lib, f"Football report {i}", f"goal striker league match coach {i}") for i in range(4)]
        lib.tag(tagged, ["litho"])
        lib.tag(other, ["sport"])
        new = add(lib, "More lithography", "new euv scanner for the wafer fab")
    finally:
        lib.close()
    data = json.loads(run("suggest", "show", new, "--json").stdout)
    assert data and data[0]["tag"] == "litho"
    assert "euv" in data[0]["terms"] or "scanner" in data[0]["terms"]
    assert set(data[0]["similar"]) <= set(tagged)
    assert run("suggest", "reject", new, "litho").exit_code == 0
    assert all(s["tag"] != "litho" for s in json.loads(run("suggest", "show", new, "--json").stdout))
    assert run("suggest", "accept", new, "sport").exit_code == 0
    assert json.loads(run("tags", "show", "sport", "--json").stdout)["by_user"] == 5
