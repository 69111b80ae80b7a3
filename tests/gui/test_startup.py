"""Starting the window: a library from an older Clipper is updated with a notice."""

from __future__ import annotations

from pathlib import Path

from clipper.library import Library
from tests.store import oldlib
from tests.store.test_index_integrity import CLIPS


def test_the_window_opens_a_library_that_needs_updating(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from clipper.gui.app import open_library

    old = tmp_path / "old.db"
    oldlib.create(old, 5, CLIPS)
    lib = open_library(old)
    assert lib is not None
    try:
        assert lib.count("author:johnson") == 1
        assert not Library.needs_update(old)
        # the notice shown during the update is gone once the library is open
        assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    finally:
        lib.close()
