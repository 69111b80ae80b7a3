"""Tags as chips: click a chip to filter by it, × to remove it, type to add.

The input completes from the library's existing tags (any part of the name,
case-insensitive), so "self" offers "tech self-reliance" and the user's
vocabulary stays consistent. Backspace in the empty input removes the last
chip, as in mail clients' address fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays items left to right and wraps them, like words in a paragraph."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802
        self.addChildWidget(widget)
        from PySide6.QtWidgets import QWidgetItem

        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(self.parentWidget()):
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class TagChip(QFrame):
    """One tag: its name (click to filter) and a × to remove it."""

    clicked = Signal(str)
    removeRequested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("tagChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 1, 1, 1)
        layout.setSpacing(2)
        self.label = QToolButton(self)
        self.label.setText(name)
        self.label.setAutoRaise(True)
        self.label.setToolTip(f"Show the clips tagged “{name}”")
        self.label.clicked.connect(lambda: self.clicked.emit(self.name))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(f"Remove the tag “{name}”")
        self.remove_button.setAccessibleName(f"Remove tag {name}")
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self.name))
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


class _TagInput(QLineEdit):
    backspaceOnEmpty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspaceOnEmpty.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            # Enter adds the tag; it must not also press the dialog's default button.
            event.accept()


class TagEditor(QWidget):
    """Chips for a clip's tags and an input that adds more.

    It does not write anything itself: it says what the user asked
    (``tagAdded``, ``tagRemoved``, ``tagClicked``) and the owner calls the
    library, then ``set_tags`` with what the library now holds.
    """

    tagAdded = Signal(str)
    tagRemoved = Signal(str)
    tagClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, placeholder: str = "Add a tag…") -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips: list[TagChip] = []
        self._layout = FlowLayout(self)
        self.input = _TagInput(self)
        self.input.setPlaceholderText(placeholder)
        self.input.setAccessibleName("Add a tag")
        self.input.setMinimumWidth(self.fontMetrics().horizontalAdvance("Add a tag…") + 24)
        self.input.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        self.input.returnPressed.connect(self._commit)
        self.input.backspaceOnEmpty.connect(self._remove_last)
        self.completer.activated.connect(self._completed)
        self._layout.addWidget(self.input)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    @property
    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: Iterable[str]) -> None:
        """Show these tags (what the clip carries now)."""
        new = list(tags)
        if new == self._tags:
            return
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self._tags = new
        for i, name in enumerate(new):
            chip = TagChip(name, self)
            chip.clicked.connect(self.tagClicked)
            chip.removeRequested.connect(self.tagRemoved)
            self._layout.insertWidget(i, chip)
            chip.show()
            self._chips.append(chip)
        self.keep_chips_in_tab_order()
        self.updateGeometry()

    def keep_chips_in_tab_order(self) -> None:
        """Put the chips right after the input in the Tab order.

        Each chip gives its name, then its ×, wherever the owner put the
        input; new chips would otherwise land at the end of the window's chain.
        """
        previous: QWidget = self.input
        for chip in self._chips:
            for widget in (chip.label, chip.remove_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def chip(self, name: str) -> TagChip | None:
        for chip in self._chips:
            if chip.name.casefold() == name.casefold():
                return chip
        return None

    def set_known_tags(self, names: Sequence[str]) -> None:
        """The library's tags, offered as completions."""
        self.completer_model.setStringList(list(names))

    def _commit(self) -> None:
        name = " ".join(self.input.text().split())
        if self.completer.popup().isVisible():
            self.completer.popup().hide()
        self.input.clear()
        if name and name.casefold() not in {t.casefold() for t in self._tags}:
            self.tagAdded.emit(name)

    def commit_pending(self) -> None:
        """Add what is typed in the input as a tag, as Enter would."""
        if self.input.text().strip():
            self._commit()

    def _completed(self, text: str) -> None:
        self.input.setText(text)
        self._commit()

    def _remove_last(self) -> None:
        if self._tags:
            self.tagRemoved.emit(self._tags[-1])
