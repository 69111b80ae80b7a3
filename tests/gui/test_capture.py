"""Getting articles in: paste, drops of files, links and selections, the preview."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from clipper.gui import capture as mime
from clipper.gui import errors
from clipper.gui.main_window import MainWindow
from clipper.gui.preview_dialog import PreviewDialog

from .conftest import add_clip, drop

ARTICLE_PARAS = [
    "Rail operators report their highest container volumes in a decade as new inland terminals open "
    "and electricity prices fall, according to figures published on Monday by the national rail agency.",
    "Trucking firms say driver shortages, not price, explain most of the shift, and warn that the "
    "trend may reverse once recruitment campaigns start to bear fruit later in the year.",
    "Ports are adding rail sidings to keep the trend going, with three new connections due to open "
    "before the end of next year and two more in planning.",
]


def article_html(title: str = "Rail freight wins back containers from trucks") -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAS)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>© The Ledger</footer></body></html>"
    )


def wait_preview(qtbot, window: MainWindow, trigger) -> PreviewDialog:  # noqa: ANN001
    with qtbot.waitSignal(window.flow.previewShown, timeout=15_000) as blocker:
        trigger()
    dialog = blocker.args[0]
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    return dialog


def save_with_ctrl_enter(qtbot, window: MainWindow, dialog: PreviewDialog) -> str:  # noqa: ANN001
    with qtbot.waitSignal(window.flow.clipSaved, timeout=5000) as blocker:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return str(blocker.args[0])


def test_paste_html_with_source_url_previews_and_saves(qtbot, library, window: MainWindow) -> None:
    md = QMimeData()
    md.setHtml(article_html())
    md.setText("Rail freight wins back containers from trucks")
    md.setData(
        "text/x-moz-url-priv", "https://ledger.example.com/rail?utm_source=x".encode("utf-16-le")
    )
    QApplication.clipboard().setMimeData(md)
    dialog = wait_preview(qtbot, window, window.paste_action.trigger)
    assert dialog.title_edit.text() == "Rail freight wins back containers from trucks"
    assert dialog.url_edit.text().startswith("https://ledger.example.com/rail")
    assert "highest container volumes" in dialog.clean_view.toPlainText()
    assert "Home" in dialog.original_view.toPlainText(), (
        "the original is shown beside the clean article"
    )
    assert dialog.banner is None
    dialog.title_edit.setText("Rail freight is back")
    dialog.authors_edit.setText("Joe Mensah; Ana Ruiz")
    dialog.date_edit.setText("2024-05-02")
    dialog.tag_editor.input.setText("transport")
    qtbot.keyClick(dialog.tag_editor.input, Qt.Key.Key_Return)
    uuid = save_with_ctrl_enter(qtbot, window, dialog)
    clip = library.get(uuid)
    assert clip.title == "Rail freight is back"
    assert clip.authors == ("Joe Mensah", "Ana Ruiz")
    assert clip.published == "2024-05-02"
    assert "transport" in clip.tags
    assert clip.original is not None and clip.original.kind == "html"
    assert "<nav>" in clip.original.content, "the original is kept exactly as captured"
    qtbot.waitUntil(lambda: window.reader.clip is not None and window.reader.clip.uuid == uuid)


COPIES = Path(__file__).parent.parent / "fixtures" / "clipboard"


def test_pasting_what_chromium_copied_gives_the_article_with_its_address(
    qtbot, library, window: MainWindow
) -> None:
    """The flavours Chromium put on the clipboard for a selection, as it put them."""
    md = QMimeData()
    md.setHtml((COPIES / "read-more-selection.html").read_text(encoding="utf-8"))
    md.setText((COPIES / "read-more-selection.txt").read_text(encoding="utf-8"))
    address = (COPIES / "read-more-selection.url").read_text(encoding="utf-8").strip()
    md.setData("chromium/x-source-url", address.encode())
    QApplication.clipboard().setMimeData(md)
    dialog = wait_preview(qtbot, window, window.paste_action.trigger)
    assert dialog.title_edit.text() == "Foundry orders slip as customers wait for subsidies"
    assert dialog.url_edit.text() == address
    assert "its own forecast next week." in dialog.clean_view.toPlainText()
    uuid = save_with_ctrl_enter(qtbot, window, dialog)
    clip = library.get(uuid)
    assert clip.authors == ("Priya Raman",)
    assert (clip.published or "").startswith("2024-04-18")
    assert clip.original is not None and clip.original.kind == "html"


def test_paste_plain_text_and_duplicate_warning(qtbot, library, window: MainWindow) -> None:
    text = "Rail freight wins back containers from trucks\n\n" + "\n\n".join(ARTICLE_PARAS)
    md = QMimeData()
    md.setText(text)
    QApplication.clipboard().setMimeData(md)
    dialog = wait_preview(qtbot, window, window.flow.paste)
    assert dialog.preview.original.kind == "text"
    uuid = save_with_ctrl_enter(qtbot, window, dialog)
    assert library.count("") == 1
    again = wait_preview(qtbot, window, window.flow.paste)
    assert again.banner is not None and again.preview.duplicate is not None
    assert again.preview.duplicate.uuid == uuid
    assert "already in your library" in again.duplicate_label.text()
    assert again.save_button.text() == "Save anyway"
    again.reject()
    assert library.count("") == 1, "nothing is added silently"


def test_invalid_date_blocks_saving(qtbot, window: MainWindow) -> None:
    md = QMimeData()
    md.setHtml(article_html())
    QApplication.clipboard().setMimeData(md)
    dialog = wait_preview(qtbot, window, window.flow.paste)
    dialog.date_edit.setText("next tuesday")
    assert not dialog.save_button.isEnabled() and dialog.date_error.isVisible()
    dialog.date_edit.setText("2024-03")
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_skip_preview_saves_at_once(qtbot, library, window: MainWindow) -> None:
    window.skip_preview_action.setChecked(True)
    assert window.settings.skip_preview
    md = QMimeData()
    md.setHtml(article_html("Straight in"))
    QApplication.clipboard().setMimeData(md)
    with qtbot.waitSignal(window.flow.clipSaved, timeout=15_000) as blocker:
        window.flow.paste()
    assert library.get(blocker.args[0]).title == "Straight in"
    assert window.flow.preview_dialog is None


def test_empty_clipboard_says_what_to_do(qtbot, window: MainWindow) -> None:
    QApplication.clipboard().setMimeData(QMimeData())
    window.flow.paste()
    boxes = errors.open_boxes()
    assert boxes and "Copy an article" in boxes[-1].text()
    boxes[-1].close()


def test_drop_files_imports_them_with_a_summary(
    qtbot, library, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "one.html").write_text(article_html("First page"), encoding="utf-8")
    (folder / "two.txt").write_text(
        "A note about ports\n\n" + "\n\n".join(ARTICLE_PARAS[1:]), encoding="utf-8"
    )
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    md = QMimeData()
    md.setUrls(
        [QUrl.fromLocalFile(str(folder / n)) for n in ("one.html", "two.txt", "broken.html")]
    )
    with qtbot.waitSignal(window.flow.importFinished, timeout=30_000) as blocker:
        drop(qtbot, window.list.viewport(), md)
    summary = blocker.args[0]
    assert len(summary.added) == 2
    assert [Path(f.path).name for f in summary.failed] == ["broken.html"]
    assert "PNG" in summary.failed[0].reason
    box = window.flow.summary_box
    assert box is not None and box.isVisible()
    assert "2 imported" in box.text() and "1 failed" in box.text()
    assert "broken.html" in box.detailedText()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    box.close()


def test_drop_a_folder_from_the_menu_path(
    qtbot, library, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "saved"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.html").write_text(article_html("Nested page"), encoding="utf-8")
    with qtbot.waitSignal(window.flow.importFinished, timeout=30_000) as blocker:
        window._import_chosen([folder])  # noqa: SLF001 - what File > Import folder calls with the choice
    assert len(blocker.args[0].added) == 1
    window.flow.summary_box.close()


def test_drop_a_link_fetches_it_from_a_local_server(
    qtbot, library, window: MainWindow, web
) -> None:
    url = web.add("/news/rail.html", article_html("Fetched from the web"))
    md = QMimeData()
    md.setUrls([QUrl(url)])
    md.setText(url)
    dialog = wait_preview(qtbot, window, lambda: drop(qtbot, window.reader.browser.viewport(), md))
    assert dialog.title_edit.text() == "Fetched from the web"
    assert dialog.url_edit.text() == url
    uuid = save_with_ctrl_enter(qtbot, window, dialog)
    assert library.get(uuid).url == url
    assert web.hits == ["/news/rail.html"]


def test_a_link_that_cannot_be_fetched_can_still_be_kept(
    qtbot, library, window: MainWindow
) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/gone"
    sock.close()
    md = QMimeData()
    md.setUrls([QUrl(url)])
    with qtbot.waitSignal(window.flow.fetchFailed, timeout=15_000) as blocker:
        drop(qtbot, window.list.viewport(), md)
    assert blocker.args[1].startswith(f"Could not fetch {url}:")
    assert blocker.args[1].endswith("You can still keep the link.")
    box = next(b for b in errors.open_boxes() if b.objectName() == "fetchFailedBox")
    keep = next(b for b in box.buttons() if "Keep" in b.text())
    with qtbot.waitSignal(window.flow.clipSaved) as saved:
        keep.click()
    clip = library.get(saved.args[0])
    assert clip.url == url and "unread link" in clip.tags


def test_drop_an_html_selection_goes_to_the_preview(qtbot, window: MainWindow) -> None:
    md = QMimeData()
    md.setHtml(
        "<meta charset='utf-8'><h1>Selected words</h1>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAS)
        + "<!-- base --><base href='https://ledger.example.com/rail/'>"
    )
    md.setText("Selected words")
    dialog = wait_preview(qtbot, window, lambda: drop(qtbot, window.list.viewport(), md))
    assert dialog.preview.original.kind == "html"
    assert dialog.url_edit.text() == "https://ledger.example.com/rail/"
    assert "new inland terminals" in dialog.clean_view.toPlainText()
    dialog.reject()


def test_mime_reading_rules(tmp_path: Path) -> None:
    bundle = tmp_path / "x.clipbundle"
    bundle.write_bytes(b"PK")
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(tmp_path / "a.html"))])
    incoming = mime.read(md)
    assert incoming.bundles == [bundle] and incoming.files == [tmp_path / "a.html"]
    link = QMimeData()
    link.setUrls([QUrl("https://example.com/a")])
    link.setHtml("<a href='https://example.com/a'>A headline</a>")
    assert mime.read(link).links == ["https://example.com/a"]
    bare = QMimeData()
    bare.setText("  https://example.com/b  ")
    assert mime.read(bare).links == ["https://example.com/b"]
    windows = QMimeData()
    windows.setHtml(
        "Version:0.9\r\nSourceURL:https://example.com/c\r\n<html><body><p>" + "word " * 60 + "</p>"
    )
    assert mime.read(windows).capture.url == "https://example.com/c"
    og = QMimeData()
    og.setHtml(
        "<meta property='og:url' content='https://example.com/d'><p>" + "word " * 60 + "</p>"
    )
    assert mime.read(og).capture.url == "https://example.com/d"


def test_first_run_offers_the_sample_article(qtbot, library, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.first_run
    dialog = wait_preview(qtbot, window, window.first_run.sample_button.click)
    assert "home-grown tools" in dialog.title_edit.text()
    assert "Mira Okafor" in dialog.authors_edit.text()
    with qtbot.waitSignal(window.searchFinished, timeout=10_000):
        save_with_ctrl_enter(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.list)
    assert window.model.rowCount() == 1


def test_unexpected_errors_show_as_bugs_with_the_traceback(qtbot, window: MainWindow) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as err:
        box = errors.show_exception(window, err)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "RuntimeError: boom" in box.text()
    assert "Traceback" in box.detailedText()
    box.close()
    add_clip  # noqa: B018 - imported for the other tests of this module


def test_preview_shows_the_day_and_keeps_the_time_it_found(
    qtbot, library, window: MainWindow
) -> None:
    page = article_html().replace(
        "<head>",
        "<head><meta property='article:published_time' content='2024-05-02T09:30:00+00:00'>",
    )

    def paste() -> PreviewDialog:
        md = QMimeData()
        md.setHtml(page)
        QApplication.clipboard().setMimeData(md)
        return wait_preview(qtbot, window, window.paste_action.trigger)

    dialog = paste()
    assert dialog.date_edit.text() == "2024-05-02"
    assert "09:30" in dialog.date_edit.toolTip()
    kept = library.get(save_with_ctrl_enter(qtbot, window, dialog))
    assert kept.published == "2024-05-02T09:30:00+00:00"
    dialog = paste()
    dialog.date_edit.setText("2024-05-03")
    changed = library.get(save_with_ctrl_enter(qtbot, window, dialog))
    assert changed.published == "2024-05-03"
