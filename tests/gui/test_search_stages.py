"""A search shows its first page before its full id list, and a newer search always wins."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from clipper.gui.clip_list import TITLE, ClipListModel
from clipper.gui.main_window import FIRST_PAGE, MainWindow
from clipper.library import Library

from .conftest import add_clip


def _fill(library: Library, word: str, n: int) -> None:
    for i in range(n):
        add_clip(library, f"{word.title()} report {i:03d}", [f"A {word} story, number {i}."])


def test_first_page_is_shown_before_the_full_list_and_the_swap_keeps_the_selection(
    qtbot,  # noqa: ANN001
    library: Library,
    window: MainWindow,
) -> None:
    _fill(library, "harbour", 130)
    events: list[tuple[str, int, int]] = []
    picked: list[str] = []

    def first_stage(n: int) -> None:
        # Runs on the GUI thread before the full list can be delivered: the
        # user selects the eleventh row of the first page and scrolls a bit.
        events.append(("first", n, window.model.rowCount()))
        uuid = window.model.uuid_at(10)
        assert uuid is not None
        window.list.select_uuid(uuid)
        window.list.verticalScrollBar().setValue(3)
        picked.append(uuid)

    window.searchFinished.connect(first_stage)
    window.searchCompleted.connect(lambda n: events.append(("full", n, window.model.rowCount())))
    with qtbot.waitSignal(window.searchCompleted, timeout=10_000):
        window.search_bar.set_text("harbour")
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert events == [("first", 130, FIRST_PAGE), ("full", 130, 130)]
    assert window.hits_label.text().startswith("130 clips")
    # The swap appended rows behind the page: nothing the user did was undone.
    assert window.list.current_uuid() == picked[0]
    assert window.list.selected_uuids() == picked
    assert window.list.verticalScrollBar().value() == 3
    assert window.reader.clip is not None and window.reader.clip.uuid == picked[0]
    # The full list is the library's own order for the query.
    assert window.model.uuids == library.search_uuids("harbour")


def test_a_newer_query_wins_over_both_stages_of_an_older_one(
    qtbot,  # noqa: ANN001
    library: Library,
    window: MainWindow,
) -> None:
    _fill(library, "harbour", 120)
    _fill(library, "tariff", 70)
    shown: list[int] = []
    completed: list[int] = []
    window.searchFinished.connect(shown.append)
    window.searchCompleted.connect(completed.append)

    # Typed on before the older search answered at all.
    window.search_bar.field.setText("harbour")
    window.run_search()
    window.search_bar.field.setText("tariff")
    window.run_search()
    qtbot.waitUntil(lambda: bool(completed))
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert shown == [70] and completed == [70]
    assert window.model.uuids == library.search_uuids("tariff")

    # Typed on between the older search's first page and its full list: the
    # older full list (120 rows) is still being read and must never land.
    shown.clear()
    completed.clear()

    def type_on(n: int) -> None:
        if n == 120:
            window.search_bar.field.setText("tariff")
            window.run_search()

    window.searchFinished.connect(type_on)
    window.search_bar.field.setText("harbour")
    window.run_search()
    qtbot.waitUntil(lambda: bool(completed))
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert shown == [120, 70]
    assert completed == [70]
    assert window.model.rowCount() == 70
    assert all(
        (window.model.data(window.model.index(r, TITLE)) or "").startswith("Tariff")
        for r in range(window.model.rowCount())
    )
    assert window.hits_label.text().startswith("70 clips")


def test_the_swap_passes_qtmodeltester_and_carries_the_selection_when_rows_move(
    qtbot,  # noqa: ANN001
    qtmodeltester,  # noqa: ANN001
    library: Library,
) -> None:
    _fill(library, "harbour", 140)
    model = ClipListModel(library)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    qtmodeltester.check(model)
    page = library.search("harbour", limit=FIRST_PAGE)
    model.set_first_page([hit.clip for hit in page.hits])
    assert model.rowCount() == FIRST_PAGE
    assert model.data(model.index(0, TITLE)) == page.hits[0].clip.title
    full = library.search_uuids("harbour")

    # The full list in another order (as a tie broken differently would give):
    # the selected clip keeps its selection at its new row.
    chosen = model.uuid_at(5)
    assert chosen is not None
    view.selectionModel().setCurrentIndex(
        model.index(5, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    reordered = list(reversed(full))
    model.complete(reordered)
    assert model.rowCount() == 140
    new_row = reordered.index(chosen)
    assert view.currentIndex().row() == new_row
    assert sorted({i.row() for i in view.selectionModel().selectedRows()}) == [new_row]
    assert model.data(model.index(139, TITLE)) is not None  # read lazily, past the page

    # The usual case: the full list starts with the rows shown, so rows are appended.
    model.set_first_page([hit.clip for hit in page.hits])
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.complete(full)
    assert inserted == [(FIRST_PAGE, 139)]
    assert model.uuids == full

    # A clip deleted while the full list was being read does not come back with it.
    model.set_first_page([hit.clip for hit in page.hits])
    deleted = model.uuid_at(3)
    assert deleted is not None
    model.remove([deleted])
    model.complete(full)
    assert model.rowCount() == 139
    assert model.row_of(deleted) is None
    assert model.uuids == [u for u in full if u != deleted]
