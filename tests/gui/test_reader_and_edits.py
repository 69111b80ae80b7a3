"""The reader, tags, notes, the original toggle, bulk actions with undo."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication

from clipper.gui.main_window import MainWindow
from clipper.gui.reader import SafeBrowser
from clipper.model import Removed

from .conftest import add_clip, search

BODY = [
    "The fund will invest in domestic chipmaking tools over five years.",
    "Officials said the money would go to deposition and etching equipment first.",
    "Analysts expect the first results within two years.",
]
ORIGINAL = "\n".join(
    [
        "Home",
        "World",
        "Technology",
        "New fund for chip tools",
        "By Dana Lee",
        BODY[0],
        "Share this article",
        BODY[1],
        "Dana Lee covers industry and trade for the paper.",
        BODY[2],
        "Leave a Reply",
    ]
)
REMOVED = (
    Removed("Home\nWorld\nTechnology", "menu"),
    Removed("Share this article", "share"),
    Removed("Dana Lee covers industry and trade for the paper.", "bio"),
    Removed("Leave a Reply", "comments"),
)


def select(qtbot, window: MainWindow, uuid: str) -> None:  # noqa: ANN001
    search(qtbot, window, window.search_bar.text())
    assert window.list.select_uuid(uuid)
    qtbot.waitUntil(lambda: window.reader.clip is not None and window.reader.clip.uuid == uuid)


def anchor_position(browser: SafeBrowser, href: str) -> int:
    """Where in the document the link to ``href`` starts."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} is shown")


def click_anchor(qtbot, browser: SafeBrowser, href: str) -> None:  # noqa: ANN001
    """A real mouse click on the link to ``href``."""
    _click_at(qtbot, browser, anchor_position(browser, href))


def click_text(qtbot, browser: SafeBrowser, text: str) -> None:  # noqa: ANN001
    """A real mouse click on a piece of text in the browser."""
    cursor = browser.document().find(text, QTextCursor(browser.document()))
    assert not cursor.isNull(), f"{text!r} is not shown"
    _click_at(qtbot, browser, cursor.selectionStart())


def _click_at(qtbot, browser: SafeBrowser, position: int) -> None:  # noqa: ANN001
    start = QTextCursor(browser.document())
    start.setPosition(position + 1)
    browser.setTextCursor(start)
    browser.ensureCursorVisible()
    rect = browser.cursorRect(start)
    pos = QPoint(rect.center().x() + 2, rect.center().y())
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_reader_header_and_highlighted_terms(qtbot, library, window: MainWindow) -> None:
    clip = add_clip(
        library,
        "New fund for chip tools",
        BODY,
        url="https://news.example.com/fund",
        published="2024-03-06T09:30:00+00:00",
        authors=("Dana Lee",),
        site="Example News",
    )
    search(qtbot, window, "etching")
    select(qtbot, window, clip.uuid)
    text = window.reader.browser.toPlainText()
    assert "New fund for chip tools" in text
    shown = text.replace("\u2068", "").replace("\u2069", "")  # the bidirectional isolates
    assert "By Dana Lee · Example News · 6 Mar 2024 · news.example.com/fund" in shown
    assert window.reader.highlight_count == 1
    selection = window.reader.browser.extraSelections()[0]
    assert selection.cursor.selectedText().lower() == "etching"


def test_a_right_to_left_name_in_the_header_keeps_the_date_out_of_its_run(
    qtbot, library, window: MainWindow
) -> None:
    # Unisolated, "أحمد المصري · 12 Mar 2024" shows as "12 أحمد المصري · Mar 2024":
    # the day's number joins the name's right-to-left run.
    clip = add_clip(
        library,
        "البنك المركزي يبقي أسعار الفائدة دون تغيير",
        ["أبقى البنك المركزي يوم الخميس على أسعار الفائدة الرئيسية دون تغيير."],
        published="2024-03-12T09:30:00+00:00",
        authors=("أحمد المصري", "سارة محمود"),
        site="جريدة النهر",
    )
    select(qtbot, window, clip.uuid)
    text = window.reader.browser.toPlainText()
    assert (
        "By \u2068أحمد المصري\u2069, \u2068سارة محمود\u2069 · \u2068جريدة النهر\u2069 · 12 Mar 2024"
        in text
    )


def test_tag_chips_with_autocomplete(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "Other", ["Other text."], tags=("export controls",))
    clip = add_clip(library, "Fund", BODY)
    select(qtbot, window, clip.uuid)
    editor = window.reader.tags
    assert "export controls" in editor.completer_model.stringList()
    editor.input.setFocus()
    qtbot.keyClicks(editor.input, "export")
    editor.completer.setCompletionPrefix("export")
    assert editor.completer.currentCompletion() == "export controls"
    editor.input.clear()
    qtbot.keyClicks(editor.input, "china/fabs")
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert library.get(clip.uuid).tags == ("china/fabs",)
    qtbot.waitUntil(lambda: editor.chip("china/fabs") is not None)
    assert window.sidebar.item_for("tag", "china/fabs") is not None
    qtbot.mouseClick(editor.chip("china/fabs").remove_button, Qt.MouseButton.LeftButton)
    assert library.get(clip.uuid).tags == ()
    qtbot.waitUntil(lambda: editor.chip("china/fabs") is None)
    window.undo_action.trigger()
    assert library.get(clip.uuid).tags == ("china/fabs",), "tag edits are undoable"


