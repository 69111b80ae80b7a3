"""The clip list: a lazy table model over an id list, and its view.

The model never holds the library: it holds the ordered UUIDs of the current
search (a few dozen bytes a clip) and a bounded cache of rows, filled a page
at a time from ``Library.summaries`` when the view asks for a row it has not
seen (Anki's browser does the same). Scrolling through 100,000 clips thus
reads 100,000 summaries once, in pages, and keeps only the last few thousand.
Sorting is done by SQLite: clicking a header asks the window for a new id
list sorted by that column.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from clipper.library import Library
from clipper.model import Clip

Index = QModelIndex | QPersistentModelIndex

#: (header, sort key for Library.search_uuids or None when not sortable)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Title", "title"),
    ("Site", "site"),
    ("Authors", "authors"),
    ("Published", "published"),
    ("Added", "captured"),
    ("Tags", None),
)
TITLE, SITE, AUTHORS, PUBLISHED, ADDED, TAGS = range(len(COLUMNS))
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClipListModel(QAbstractTableModel):
    """Rows are clips of the current search, loaded in pages on demand."""

    PAGE = 100
    MAX_CACHED = 3000

    #: A header was clicked: (sort key, descending). The window re-runs the search.
    sortRequested = Signal(str, bool)

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._uuids: list[str] = []
        self._rows: dict[str, int] = {}
        self._cache: OrderedDict[str, Clip] = OrderedDict()
        self.sort_column: int | None = None
        self.sort_order = Qt.SortOrder.DescendingOrder

    # -- contents ----------------------------------------------------------

    def set_uuids(self, uuids: Sequence[str]) -> None:
        """Show these clips, in this order (a new search result)."""
        self.beginResetModel()
        self._uuids = list(uuids)
        self._rows = {u: i for i, u in enumerate(self._uuids)}
        # Rows already cached stay valid: a new search often shows the same clips.
        self.endResetModel()

    @property
    def uuids(self) -> list[str]:
        return list(self._uuids)

    def uuid_at(self, row: int) -> str | None:
        return self._uuids[row] if 0 <= row < len(self._uuids) else None

    def row_of(self, uuid: str) -> int | None:
        return self._rows.get(uuid)

    def clip_at(self, row: int) -> Clip | None:
        """The summary of the clip at ``row``, loading its page if needed."""
        uuid = self.uuid_at(row)
        if uuid is None:
            return None
        clip = self._cache.get(uuid)
        if clip is None:
            self._load_page(row)
            clip = self._cache.get(uuid)
        else:
            self._cache.move_to_end(uuid)
        return clip

    def refresh(self, uuids: Sequence[str]) -> None:
        """Forget cached rows for these clips (edited elsewhere) and repaint them."""
        for uuid in uuids:
            self._cache.pop(uuid, None)
            row = self._rows.get(uuid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def remove(self, uuids: Sequence[str]) -> None:
        """Take deleted clips out of the list without a new search."""
        gone = set(uuids)
        for row in sorted((self._rows[u] for u in gone if u in self._rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._uuids[row]
            self.endRemoveRows()
        self._rows = {u: i for i, u in enumerate(self._uuids)}
        for uuid in gone:
            self._cache.pop(uuid, None)

    def _load_page(self, row: int) -> None:
        start = (row // self.PAGE) * self.PAGE
        wanted = [u for u in self._uuids[start : start + self.PAGE] if u not in self._cache]
        if not wanted:
            return
        for clip in self._library.summaries(wanted):
            self._cache[clip.uuid] = clip
        while len(self._cache) > self.MAX_CACHED:
            self._cache.popitem(last=False)

    # -- Qt model API ------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._uuids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Click to sort" if COLUMNS[section][1] else "Tags (not sortable)"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._uuids):
            return None
        if role == UUID_ROLE:
            return self._uuids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        clip = self.clip_at(index.row())
        if clip is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.FontRole:
            if column == TITLE and not clip.title:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        text = _cell(clip, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return clip.title or clip.url or "Untitled clip"
            return text or None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.sort_column = column
        self.sort_order = order
        self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)


def _cell(clip: Clip, column: int) -> str:
    if column == TITLE:
        return clip.title or "(untitled)"
    if column == SITE:
        return clip.site or _host(clip.url)
    if column == AUTHORS:
        return ", ".join(clip.authors)
    if column == PUBLISHED:
        return format_date(clip.published)
    if column == ADDED:
        return format_timestamp(clip.captured)
    if column == TAGS:
        return ", ".join(clip.tags)
    return ""


def _host(url: str | None) -> str:
    if not url:
        return ""
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def format_date(value: str | None) -> str:
    """A published date as the user reads it: the day, without the time."""
    if not value:
        return ""
    return value[:10]


def format_timestamp(value: str | None) -> str:
    """A UTC timestamp in the user's local time, to the minute."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class ClipListView(QTableView):
    """The table of clips: row selection, many at once, sorting by SQLite."""

    #: Enter pressed on the current row.
    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # enabled once a model is set, see setModel
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        self.setAccessibleName("Clips")

    def setModel(self, model: ClipListModel) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        pad = fm.horizontalAdvance("MM")
        for column, sample in (
            (TITLE, "M" * 24),
            (SITE, "M" * 9),
            (AUTHORS, "M" * 9),
            (PUBLISHED, "2024-03-06"),
            (ADDED, "2024-03-06 09:30"),
        ):
            header.resizeSection(column, fm.horizontalAdvance(sample) + pad)
        # A header click calls model.sort(); no sort is applied at start.
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)

    def _header_clicked(self, column: int) -> None:
        model = self.model()
        if not isinstance(model, ClipListModel) or COLUMNS[column][1] is None:
            self.horizontalHeader().setSortIndicator(
                model.sort_column
                if isinstance(model, ClipListModel) and model.sort_column is not None
                else -1,
                model.sort_order
                if isinstance(model, ClipListModel)
                else Qt.SortOrder.DescendingOrder,
            )
            return
        if model.sort_column == column:
            order = (
                Qt.SortOrder.AscendingOrder
                if model.sort_order == Qt.SortOrder.DescendingOrder
                else Qt.SortOrder.DescendingOrder
            )
        else:
            # Dates read newest first; words read A to Z.
            order = (
                Qt.SortOrder.DescendingOrder
                if column in (PUBLISHED, ADDED)
                else Qt.SortOrder.AscendingOrder
            )
        self.horizontalHeader().setSortIndicator(column, order)
        model.sort(column, order)

    def reset_sort_indicator(self) -> None:
        """Back to the search's own order (relevance, or newest added)."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        model = self.model()
        if isinstance(model, ClipListModel):
            model.sort_column = None

    def selected_uuids(self) -> list[str]:
        """UUIDs of the selected rows, top to bottom."""
        model = self.model()
        rows = (
            sorted({i.row() for i in self.selectionModel().selectedRows()})
            if self.selectionModel()
            else []
        )
        return (
            [u for r in rows if (u := model.uuid_at(r)) is not None]
            if isinstance(model, ClipListModel)
            else []
        )

    def current_uuid(self) -> str | None:
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or not isinstance(model, ClipListModel):
            return None
        return model.uuid_at(index.row())

    def select_uuid(self, uuid: str) -> bool:
        """Make this clip the current, only selected row (and scroll to it)."""
        model = self.model()
        row = model.row_of(uuid) if isinstance(model, ClipListModel) else None
        if row is None:
            return False
        index = model.index(row, 0)
        # Not selectRow(): it reads the keyboard modifiers, and a Ctrl still
        # held from Ctrl+Enter would toggle the row off again.
        flags = (
            self.selectionModel().SelectionFlag.ClearAndSelect
            | self.selectionModel().SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_uuid():
            self.openRequested.emit(self.current_uuid() or "")
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)
