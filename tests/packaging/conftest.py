"""Helpers for the packaging tests: the repository's packaging/ scripts, loaded by path."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import sys
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
        pytest.skip(f"{name} is not installed (Debian package {package}; scripts/setup installs it)")
    return path
