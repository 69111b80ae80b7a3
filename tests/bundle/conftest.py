from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clipper.library import Library
from tests.bundle.helpers import fill
from tests.conftest import FakeClock


@pytest.fixture
def source(tmp_path: Path, clock: FakeClock) -> Iterator[Library]:
    """A colleague's library with three clips, tags, notes and a topic."""
    lib = Library.open(tmp_path / "source.db", clock=clock)
    fill(lib)
    yield lib
    lib.close()


@pytest.fixture
def target(tmp_path: Path, clock: FakeClock) -> Iterator[Library]:
    """An empty library to import into."""
    lib = Library.open(tmp_path / "target.db", clock=clock)
    yield lib
    lib.close()


@pytest.fixture
def good_bundle(source: Library, tmp_path: Path) -> Path:
    path = tmp_path / "good.clipbundle"
    assert source.export_bundle(path) == 3
    return path
