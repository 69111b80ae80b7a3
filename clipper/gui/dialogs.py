"""Small dialogs and pages: first run, bulk tags, tag rename/merge, About.

Each opens with ``open()`` (window-modal, non-blocking) and reports back by
signal, so the window's event loop, its background tasks and the tests keep
running while it is up.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import clipper
from clipper.gui.tag_editor import TagEditor


class FirstRunPage(QWidget):
    """What an empty library shows instead of an empty list."""

    sampleRequested = Signal()
    pasteRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        paste = QKeySequence(QKeySequence.StandardKey.Paste).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        text = QLabel(
            "<h2>Your library is empty</h2>"
            "<p>Clipper keeps the articles you follow, cleaned of menus, ads and comments, "
            "tagged by topic and searchable in an instant.</p>"
            "<p><b>To capture your first clip:</b></p>"
            "<ol>"
            "<li>In your browser, select the article (or press Ctrl+A on its page) "
            "and copy it.</li>"
            f"<li>Come back here and press <b>{html.escape(paste)}</b>. Clipper shows what it kept "
            "and what it removed before saving.</li>"
            "</ol>"
            "<p>You can also drag a link, a selection or files onto this window, or import a "
            "folder of saved pages.</p>",
            self,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.sample_button = QPushButton("Add the &sample article", self)
        self.sample_button.setToolTip(
            "A short article written for Clipper, to try cleaning, tags and search"
        )
        self.sample_button.clicked.connect(self.sampleRequested)
        self.paste_button = QPushButton("&Paste from clipboard", self)
        self.paste_button.clicked.connect(self.pasteRequested)
        self.import_button = QPushButton("&Import files…", self)
        self.import_button.clicked.connect(self.importRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(text)
        for button in (self.sample_button, self.paste_button, self.import_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class BulkTagsDialog(QDialog):
    """Add tags to, or remove tags from, the selected clips."""

    #: names, add (True) or remove (False)
    tagsChosen = Signal(list, bool)

    def __init__(
        self, count: int, known: Sequence[str], add: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkTagsDialog")
        self.add = add
        verb = "Add tags to" if add else "Remove tags from"
        self.setWindowTitle(f"{verb} {count} clip{'s' if count != 1 else ''}")
        self.editor = TagEditor(self, placeholder="Type a tag, Enter…")
        self.editor.set_known_tags(list(known))
        self.editor.tagAdded.connect(lambda t: self.editor.set_tags([*self.editor.tags, t]))
        self.editor.tagRemoved.connect(
            lambda t: self.editor.set_tags([x for x in self.editor.tags if x != t])
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Add" if add else "Remove")
        buttons.accepted.connect(self._done)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{verb} {count} selected clip{'s' if count != 1 else ''}:", self))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(420, 140)
        self.editor.input.setFocus()

    def names(self) -> list[str]:
        pending = self.editor.input.text().strip()
        tags = self.editor.tags
        if pending and pending.casefold() not in {t.casefold() for t in tags}:
            tags.append(pending)
        return tags

    def _done(self) -> None:
        names = self.names()
        if names:
            self.tagsChosen.emit(names, self.add)
        self.accept()


class MergeTagDialog(QDialog):
    """Choose the tag another one merges into, with what it will touch shown first."""

    mergeChosen = Signal(str, str)  # source, target

    def __init__(
        self, source: str, usage_text: str, targets: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Merge “{source}”")
        self.source = source
        self.target = QComboBox(self)
        self.target.setEditable(True)
        self.target.addItems([t for t in targets if t.casefold() != source.casefold()])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        buttons.accepted.connect(self._done)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        info = QLabel(f"{html.escape(usage_text)}<br>Move its clips to:", self)
        info.setWordWrap(True)
        layout.addWidget(info)
        layout.addWidget(self.target)
        layout.addWidget(buttons)

    def _done(self) -> None:
        target = self.target.currentText().strip()
        if target:
            self.mergeChosen.emit(self.source, target)
        self.accept()


class DeleteTagDialog(QDialog):
    """Confirm deleting a tag, saying how many clips lose it."""

    confirmed = Signal(str)

    def __init__(self, name: str, usage_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Delete “{name}”")
        self.name = name
        layout = QVBoxLayout(self)
        label = QLabel(f"{html.escape(usage_text)}<br>The clips themselves stay.", self)
        label.setWordWrap(True)
        layout.addWidget(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Delete tag")
        buttons.accepted.connect(lambda: (self.confirmed.emit(self.name), self.accept()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def about_text() -> str:
    """The About box's text, with the one version number."""
    return (
        f"<h2>Clipper {html.escape(clipper.__version__)}</h2>"
        "<p>A news-clipping manager for researchers: capture, clean, tag, search and share "
        "the articles you follow. Your library is one SQLite file on your computer; nothing "
        "is sent anywhere.</p>"
        "<p>Made with Python, Qt (PySide6) and SQLite. MIT licence.</p>"
    )
