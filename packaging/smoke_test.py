"""Smoke-test an installed Clipper: the programs a user runs, from outside the source tree.

Used for both kinds of install, so they are held to the same checks:
the wheel installed in a fresh virtual environment (tests/packaging/
test_wheel.py) and the standalone PyInstaller folder (packaging/build-linux.sh).
Given the folder holding ``clipper`` and ``clipper-gui``, it runs them in an
empty working folder with a clean environment (no PYTHONPATH, a throw-away
HOME and XDG folders, Qt offscreen) and checks:

1. ``clipper --version`` prints the expected version;
2. ``clipper clean`` turns a small article into the JSON contract;
3. ``clipper --library L add`` captures it and prints its id;
4. ``clipper --library L search WORD --json`` finds it;
5. the new library holds the starter topics, read from the installed resources;
6. ``clipper export --format bibtex`` cites it, and a ``.clipbundle`` exported
   from the library and imported into another carries it across;
7. ``clipper-gui --smoke-test`` opens the main window offscreen and quits;
8. the resources (icons, desktop files, starter topics, sample article) are
   installed beside the code.

Standard library only, so it runs with any Python. Prints one line per check
with its time; exits 1 at the first failure with what went wrong.

Usage: python packaging/smoke_test.py BIN_DIR --version X.Y.Z --resources DIR
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

APP_ID = "io.github.clipper.Clipper"

# Written for this check: an article with a title, a byline, a date and a
# word ("lithography") the search must find; one line per paragraph, as a
# browser's copy gives it.
SAMPLE_ARTICLE = (
    "Chipmakers race to build domestic lithography tools\n\n"
    "By Maria Keller\n"
    "March 6, 2024\n\n"
    "Engineers at three research institutes say they have assembled a working prototype of a "
    "deep-ultraviolet lithography machine from parts made entirely at home, a step the government "
    "has called central to self-reliance in critical technology.\n\n"
    "The prototype is years away from mass production, the engineers cautioned, and still "
    "relies on imported optics for its most demanding layers. Industry analysts said the "
    "announcement was nonetheless a signal to suppliers abroad.\n\n"
    "Funding for the programme comes from a national budget line for strategic technology that has "
    "grown every year since 2019, according to figures published by the finance ministry.\n"
)

# Resources every install must carry (relative to the clipper.resources folder).
REQUIRED_RESOURCES = (
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"icons/hicolor/256x256/apps/{APP_ID}.png",
    f"desktop/{APP_ID}.desktop",
    f"desktop/{APP_ID}.metainfo.xml",
    f"desktop/{APP_ID}.xml",
)
# Resources other engineers provide; each glob must match at least one file.
REQUIRED_RESOURCE_GLOBS = ("topics/*", "sample-article.*")


class SmokeFailure(Exception):
    """A check failed; the message says which and why."""


@dataclass(frozen=True)
class Step:
    """One check that passed, and how long it took."""

    name: str
    seconds: float
    detail: str = ""


def clean_environment(home: Path) -> dict[str, str]:
    """An environment that cannot reach the source tree or the user's files."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONNOUSERSITE": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    if sys.platform == "win32":  # Windows cannot start programs without these
        env.update(
            {k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if k in os.environ}
        )
        env.update({"APPDATA": str(home / "appdata"), "LOCALAPPDATA": str(home / "localappdata")})
    (home / "runtime").mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    return env


