"""Export: a bundle for a colleague, or a research format to cite with.

What to export (the selection, the clips in the list, or the whole
library), in which format, and where; the writing runs in the background
and ends with a line in the status bar saying how many clips went where.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from clipper.gui import errors
from clipper.gui.tasks import TaskContext
from clipper.library import Library

if TYPE_CHECKING:
    from clipper.gui.main_window import MainWindow


@dataclass(frozen=True)
class FormatChoice:
    """One entry of the format menu: what the library offers, plus the bundle."""

    name: str
    label: str
    extension: str
    folder: bool = False
    text_when_asked: bool = False


#: The lossless .clipbundle, which ``Library.export_bundle`` writes; the
#: research formats come from the library (``Library.export_formats``), so a
#: format added there appears here without a copy to keep in step.
BUNDLE = FormatChoice("bundle", "Clip bundle, to share or move (lossless)", ".clipbundle")


def format_choices() -> list[FormatChoice]:
    """The bundle first, then every research format the library writes."""
    return [BUNDLE] + [
        FormatChoice(f.name, f.label, f.extension, f.folder, f.text_when_asked)
        for f in Library.export_formats()
    ]


class ExportDialog(QDialog):
    """Choose what, how and where; then export in the background."""

    exported = Signal(int, str)  # clips written, target

    def __init__(self, window: MainWindow, selected: list[str], query: str, listed: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.selected = list(selected)
        self.query = query
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export clips")

        self.scope_selected = QRadioButton(f"The &selected clips ({len(selected)})", self)
        self.scope_list = QRadioButton(f"The clips in the &list ({listed})", self)
        self.scope_all = QRadioButton("The &whole library", self)
        self.scope_group = QButtonGroup(self)
        for button in (self.scope_selected, self.scope_list, self.scope_all):
            self.scope_group.addButton(button)
        self.scope_selected.setEnabled(bool(selected))
        (
            self.scope_selected if selected else self.scope_list if query else self.scope_all
        ).setChecked(True)
        if not query:
            self.scope_list.setText(f"The clips in the &list ({listed}: the whole library)")

        self.formats = format_choices()
        self.format_box = QComboBox(self)
        for choice in self.formats:
            self.format_box.addItem(choice.label, choice.name)
        self.full_text = QCheckBox("Include the &full text", self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText("Where to write the export")
        self.browse = QPushButton("&Choose…", self)
        self.browse.clicked.connect(self._choose)
        self.format_box.currentIndexChanged.connect(self._format_changed)

        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse)
        scope_box = QVBoxLayout()
        for button in (self.scope_selected, self.scope_list, self.scope_all):
            scope_box.addWidget(button)
        form = QFormLayout()
        form.addRow("Export:", scope_box)
        form.addRow("&Format:", self.format_box)
        form.addRow("", self.full_text)
        form.addRow("&To:", where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._format_changed()
        self.resize(560, 260)

    # -- choices ---------------------------------------------------------------

    def format_info(self) -> FormatChoice:
        """The format chosen in the menu."""
        return self.formats[max(0, self.format_box.currentIndex())]

    def set_format(self, name: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(name))

    def what(self) -> str | list[str]:
        """The library's export argument: a query, or the selected UUIDs."""
        if self.scope_selected.isChecked():
            return self.selected
        if self.scope_list.isChecked():
            return self.query
        return ""

    def _format_changed(self) -> None:
        choice = self.format_info()
        self.full_text.setEnabled(choice.text_when_asked)
        current = self.path_edit.text().strip()
        default_dir = Path(current).parent if current else Path.home()
        stem = "clipper-export"
        name = stem + "-notes" if choice.folder else stem + choice.extension
        self.path_edit.setText(str(default_dir / name))

    def _choose(self) -> None:
        choice = self.format_info()
        dialog = QFileDialog(self, "Export to")
        if choice.folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilter(f"{choice.label} (*{choice.extension})")
            dialog.setDefaultSuffix(choice.extension.lstrip("."))
        dialog.selectFile(self.path_edit.text())
        dialog.fileSelected.connect(self.path_edit.setText)
        dialog.open()

    # -- doing it --------------------------------------------------------------------

    def export(self) -> None:
        name = self.format_info().name
        target = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            errors.show_user_error(self, "Choose where to write the export.")
            return
        what = self.what()
        full_text = self.full_text.isEnabled() and self.full_text.isChecked()
        self.export_button.setEnabled(False)
        self.window_.show_status(f"Exporting to {target}…")

        def work(ctx: TaskContext) -> int:
            lib = ctx.library()
            if name == "bundle":
                return lib.export_bundle(target, what, progress=ctx.progress)
            return lib.export(name, target, what, full_text=full_text)

        def done(count: int) -> None:
            self.window_.show_status(
                f"Exported {count} clip{'s' if count != 1 else ''} to {target}.", 10_000
            )
            self.exported.emit(count, str(target))
            self.accept()

        def failed(err: BaseException, trace: str) -> None:
            self.export_button.setEnabled(True)
            self.window_.show_status("")
            errors.show_exception(self, err, trace)

        self.window_.tasks.run_in_background(work, done, failed)