def test_notes_save_on_focus_out(qtbot, library, window: MainWindow) -> None:
    clip = add_clip(library, "Fund", BODY)
    select(qtbot, window, clip.uuid)
    notes = window.reader.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Check the budget figures")
    window.search_bar.field.setFocus()
    notes.clearFocus()
    qtbot.waitUntil(lambda: library.get(clip.uuid).notes == "Check the budget figures")


def test_notes_save_after_a_pause(qtbot, library, window: MainWindow) -> None:
    clip = add_clip(library, "Fund", BODY)
    select(qtbot, window, clip.uuid)
    window.reader.notes.setPlainText("typed and left alone")
    qtbot.waitUntil(lambda: library.get(clip.uuid).notes == "typed and left alone", timeout=5000)


def test_bulk_tag_then_undo(qtbot, library, window: MainWindow) -> None:
    a = add_clip(library, "A", ["Alpha."], tags=("ports",))
    b = add_clip(library, "B", ["Bravo."])
    c = add_clip(library, "C", ["Charlie."])
    search(qtbot, window, "")
    window.list.selectAll()
    assert set(window.list.selected_uuids()) == {a.uuid, b.uuid, c.uuid}
    dialog = window.open_bulk_tags(True)
    qtbot.keyClicks(dialog.editor.input, "ports")
    qtbot.keyClick(dialog.editor.input, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor.input, "shipping")
    dialog.ok_button.click()
    for uuid in (a.uuid, b.uuid, c.uuid):
        assert {"ports", "shipping"} <= set(library.get(uuid).tags)
    window.undo_action.trigger()
    assert library.get(a.uuid).tags == ("ports",), "undo keeps the tag the clip already had"
    assert library.get(b.uuid).tags == () and library.get(c.uuid).tags == ()
    window.redo_action.trigger()
    assert set(library.get(c.uuid).tags) == {"ports", "shipping"}


def test_bulk_untag(qtbot, library, window: MainWindow) -> None:
    a = add_clip(library, "A", ["Alpha."], tags=("ports", "keep"))
    b = add_clip(library, "B", ["Bravo."], tags=("ports",))
    search(qtbot, window, "")
    window.list.selectAll()
    dialog = window.open_bulk_tags(False)
    dialog.editor.input.setText("ports")
    dialog.ok_button.click()
    assert library.get(a.uuid).tags == ("keep",) and library.get(b.uuid).tags == ()


def test_delete_with_the_key_and_undo_from_the_status_bar(
    qtbot, library, window: MainWindow
) -> None:
    a = add_clip(library, "A", ["Alpha."], tags=("ports",), notes="my note")
    b = add_clip(library, "B", ["Bravo."])
    keep = add_clip(library, "C", ["Charlie."])
    search(qtbot, window, "")
    window.list.selectionModel().clearSelection()
    for uuid in (a.uuid, b.uuid):
        row = window.model.row_of(uuid)
        window.list.selectionModel().select(
            window.model.index(row, 0),
            window.list.selectionModel().SelectionFlag.Select
            | window.list.selectionModel().SelectionFlag.Rows,
        )
    window.list.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert library.count("") == 1
    assert window.model.uuids == [keep.uuid]
    assert window.undo_button.isVisible()
    with qtbot.waitSignal(window.searchFinished):
        qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert library.count("") == 3
    restored = library.get(a.uuid)
    assert restored.tags == ("ports",) and restored.notes == "my note"
    assert set(window.model.uuids) == {a.uuid, b.uuid, keep.uuid}


def test_original_toggle_puts_a_block_back_and_removes_another(
    qtbot, library, window: MainWindow
) -> None:
    clip = add_clip(library, "New fund for chip tools", BODY, removed=REMOVED, original=ORIGINAL)
    select(qtbot, window, clip.uuid)
    assert "Leave a Reply" not in window.reader.browser.toPlainText()
    qtbot.mouseClick(window.reader.original_button, Qt.MouseButton.LeftButton)
    assert window.reader.showing_original
    shown = window.reader.browser.toPlainText()
    assert "Share this article [share] put back" in shown
    assert "Leave a Reply [comments] put back" in shown
    assert "By Dana Lee" in shown, "lines that are neither body nor removed still show"
    with qtbot.waitSignal(window.reader.restoreBlockRequested):
        click_anchor(qtbot, window.reader.browser, "clipper:restore/2")  # the bio
    after = library.get(clip.uuid)
    assert "Dana Lee covers industry" in after.text
    paragraphs = after.text.split("\n\n")
    assert paragraphs.index("Dana Lee covers industry and trade for the paper.") == 2, (
        "back where it stood"
    )
    assert all(r.reason != "bio" for r in after.removed)
    assert after.original is not None and after.original.content == ORIGINAL, (
        "the original never changes"
    )
    qtbot.waitUntil(
        lambda: (
            "Dana Lee covers industry and trade for the paper. remove"
            in window.reader.browser.toPlainText()
        )
    )
    with qtbot.waitSignal(window.reader.removeBlockRequested):
        click_anchor(qtbot, window.reader.browser, "clipper:remove/1")  # BODY[1]
    final = library.get(clip.uuid)
    assert BODY[1] not in final.text
    assert any(r.text == BODY[1] and r.reason == "user" for r in final.removed)
    window.original_action.trigger()
    assert not window.reader.showing_original
    assert BODY[1] not in window.reader.browser.toPlainText()


