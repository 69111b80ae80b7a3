"""packaging/install-desktop.sh: the menu entry, icons and MIME type in a user's data folder."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import APP_ID, PACKAGING, read_desktop_entry, require_tool

SCRIPT = PACKAGING / "install-desktop.sh"


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        ["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture
def program(tmp_path: Path) -> Path:
    """A stand-in clipper-gui in a folder whose name needs quoting in Exec."""
    folder = tmp_path / "Clipper apps"
    folder.mkdir()
    path = folder / "clipper-gui"
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_installs_entry_icons_metainfo_and_mime_type(tmp_path: Path, program: Path) -> None:
    home = tmp_path / "home"
    result = _run(["--exec", str(program)], home)
    assert result.returncode == 0, result.stderr
    data = home / "data"
    entry = read_desktop_entry(data / "applications" / f"{APP_ID}.desktop")
    # The full path, quoted for its space: a venv's bin is rarely on the menu's PATH.
    assert entry["Exec"] == f'"{program}" %F'
    assert entry["TryExec"] == str(program)
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (
        data / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-clipbundle.svg"
    ).is_file()


def test_installed_entry_is_valid(tmp_path: Path, program: Path) -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    home = tmp_path / "home"
    assert _run(["--exec", str(program)], home).returncode == 0
    installed = home / "data" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([tool, str(installed)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_caches_say_clipper_opens_bundles(tmp_path: Path, program: Path) -> None:
    require_tool("update-mime-database", "shared-mime-info")
    require_tool("update-desktop-database", "desktop-file-utils")
    home = tmp_path / "home"
    assert _run(["--exec", str(program)], home).returncode == 0
    data = home / "data"
    assert "application/x-clipbundle:*.clipbundle" in (data / "mime" / "globs2").read_text()
    cache = (data / "applications" / "mimeinfo.cache").read_text()
    assert f"application/x-clipbundle={APP_ID}.desktop;" in cache


def test_uninstall_removes_what_it_installed(tmp_path: Path, program: Path) -> None:
    home = tmp_path / "home"
    assert _run(["--exec", str(program)], home).returncode == 0
    result = _run(["--uninstall"], home)
    assert result.returncode == 0, result.stderr
    data = home / "data"
    leftovers = [
        p
        for p in data.rglob("*")
        if p.is_file()
        and (APP_ID in p.name or "clipbundle" in p.name)
        and "mime" not in p.parts[-3:-1]
    ]
    assert leftovers == []
    if (data / "mime" / "globs2").exists():
        assert "clipbundle" not in (data / "mime" / "globs2").read_text()


def test_refuses_a_missing_program(tmp_path: Path) -> None:
    result = _run(["--exec", str(tmp_path / "nowhere" / "clipper-gui")], tmp_path / "home")
    assert result.returncode == 1
    assert "not an executable program" in result.stderr


def test_finds_the_program_and_resources_of_a_standalone_folder(tmp_path: Path) -> None:
    """Copied beside clipper-gui in the PyInstaller folder, it needs no options."""
    folder = tmp_path / "clipper"
    resources = folder / "_internal" / "clipper" / "resources"
    for sub in ("desktop", "icons"):
        shutil.copytree(PACKAGING.parent / "resources" / sub, resources / sub)
    (folder / "install-desktop.sh").write_bytes(SCRIPT.read_bytes())
    gui = folder / "clipper-gui"
    gui.write_text("#!/bin/sh\n", encoding="utf-8")
    gui.chmod(0o755)
    home = tmp_path / "home"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    result = subprocess.run(
        ["bash", str(folder / "install-desktop.sh")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    entry = read_desktop_entry(home / "data" / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{gui} %F"
