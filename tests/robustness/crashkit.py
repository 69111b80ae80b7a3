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


def env() -> dict[str, str]:
    """The child's environment: this checkout first on the path, no user library."""
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), out.get("PYTHONPATH", "")]))
    out.pop("CLIPPER_LIBRARY", None)
    return out


def run_child(args: list[str], *, kill_after: float | None, workdir: Path,
              timeout: float = 120.0) -> Run:
    """Run ``child.py`` with ``args``; SIGKILL it ``kill_after`` seconds after READY.

    ``kill_after=None`` lets it finish. Output goes through files, not pipes,
    so nothing the child flushed is lost when it dies.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = workdir / "child.out", workdir / "child.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=out, stderr=err,
                                env=env(), cwd=workdir)
    run = Run()
    start = time.monotonic()
    deadline = start + timeout
    ready_at: float | None = None
    while proc.poll() is None:
        now = time.monotonic()
        if ready_at is None and b"READY\n" in out_path.read_bytes():
            ready_at = now
        if ready_at is not None and kill_after is not None and now - ready_at >= kill_after:
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
    text = out_path.read_bytes().decode("utf-8", "replace")
    # Only whole lines were reported; a line cut by the kill was not.
    complete = text[: text.rfind("\n") + 1] if "\n" in text else ""
    run.lines = complete.splitlines()
    run.done = [line[5:] for line in run.lines if line.startswith("DONE ")]
    run.stderr = err_path.read_text("utf-8", "replace")
    if not run.killed and run.returncode != 0:
        raise AssertionError(f"child {args} failed ({run.returncode}):\n{run.stderr[-3000:]}")
    return run


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


def reference_import(folder: Path, library: Path, workdir: Path) -> tuple[dict[str, ClipState], float]:
    """Import the folder without a kill; what every later import must match."""
    run = run_child(["import", str(library), str(folder)], kill_after=None, workdir=workdir)
    assert "FINISHED" in run.lines, run.stderr
    failed = [line for line in run.lines if line.startswith("FAILED")]
    assert not failed, failed
    return snapshot(library), run.seconds


def fresh_library(path: Path) -> Path:
    """Create an empty library (starter topics and all) and close it."""
    from clipper.library import Library

    Library.open(path).close()
    return path