def test_reader_never_loads_from_the_network(qtbot, library, window: MainWindow, web) -> None:
    pixel = web.add("/pixel.gif", "GIF89a", "image/gif")
    clip = add_clip(library, "Tracked", ["Some text."])
    library.update(
        clip.uuid,
        html=f'<p>Some text.</p><img src="{pixel}"><img src="/etc/passwd">'
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
    )
    select(qtbot, window, clip.uuid)
    window.reader.browser.viewport().grab()  # lay out and paint: images are requested now
    qtbot.wait(200)
    assert web.hits == []
    asked = window.reader.browser.resource_requests
    assert any(url.startswith("http://127.0.0.1") for url, _ in asked)
    assert not any(allowed for _url, allowed in asked)


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_source_link_opens_in_the_browser_only_when_clicked(
    qtbot, library, window: MainWindow
) -> None:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        clip = add_clip(library, "Linked", ["Some text."], url="https://news.example.com/story")
        select(qtbot, window, clip.uuid)
        assert catcher.urls == []
        click_text(qtbot, window.reader.browser, "news.example.com/story")
        assert catcher.urls == ["https://news.example.com/story"]
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_muted_text_is_grey_not_black(qtbot, library, window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QPalette

    from clipper.gui.reader import muted_color

    muted = QColor(muted_color(window.reader))
    text = window.reader.palette().color(QPalette.ColorRole.Text)
    base = window.reader.palette().color(QPalette.ColorRole.Base)
    assert muted.alpha() == 255
    # Between the text and the background, clearly apart from both.
    assert abs(muted.lightness() - text.lightness()) > 40
    assert abs(muted.lightness() - base.lightness()) > 40
    clip = add_clip(library, "New fund for chip tools", BODY, removed=REMOVED, original=ORIGINAL)
    select(qtbot, window, clip.uuid)
    window.original_action.trigger()
    assert f"color: {muted.name()}" in window.reader.browser.document().defaultStyleSheet()


def test_a_menu_removed_as_one_block_is_struck_line_by_line() -> None:
    from clipper.gui.reader import original_html
    from clipper.model import Original

    shown = original_html(
        Original(kind="text", content=ORIGINAL), "\n\n".join(BODY), REMOVED, actions=True
    )
    # Home, World and Technology are short lines of the one "menu" block.
    for entry in ("Home", "World", "Technology"):
        assert f'<span class="removed">{entry}</span> <span class="reason">[menu]</span>' in shown
    assert shown.count("clipper:restore/0") == 1, "one put back for the whole block"
    assert "Also removed" not in shown


def test_edit_details_of_a_saved_clip_then_undo(qtbot, library, window: MainWindow) -> None:
    """A misread byline and date are fixed with F2; the list, the reader and search follow."""
    clip = add_clip(
        library,
        "New fund for chip tools",
        BODY,
        authors=("Share This",),
        published="2024-03-06T09:30:00+00:00",
        site="example.com",
    )
    select(qtbot, window, clip.uuid)
    assert window.details_action.isEnabled()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_F2)
    dialog = next(d for d in window._dialogs if d.objectName() == "detailsDialog")
    assert dialog.date_edit.text() == "2024-03-06"  # the day; the time is kept if it stays
    dialog.authors_edit.setText("Dana Lee; Tom Reed")
    dialog.site_edit.setText("The Harbour Ledger")
    dialog.subtitle_edit.setText("Beijing's third fund targets the tools chipmakers lack.")
    dialog.date_edit.setText("2024-03")
    assert dialog.date_error.isHidden()
    dialog.date_edit.setText("6 March")
    assert not dialog.date_error.isHidden() and not dialog.save_button.isEnabled()
    dialog.date_edit.setText("2024-03-06")
    dialog.save_button.click()
    saved = library.get(clip.uuid)
    assert saved.authors == ("Dana Lee", "Tom Reed")
    assert saved.site == "The Harbour Ledger"
    assert saved.subtitle == "Beijing's third fund targets the tools chipmakers lack."
    assert saved.published == "2024-03-06T09:30:00+00:00"
    assert saved.title == "New fund for chip tools"
    qtbot.waitUntil(lambda: "Dana Lee" in window.reader.browser.toPlainText())
    search(qtbot, window, "author:Reed")
    assert window.model.uuids == [clip.uuid]
    window.undo_action.trigger()
    back = library.get(clip.uuid)
    assert back.authors == ("Share This",) and back.site == "example.com"
    assert back.subtitle is None
