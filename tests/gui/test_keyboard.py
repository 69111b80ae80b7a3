"""The keyboard: shortcuts shown where people look, Tab through the panes,
the Original toggle, Ctrl+Enter in the preview, the timeline without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from clipper.gui.main_window import MainWindow

from .conftest import add_clip, search
from .test_reader_and_edits import BODY, ORIGINAL, REMOVED, select

NATIVE = QKeySequence.SequenceFormat.NativeText


def _menu_actions(window: MainWindow) -> set[QAction]:
    found: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None:
            found.update(a for a in menu.actions() if not a.isSeparator())
    return found


def test_every_toolbar_action_has_a_shortcut_in_its_tooltip_and_menu(window: MainWindow) -> None:
    in_menus = _menu_actions(window)
    toolbar = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(toolbar) >= 6
    for action in toolbar:
        keys = action.shortcut().toString(NATIVE)
        assert keys, f"{action.text()!r} has no shortcut"
        assert f"({keys})" in action.toolTip(), action.toolTip()
        assert action in in_menus, f"{action.text()!r} is in no menu"
    # The reader's button says the key that really toggles it.
    original_keys = window.original_action.shortcut().toString(NATIVE)
    assert original_keys in window.reader.original_button.toolTip()


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen or seen[text] == action.text(), (
                f"{text} is both {seen.get(text)!r} and {action.text()!r}"
            )
            seen[text] = action.text()


def _tab_chain(window: MainWindow, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start``, once round the window."""
    chain = [start]
    widget = start.nextInFocusChain()
    while widget is not start and len(chain) < 500:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_goes_sidebar_search_list_reader(qtbot, library, window: MainWindow) -> None:
    clip = add_clip(library, "Cranes", ["Electric cranes."], tags=("ports", "energy"))
    select(qtbot, window, clip.uuid)
    reader = window.reader
    for timeline in (False, True):
        window.timeline_action.setChecked(timeline)
        chain = _tab_chain(window, window.sidebar)
        expected = [
            window.sidebar,
            window.search_bar.field,
            window.list,
            *([window.timeline.bucket_box, window.timeline.chart] if timeline else []),
            reader.tags.input,
            reader.tags.chip("energy").label,
            reader.tags.chip("ports").remove_button,
            reader.original_button,
            reader.browser,
            reader.notes,
        ]
        positions = [chain.index(w) for w in expected]
        assert positions == sorted(positions), [type(w).__name__ for w in chain]


def test_tab_leaves_the_list_instead_of_walking_its_cells(
    qtbot, library, window: MainWindow
) -> None:
    clip = add_clip(library, "Cranes", ["Electric cranes."])
    window.timeline_action.setChecked(False)
    select(qtbot, window, clip.uuid)
    window.activateWindow()
    window.list.setFocus()
    qtbot.waitUntil(window.list.hasFocus)
    qtbot.keyClick(window.list, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.reader.tags.input.hasFocus)


def test_original_toggles_from_the_keyboard(qtbot, library, window: MainWindow) -> None:
    clip = add_clip(library, "New fund for chip tools", BODY, removed=REMOVED, original=ORIGINAL)
    search(qtbot, window, "")
    assert not window.original_action.isEnabled(), "nothing selected, nothing to show"
    select(qtbot, window, clip.uuid)
    assert window.original_action.isEnabled()
    qtbot.keyClick(window.list, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.showing_original
    assert window.original_action.isChecked() and window.reader.original_button.isChecked()
    assert "Leave a Reply [comments] put back" in window.reader.browser.toPlainText()
    qtbot.keyClick(window.list, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert not window.reader.showing_original and not window.original_action.isChecked()
    assert "Leave a Reply" not in window.reader.browser.toPlainText()
    # The button and the menu entry stay in step whichever is used.
    qtbot.mouseClick(window.reader.original_button, Qt.MouseButton.LeftButton)
    assert window.original_action.isChecked()


def test_ctrl_enter_in_the_preview_saves_with_the_tag_being_typed(
    qtbot, library, window: MainWindow
) -> None:
    md = QMimeData()
    md.setText(
        "Rail freight wins back containers\n\nRail operators report their highest container "
        "volumes in a decade as new inland terminals open.\n\nTrucking firms say driver "
        "shortages explain most of the shift."
    )
    QApplication.clipboard().setMimeData(md)
    with qtbot.waitSignal(window.flow.previewShown, timeout=15_000) as shown:
        window.paste_action.trigger()
    dialog = shown.args[0]
    assert "Ctrl+Return" in dialog.save_hint.text() or "Ctrl+Enter" in dialog.save_hint.text()
    qtbot.keyClicks(dialog.tag_editor.input, "transport")  # typed, Enter not pressed
    with qtbot.waitSignal(window.flow.clipSaved, timeout=5000) as saved:
        qtbot.keyClick(
            dialog.tag_editor.input,
            Qt.Key.Key_Enter,  # the keypad's Enter
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
        )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "transport" in library.get(str(saved.args[0])).tags


def test_the_timeline_works_without_a_mouse(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "Jan", ["One."], published="2024-01-10")
    march = add_clip(library, "Mar", ["Two."], published="2024-03-02")
    window.timeline_action.setChecked(True)
    with qtbot.waitSignal(window.timelineUpdated, timeout=10_000):
        window.refresh_timeline()
    chart = window.timeline.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.focus_bar == 0 and chart.accessibleDescription() == "Jan 2024: 1 clip"
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.accessibleDescription() == "Feb 2024: 0 clips"
    qtbot.keyClick(chart, Qt.Key.Key_Return)  # an empty month: nothing to show
    assert "after:" not in window.search_bar.text()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    with qtbot.waitSignal(window.searchFinished, timeout=10_000):
        qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert window.search_bar.text() == "after:2024-03-01 before:2024-03-31"
    assert window.model.uuids == [march.uuid]
