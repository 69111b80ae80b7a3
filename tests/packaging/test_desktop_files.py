"""The desktop entry, AppStream metainfo and MIME type: valid, and consistent with each other."""

from __future__ import annotations

import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import clipper
from tests.packaging.conftest import (
    APP_ID,
    DESKTOP_FILE,
    METAINFO_FILE,
    MIME_FILE,
    ROOT,
    SVG_ICON,
    read_desktop_entry,
    require_tool,
)

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _releases() -> list[ET.Element]:
    return ET.parse(METAINFO_FILE).getroot().findall("./releases/release")


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    # The validator exits 0 with hints; any error or warning is a failure here.
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [
        line for line in result.stdout.splitlines() if ": error:" in line or ": warning:" in line
    ]
    assert problems == []


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Only infos and pedantic notes are allowed (our reverse-DNS id has capitals,
    # as GNOME's own apps do), never errors or warnings.
    assert not re.search(r"^\s*[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_installed_tree_validates_with_its_desktop_file_and_icon(tmp_path: Path) -> None:
    """validate-tree checks the metainfo against the desktop file and icon it names."""
    tool = require_tool("appstreamcli", "appstream")
    share = tmp_path / "usr" / "share"
    for folder, source in (
        ("metainfo", METAINFO_FILE),
        ("applications", DESKTOP_FILE),
        ("icons/hicolor/scalable/apps", SVG_ICON),
    ):
        (share / folder).mkdir(parents=True)
        (share / folder / source.name).write_bytes(source.read_bytes())
    result = subprocess.run(
        [tool, "validate-tree", "--no-net", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^\s*[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_newest_metainfo_release_is_the_package_version() -> None:
    releases = _releases()
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == clipper.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))
    # Newest first, as AppStream requires.
    dates = [release.get("date", "") for release in releases]
    assert dates == sorted(dates, reverse=True)


def test_version_comes_from_the_package_alone() -> None:
    project = _pyproject()
    assert "version" in project["project"]["dynamic"]
    assert "version" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "clipper.__version__"}


def test_desktop_entry_starts_the_gui_entry_point_with_files() -> None:
    entry = read_desktop_entry(DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Clipper"
    assert entry["Exec"] == "clipper-gui %F"
    assert entry["TryExec"] == "clipper-gui"
    assert entry["Terminal"] == "false"
    assert "clipper-gui" in _pyproject()["project"]["gui-scripts"]


def test_desktop_entry_names_an_icon_that_ships() -> None:
    entry = read_desktop_entry(DESKTOP_FILE)
    assert entry["Icon"] == APP_ID
    assert SVG_ICON.is_file()
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"


def test_desktop_entry_and_metainfo_and_mime_type_agree() -> None:
    entry = read_desktop_entry(DESKTOP_FILE)
    mime_types = [m for m in entry["MimeType"].split(";") if m]
    assert mime_types == ["application/x-clipbundle"]

    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert [m.text for m in root.findall("./provides/mediatype")] == mime_types
    binaries = {b.text for b in root.findall("./provides/binary")}
    scripts = _pyproject()["project"]
    assert binaries == set(scripts["scripts"]) | set(scripts["gui-scripts"])
    categories = [c.text for c in root.findall("./categories/category")]
    assert categories == [c for c in entry["Categories"].split(";") if c]

    mime = ET.parse(MIME_FILE).getroot()
    declared = mime.findall(f"{MIME_NS}mime-type")
    assert [m.get("type") for m in declared] == mime_types
    assert [g.get("pattern") for g in declared[0].findall(f"{MIME_NS}glob")] == ["*.clipbundle"]
    # A bundle is a zip file: file managers fall back to the archive handlers.
    assert declared[0].find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"


def test_mime_database_maps_clipbundle_files_to_the_type(tmp_path: Path) -> None:
    tool = require_tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / MIME_FILE.name).write_bytes(MIME_FILE.read_bytes())
    result = subprocess.run(
        [tool, str(tmp_path / "mime")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert "50:application/x-clipbundle:*.clipbundle" in globs
    assert (tmp_path / "mime" / "application" / "x-clipbundle.xml").is_file()
