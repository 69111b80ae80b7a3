"""The clip list, the search field, the sidebar and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clipper.gui.clip_list import ADDED, TAGS, TITLE, ClipListModel
from clipper.gui.main_window import MainWindow
from clipper.gui.settings import Settings

from .conftest import add_clip, search


def test_model_passes_qtmodeltester_with_lazy_pages(qtmodeltester, library) -> None:
    for i in range(230):
        add_clip(
            library,
            f"Clip number {i:03d}",
            [f"Body {i} about chips and ports."],
            tags=("t",) if i % 3 else (),
        )
    model = ClipListModel(library)
    model.MAX_CACHED = 150  # smaller than the list: pages must be dropped and re-read
    model.set_uuids(library.search_uuids("", sort="title", descending=False))
    qtmodeltester.check(model)
    assert model.rowCount() == 230
    assert model.data(model.index(229, TITLE)) == "Clip number 229"
    assert model.data(model.index(0, TITLE)) == "Clip number 000"
    assert len(model._cache) <= 150  # noqa: SLF001 - the bound is the point of the test


def test_sorting_by_a_column_header_asks_sqlite(qtbot, library, window: MainWindow) -> None:
    for title in ("Bravo", "alpha", "Charlie"):
        add_clip(library, title, [f"{title} text"])
    search(qtbot, window, "")
    header = window.list.horizontalHeader()
    with qtbot.waitSignal(window.searchFinished):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, TITLE)
        )
    titles = [window.model.data(window.model.index(r, TITLE)) for r in range(3)]
    assert titles == ["alpha", "Bravo", "Charlie"]
    with qtbot.waitSignal(window.searchFinished):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, TITLE)
        )
    titles = [window.model.data(window.model.index(r, TITLE)) for r in range(3)]
    assert titles == ["Charlie", "Bravo", "alpha"]
    assert header.sortIndicatorSection() == TITLE


def test_sorting_by_tags(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "Ports one", ["Text."], tags=("ports",))
    add_clip(library, "Energy one", ["Text."], tags=("Energy", "ports"))
    add_clip(library, "Chips one", ["Text."], tags=("china/semiconductors",))
    search(qtbot, window, "")
    header = window.list.horizontalHeader()
    assert window.model.headerData(TAGS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(window.searchFinished):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, TAGS)
        )
    assert header.sortIndicatorSection() == TAGS
    assert window.sort_key == "tags" and not window.sort_desc
    titles = [window.model.data(window.model.index(r, TITLE)) for r in range(3)]
    assert titles == ["Chips one", "Energy one", "Ports one"]
    with qtbot.waitSignal(window.searchFinished):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, TAGS)
        )
    titles = [window.model.data(window.model.index(r, TITLE)) for r in range(3)]
    assert titles == ["Ports one", "Energy one", "Chips one"]


def _section_center(header, column):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_search_as_you_type_and_a_malformed_query(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "Chip subsidies", ["Semiconductor subsidies for research labs."])
    add_clip(library, "Port cranes", ["Electric cranes at the port."])
    assert search(qtbot, window, "") == 2
    field = window.search_bar.field
    field.setFocus()
    with qtbot.waitSignal(window.searchFinished, timeout=5000) as blocker:
        qtbot.keyClicks(field, "cranes")
    assert blocker.args == [1]
    assert window.model.rowCount() == 1
    assert "1 clip" in window.hits_label.text() and "ms" in window.hits_label.text()

    field.clear()
    with qtbot.waitSignal(window.searchFinished, timeout=5000) as blocker:
        qtbot.keyClicks(field, '"unbalanced')
    assert blocker.args == [-1]
    error = window.search_bar.error_text
    assert window.search_bar.error.isVisible()
    assert "quote" in error.lower() or "“" in error
    assert window.model.rowCount() == 1, "a bad query keeps the last good results"
    assert window.hits_label.text() == "Query error"

    with qtbot.waitSignal(window.searchFinished, timeout=5000) as blocker:
        qtbot.keyClicks(field, '"')
    assert blocker.args == [0]
    assert not window.search_bar.error.isVisible()


def test_stale_search_results_are_dropped(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "Chip subsidies", ["Semiconductor subsidies."])
    add_clip(library, "Port cranes", ["Electric cranes."])
    results: list[int] = []
    window.searchFinished.connect(results.append)
    window.search_bar.field.setText("cranes")
    window.run_search()
    window.search_bar.field.setText("")
    window.run_search()  # the user typed on before the first answered
    qtbot.waitUntil(lambda: len(results) >= 1)
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert results == [2]
    assert window.model.rowCount() == 2


def test_sidebar_views_and_tag_tree(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "Fab news", ["Chips."], tags=("china/semiconductors",))
    add_clip(library, "Policy", ["Plans."], tags=("china",))
    add_clip(library, "Loose", ["Nothing."], authors=())
    window.refresh_sidebar()
    china = window.sidebar.item_for("tag", "china")
    assert china is not None and china.childCount() == 1
    assert china.text(1) == "2", "a parent tag counts its children's clips"
    assert china.child(0).text(0) == "semiconductors"
    with qtbot.waitSignal(window.searchFinished) as blocker:
        window.sidebar.setCurrentItem(china)
    assert blocker.args == [2]
    with qtbot.waitSignal(window.searchFinished) as blocker:
        window.sidebar.setCurrentItem(window.sidebar.item_for("untagged"))
    assert blocker.args == [1]
    with qtbot.waitSignal(window.searchFinished) as blocker:
        window.sidebar.setCurrentItem(window.sidebar.item_for("attention"))
    assert blocker.args == [3], "no date (and one without author) needs attention"
    assert window.sidebar.item_for("recent").text(1) == "3"


def test_keyboard_find_and_arrows(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "First", ["One."])
    add_clip(library, "Second", ["Two."])
    search(qtbot, window, "")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.field.hasFocus()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.field.hasFocus()
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Down)
    assert window.list.hasFocus()
    assert window.reader.clip is not None
    first = window.reader.clip.uuid
    qtbot.keyClick(window.list, Qt.Key.Key_Down)
    assert window.reader.clip is not None and window.reader.clip.uuid != first
    qtbot.keyClick(window.list, Qt.Key.Key_Return)
    assert window.reader.browser.hasFocus()


def test_settings_remember_search_and_geometry(qtbot, library, tmp_path) -> None:
    add_clip(library, "Cranes", ["Electric cranes."])
    settings = Settings.at(tmp_path / "remember.ini")
    first = MainWindow(library, settings)
    qtbot.addWidget(first)
    first.resize(701, 603)  # inside the 800x800 offscreen screen
    with qtbot.waitSignal(first.searchFinished):
        first.show()
    search(qtbot, first, "cranes")
    first.close()
    again = MainWindow(library, Settings.at(tmp_path / "remember.ini"))
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.searchFinished) as blocker:
        again.show()
    assert again.search_bar.text() == "cranes"
    assert blocker.args == [1]
    assert (again.width(), again.height()) == (701, 603)
    again.close()


def test_added_column_says_today_yesterday_or_the_date(library, clock, window: MainWindow) -> None:
    import datetime as dt

    clip = add_clip(library, "Cranes", ["Electric cranes."])
    local = dt.datetime.fromisoformat(clip.captured).astimezone()

    def added(role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        window.model.set_uuids([clip.uuid])  # a new search: "today" is read again
        return window.model.data(window.model.index(0, ADDED), role)

    assert added() == f"Today {local:%H:%M}"
    assert "March 2024" in added(Qt.ItemDataRole.ToolTipRole)
    clock.advance(days=1)
    assert added() == f"Yesterday {local:%H:%M}"
    clock.advance(days=30)
    assert added() == f"{local.day} Mar 2024"


def test_published_dates_read_as_people_write_them() -> None:
    from clipper.gui.clip_list import format_date

    assert format_date("2024-02-07") == "7 Feb 2024"
    assert format_date("2024-02-07T09:00:00+00:00") == "7 Feb 2024"
    assert format_date("2024-02") == "Feb 2024"
    assert format_date("2024") == "2024"
    assert format_date(None) == ""


def test_all_six_columns_fit_without_scrolling(qtbot, library, window: MainWindow) -> None:
    for i in range(3):
        add_clip(
            library,
            f"A rather long title about export controls and chip tools, part {i}",
            ["Body."],
            tags=("tech self-reliance", "china/semiconductors"),
            published="2024-02-07",
            site="Europe Industry Review",
        )
    window.resize(1440, 900)
    window.splitter.setSizes([210, 760, 470])
    search(qtbot, window, "")
    header = window.list.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= window.list.viewport().width())
    assert not window.list.horizontalScrollBar().isVisible()
    for column in range(window.model.columnCount()):
        left = header.sectionViewportPosition(column)
        assert 0 <= left and left + header.sectionSize(column) <= window.list.viewport().width()
    # The title has the room that is left, and it is the most.
    assert header.sectionSize(TITLE) == max(header.sectionSize(c) for c in range(6))
