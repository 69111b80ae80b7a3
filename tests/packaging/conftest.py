"""Helpers for the packaging tests: the repository's packaging/ scripts, loaded by path."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.clipper.Clipper"
DESKTOP_FILE = RESOURCES / "desktop" / f"{APP_ID}.desktop"
METAINFO_FILE = RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml"
MIME_FILE = RESOURCES / "desktop" / f"{APP_ID}.xml"
SVG_ICON = RESOURCES / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def load_packaging_module(name: str) -> ModuleType:
    """Import one of packaging/*.py (not a package: they are scripts)."""
    module_name = f"_clipper_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def read_desktop_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group of a desktop file, keys as written."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def require_tool(name: str, package: str) -> str:
    """The path of a command-line tool, or skip saying which Debian package brings it."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(
            f"{name} is not installed (Debian package {package}; scripts/setup installs it)"
        )
    return path


# --- Built distributions and a fresh install of the wheel (slow tests) ----------------------

# What a copy of the source tree leaves out: version control, caches, earlier builds.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
    "*.db",
    "*.db-wal",
    "*.db-shm",
)


@dataclass(frozen=True)
class Dists:
    """The sdist and wheel `python -m build` made, and how long it took."""

    sdist: Path
    wheel: Path
    seconds: float


@dataclass(frozen=True)
class Install:
    """A fresh virtual environment with the wheel installed, and how long it took."""

    venv: Path
    bin: Path
    python: Path
    seconds: float


def pip_environment() -> dict[str, str]:
    """The environment for pip: the user's real pip cache, whatever tests did to XDG."""
    env = dict(os.environ)
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    env.pop("PYTHONPATH", None)
    return env


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    """Build the sdist, then the wheel from it, from a copy of the source tree."""
    source = tmp_path_factory.mktemp("source") / "clipper"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    out = tmp_path_factory.mktemp("dist")
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        env=pip_environment(),
        check=False,
    )
    seconds = time.perf_counter() - start
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    (sdist,) = out.glob("clipper_news-*.tar.gz")
    (wheel,) = out.glob("clipper_news-*.whl")
    return Dists(sdist, wheel, seconds)


@pytest.fixture(scope="session")
def wheel_install(dists: Dists, tmp_path_factory: pytest.TempPathFactory) -> Install:
    """A fresh virtual environment with the wheel and its real dependencies installed."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    start = time.perf_counter()
    # A current pip, as users have: the one ensurepip bundles with 3.11 trips over
    # an extra that two dependencies both ask for (lxml[html-clean]).
    subprocess.run(
        [sys.executable, "-m", "venv", "--upgrade-deps", str(venv)],
        check=True,
        capture_output=True,
        env=pip_environment(),
    )
    python = venv / "bin" / "python"
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", str(dists.wheel)],
        capture_output=True,
        text=True,
        env=pip_environment(),
        check=False,
    )
    seconds = time.perf_counter() - start
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return Install(venv, venv / "bin", python, seconds)
