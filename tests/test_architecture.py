"""The layering of DESIGN.md, enforced: the core never loads Qt, only the store speaks SQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_core_runs_without_loading_qt(tmp_path: Path) -> None:
    code = (
        "import sys, clipper.library, clipper.cli.main, clipper.clean, clipper.bundle, clipper.exports;"
        "from clipper.library import Library;"
        f"lib = Library.open({str(tmp_path / 'lib.db')!r}); lib.search('chips'); lib.close();"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_core_type_checks_strictly(tmp_path: Path) -> None:
    """DESIGN.md: mypy strict on everything outside the GUI (configured in pyproject.toml)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "clipper"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:]
