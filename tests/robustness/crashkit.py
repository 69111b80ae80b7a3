"""Kill-and-reopen machinery shared by the crash tests and benchmarks/torture.py.

The parent starts ``child.py`` in a real process, waits for its ``READY``
line, lets it work for a seeded random while and sends SIGKILL. Then it
opens the library and checks the promises of issue 7: the file is sound
(``PRAGMA integrity_check``, FTS5's integrity-check), every unit the child
reported done is there whole, and nothing half-written is there at all.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path

CHILD = Path(__file__).with_name("child.py")
ROOT = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"\bmk\d+x\d{5}\b")

WORDS = (
    "government ministry announced semiconductor investment research factory export "
    "policy analysts expected growth capacity engineers university industry domestic "
    "supply chain lithography equipment subsidies market national strategy officials "
    "report quarter companies production technology innovation funding province"
).split()


@dataclass
class Run:
    """What one child process said before it ended or was killed."""

    done: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    killed: bool = False
    returncode: int | None = None
    stderr: str = ""
    seconds: float = 0.0
    first_done: float | None = None  # seconds from READY to the first DONE line
    pid: int = 0


def env() -> dict[str, str]:
    """The child's environment: this checkout first on the path, no user library."""
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), out.get("PYTHONPATH", "")]))
    out.pop("CLIPPER_LIBRARY", None)
    return out


