"""Crash safety: SIGKILL real processes at seeded random moments, then reopen and check.

Each scenario runs ``child.py`` in a real process, kills it while it works,
and checks that the library opens, ``PRAGMA integrity_check`` and FTS5's
integrity-check are clean, every unit the child reported done is there
whole, and nothing half-written is there at all (see ``crashkit``). This is
the CI-sized sample; ``benchmarks/torture.py`` runs hundreds of kills.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from clipper.library import Library
from tests.robustness import crashkit

SEED = 20240307


def test_killed_bulk_imports_lose_nothing_reported_and_leave_nothing_half_done(
    tmp_path: Path
) -> None:
    tally = crashkit.import_scenario(tmp_path, files=40, kills=6, seed=SEED)
    assert tally.kills >= 3, tally  # most runs were really killed mid-way
    assert tally.lost == 0
    assert tally.reported > 0, "no kill came after a reported file: the sample proves little"


def test_killed_tag_merges_and_renames_are_all_or_nothing(tmp_path: Path) -> None:
    tally = crashkit.tags_scenario(tmp_path, clips=120, kills=5, seed=SEED, rounds=25)
    assert tally.kills >= 3, tally
    assert tally.reported > 0


def test_killed_migrations_leave_the_old_or_the_new_library(tmp_path: Path) -> None:
    tally = crashkit.migration_scenario(tmp_path, clips=1500, kills=5, seed=SEED)
    assert tally.kills >= 2, tally
    assert tally.lost == 0


@pytest.mark.skipif(not hasattr(Library, "import_bundle"),
                    reason="Library.import_bundle does not exist yet (bundles engineer)")
def test_killed_bundle_imports_are_all_or_nothing(tmp_path: Path) -> None:
    tally = crashkit.bundle_scenario(tmp_path, clips=200, kills=5, seed=SEED)
    assert tally.kills >= 2, tally


def test_killed_restores_leave_the_old_library_or_the_backup_whole(tmp_path: Path) -> None:
    tally = crashkit.restore_scenario(tmp_path, clips=3000, kills=5, seed=SEED)
    assert tally.kills >= 2, tally


@pytest.mark.skipif((os.cpu_count() or 1) < 2,
                    reason="bulk import cleans in worker processes only with two cores or more")
def test_a_killed_bulk_import_leaves_no_process_behind(tmp_path: Path) -> None:
    """When the program is killed, its cleaning workers must not live on."""
    folder = tmp_path / "files"
    # Killed just after the first file is stored, when the workers are surely up
    # and busy: a fixed delay missed the import altogether on an idle machine.
    crashkit.make_article_files(folder, 120, SEED)
    library = crashkit.fresh_library(tmp_path / "lib.db")
    run = crashkit.run_child(["import", str(library), str(folder)], kill_after=0.05,
                             kill_from="DONE",
                             workdir=tmp_path / "run", cleanup=False)
    try:
        assert run.killed
        deadline = time.monotonic() + 10
        while crashkit.group_alive(run.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not crashkit.group_alive(run.pid), "worker processes outlived the killed import"
    finally:
        crashkit.reap(run.pid)
