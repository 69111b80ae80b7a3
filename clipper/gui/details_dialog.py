"""Edit a saved clip's citation details: title, subtitle, authors, date, site, address.

Cleaning can misread a byline or a date, and a bulk import saves without a
preview: a researcher fixes the details where they cite from, as in a
reference manager's item pane. The dialog only collects the changes; the
window saves them as one undoable step (``commands.EditDetails``).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clipper.gui.preview_dialog import DayEdit
from clipper.model import Clip


class DetailsDialog(QDialog):
    """The details of one clip, editable; ``changes()`` gives what the user altered."""

    def __init__(self, clip: Clip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clip = clip
        self.setWindowTitle("Edit details")
        self.setObjectName("detailsDialog")
        self.title_edit = QLineEdit(clip.title, self)
        self.subtitle_edit = QLineEdit(clip.subtitle or "", self)
        self.authors_edit = QLineEdit("; ".join(clip.authors), self)
        self.authors_edit.setPlaceholderText("Names separated by ;")
        self.date_edit = DayEdit(clip.published, self)
        self.site_edit = QLineEdit(clip.site or "", self)
        self.url_edit = QLineEdit(clip.url or "", self)
        self.url_edit.setPlaceholderText("https://…")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, edit in (
            ("&Title:", self.title_edit),
            ("S&ubtitle:", self.subtitle_edit),
            ("&Authors:", self.authors_edit),
            ("&Date:", self.date_edit),
            ("&Site:", self.site_edit),
            ("&URL:", self.url_edit),
        ):
            form.addRow(label, edit)
        self.date_error = QLabel(
            "Write the date as 2024-03-06 (or 2024-03, or leave it empty).", self
        )
        self.date_error.hide()
        form.addRow("", self.date_error)
        self.date_edit.textChanged.connect(self._validate)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _validate(self) -> bool:
        ok = self.date_edit.valid()
        self.date_error.setVisible(not ok)
        self.save_button.setEnabled(ok)
        return ok

    def _accept(self) -> None:
        if self._validate() and self.title_edit.text().strip():
            self.accept()
        elif not self.title_edit.text().strip():
            self.title_edit.setFocus()

    def changes(self) -> dict[str, object]:
        """The fields the user changed, with their new values (empty when none)."""
        authors = tuple(
            a.strip() for a in re.split(r"[;\n]", self.authors_edit.text()) if a.strip()
        )
        new: dict[str, object] = {
            "title": self.title_edit.text().strip(),
            "subtitle": self.subtitle_edit.text().strip() or None,
            "authors": authors,
            "published": self.date_edit.published(),
            "site": self.site_edit.text().strip() or None,
            "url": self.url_edit.text().strip() or None,
        }
        return {k: v for k, v in new.items() if v != getattr(self.clip, k)}
