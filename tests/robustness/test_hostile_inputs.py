"""Hostile and broken files, each imported through Library.import_paths in its own process.

A clip with the right text, or a refusal naming the file and the problem;
never a crash, a hang, or a runaway in memory. Each case runs in a fresh
process so its time and peak memory are its own (``VmHWM`` on Linux, where
``resource.getrusage`` would count the parent's size at fork; see child.py).
The bounds are generous (20 s, 1 GB) to stay clear of a slow CI machine;
``benchmarks/torture.py`` prints the real figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.robustness import crashkit, hostile

CASES = {case.name: case for case in hostile.cases()}
MAX_SECONDS = 20.0
MAX_MB = 1024.0


def run_case(tmp_path: Path, case: hostile.Case) -> tuple[Path, dict[str, object]]:
    [path] = hostile.write(tmp_path / "in", [case])
    library = crashkit.fresh_library(tmp_path / "lib.db")
    run = crashkit.run_child(["hostile", str(library), str(path)], kill_after=None,
                             workdir=tmp_path / "run", timeout=90)
    return path, json.loads(run.lines[-1])


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    path, result = run_case(tmp_path, case)
    problems = hostile.judge(case, path, result)
    assert not problems, problems
    assert result["seconds"] < MAX_SECONDS, result["seconds"]
    assert result["rss_peak_mb"] < MAX_MB, result["rss_peak_mb"]


def test_a_bulk_import_goes_on_past_every_hostile_file(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    small = [c for c in hostile.cases(big_mb=2) if c.name != "one-line-5mb.txt"]
    hostile.write(folder, small)
    good = crashkit.make_article_files(folder, 2, seed=1)
    library = crashkit.fresh_library(tmp_path / "lib.db")
    run = crashkit.run_child(["import", str(library), str(folder)], kill_after=None,
                             workdir=tmp_path / "run", timeout=300)
    assert run.lines[-1] == "FINISHED"
    reported = {Path(line).name for line in run.done}
    assert reported == {c.name for c in small} | set(good)
    failed = [line for line in run.lines if line.startswith("FAILED ")]
    assert any("empty.html" in line for line in failed)  # refusals are named, the run goes on
    snapshot = crashkit.snapshot(library)
    for name in good:
        assert crashkit.MARKER.search(name).group(0) in snapshot  # type: ignore[union-attr]
    crashkit.sound(library)
