"""The search field above the list, with its inline error line.

Typing restarts a short timer; when it fires, ``searchRequested`` carries
the text to the window, which runs the search off the GUI thread. A query
the parser refuses is shown under the field (what is wrong and where, with a
caret under the character), while the list keeps the last good results, so
a half-typed query never empties the screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from clipper.errors import QueryError

DEBOUNCE_MS = 220

PLACEHOLDER = 'Search: words, "a phrase", -exclude, tag:…, site:…, author:…, after:2024-01-01'


class SearchField(QLineEdit):
    """A line edit that gives Escape a meaning: clear the search."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """The field, its debounce timer and the error line under it."""

    #: The (debounced) text to search for.
    searchRequested = Signal(str)
    #: Down arrow in the field: move into the list.
    focusListRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = SearchField(self)
        self.field.setPlaceholderText(PLACEHOLDER)
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Search")
        self.field.setToolTip(
            'Words are combined with AND; use OR, -word, "phrases", prefix*, and filters such as '
            'tag:"tech self-reliance", site:example.com, author:johnson, lang:de, '
            "after:2024-01-01, before:2024-03-31, year:2024, is:untagged. "
            "Ctrl+F or Ctrl+K to come here."
        )
        self.error = QLabel(self)
        self.error.setObjectName("searchError")
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._fire)
        self.field.textEdited.connect(self._edited)
        self.field.returnPressed.connect(self._fire)
        self.field.installEventFilter(self)

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str, *, search: bool = True) -> None:
        """Replace the query (a timeline click, a saved search) and search at once."""
        self.field.setText(text)
        if search:
            self._fire()

    def _edited(self, _text: str) -> None:
        self.timer.start()

    def _fire(self) -> None:
        self.timer.stop()
        self.searchRequested.emit(self.field.text())

    def show_error(self, err: QueryError | None) -> None:
        """Show what is wrong with the query (None hides the line)."""
        if err is None:
            self.error.hide()
            self.error.clear()
            return
        message = html.escape(str(err))
        position = err.position
        if (
            position is not None
            and err.query == self.field.text()
            and 0 <= position <= len(err.query)
        ):
            shown = err.query
            pointer = (
                f"<code>{html.escape(shown[:position])}"
                f"<u><b>{html.escape(shown[position : position + 1] or ' ')}</b></u>"
                f"{html.escape(shown[position + 1 :])}</code>"
            )
            message = f"{message}<br>{pointer}"
        self.error.setText(f"⚠ {message}")
        self.error.show()

    @property
    def error_text(self) -> str:
        """The error line as plain text ('' when hidden)."""
        if self.error.isHidden():
            return ""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.error.text())
        return doc.toPlainText()

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if (
            obj is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Down:
                self.focusListRequested.emit()
                return True
        return super().eventFilter(obj, event)


def help_html() -> str:
    """The query language in a few lines, for Help > Search help."""
    rows = [
        ("china chips", "both words"),
        ('"export controls"', "the exact phrase"),
        ("chips OR semiconductors", "either word"),
        ('-potato, -"potato chips"', "without that word or phrase"),
        ("semicond*", "words that start so"),
        ('tag:"tech self-reliance"', "with that tag (and its sub-tags)"),
        ("site:example.com, author:johnson, title:huawei, lang:de", "in that field"),
        ("after:2024-01-01, before:2024-03, year:2024", "published in that period"),
        ("is:untagged, is:duplicate, is:incomplete, is:annotated", "by state"),
    ]
    body = "".join(
        f"<tr><td><code>{html.escape(q)}</code></td><td>{html.escape(d)}</td></tr>" for q, d in rows
    )
    return (
        f"<h3>Search</h3><table cellspacing=6>{body}</table>"
        "<p>Ctrl+F or Ctrl+K jumps to the search field.</p>"
    )
