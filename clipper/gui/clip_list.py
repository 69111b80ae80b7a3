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
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
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
    ("Tags", "tags"),
)
TITLE, SITE, AUTHORS, PUBLISHED, ADDED, TAGS = range(len(COLUMNS))
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FONT, int(UUID_ROLE)})


class ClipListModel(QAbstractTableModel):
    """Rows are clips of the current search, loaded in pages on demand."""

    PAGE = 100
    MAX_CACHED = 3000

    #: A header was clicked: (sort key, descending). The window re-runs the search.
    sortRequested = Signal(str, bool)

    def __init__(
        self,
        library: Library,
        parent: Any = None,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        #: What "Today" means in the Added column (the library's clock in tests).
        self._today_fn = today or dt.date.today
        self._today = self._today_fn()
        self._uuids: list[str] = []
        self._rows: dict[str, int] = {}
        self._cache: OrderedDict[str, Clip] = OrderedDict()
        #: The display texts of cached clips' rows (dropped with the clip).
        self._texts: dict[str, tuple[str, ...]] = {}
        #: Clips taken out since the list was set: a full list read before
        #: their deletion (``complete``) must not bring them back.
        self._removed: set[str] = set()
        self.sort_column: int | None = None
        self.sort_order = Qt.SortOrder.DescendingOrder

    # -- contents ----------------------------------------------------------

    def set_uuids(self, uuids: Sequence[str]) -> None:
        """Show these clips, in this order (a new search result)."""
        self.beginResetModel()
        today = self._today_fn()
        if today != self._today:  # "Today 09:12" became yesterday
            self._texts.clear()
            self._today = today
        self._uuids = list(uuids)
        self._rows = {u: i for i, u in enumerate(self._uuids)}
        self._removed = set()
        # Rows already cached stay valid: a new search often shows the same clips.
        self.endResetModel()

    def set_first_page(self, clips: Sequence[Clip]) -> None:
        """Show a search's first page at once, before its full id list is known.

        The clips come with the page (``Library.search``), so they go straight
        into the cache and painting the page reads nothing more.
        """
        for clip in clips:
            self._cache[clip.uuid] = clip
            self._cache.move_to_end(clip.uuid)
            self._texts.pop(clip.uuid, None)  # the page's copy is the newest
        self.set_uuids([clip.uuid for clip in clips])

    def complete(self, uuids: Sequence[str]) -> None:
        """Swap in the full ordered list behind the first page already shown.

        The user may have selected or scrolled in the first page meanwhile, so
        this is no reset: when the full list starts with the rows shown (the
        usual case) the rest are appended; otherwise the rows move with a
        layout change that carries the selection and current row along by
        UUID (a row that is no longer there loses its selection).
        """
        removed = self._removed
        new = [u for u in uuids if u not in removed] if removed else list(uuids)
        old = self._uuids
        if new[: len(old)] == old:
            if len(new) > len(old):
                self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
                self._uuids = new
                self._rows = {u: i for i, u in enumerate(new)}
                self.endInsertRows()
            return
        self.layoutAboutToBeChanged.emit()
        rows = {u: i for i, u in enumerate(new)}
        persistent = self.persistentIndexList()
        places: list[tuple[int, int] | None] = []
        for index in persistent:
            uuid = old[index.row()] if 0 <= index.row() < len(old) else None
            row = rows.get(uuid) if uuid is not None else None
            places.append((row, index.column()) if row is not None else None)
        self._uuids = new
        self._rows = rows
        # Indexes are made after the swap: rows past the old end are valid only now.
        moved = [self.index(*place) if place else QModelIndex() for place in places]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

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
            self._texts.pop(uuid, None)
            row = self._rows.get(uuid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def remove(self, uuids: Sequence[str]) -> None:
        """Take deleted clips out of the list without a new search."""
        gone = set(uuids)
        self._removed |= gone
        for row in sorted((self._rows[u] for u in gone if u in self._rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._uuids[row]
            self.endRemoveRows()
        self._rows = {u: i for i, u in enumerate(self._uuids)}
        for uuid in gone:
            self._cache.pop(uuid, None)
            self._texts.pop(uuid, None)

    def _row_texts(self, row: int) -> tuple[str, ...] | None:
        """The six cells of a row as shown, made once per loaded clip."""
        clip = self.clip_at(row)
        if clip is None:
            return None
        texts = tuple(_cell(clip, column, self._today) for column in range(len(COLUMNS)))
        self._texts[clip.uuid] = texts
        return texts

    def _load_page(self, row: int) -> None:
        start = (row // self.PAGE) * self.PAGE
        wanted = [u for u in self._uuids[start : start + self.PAGE] if u not in self._cache]
        if not wanted:
            return
        for clip in self._library.summaries(wanted):
            self._cache[clip.uuid] = clip
        while len(self._cache) > self.MAX_CACHED:
            uuid, _clip = self._cache.popitem(last=False)
            self._texts.pop(uuid, None)

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
            return "Click to sort" if COLUMNS[section][1] else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Painting one screen of the list asks for seven roles of every cell
        # (a few thousand calls, each crossing from C++ into Python), so the
        # roles this model has nothing for leave before any other work, and
        # the text of a row is made once and kept beside the row's clip.
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._uuids) or not index.isValid():
            return None
        if role == _DISPLAY:
            texts = self._texts.get(self._uuids[row])
            if texts is None:
                texts = self._row_texts(row)
            return texts[index.column()] if texts is not None else None
        if role == UUID_ROLE:
            return self._uuids[row]
        clip = self.clip_at(row)
        if clip is None:
            return None
        column = index.column()
        if role == _FONT:
            if column == TITLE and not clip.title:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        text = _cell(clip, column, self._today)
        if role == _TOOLTIP:
            if column == TITLE:
                return clip.title or clip.url or "Untitled clip"
            if column == ADDED:
                return f"Added {format_full_timestamp(clip.captured)}" if clip.captured else None
            return text or None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.sort_column = column
        self.sort_order = order
        self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)


def _cell(clip: Clip, column: int, today: dt.date | None = None) -> str:
    if column == TITLE:
        return clip.title or "(untitled)"
    if column == SITE:
        return clip.site or _host(clip.url)
    if column == AUTHORS:
        return ", ".join(clip.authors)
    if column == PUBLISHED:
        return format_date(clip.published)
    if column == ADDED:
        return format_timestamp(clip.captured, today)
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
    """A published date as people write it: "7 Mar 2024", "Mar 2024" or "2024".

    Dates are stored as ISO 8601 of the precision the source gave, so a
    month-only date stays a month; the time of day, when there is one, is
    not what a reader of the list wants.
    """
    if not value:
        return ""
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        if len(value) == 7:
            return QLocale().toString(QDate(int(value[:4]), int(value[5:7]), 1), "MMM yyyy")
    except ValueError:
        return value[:10]
    return value[:10]


def local_moment(value: str | None) -> dt.datetime | None:
    """A stored UTC timestamp in the user's time zone (None when unreadable)."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo is not None else moment


def format_timestamp(value: str | None, today: dt.date | None = None) -> str:
    """When a clip was added, in local time and the way people say it.

    "Today 09:12" and "Yesterday 18:40" for the last two days (what a
    researcher scanning new captures looks for), then the date alone,
    "7 Mar 2024": a full timestamp is too wide for a list column and
    is in the cell's tooltip.
    """
    moment = local_moment(value)
    if moment is None:
        return value or ""
    today = today or dt.date.today()
    locale = QLocale()
    clock = locale.toString(QTime(moment.hour, moment.minute), "HH:mm")
    if moment.date() == today:
        return f"Today {clock}"
    if moment.date() == today - dt.timedelta(days=1):
        return f"Yesterday {clock}"
    return locale.toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")


def format_full_timestamp(value: str | None) -> str:
    """The whole moment, for a tooltip: "Thursday 7 March 2024, 09:00"."""
    moment = local_moment(value)
    if moment is None:
        return value or ""
    return QLocale().toString(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)),
        "dddd d MMMM yyyy, HH:mm",
    )


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
        # The scroll bar stays: shown and hidden as results grow and shrink,
        # it resizes the viewport, so the title column jumps by its width and
        # the list is laid out and painted once more (measured: 7.5 ms more
        # GUI-thread time for a search that fills the list after a short one).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Tab leaves the list for the next pane (arrows move between rows);
        # a table's default is to walk its cells, which traps the keyboard.
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        self.setAccessibleName("Clips")

    def setModel(self, model: ClipListModel) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        # The title takes what the other columns leave, so all six fit the
        # pane and none hides behind a horizontal scroll bar; the others keep
        # a width their usual content fits (and the user can drag them).
        header.setStretchLastSection(False)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in self.default_widths().items():
            header.resizeSection(column, width)
        # Lay the rows out as soon as a search result is in, not on a later
        # turn of the event loop: otherwise the list paints once before the
        # layout and once after, and a screenful of rows costs twice.
        model.modelReset.connect(self.executeDelayedItemsLayout)
        # A header click calls model.sort(); no sort is applied at start.
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)

    def default_widths(self) -> dict[int, int]:
        """Widths of the columns beside the title, from the font.

        Each fits what a typical value needs, the header's own text and its
        sort arrow.
        """
        fm = self.fontMetrics()
        header_fm = self.horizontalHeader().fontMetrics()
        arrow = header_fm.height() + 12
        pad = fm.horizontalAdvance("M") + 8
        samples = {
            SITE: ["The Guardian"],
            AUTHORS: ["Claire Dubois"],
            PUBLISHED: [format_date("2024-09-30")],
            ADDED: ["Yesterday 18:40", format_date("2024-09-30")],
            TAGS: ["tech self-reliance"],
        }
        return {
            column: max(
                max(fm.horizontalAdvance(s) for s in texts) + pad,
                header_fm.horizontalAdvance(COLUMNS[column][0]) + arrow,
            )
            for column, texts in samples.items()
        }

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
