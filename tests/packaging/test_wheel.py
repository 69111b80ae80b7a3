"""The wheel and sdist carry what Clipper needs, and the installed wheel runs from outside the tree.

Slow: builds both distributions, then installs the wheel with its real
dependencies into a fresh virtual environment (the pip cache keeps this to
tens of seconds) and smoke-tests the installed programs, window included.
"""

from __future__ import annotations

import email.parser
import os
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

import clipper
from tests.packaging.conftest import (
    APP_ID,
    ROOT,
    Dists,
    Install,
    load_packaging_module,
    read_desktop_entry,
)

pytestmark = pytest.mark.slow

smoke_test = load_packaging_module("smoke_test")

# Files the app reads at run time, as they sit in the installed package.
RUNTIME_FILES = (
    "clipper/py.typed",
    f"clipper/resources/icons/hicolor/scalable/apps/{APP_ID}.svg",
    *(
        f"clipper/resources/icons/hicolor/{s}x{s}/apps/{APP_ID}.png"
        for s in (16, 32, 48, 128, 256, 512)
    ),
    f"clipper/resources/desktop/{APP_ID}.desktop",
    f"clipper/resources/desktop/{APP_ID}.metainfo.xml",
    f"clipper/resources/desktop/{APP_ID}.xml",
)
# Provided by other parts of the project; each must match at least one file.
RUNTIME_PREFIXES = ("clipper/resources/topics/", "clipper/resources/sample-article.")


def _missing(names: set[str], prefix: str = "") -> list[str]:
    missing = [f for f in RUNTIME_FILES if prefix + f not in names]
    missing += [p for p in RUNTIME_PREFIXES if not any(n.startswith(prefix + p) for n in names)]
    return missing


def test_wheel_carries_the_runtime_resources(dists: Dists) -> None:
    with zipfile.ZipFile(dists.wheel) as wheel:
        names = set(wheel.namelist())
    assert _missing(names) == []
    # Data, not bytecode or caches from someone's working tree.
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata_and_entry_points(dists: Dists) -> None:
    with zipfile.ZipFile(dists.wheel) as wheel:
        info = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(wheel.read(info).decode())
        entry_points = wheel.read(info.replace("METADATA", "entry_points.txt")).decode()
    assert metadata["Version"] == clipper.__version__
    assert dists.wheel.name == f"clipper_news-{clipper.__version__}-py3-none-any.whl"
    requires = metadata.get_all("Requires-Dist") or []
    assert any(r.startswith("PySide6-Essentials") for r in requires)
    assert "clipper = clipper.cli.main:main" in entry_points
    assert "clipper-gui = clipper.gui.app:main" in entry_points


def test_sdist_carries_resources_tests_and_packaging(dists: Dists) -> None:
    with tarfile.open(dists.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    sources = {
        n.replace("resources/", "clipper/resources/", 1) if n.startswith("resources/") else n
        for n in names
    }
    assert _missing(sources) == []
    for needed in (
        "pyproject.toml",
        "packaging/clipper.spec",
        "packaging/build-linux.sh",
        "packaging/install-desktop.sh",
        "tests/packaging/test_wheel.py",
        "scripts/setup",
    ):
        assert needed in names, needed


def test_installed_wheel_runs_from_outside_the_source_tree(
    dists: Dists, wheel_install: Install, tmp_path: Path
) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "PYTHONNOUSERSITE": "1"}
    where = subprocess.run(
        [
            str(wheel_install.python),
            "-c",
            "import clipper, clipper.resources as r, os;"
            "print(clipper.__file__); print(os.path.dirname(r.__file__))",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    package_file, resources = Path(where[0]), Path(where[1])
    # Imported from the new environment, never from the checkout.
    assert wheel_install.venv in package_file.parents
    assert wheel_install.venv in resources.parents

    try:
        steps = smoke_test.run(wheel_install.bin, clipper.__version__, resources)
    except smoke_test.SmokeFailure as err:
        pytest.fail(str(err))
    print(
        f"\nsdist + wheel {dists.seconds:.1f} s;"
        f" fresh venv + pip install {wheel_install.seconds:.1f} s"
    )
    for step in steps:
        print(f"  {step.seconds:6.2f} s  {step.name}  {step.detail}")
    assert [s.name for s in steps][:4] == [
        "clipper --version",
        "clipper clean",
        "clipper add",
        "clipper search --json",
    ]


def test_desktop_install_for_a_pip_install(wheel_install: Install, tmp_path: Path) -> None:
    """install-desktop.sh, away from the checkout, finds clipper-gui on PATH and its resources.

    Run from the checkout as working folder: the Python it asks must not
    import the source tree's clipper instead of the installed one.
    """
    script = tmp_path / "install-desktop.sh"
    script.write_bytes((ROOT / "packaging" / "install-desktop.sh").read_bytes())
    home = tmp_path / "home"
    env = {
        "PATH": f"{wheel_install.bin}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    result = subprocess.run(
        ["bash", str(script)], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    entry = read_desktop_entry(home / "data" / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{wheel_install.bin / 'clipper-gui'} %F"
    icon = home / "data" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    assert (
        icon.read_bytes()
        == (
            ROOT / "resources" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
        ).read_bytes()
    )
