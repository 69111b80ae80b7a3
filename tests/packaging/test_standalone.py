"""The standalone one-folder build: packaging/build-linux.sh builds it and smoke-tests it.

Slow (about a minute and a half): the script makes its own virtual environment,
builds and installs the wheel with the packaging extra, runs PyInstaller on
packaging/clipper.spec, checks the shared libraries, and runs
packaging/smoke_test.py on the built programs offscreen from an empty folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import clipper
from tests.packaging.conftest import APP_ID, PACKAGING, pip_environment

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build-linux.sh builds for Linux")
def test_build_linux_builds_and_smoke_tests_the_folder(tmp_path: Path) -> None:
    env = pip_environment()
    env["BUILD_DIR"] = str(tmp_path / "build")
    env["PYTHON"] = sys.executable
    env.pop("QT_QPA_PLATFORM", None)  # the smoke test sets it for the programs itself
    start = time.perf_counter()
    result = subprocess.run(
        ["bash", str(PACKAGING / "build-linux.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    seconds = time.perf_counter() - start
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    print(f"\nbuild-linux.sh: {seconds:.0f} s\n{result.stdout[-2500:]}")

    app = tmp_path / "build" / "dist" / "clipper"
    for program in ("clipper", "clipper-gui", "install-desktop.sh"):
        assert os.access(app / program, os.X_OK), program
    resources = app / "_internal" / "clipper" / "resources"
    assert (resources / "desktop" / f"{APP_ID}.desktop").is_file()
    tarball = (
        tmp_path / "build" / f"clipper-{clipper.__version__}-linux-{os.uname().machine}.tar.gz"
    )
    assert tarball.is_file()
    # The smoke test ran and every check passed (it prints one "ok" line each).
    assert "SMOKE TEST FAILED" not in result.stderr
    assert "clipper search --json" in result.stdout
    assert "clipper-gui --smoke-test" in result.stdout
    # Only the Qt plug-ins a desktop program uses.
    platforms = {
        p.name for p in (app / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()
    }
    assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"}
    assert not (app / "_internal" / "libgtk-3.so.0").exists()