def _run(
    args: Sequence[str | Path], cwd: Path, env: dict[str, str], timeout: float = 120
) -> tuple[str, float]:
    """Run one program; return its standard output and the time it took."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [str(a) for a in args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise SmokeFailure(
            f"`{' '.join(map(str, args))}` did not finish in {timeout:.0f} s"
        ) from err
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SmokeFailure(
            f"`{' '.join(map(str, args))}` exited {proc.returncode}\n"
            f"--- stdout ---\n{proc.stdout[-3000:]}\n--- stderr ---\n{proc.stderr[-3000:]}"
        )
    return proc.stdout, seconds


def _json(text: str, what: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise SmokeFailure(f"{what} did not print JSON: {err}\n{text[:1000]}") from err


def check_resources(resources: Path) -> Step:
    """Every file the app reads at run time is installed beside the code."""
    start = time.perf_counter()
    missing = [rel for rel in REQUIRED_RESOURCES if not (resources / rel).is_file()]
    missing += [pattern for pattern in REQUIRED_RESOURCE_GLOBS if not any(resources.glob(pattern))]
    if missing:
        raise SmokeFailure(f"missing from {resources}: {', '.join(missing)}")
    count = sum(1 for p in resources.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return Step("resources installed", time.perf_counter() - start, f"{count} files")


def run(
    bin_dir: Path, version: str, resources: Path | None = None, *, gui: bool = True
) -> list[Step]:
    """Run every check against the programs in ``bin_dir``; raise SmokeFailure on the first miss."""
    exe = ".exe" if sys.platform == "win32" else ""
    clipper = bin_dir / f"clipper{exe}"
    clipper_gui = bin_dir / f"clipper-gui{exe}"
    for program in (clipper, clipper_gui):
        if not program.is_file():
            raise SmokeFailure(f"{program} is missing")
    steps: list[Step] = []
    with tempfile.TemporaryDirectory(prefix="clipper-smoke-") as tmp:
        work = Path(tmp)
        env = clean_environment(work / "home")
        article = work / "lithography.txt"
        article.write_text(SAMPLE_ARTICLE, encoding="utf-8")
        library = work / "library" / "smoke.db"

        out, seconds = _run([clipper, "--version"], work, env)
        if version not in out.split():
            raise SmokeFailure(f"clipper --version said {out.strip()!r}, expected {version}")
        steps.append(Step("clipper --version", seconds, out.strip()))

        out, seconds = _run([clipper, "clean", article], work, env)
        cleaned = _json(out, "clipper clean")
        if (
            not isinstance(cleaned, dict)
            or "lithography" not in str(cleaned.get("title", "")).lower()
        ):
            raise SmokeFailure(f"clipper clean found no title: {out[:500]}")
        if "prototype" not in str(cleaned.get("text", "")):
            raise SmokeFailure(f"clipper clean lost the body: {out[:500]}")
        steps.append(Step("clipper clean", seconds, f"title {cleaned['title']!r}"))

        out, seconds = _run([clipper, "--library", library, "add", article], work, env)
        uuid = out.strip().splitlines()[-1] if out.strip() else ""
        if len(uuid) < 32:
            raise SmokeFailure(f"clipper add printed no clip id: {out!r}")
        steps.append(Step("clipper add", seconds, uuid))

        out, seconds = _run(
            [clipper, "--library", library, "search", "lithography", "--json"], work, env
        )
        hits = _json(out, "clipper search")
        if not isinstance(hits, list) or not any(h.get("uuid") == uuid for h in hits):
            raise SmokeFailure(f"clipper search did not find clip {uuid}: {out[:500]}")
        steps.append(Step("clipper search --json", seconds, f"{len(hits)} hit(s)"))

        out, seconds = _run([clipper, "--library", library, "topics", "list", "--json"], work, env)
        topics = _json(out, "clipper topics list")
        names = [str(t.get("name", "")).lower() for t in topics] if isinstance(topics, list) else []
        if "tech self-reliance" not in names:
            raise SmokeFailure(
                f"the new library has no starter topic 'tech self-reliance': {names}"
            )
        steps.append(Step("starter topics in a new library", seconds, f"{len(names)} topics"))

        out, seconds = _run(
            [clipper, "--library", library, "export", "--format", "bibtex"], work, env
        )
        if "@" not in out or "Keller" not in out:
            raise SmokeFailure(
                f"clipper export --format bibtex wrote no entry for the clip: {out[:500]}"
            )
        steps.append(Step("clipper export --format bibtex", seconds))

        bundle = work / "shared.clipbundle"
        _, seconds_out = _run(
            [clipper, "--library", library, "export", "--bundle", bundle], work, env
        )
        other = work / "library" / "colleague.db"
        _, seconds_in = _run([clipper, "--library", other, "import", bundle], work, env)
        out, _ = _run([clipper, "--library", other, "search", "lithography", "--json"], work, env)
        hits = _json(out, "clipper search after importing the bundle")
        if not isinstance(hits, list) or [h.get("uuid") for h in hits] != [uuid]:
            raise SmokeFailure(
                f"the bundle did not carry clip {uuid} to another library: {out[:500]}"
            )
        steps.append(Step("bundle export, import into another library", seconds_out + seconds_in))

        if gui:
            out, seconds = _run([clipper_gui, "--library", library, "--smoke-test"], work, env)
            steps.append(Step("clipper-gui --smoke-test (offscreen)", seconds, out.strip()[-200:]))

    if resources is not None:
        steps.append(check_resources(resources))
    return steps


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: run the checks and print one line each."""
    parser = argparse.ArgumentParser(description="Smoke-test an installed Clipper.")
    parser.add_argument("bin_dir", type=Path, help="the folder holding clipper and clipper-gui")
    parser.add_argument("--version", required=True, help="the version the programs must report")
    parser.add_argument("--resources", type=Path, help="the installed clipper/resources folder")
    parser.add_argument("--no-gui", action="store_true", help="skip the window start-up check")
    args = parser.parse_args(argv)
    try:
        steps = run(args.bin_dir.resolve(), args.version, args.resources, gui=not args.no_gui)
    except SmokeFailure as err:
        print(f"SMOKE TEST FAILED: {err}", file=sys.stderr)
        return 1
    for step in steps:
        print(f"ok  {step.seconds:6.2f} s  {step.name}  {step.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
