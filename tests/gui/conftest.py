"""Fixtures for the window tests: a real library file, the real window, a web server."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from clipper.gui.main_window import MainWindow
from clipper.gui.settings import Settings
from clipper.library import Library
from clipper.model import Article, Clip, Original, Removed


def add_clip(
    library: Library,
    title: str,
    paragraphs: list[str],
    *,
    tags: tuple[str, ...] = (),
    published: str | None = None,
    site: str | None = "example.com",
    authors: tuple[str, ...] = ("A. Writer",),
    url: str | None = None,
    removed: tuple[Removed, ...] = (),
    original: str | None = None,
    notes: str = "",
) -> Clip:
    """Store a clip as cleaning would have made it (no cleaner in the way)."""
    text = "\n\n".join(paragraphs)
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    article = Article(
        title=title,
        authors=authors,
        published=published,
        site=site,
        url=url,
        text=text,
        html=html,
        excerpt=paragraphs[0][:100] if paragraphs else "",
        removed=removed,
    )
    raw = original if original is not None else title + "\n\n" + text
    clip, _ = library.capture(article, Original(kind="text", content=raw), tags=tags, notes=notes)
    return clip


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, library: Library, settings: Settings) -> Iterator[Callable[[], MainWindow]]:  # noqa: ANN001
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        with qtbot.waitSignal(window.searchFinished, timeout=10_000):
            window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # before the library fixture closes the file


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def search(qtbot, window: MainWindow, text: str) -> int:  # noqa: ANN001
    """Type nothing: set the query and wait for the list to show its result."""
    with qtbot.waitSignal(window.searchFinished, timeout=10_000) as blocker:
        window.search_bar.set_text(text)
    return int(blocker.args[0])


def drop(qtbot, target: QWidget, md: QMimeData) -> None:  # noqa: ANN001
    """A real drag: enter, move, then drop, on ``target`` (keep ``md`` alive in the caller)."""
    pos = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    enter = _drag_event(QDragEnterEvent, pos, actions, md)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the drag was refused on enter"
    move = _drag_event(QDragMoveEvent, pos, actions, md)
    QApplication.sendEvent(target, move)
    assert move.isAccepted(), "the drag was refused on move"
    event = QDropEvent(pos, actions, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    assert event.isAccepted(), "the drop was refused"


def _drag_event(cls, pos: QPointF, actions, md: QMimeData):  # noqa: ANN001, ANN202
    """Drag events take a QPointF from PySide6 6.12 on (the QPoint form is then
    deprecated) and only a QPoint before it."""
    args = (actions, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return cls(pos, *args)
    except TypeError:
        return cls(pos.toPoint(), *args)


class _Pages(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}
    hits: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits.append(self.path)
        ctype, body = type(self).pages.get(self.path, ("text/plain", b"not here"))
        self.send_response(200 if self.path in type(self).pages else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = False


class WebServer:
    """A local web server on 127.0.0.1 that serves what the test puts in ``pages``."""

    def __init__(self) -> None:
        _Pages.pages = {}
        _Pages.hits = []
        self.httpd = _Server(("127.0.0.1", 0), _Pages)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def add(self, path: str, body: str, ctype: str = "text/html; charset=utf-8") -> str:
        _Pages.pages[path] = (ctype, body.encode("utf-8"))
        return self.base + path

    @property
    def hits(self) -> list[str]:
        return list(_Pages.hits)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = WebServer()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def _clear_clipboard(qapp: QApplication) -> Iterator[None]:
    """Leave no mime data on the clipboard: the clipboard owns what a test set,
    and PySide6 6.11 crashes at exit deleting it after its Python wrapper."""
    yield
    qapp.clipboard().clear()
