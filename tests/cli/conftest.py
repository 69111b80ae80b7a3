"""The command line run in-process on a real library file in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli.main import cli

Run = Callable[..., Result]


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


@pytest.fixture
def run(lib_path: Path) -> Run:
    """``run("search", "chips")`` is ``clipper --library LIB search chips``."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(
            cli, ["--library", str(lib_path), *args], input=input, catch_exceptions=False
        )

    return invoke
