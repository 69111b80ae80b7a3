"""The main window: sidebar, search and clip list, reader; menus and status.

The window owns one ``Library`` for the GUI thread (quick reads and single
edits) and a ``TaskRunner`` whose workers open their own. Searches run in
the background and carry a generation number: a result that arrives after
the user typed on is dropped, and the older search's SQLite statement is
interrupted so its worker thread is free at once. Every edit returns
``Changes``, and ``after_change`` refreshes only what they name (Anki's
OpChanges).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clipper.errors import QueryError, UserError
from clipper.gui import errors
from clipper.gui.capture_flow import CaptureFlow
from clipper.gui.clip_list import ClipListModel, ClipListView, local_moment
from clipper.gui.commands import DeleteClips, EditDetails, TagClips
from clipper.gui.details_dialog import DetailsDialog
from clipper.gui.dialogs import (
    BulkTagsDialog,
    DeleteTagDialog,
    FirstRunPage,
    MergeTagDialog,
    about_text,
)
from clipper.gui.reader import Reader
from clipper.gui.search_bar import SearchBar
from clipper.gui.settings import Settings
from clipper.gui.sidebar import ALL, Scope, Sidebar
from clipper.gui.tasks import Task, TaskContext, TaskRunner
from clipper.gui.timeline import Timeline
from clipper.library import Library
from clipper.model import Capture, Changes, Clip, SearchResult, SortOrder

#: Where the list's column layout is kept; renamed when the title column
#: became the stretching one, so an old layout with the tags off screen is
#: not brought back.
HEADER_KEY = "list/columns"
_DATE_FILTER = re.compile(r"(?<!\S)-?(after|before|year):\S+")
#: Rows of a search shown before its full id list is read: a screenful and more.
FIRST_PAGE = 50


class MainWindow(QMainWindow):
    """Clipper's one window."""

    #: A search's result is on screen (its first page at least): the number of hits.
    searchFinished = Signal(int)
    #: The list holds every hit of the search (the full id list is in): the number.
    searchCompleted = Signal(int)
    #: The timeline was redrawn with new figures.
    timelineUpdated = Signal()

    def __init__(
        self, library: Library, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings or Settings.default()
        self.tasks = TaskRunner(library.path, self)
        self.undo_stack = QUndoStack(self)
        self.flow = CaptureFlow(self)
        self.scope: Scope = ALL
        self.sort_key: str | None = None
        self.sort_desc = True
        self.terms: list[str] = []
        self.last_search_seconds = 0.0
        self._search_generation = 0
        self._search_task: Task | None = None
        #: A clip to select once the full list is in (not on the first page).
        self._deferred_select: str | None = None
        self._timeline_generation = 0
        self._timeline_task: Task | None = None
        self._pending_select: str | None = None
        self._dialogs: list[QWidget] = []
        self.setWindowTitle("Clipper")
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._set_tab_order()
        self._restore_settings()
        self.refresh_sidebar()
        self.search_bar.set_text(self.settings.last_search, search=False)
        self.run_search()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.reader.refresh_palette())

    # -- building ----------------------------------------------------------------

    def _today(self) -> dt.date:
        """Today in local time by the library's clock (an injected one in tests)."""
        moment = local_moment(self.library.now())
        return moment.date() if moment is not None else dt.date.today()

    def _build_widgets(self) -> None:
        self.sidebar = Sidebar(self)
        self.sidebar.scopeSelected.connect(self._scope_selected)
        self.sidebar.renameTagRequested.connect(self.rename_tag)
        self.sidebar.mergeTagRequested.connect(self.merge_tag)
        self.sidebar.deleteTagRequested.connect(self.delete_tag)
        self.sidebar.deleteSavedRequested.connect(self.delete_saved_search)
        self.sidebar.editTopicRequested.connect(self.open_topics)
        self.sidebar.newTopicRequested.connect(lambda: self.open_topics(None))

        self.search_bar = SearchBar(self)
        self.search_bar.searchRequested.connect(lambda _text: self.run_search())
        self.search_bar.focusListRequested.connect(self._focus_list)

        self.model = ClipListModel(self.library, self, today=self._today)
        self.model.sortRequested.connect(self._sort_requested)
        self.list = ClipListView(self)
        self.list.setModel(self.model)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.list.openRequested.connect(lambda _uuid: self.reader.browser.setFocus())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.first_run = FirstRunPage(self)
        self.first_run.sampleRequested.connect(self.add_sample_article)
        self.first_run.pasteRequested.connect(self.flow.paste)
        self.first_run.importRequested.connect(self.import_files)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.first_run)

        self.timeline = Timeline(self)
        self.timeline.set_bucket(self.settings.timeline_bucket)
        self.timeline.periodClicked.connect(self.filter_period)
        self.timeline.bucketChanged.connect(self._bucket_changed)

        self.middle_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.middle_splitter.setObjectName("middleSplitter")
        self.middle_splitter.addWidget(self.stack)
        self.middle_splitter.addWidget(self.timeline)
        self.middle_splitter.setStretchFactor(0, 4)
        self.middle_splitter.setStretchFactor(1, 1)
        self.middle_splitter.setChildrenCollapsible(False)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(4, 4, 4, 0)
        middle_layout.setSpacing(4)
        middle_layout.addWidget(self.search_bar)
        middle_layout.addWidget(self.middle_splitter, 1)

        self.reader = Reader(self)
        self.reader.tagAdded.connect(lambda uuid, name: self.tag_clips([uuid], [name], add=True))
        self.reader.tagRemoved.connect(lambda uuid, name: self.tag_clips([uuid], [name], add=False))
        self.reader.tagClicked.connect(self.filter_tag)
        self.reader.notesEdited.connect(self._save_notes)
        self.reader.restoreBlockRequested.connect(self._restore_block)
        self.reader.removeBlockRequested.connect(self._remove_block)
        self.reader.linkActivated.connect(self.open_external)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        for widget in (
            self.list.viewport(),
            self.reader.browser.viewport(),
            self.sidebar.viewport(),
            self.first_run,
        ):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self.flow.drop_filter)

        status = self.statusBar()
        self.hits_label = QLabel(self)
        self.hits_label.setObjectName("hitsLabel")
        self.undo_button = QToolButton(self)
        self.undo_button.setText("Undo")
        self.undo_button.setAutoRaise(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo_from_status)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        status.addPermanentWidget(self.undo_button)
        status.addPermanentWidget(self.hits_label)

    def _action(
        self,
        text: str,
        slot,
        shortcut=None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,  # noqa: ANN001
        theme: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            keys: list[QKeySequence] = []
            for item in shortcuts:
                if isinstance(item, QKeySequence.StandardKey):
                    keys.extend(QKeySequence.keyBindings(item))
                else:
                    keys.append(QKeySequence(item))
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if theme or icon is not None:
            fallback = self.style().standardIcon(icon) if icon is not None else QIcon()
            action.setIcon(QIcon.fromTheme(theme, fallback) if theme else fallback)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        sk = QKeySequence.StandardKey
        self.paste_action = self._action(
            "&New clip from clipboard",
            self.flow.paste,
            sk.Paste,
            "Clean what you copied in the browser and preview it before saving",
            sp.SP_FileIcon,
            "edit-paste",
        )
        self.import_action = self._action(
            "&Import files…",
            self.import_files,
            sk.Open,
            "Import saved pages, text, Markdown, e-mails or a .clipbundle",
            sp.SP_DialogOpenButton,
            "document-import",
        )
        self.import_folder_action = self._action(
            "Import &folder…",
            self.import_folder,
            "Ctrl+Shift+O",
            "Import every file in a folder",
            sp.SP_DirOpenIcon,
        )
        self.export_action = self._action(
            "&Export…",
            self.open_export,
            "Ctrl+E",
            "Export clips as a bundle, CSL-JSON, RIS, BibTeX, CSV, JSON Lines or Markdown",
            sp.SP_DialogSaveButton,
            "document-export",
        )
        self.quit_action = self._action("&Quit", self.close, sk.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(sk.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(QKeySequence.keyBindings(sk.Redo))
        self.addActions([self.undo_action, self.redo_action])
        self.delete_action = self._action(
            "&Delete",
            self.delete_selected,
            sk.Delete,
            "Delete the selected clips (can be undone)",
            sp.SP_TrashIcon,
            "edit-delete",
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list.addAction(self.delete_action)
        self.add_tags_action = self._action(
            "&Add tags to selection…", lambda: self.open_bulk_tags(True), "Ctrl+T"
        )
        self.remove_tags_action = self._action(
            "&Remove tags from selection…", lambda: self.open_bulk_tags(False), "Ctrl+Shift+T"
        )
        self.details_action = self._action(
            "Edit &details…",
            self.open_details,
            "F2",
            "Correct the title, authors, date, site or address of the clip shown",
        )
        self.find_action = self._action(
            "&Find", self.focus_search, [sk.Find, "Ctrl+K"], "Search the library"
        )
        self.save_search_action = self._action(
            "&Save search…", self.save_search, sk.Save, "Keep the current search in the sidebar"
        )
        self.skip_preview_action = QAction("Save pasted clips &without preview", self)
        self.skip_preview_action.setCheckable(True)
        self.skip_preview_action.setChecked(self.settings.skip_preview)
        self.skip_preview_action.toggled.connect(self._skip_preview_toggled)
        self.original_action = self._action(
            "Show &original",
            lambda: None,  # checkable: kept in step with the reader's button below
            "Ctrl+U",
            "Show the article as captured, with what cleaning removed",
        )
        self.original_action.setCheckable(True)
        self.original_action.toggled.connect(self.reader.original_button.setChecked)
        self.reader.original_button.toggled.connect(self.original_action.setChecked)
        self.timeline_action = QAction(
            QIcon.fromTheme(
                "view-statistics", self.style().standardIcon(sp.SP_FileDialogContentsView)
            ),
            "&Timeline",
            self,
        )
        self.timeline_action.setCheckable(True)
        self.timeline_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        tip = "Show or hide the clips per month or week; click a bar to list its clips"
        self.timeline_action.setStatusTip(tip)
        self.timeline_action.setToolTip(tip)
        self.timeline_action.setChecked(self.settings.timeline_visible)
        self.timeline_action.toggled.connect(self._timeline_toggled)
        self.timeline.setVisible(self.settings.timeline_visible)
        self.addAction(self.timeline_action)
        self.relevance_action = self._action("Sort by &relevance", self.sort_by_relevance, "Ctrl+R")
        self.refresh_action = self._action("Re&fresh", self.refresh_all, sk.Refresh)
        self.open_link_action = self._action(
            "Open source in &browser", self.open_current_link, "Ctrl+Shift+B"
        )
        self.topics_action = self._action(
            "&Topics…",
            lambda: self.open_topics(None),
            "Ctrl+Shift+P",
            "Define topics and apply them to the library",
            sp.SP_FileDialogDetailedView,
            "tag",
        )
        self.about_action = self._action("&About Clipper", self.show_about)
        self.help_action = self._action("&Search help", self.show_search_help, sk.HelpContents)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())

        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (
            self.paste_action,
            self.import_action,
            self.export_action,
            self.delete_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.topics_action)
        toolbar.addAction(self.timeline_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        for action in self.actions():
            if action not in (self.undo_action, self.redo_action):  # their text changes
                show_shortcut_in_tooltip(action)
        self.reader.original_button.setToolTip(self.original_action.toolTip())
        for action in (
            self.details_action,
            self.add_tags_action,
            self.remove_tags_action,
            self.open_link_action,
            self.export_action,
        ):
            self.list.addAction(action)

    def _set_tab_order(self) -> None:
        """Tab walks the panes left to right, as they are laid out.

        The sidebar, the search field, the list, the timeline, then the reader
        (its tags, the Original toggle, the article, the notes).
        """
        chain = [
            self.sidebar,
            self.search_bar.field,
            self.list,
            self.timeline.bucket_box,
            self.timeline.chart,
            self.reader.tags.input,
            self.reader.original_button,
            self.reader.browser,
            self.reader.notes,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.reader.tags.keep_chips_in_tab_order()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for a in (
            self.paste_action,
            self.import_action,
            self.import_folder_action,
            self.export_action,
        ):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.skip_preview_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu("&Edit")
        for a in (self.undo_action, self.redo_action):
            edit.addAction(a)
        edit.addSeparator()
        for a in (
            self.details_action,
            self.add_tags_action,
            self.remove_tags_action,
            self.delete_action,
        ):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.find_action)
        edit.addAction(self.save_search_action)
        view = bar.addMenu("&View")
        for a in (
            self.original_action,
            self.timeline_action,
            self.relevance_action,
            self.open_link_action,
            self.refresh_action,
        ):
            view.addAction(a)
        library = bar.addMenu("&Library")
        library.addAction(self.topics_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)
        self._update_actions()

    # -- settings ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1400, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))
            # The list gets the most: six columns, the title the widest.
            self.splitter.setSizes([200, 760, 440])
            self.middle_splitter.setSizes([600, 160])
        state = self.settings.bytes("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (
            ("splitter/main", self.splitter),
            ("splitter/middle", self.middle_splitter),
            ("splitter/reader", self.reader.splitter),
        ):
            value = self.settings.bytes(key)
            if value is not None:
                splitter.restoreState(value)
        header = self.settings.bytes(HEADER_KEY)
        if header is not None:
            self.list.horizontalHeader().restoreState(header)
            self.list.reset_sort_indicator()

    def save_settings(self) -> None:
        s = self.settings
        s.set_bytes("window/geometry", self.saveGeometry())
        s.set_bytes("window/state", self.saveState())
        s.set_bytes("splitter/main", self.splitter.saveState())
        s.set_bytes("splitter/middle", self.middle_splitter.saveState())
        s.set_bytes("splitter/reader", self.reader.splitter.saveState())
        s.set_bytes(HEADER_KEY, self.list.horizontalHeader().saveState())
        s.last_search = self.search_bar.text()
        s.timeline_bucket = self.timeline.bucket
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.reader.save_notes()
        self.save_settings()
        self.tasks.shutdown()
        super().closeEvent(event)

    # -- searching -----------------------------------------------------------------

    def effective_query(self) -> str:
        """The sidebar's scope and the search field, as one query."""
        return " ".join(p for p in (self.scope.query, self.search_bar.text().strip()) if p)

    def run_search(self) -> Task:
        """Search in the background; a newer search makes this one's result moot.

        A query that matches most of the library (a common word, a one-letter
        prefix) has an id list that takes a quarter of a second to read, so
        the search runs in two stages: first the top page with
        ``Library.search`` (FTS5 stops after a page), shown at once with the
        hit count, then the whole ordered id list, swapped in behind the rows
        the user may already be looking at. Both stages carry the generation
        number, so neither stage of an older search ever reaches the list,
        and the stage still running is interrupted (``Task.interrupt``): its
        statement stops instead of holding a worker thread to its end.
        """
        self._search_generation += 1
        generation = self._search_generation
        if self._search_task is not None:
            self._search_task.interrupt()
            self._search_task = None
        self._deferred_select = None
        query = self.effective_query()
        text = self.search_bar.text()
        scope = self.scope
        sort_key, descending = self.sort_key, self.sort_desc
        page_sort = _page_sort(sort_key, descending)
        if not scope.limit and page_sort is not None:

            def first_page(ctx: TaskContext) -> tuple[SearchResult, float, list[str], int]:
                lib = ctx.library()
                started = time.perf_counter()
                result = lib.search(query, sort=page_sort, limit=FIRST_PAGE)
                elapsed = time.perf_counter() - started
                total = lib.count("") if not result.hits else -1
                return result, elapsed, lib.highlight_terms(text), total

            task = self.tasks.run_in_background(
                first_page,
                lambda result: self._first_page_done(generation, query, result),
                lambda err, trace: self._search_failed(generation, err, trace),
                interruptible=True,
            )
            self._search_task = task
            return task

        def work(ctx: TaskContext) -> tuple[list[str], float, list[str], int]:
            lib = ctx.library()
            started = time.perf_counter()
            if scope.limit:
                uuids = lib.search_uuids(query, sort=scope.sort or "captured")[: scope.limit]
                if sort_key:
                    keep = set(uuids)
                    uuids = [
                        u
                        for u in lib.search_uuids(query, sort=sort_key, descending=descending)
                        if u in keep
                    ]
            else:
                uuids = lib.search_uuids(query, sort=sort_key or "relevance", descending=descending)
            elapsed = time.perf_counter() - started
            total = lib.count("") if not uuids else -1
            return uuids, elapsed, lib.highlight_terms(text), total

        task = self.tasks.run_in_background(
            work,
            lambda result: self._search_done(generation, query, result),
            lambda err, trace: self._search_failed(generation, err, trace),
            interruptible=True,
        )
        self._search_task = task
        return task

    def _search_done(
        self, generation: int, query: str, result: tuple[list[str], float, list[str], int]
    ) -> None:
        if generation != self._search_generation:
            return
        uuids, elapsed, terms, library_total = result
        current = self._begin_result(terms, elapsed, library_total)
        self.model.set_uuids(uuids)
        self._show_hits(len(uuids), elapsed)
        self._select_after_search(current, final=True)
        self._after_result()
        self.searchFinished.emit(len(uuids))
        if generation == self._search_generation:  # no listener searched again
            self.searchCompleted.emit(len(uuids))

    def _first_page_done(
        self, generation: int, query: str, result: tuple[SearchResult, float, list[str], int]
    ) -> None:
        """Stage one: show the top page and the hit count, then fetch the rest."""
        if generation != self._search_generation:
            return
        page, elapsed, terms, library_total = result
        current = self._begin_result(terms, elapsed, library_total)
        self.model.set_first_page([hit.clip for hit in page.hits])
        self._show_hits(page.total, elapsed)
        whole = len(page.hits) >= page.total
        self._select_after_search(current, final=whole)
        # The timeline's query runs beside the id list (on the other core).
        self._after_result()
        if whole:
            self.searchFinished.emit(page.total)
            if generation == self._search_generation:  # no listener searched again
                self.searchCompleted.emit(page.total)
            return
        sort_key, descending = self.sort_key, self.sort_desc

        def full_list(ctx: TaskContext) -> list[str] | None:
            # Typed on while this waited for a thread: ctx.library() raises
            # Interrupted, which the runner counts and never shows.
            return ctx.library().search_uuids(
                query, sort=sort_key or "relevance", descending=descending
            )

        # Started before the signal: a listener that searches again at once
        # then cancels this stage too.
        self._search_task = self.tasks.run_in_background(
            full_list,
            lambda uuids: self._full_list_done(generation, uuids),
            lambda err, trace: self._search_failed(generation, err, trace),
            interruptible=True,
        )
        self.searchFinished.emit(page.total)

    def _full_list_done(self, generation: int, uuids: list[str] | None) -> None:
        """Stage two: every hit in order, behind the page the user already sees."""
        if generation != self._search_generation or uuids is None:
            return
        self.model.complete(uuids)
        self._show_hits(len(uuids), self.last_search_seconds)
        current, self._deferred_select = self._deferred_select, None
        if self.list.current_uuid() is None:
            self._select_after_search(current, final=True)
        self._update_actions()
        self.searchCompleted.emit(len(uuids))

    def _begin_result(self, terms: list[str], elapsed: float, library_total: int) -> str | None:
        """Common start of showing a result; returns the clip to keep selected."""
        self.search_bar.show_error(None)
        current = self._pending_select or self.list.current_uuid()
        self._pending_select = None
        self.terms = terms
        self.last_search_seconds = elapsed
        self.stack.setCurrentWidget(self.first_run if library_total == 0 else self.list)
        return current

    def _show_hits(self, n: int, elapsed: float) -> None:
        ms = elapsed * 1000
        self.hits_label.setText(
            f"{n:,} clip{'s' if n != 1 else ''} · {ms:.1f} ms"
            if ms < 10
            else f"{n:,} clip{'s' if n != 1 else ''} · {ms:.0f} ms"
        )

    def _select_after_search(self, current: str | None, *, final: bool) -> None:
        """Keep the clip selected before the search if it is still listed.

        While only the first page is in, a clip further down may still come
        with the full list, so the reader keeps it until then.
        """
        if current and self.list.select_uuid(current):
            return
        if current and not final:
            self._deferred_select = current
            return
        self.reader.show_clip(None)

    def _after_result(self) -> None:
        self._update_actions()
        if self.timeline.isVisible():
            self.refresh_timeline()

    def _search_failed(self, generation: int, err: BaseException, trace: str) -> None:
        if generation != self._search_generation:
            return
        if isinstance(err, QueryError):
            self.search_bar.show_error(err)
            self.hits_label.setText("Query error")
            self.searchFinished.emit(-1)
            return
        errors.show_exception(self, err, trace)

    def _scope_selected(self, scope: Scope) -> None:
        self.scope = scope
        self.run_search()

    def _sort_requested(self, key: str, descending: bool) -> None:
        self.sort_key, self.sort_desc = key, descending
        self.run_search()

    def sort_by_relevance(self) -> None:
        self.sort_key, self.sort_desc = None, True
        self.list.reset_sort_indicator()
        self.run_search()

    def focus_search(self) -> None:
        self.search_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.field.selectAll()

    def _focus_list(self) -> None:
        self.list.setFocus()
        if not self.list.selected_uuids() and self.model.rowCount() > 0:
            row = self.list.currentIndex().row() if self.list.currentIndex().isValid() else 0
            self.list.select_uuid(self.model.uuid_at(row) or "")

    def filter_tag(self, name: str) -> None:
        """Show the clips carrying a tag (a chip or a sidebar entry)."""
        if not (
            self.sidebar.select_scope_kind("topic", name)
            or self.sidebar.select_scope_kind("tag", name)
        ):
            self.search_bar.set_text(f'tag:"{name}"')

    def filter_period(self, first: str, last: str) -> None:
        """Narrow the search to a period (a timeline bar was clicked)."""
        text = _DATE_FILTER.sub("", self.search_bar.text())
        text = " ".join(text.split() + [f"after:{first}", f"before:{last}"])
        self.search_bar.set_text(text)

    # -- timeline --------------------------------------------------------------------

    def refresh_timeline(self) -> Task:
        self._timeline_generation += 1
        generation = self._timeline_generation
        if self._timeline_task is not None:
            self._timeline_task.interrupt()  # its counts are for an older query
        query = self.effective_query()
        bucket = self.timeline.bucket
        what = "in this search" if self.search_bar.text().strip() else f"in “{self.scope.label}”"

        def done(rows: list[tuple[str, int]]) -> None:
            if generation == self._timeline_generation:
                self.timeline.set_data(rows, bucket, what)
                self.timelineUpdated.emit()

        def failed(err: BaseException, trace: str) -> None:
            if not isinstance(err, QueryError):
                errors.show_exception(self, err, trace)

        self._timeline_task = self.tasks.run_in_background(
            lambda ctx: ctx.library().timeline(query, bucket=bucket),
            done,
            failed,
            interruptible=True,
        )
        return self._timeline_task

    def _timeline_toggled(self, visible: bool) -> None:
        self.timeline.setVisible(visible)
        self.settings.timeline_visible = visible
        if visible:
            self.refresh_timeline()

    def _bucket_changed(self, bucket: str) -> None:
        self.settings.timeline_bucket = bucket
        self.refresh_timeline()

    # -- selection and reader ------------------------------------------------------

    def _selection_changed(self) -> None:
        uuids = self.list.selected_uuids()
        if len(uuids) == 1:
            try:
                clip = self.library.get(uuids[0])
            except UserError:
                self.reader.show_clip(None)
            else:
                self.reader.show_clip(clip, self.terms)
        elif uuids:
            self.reader.show_clip(None)
            self.reader.show_message(
                f"{len(uuids)} clips selected. Add or remove tags (Ctrl+T, Ctrl+Shift+T), "
                "export (Ctrl+E) or delete them."
            )
        else:
            self.reader.show_clip(None)
        self.reader.tags.set_known_tags([t.name for t in self.library.tags()])
        self._update_actions()

    def show_clip(self, uuid: str) -> None:
        """Select a clip in the list, widening the view to all clips if needed."""
        if self.list.select_uuid(uuid):
            return
        self._pending_select = uuid
        self.search_bar.set_text("", search=False)
        if not self.sidebar.select_scope_kind("all"):
            self.scope = ALL
            self.run_search()

    def _update_actions(self) -> None:
        n = len(self.list.selected_uuids())
        for action in (self.delete_action, self.add_tags_action, self.remove_tags_action):
            action.setEnabled(n > 0)
        self.original_action.setEnabled(self.reader.original_button.isEnabled())
        self.open_link_action.setEnabled(bool(self.reader.clip and self.reader.clip.url))
        self.details_action.setEnabled(self.reader.clip is not None)

    def _save_notes(self, uuid: str, text: str) -> None:
        try:
            changes = self.library.update(uuid, notes=text)
        except UserError as err:
            errors.show_user_error(self, err)
            return
        self.model.refresh(changes.updated)
        self.show_status("Notes saved.", 3000)

    def _restore_block(self, uuid: str, index: int) -> None:
        self._edit_body(
            lambda: self.library.restore_block(uuid, index), "Put the block back into the article."
        )

    def _remove_block(self, uuid: str, paragraph: str) -> None:
        self._edit_body(
            lambda: self.library.remove_block(uuid, paragraph),
            "Removed the paragraph from the article.",
        )

    def _edit_body(self, call, message: str) -> None:  # noqa: ANN001
        try:
            changes = call()
        except UserError as err:
            errors.show_user_error(self, err)
            return
        self.after_change(changes)
        self.show_status(message + " The original is unchanged.", 5000)

    def open_external(self, url: QUrl) -> None:
        """Open a link in the system browser (only ever on a click)."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def open_current_link(self) -> None:
        if self.reader.clip and self.reader.clip.url:
            self.open_external(QUrl(self.reader.clip.url))

    # -- edits -------------------------------------------------------------------------

    def after_change(self, changes: Changes, *, select: str | None = None) -> None:
        """Refresh what a mutation touched."""
        if changes.deleted:
            self.model.remove(changes.deleted)
        if changes.updated:
            self.model.refresh(changes.updated)
            current = self.reader.clip
            if current is not None and current.uuid in changes.updated:
                try:
                    self.reader.show_clip(self.library.get(current.uuid), self.terms)
                except UserError:
                    self.reader.show_clip(None)
        if changes.tags or changes.topics or changes.searches or changes.added or changes.deleted:
            self.refresh_sidebar()
        if select:
            self._pending_select = select
        if (
            changes.added
            or select
            or (changes.tags and self.scope.kind in ("tag", "topic", "untagged"))
        ):
            self.run_search()
        elif changes.deleted and self.model.rowCount() == 0:
            self.run_search()
        elif self.timeline.isVisible() and (changes.updated or changes.deleted):
            self.refresh_timeline()
        self._update_actions()

    def refresh_sidebar(self) -> None:
        self.sidebar.refresh(self.library)
        self.scope = self.sidebar.current_scope()

    def refresh_all(self) -> None:
        self.model.refresh(self.model.uuids)
        self.refresh_sidebar()
        self.run_search()

    def delete_selected(self) -> None:
        uuids = self.list.selected_uuids()
        if not uuids:
            return
        row = min(r for u in uuids if (r := self.model.row_of(u)) is not None)
        command = DeleteClips(self.library, uuids, self.after_change)
        self.undo_stack.push(command)
        self.show_status(f"Deleted {len(uuids)} clip{'s' if len(uuids) != 1 else ''}.", 10_000)
        self.undo_button.setText(f"Undo delete ({len(uuids)})")
        self.undo_button.show()
        self._undo_timer.start(10_000)
        if self.model.rowCount():
            next_uuid = self.model.uuid_at(min(row, self.model.rowCount() - 1))
            if next_uuid:
                self.list.select_uuid(next_uuid)

    def _undo_from_status(self) -> None:
        self.undo_stack.undo()
        self.undo_button.hide()

    def tag_clips(self, uuids: list[str], names: list[str], *, add: bool) -> TagClips | None:
        if not uuids or not names:
            return None
        try:
            command = TagClips(self.library, uuids, names, add, self.after_change)
            self.undo_stack.push(command)
        except UserError as err:
            errors.show_user_error(self, err)
            return None
        verb = "Tagged" if add else "Untagged"
        self.show_status(
            f"{verb} {command.count} clip{'s' if command.count != 1 else ''}: {', '.join(names)}.",
            5000,
        )
        return command

    def open_details(self) -> DetailsDialog | None:
        """Edit the details of the clip in the reader; saved as one undoable step."""
        clip = self.reader.clip
        if clip is None:
            return None
        dialog = DetailsDialog(clip, self)
        dialog.accepted.connect(lambda: self.edit_details(clip, dialog.changes()))
        return self._open_dialog(dialog)

    def edit_details(self, clip: Clip, changes: dict[str, object]) -> EditDetails | None:
        if not changes:
            return None
        try:
            command = EditDetails(self.library, clip, changes, self.after_change)
            self.undo_stack.push(command)
        except UserError as err:
            errors.show_user_error(self, err)
            return None
        self.show_status("Details saved. Edit > Undo puts them back.", 5000)
        return command

    def open_bulk_tags(self, add: bool) -> BulkTagsDialog | None:
        uuids = self.list.selected_uuids()
        if not uuids:
            return None
        dialog = BulkTagsDialog(len(uuids), [t.name for t in self.library.tags()], add, self)
        dialog.tagsChosen.connect(lambda names, adding: self.tag_clips(uuids, names, add=adding))
        return self._open_dialog(dialog)

    def _open_dialog(self, dialog):  # noqa: ANN001, ANN202
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs = [d for d in self._dialogs if _alive(d)] + [dialog]
        dialog.open()
        return dialog

    # -- tags and saved searches -------------------------------------------------

    def _usage_text(self, name: str) -> str:
        usage = self.library.tag_usage(name)
        text = f"“{usage.name}” is on {usage.clips} clip{'s' if usage.clips != 1 else ''}"
        if usage.children:
            text += f" ({usage.with_children} with its sub-tags: {', '.join(usage.children)})"
        return text + "."

    def rename_tag(self, name: str) -> None:
        try:
            usage = self._usage_text(name)
        except UserError as err:
            errors.show_user_error(self, err)
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(f"Rename “{name}”")
        dialog.setLabelText(f"{usage}\nNew name:")
        dialog.setTextValue(name)
        dialog.textValueSelected.connect(lambda new: self._rename_tag(name, new))
        self._open_dialog(dialog)

    def _rename_tag(self, old: str, new: str) -> None:
        new = new.strip()
        if not new or new == old:
            return
        try:
            changes = self.library.rename_tag(old, new)
        except UserError as err:
            errors.show_user_error(self, err)
            return
        self.after_change(changes)

    def merge_tag(self, name: str) -> None:
        try:
            usage = self._usage_text(name)
        except UserError as err:
            errors.show_user_error(self, err)
            return
        dialog = MergeTagDialog(name, usage, [t.name for t in self.library.tags()], self)
        dialog.mergeChosen.connect(self._merge_tag)
        self._open_dialog(dialog)

    def _merge_tag(self, source: str, target: str) -> None:
        try:
            self.after_change(self.library.merge_tags([source], target))
        except UserError as err:
            errors.show_user_error(self, err)

    def delete_tag(self, name: str) -> None:
        try:
            usage = self._usage_text(name)
        except UserError as err:
            errors.show_user_error(self, err)
            return
        dialog = DeleteTagDialog(name, usage, self)
        dialog.confirmed.connect(lambda n: self.after_change(self.library.delete_tag(n)))
        self._open_dialog(dialog)

    def save_search(self) -> None:
        query = self.effective_query()
        if not query:
            errors.show_user_error(
                self, "Type a search first, then save it to find it again in the sidebar."
            )
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Save search")
        dialog.setLabelText(f"Name for the search\n{query}")
        dialog.setTextValue(self.search_bar.text().strip()[:40] or self.scope.label)
        dialog.textValueSelected.connect(lambda name: self._save_search(name, query))
        self._open_dialog(dialog)

    def _save_search(self, name: str, query: str) -> None:
        if name.strip():
            self.after_change(self.library.save_search(name.strip(), query))

    def delete_saved_search(self, name: str) -> None:
        self.after_change(self.library.delete_saved_search(name))

    # -- import, export, topics ------------------------------------------------------

    def import_files(self) -> None:
        dialog = QFileDialog(self, "Import files")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                "Articles and bundles (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md *.markdown "
                "*.eml *.json *.clipbundle)",
                "All files (*)",
            ]
        )
        dialog.filesSelected.connect(lambda files: self._import_chosen([Path(f) for f in files]))
        self._open_dialog(dialog)

    def import_folder(self) -> None:
        dialog = QFileDialog(self, "Import a folder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self._import_chosen([Path(folder)]))
        self._open_dialog(dialog)

    def _import_chosen(self, paths: list[Path]) -> None:
        bundles = [p for p in paths if p.suffix.lower() == ".clipbundle"]
        others = [p for p in paths if p not in bundles]
        if others:
            self.flow.import_paths(others)
        for bundle in bundles:
            self.flow.import_bundle(bundle)

    def open_export(self):  # noqa: ANN201
        from clipper.gui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self, self.list.selected_uuids(), self.effective_query(), self.model.rowCount()
        )
        return self._open_dialog(dialog)

    def open_topics(self, name: str | None = None):  # noqa: ANN201
        from clipper.gui.topics_dialog import TopicsDialog

        dialog = TopicsDialog(self, select=name)
        return self._open_dialog(dialog)

    def add_sample_article(self) -> None:
        """Add the article the project ships for a first try."""
        from importlib import resources

        content = (
            resources.files("clipper.resources").joinpath("sample-article.html").read_text("utf-8")
        )
        self.flow.prepare(
            Capture(
                kind="html",
                content=content,
                name="sample-article.html",
                url="https://gazette.example.org/2024/03/small-chipmakers-home-grown-tools",
            )
        )

    # -- odds and ends -------------------------------------------------------------------

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    def _skip_preview_toggled(self, on: bool) -> None:
        self.settings.skip_preview = on

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle("About Clipper")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        return self._open_dialog(box)

    def show_search_help(self) -> QMessageBox:
        from clipper.gui.search_bar import help_html

        box = QMessageBox(self)
        box.setWindowTitle("Searching in Clipper")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(help_html())
        return self._open_dialog(box)

    def start_daily_backup(self) -> None:
        """Take today's rolling backup in the background (the app calls this at start)."""
        if hasattr(self.library, "maybe_daily_backup"):
            self.tasks.run_in_background(lambda ctx: ctx.library().maybe_daily_backup(), None, None)

    # -- drag and drop on the window itself ----------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self.flow.drag_enter(event)

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.flow.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.flow.drop(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.reader.refresh_palette()
        super().changeEvent(event)


def show_shortcut_in_tooltip(action: QAction) -> None:
    """Put the action's shortcut in its tooltip, as "Export clips… (Ctrl+E)".

    Menus show shortcuts beside each entry, but a toolbar button's tooltip is
    the only place a mouse user learns the key, and Qt does not add it.
    """
    keys = action.shortcuts()
    tip = action.toolTip() or action.text().replace("&", "").rstrip("…")
    if keys:
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({shown})"
    action.setToolTip(tip)


def _page_sort(sort_key: str | None, descending: bool) -> SortOrder | None:
    """The ``Library.search`` order that gives the same first rows as the full list.

    ``Library.search`` sorts by relevance, or newest first by date; any other
    order (a title column, oldest first) is read in one stage.
    """
    if sort_key is None:
        return "relevance" if descending else None
    if sort_key == "published" and descending:
        return "published"
    if sort_key == "captured" and descending:
        return "captured"
    return None


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