def run_child(args: list[str], *, kill_after: float | None, workdir: Path,
              timeout: float = 120.0, cleanup: bool = True, kill_from: str = "READY") -> Run:
    """Run ``child.py`` with ``args``; SIGKILL it ``kill_after`` seconds after READY.

    ``kill_from="DONE"`` counts from its first DONE line instead (the first
    unit committed), so that kills land in the work even when start-up time
    varies more than the work lasts. ``kill_after=None`` lets it finish.
    Output goes through files, not pipes, so nothing the child flushed is
    lost when it dies.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = workdir / "child.out", workdir / "child.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        # Its own process group, so that the cleaning workers it may start can
        # be cleaned up after the kill (see reap).
        proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=out, stderr=err,
                                env=env(), cwd=workdir, start_new_session=True)
    run = Run()
    start = time.monotonic()
    deadline = start + timeout
    ready_at: float | None = None
    while proc.poll() is None:
        now = time.monotonic()
        if ready_at is None and b"READY\n" in out_path.read_bytes():
            ready_at = now
        if ready_at is not None and run.first_done is None and b"DONE " in out_path.read_bytes():
            run.first_done = now - ready_at
        origin = ready_at if kill_from == "READY" else (
            None if run.first_done is None or ready_at is None else ready_at + run.first_done)
        if origin is not None and kill_after is not None and now - origin >= kill_after:
            proc.send_signal(signal.SIGKILL)
            run.killed = True
            break
        if now > deadline:
            proc.kill()
            proc.wait()
            raise TimeoutError(f"child {args} did not finish in {timeout} s")
        time.sleep(0.002)
    run.returncode = proc.wait()
    run.seconds = time.monotonic() - (ready_at or start)
    run.pid = proc.pid
    if cleanup:
        reap(proc.pid)
    text = out_path.read_bytes().decode("utf-8", "replace")
    # Only whole lines were reported; a line cut by the kill was not.
    complete = text[: text.rfind("\n") + 1] if "\n" in text else ""
    run.lines = complete.splitlines()
    run.done = [line[5:] for line in run.lines if line.startswith("DONE ")]
    run.stderr = err_path.read_text("utf-8", "replace")
    if not run.killed and run.returncode != 0:
        raise AssertionError(f"child {args} failed ({run.returncode}):\n{run.stderr[-3000:]}")
    return run


def group_alive(group: int) -> bool:
    """Whether any process of the child's process group is still running."""
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def reap(group: int) -> None:
    """Kill what the killed child left behind: its import's cleaning workers.

    Only the child itself is killed first, as a crash would; its worker
    processes then live on, blocked on their queue (reported to the
    importers' owner), and would pile up over hundreds of kills.
    """
    try:
        os.killpg(group, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


# -- files to import -------------------------------------------------------------


def make_article_files(folder: Path, count: int, seed: int) -> dict[str, str]:
    """Write ``count`` small distinct articles (.txt and .html); return name -> content."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    for i in range(count):
        marker = f"mk{seed}x{i:05d}"
        paragraphs = []
        for p in range(3):
            words = [rng.choice(WORDS) for _ in range(rng.randint(25, 45))]
            words.insert(rng.randint(0, len(words)), f"{marker}p{p}")
            paragraphs.append(" ".join(words).capitalize() + ".")
        title = f"Report {marker} on {rng.choice(WORDS)} {rng.choice(WORDS)}"
        if i % 2:
            body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
            content = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
                       f"</head><body><article><h1>{title}</h1>\n{body}</article></body></html>\n")
            name = f"{marker}.html"
        else:
            content = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
            name = f"{marker}.txt"
        (folder / name).write_text(content, encoding="utf-8")
        files[name] = content
    return files


# -- checking a library after a kill -------------------------------------------------


@dataclass(frozen=True)
class ClipState:
    """The parts of a clip that must come back exactly as they were committed."""

    title: str
    text: str
    html: str
    original: str
    tags: tuple[str, ...]


def sound(library: Path) -> None:
    """Open the library and assert that SQLite and FTS5 find nothing wrong."""
    from clipper.library import Library

    lib = Library.open(library)
    try:
        health = lib.check()
        assert health.ok, f"{library}: {health.problems}"
        assert health.clips == health.originals == health.index_rows, health
    finally:
        lib.close()


def snapshot(library: Path) -> dict[str, ClipState]:
    """Every clip by the marker word in its original (what identifies an imported file)."""
    from clipper.library import Library

    lib = Library.open(library)
    try:
        out: dict[str, ClipState] = {}
        for uuid in lib.search_uuids(""):
            clip = lib.get(uuid)
            assert clip.original is not None, f"clip {uuid} has no original"
            state = ClipState(clip.title, clip.text, clip.html, clip.original.content, clip.tags)
            found = MARKER.search(clip.original.content)
            key = found.group(0) if found else f"?{uuid}"
            assert key not in out, f"{key} imported twice"
            out[key] = state
        return out
    finally:
        lib.close()


def _marker(path: str) -> str:
    found = MARKER.search(Path(path).name)
    assert found, path
    return found.group(0)


def check_import(library: Path, reference: dict[str, ClipState], reported: set[str]) -> int:
    """Assert the import promises; return how many clips the library holds.

    ``reference`` is what an import that was never killed made of each file:
    every clip now in the library must be exactly that (no half-written clip),
    and every file reported done must be there.
    """
    from clipper.library import Library

    sound(library)
    now = snapshot(library)
    for marker, state in now.items():
        assert marker in reference, f"a clip whose original is no file of the import: {marker}"
        assert state == reference[marker], f"{marker} differs from an undisturbed import"
    missing = sorted(m for m in (_marker(r) for r in reported) if m not in now)
    assert not missing, f"reported done but not in the library: {missing}"
    lib = Library.open(library)
    try:
        for marker in now:
            assert lib.count(f"{marker}p0") == 1, f"{marker} not found by search"
    finally:
        lib.close()
    return len(now)


def reference_import(
    folder: Path, library: Path, workdir: Path
) -> tuple[dict[str, ClipState], float, float]:
    """Import the folder without a kill; what every later import must match.

    Also returns how long it took and when its first file was stored (the
    cleaning workers take a moment to start; kills before that prove little).
    """
    run = run_child(["import", str(library), str(folder)], kill_after=None, workdir=workdir)
    assert "FINISHED" in run.lines, run.stderr
    failed = [line for line in run.lines if line.startswith("FAILED")]
    assert not failed, failed
    return snapshot(library), run.seconds, run.first_done or 0.0


def fresh_library(path: Path) -> Path:
    """Create an empty library (starter topics and all) and close it."""
    from clipper.library import Library

    Library.open(path).close()
    return path


# -- scenarios: kill, reopen, check; shared by the tests and benchmarks/torture.py --------


@dataclass
class Tally:
    """What a scenario survived: kills sent, clips checked, clips lost (must stay 0)."""

    kills: int = 0
    finished: int = 0
    checked: int = 0
    lost: int = 0
    reported: int = 0
    broken_backups: int = 0

    def add(self, run: Run) -> None:
        if run.killed:
            self.kills += 1
        else:
            self.finished += 1


def import_scenario(workdir: Path, *, files: int, kills: int, seed: int,
                    per_library: int = 3) -> Tally:
    """Bulk imports killed at random moments, resumed on the same library a few times."""
    rng = random.Random(seed)
    folder = workdir / "files"
    make_article_files(folder, files, seed)
    reference, seconds, first = reference_import(
        folder, fresh_library(workdir / "reference.db"), workdir / "reference")
    tally = Tally()
    library, reported = workdir / "lib-start.db", set[str]()
    for i in range(kills):
        if i % per_library == 0:
            library, reported = fresh_library(workdir / f"lib{i}.db"), set()
        # A third before the first file is stored (cleaning workers starting, the
        # first transaction), the rest while files are being stored.
        if i % 3 == 0:
            kill_after, kill_from = rng.uniform(0.0, first), "READY"
        else:
            kill_after, kill_from = rng.uniform(0.0, seconds - first), "DONE"
        run = run_child(["import", str(library), str(folder)], kill_after=kill_after,
                        kill_from=kill_from, workdir=workdir / f"run{i}")
        tally.add(run)
        reported |= set(run.done)
        tally.reported += len(run.done)
        tally.checked += check_import(library, reference, reported)
    return tally


def library_with_clips(path: Path, count: int, seed: int, *, version: int | None = None,
                       tags: tuple[str, ...] = ("gen0",)) -> dict[str, ClipState]:
    """A library of ``count`` clips written straight through the store (fast).

    ``version`` builds the tables of that older schema version instead, for
    migrations. Returns the clips by marker, as ``snapshot`` would.
    """
    from clipper.model import Clip, Original
    from clipper.store import clips as store_clips
    from clipper.store import schema
    from clipper.store.db import connect
    from tests.store import oldlib

    rng = random.Random(seed)
    db = connect(path)
    try:
        if version is None:
            schema.migrate(db)
        else:
            with db.transaction() as conn:
                for number in range(1, version + 1):
                    schema.MIGRATIONS[number - 1](conn)
                conn.execute(f"PRAGMA user_version = {version}")
        out: dict[str, ClipState] = {}
        with db.transaction():
            for i in range(count):
                marker = f"mk{seed}x{i:05d}"
                text = f"{marker}p0 " + " ".join(rng.choice(WORDS) for _ in range(120))
                html = f"<p>{text}</p>"
                original = f"Report {marker}\n\n{text}"
                uuid = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
                clip = Clip(uuid=uuid, title=f"Report {marker}",
                            text=text, html=html, original=Original("text", original),
                            captured="2024-03-07T09:00:00+00:00", tags=tags)
                if version is None:
                    store_clips.insert(db, clip)
                else:  # as that version's Clipper wrote it
                    oldlib.insert(db.conn, clip, version, compressed_html=True)
                out[marker] = ClipState(clip.title, text, html, original, tuple(sorted(tags)))
    finally:
        db.close()
    return out


def check_tags(library: Path, clips: int, last_done: str | None) -> None:
    """After a kill during tag work: one main tag on every clip, in the index too."""
    from clipper.library import Library

    sound(library)
    lib = Library.open(library)
    try:
        names = {t.name: t.count for t in lib.tags() if t.count}
        main = [n for n in names if n.startswith(("gen", "mid"))]
        assert len(main) == 1, f"clips split between tags {main}: a tag change was half-done"
        assert names[main[0]] == clips
        sides = [n for n in names if n.startswith("side")]
        assert len(sides) <= 1 and all(names[s] == (clips + 1) // 2 for s in sides), names
        assert lib.count(main[0]) == clips, "the search index lags behind the tags"
        if sides:
            assert lib.count(sides[0]) == (clips + 1) // 2
        step = _expected_after(last_done)
        allowed = {step, _expected_after_next(last_done)}
        assert (main[0], sides[0] if sides else None) in allowed, (main, sides, last_done)
    finally:
        lib.close()


def _expected_after(done: str | None) -> tuple[str, str | None]:
    """(main tag, side tag) once the step ``done`` ("merge 3") has committed."""
    if done is None:
        return ("gen0", None)
    what, i = done.split()[0], int(done.split()[1])
    return {"tag": (f"gen{i}", f"side{i}"), "merge": (f"mid{i}", None),
            "rename": (f"gen{i + 1}", None)}[what]


def _expected_after_next(done: str | None) -> tuple[str, str | None]:
    if done is None:
        return ("gen0", "side0")
    what, i = done.split()[0], int(done.split()[1])
    following = {"tag": f"merge {i}", "merge": f"rename {i}", "rename": f"tag {i + 1}"}[what]
    return _expected_after(following)


def tags_scenario(workdir: Path, *, clips: int, kills: int, seed: int, rounds: int = 40) -> Tally:
    """Tag, merge and rename over every clip, killed at random moments."""
    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    base = workdir / "base.db"
    library_with_clips(base, clips, seed)
    timing = workdir / "timing.db"
    _copy_library(base, timing)
    seconds = run_child(["tags", str(timing), str(rounds)], kill_after=None,
                        workdir=workdir / "timing").seconds
    tally = Tally()
    for i in range(kills):
        library = workdir / f"lib{i}.db"
        _copy_library(base, library)
        run = run_child(["tags", str(library), str(rounds)], kill_after=rng.uniform(0.0, seconds),
                        workdir=workdir / f"run{i}")
        tally.add(run)
        tally.reported += len(run.done)
        check_tags(library, clips, run.done[-1] if run.done else None)
        tally.checked += clips
    return tally


def migration_scenario(workdir: Path, *, clips: int, kills: int, seed: int) -> Tally:
    """A version-1 library full of clips, migrated in a child killed at random moments."""
    from clipper.errors import LibraryError
    from clipper.library import Library
    from clipper.store import backup, schema

    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    base = workdir / "v1.db"
    expected = library_with_clips(base, clips, seed, version=1)
    timing = workdir / "timing" / "lib.db"
    timing.parent.mkdir(parents=True)
    _copy_library(base, timing)
    seconds = run_child(["migrate", str(timing)], kill_after=None, workdir=timing.parent).seconds
    tally = Tally()
    for i in range(kills):
        folder = workdir / f"run{i}"
        folder.mkdir()
        library = folder / "lib.db"
        _copy_library(base, library)
        run = run_child(["migrate", str(library)], kill_after=rng.uniform(0.0, seconds * 1.2),
                        workdir=folder)
        tally.add(run)
        if run.done:
            tally.reported += clips
            conn = _raw(library)
            assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
            conn.close()
        # Looked at before reopening: a same-second retry would overwrite the evidence.
        for found in backup.list_backups(library):
            try:
                backup.verify(found.path)
            except LibraryError:
                tally.broken_backups += 1  # schema.backup_before_migration is not atomic (reported)
        Library.open(library).close()  # finishes the migration if it was cut short
        sound(library)
        now = snapshot(library)
        tally.lost += len(set(expected) - set(now))
        tally.checked += len(now)
        assert {m: (s.title, s.text, s.html, s.original) for m, s in now.items()} == {
            m: (s.title, s.text, s.html, s.original) for m, s in expected.items()}
    return tally


def bundle_scenario(workdir: Path, *, clips: int, kills: int, seed: int) -> Tally:
    """A bundle import (one transaction) killed at random moments: all or nothing."""
    from clipper.library import Library

    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "source.db"
    expected = library_with_clips(source, clips, seed, tags=("from-bundle",))
    src = Library.open(source)
    bundle = workdir / "share.clipbundle"
    src.export_bundle(bundle)
    src.close()
    base = workdir / "base.db"
    mine = library_with_clips(base, 5, seed + 1, tags=("mine",))
    timing = workdir / "timing.db"
    _copy_library(base, timing)
    seconds = run_child(["bundle", str(timing), str(bundle)], kill_after=None,
                        workdir=workdir / "timing").seconds
    tally = Tally()
    for i in range(kills):
        library = workdir / f"lib{i}.db"
        _copy_library(base, library)
        run = run_child(["bundle", str(library), str(bundle)],
                        kill_after=rng.uniform(0.0, seconds * 1.2), workdir=workdir / f"run{i}")
        tally.add(run)
        sound(library)
        now = snapshot(library)
        assert set(mine) <= set(now), "the library's own clips were touched"
        arrived = set(now) - set(mine)
        assert arrived in (set(), set(expected)), f"{len(arrived)} of {clips}: half a bundle"
        if run.done:
            assert arrived == set(expected), "bundle reported imported but not there"
            tally.reported += clips
        for marker in arrived:
            got, want = now[marker], expected[marker]
            assert (got.title, got.text, got.original) == (want.title, want.text, want.original)
        tally.checked += len(now)
    return tally


def restore_scenario(workdir: Path, *, clips: int, kills: int, seed: int) -> Tally:
    """``clipper restore`` killed at random moments: the old library or the backup, whole."""
    from clipper.store import backup

    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    old_base = workdir / "old.db"
    old = library_with_clips(old_base, clips, seed)
    saved = workdir / "saved.db"
    new = library_with_clips(saved, clips // 2, seed + 1)
    timing = workdir / "timing" / "lib.db"
    _copy_library(old_base, timing)
    seconds = run_child(["restore", str(timing), str(saved)], kill_after=None,
                        workdir=timing.parent).seconds
    tally = Tally()
    for i in range(kills):
        folder = workdir / f"run{i}"
        library = folder / "lib.db"
        _copy_library(old_base, library)
        run = run_child(["restore", str(library), str(saved)],
                        kill_after=rng.uniform(0.0, seconds * 1.2), workdir=folder)
        tally.add(run)
        sound(library)
        now = snapshot(library)
        assert now in (old, new), "a restore cut short left a mix of two libraries"
        if run.done:
            assert now == new, "restore reported done but the library is the old one"
            tally.reported += len(new)
        kept = [b for b in backup.list_backups(library) if b.kind == "before-restore"]
        if now == new:
            assert len(kept) == 1, "the library was replaced but no copy of it was kept"
            assert snapshot(kept[0].path) == old
        tally.checked += len(now)
    return tally


def _copy_library(src: Path, dest: Path) -> None:
    """A test-side copy of a closed library (no process has it open)."""
    import shutil

    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)


def _raw(path: Path):  # type: ignore[no-untyped-def]
    import sqlite3

    return sqlite3.connect(path)
