"""The sidebar: where the user picks what the list shows.

Fixed views first (All clips, Recently added, Untagged, Needs attention,
Duplicates), then topics, then tags as a tree following the "/" hierarchy
("china/semiconductors" under "china"), then saved searches, each with its
count. Every entry is a ``Scope``: a query in the search language (plus, for
"Recently added", an order and a cut-off), so the sidebar and the search
field combine by simply joining their queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from clipper.library import Library

RECENT_LIMIT = 100
SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Scope:
    """What a sidebar entry shows."""

    kind: str  # all, recent, untagged, attention, duplicates, topic, tag, saved
    label: str
    query: str = ""
    sort: str | None = None
    limit: int | None = None
    name: str | None = None  # the tag, topic or saved search


def quote(name: str) -> str:
    """A tag name as a query value."""
    return '"' + name.replace('"', "") + '"'


ALL = Scope("all", "All clips")
FIXED = (
    ALL,
    Scope("recent", "Recently added", "", sort="captured", limit=RECENT_LIMIT),
    Scope("untagged", "Untagged", "is:untagged"),
    Scope("attention", "Needs attention", "is:incomplete"),
    Scope("duplicates", "Duplicates", "is:duplicate"),
)
_TIPS = {
    "recent": f"The {RECENT_LIMIT} clips added last",
    "attention": "Clips without a title, a date or an author: worth a look",
    "duplicates": "Clips captured again although they were already in the library",
}


class Sidebar(QTreeWidget):
    """The tree of views, topics, tags and saved searches."""

    scopeSelected = Signal(object)  # Scope
    renameTagRequested = Signal(str)
    mergeTagRequested = Signal(str)
    deleteTagRequested = Signal(str)
    editTopicRequested = Signal(str)
    newTopicRequested = Signal()
    deleteSavedRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName("Library views, topics and tags")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)
        self._sections: dict[str, QTreeWidgetItem] = {}
        self._current_key: tuple[str, str | None] = ("all", None)
        self._populating = False

    # -- contents ------------------------------------------------------------

    def refresh(self, library: Library) -> None:
        """Rebuild from the library, keeping the selected entry and open branches."""
        expanded = self._expanded_keys()
        self._populating = True
        try:
            self.clear()
            self._sections = {}
            library_section = self._section("library", "Library")
            for scope in FIXED:
                count = library.count(scope.query) if scope.kind != "recent" else None
                if scope.kind == "recent":
                    count = min(RECENT_LIMIT, library.count(""))
                self._item(library_section, scope, count, _TIPS.get(scope.kind))
            tags = library.tags()
            counts = {t.name: t.count for t in tags}
            topics = _topic_names(library)
            if topics:
                section = self._section("topics", "Topics")
                for name in topics:
                    scope = Scope("topic", name, f"tag:{quote(name)}", name=name)
                    self._item(
                        section, scope, counts.get(name, 0), "A topic: applied automatically"
                    )
            plain = [t for t in tags if t.name not in set(topics)]
            if plain:
                self._tag_tree(self._section("tags", "Tags"), plain, library)
            saved = library.saved_searches() if hasattr(library, "saved_searches") else []
            if saved:
                section = self._section("saved", "Saved searches")
                for name, query in saved:
                    self._item(section, Scope("saved", name, query, name=name), None, query)
            for key, item in self._all_items():
                if key in expanded or item.parent() is None:
                    item.setExpanded(True)
        finally:
            self._populating = False
        self._reselect()

    def _section(self, key: str, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(0, SCOPE_ROLE, None)
        item.setFirstColumnSpanned(True)
        self._sections[key] = item
        return item

    def _item(
        self, parent: QTreeWidgetItem, scope: Scope, count: int | None, tip: str | None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [scope.label, "" if count is None else str(count)])
        item.setData(0, SCOPE_ROLE, scope)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            item.setToolTip(0, tip)
        return item

    def _tag_tree(self, section: QTreeWidgetItem, tags: list, library: Library) -> None:
        nodes: dict[str, QTreeWidgetItem] = {}
        own = {t.name.casefold(): t for t in tags}
        names = sorted({t.name for t in tags}, key=str.casefold)
        # Parents that exist only as a prefix ("china" for "china/chips") still get a node.
        full: set[str] = set()
        for name in names:
            parts = name.split("/")
            for depth in range(1, len(parts) + 1):
                full.add("/".join(parts[:depth]))
        has_children = {n.rsplit("/", 1)[0] for n in full if "/" in n}
        for name in sorted(full, key=lambda n: [p.casefold() for p in n.split("/")]):
            parent_name, _, leaf = name.rpartition("/")
            parent = nodes.get(parent_name, section)
            if name in has_children:
                count = library.count(f"tag:{quote(name)}")
            else:
                tag = own.get(name.casefold())
                count = tag.count if tag else 0
            tag = own.get(name.casefold())
            tip = f"Clips tagged “{name}”" + (" and its sub-tags" if name in has_children else "")
            if tag is not None and tag.origin == "bundle":
                tip += " (came with an imported bundle)"
            item = self._item(
                parent, Scope("tag", leaf or name, f"tag:{quote(name)}", name=name), count, tip
            )
            if tag is not None and tag.origin == "bundle":
                font = QFont(self.font())
                font.setItalic(True)
                item.setFont(0, font)
            nodes[name] = item

    def _all_items(self) -> list[tuple[tuple[str, str | None], QTreeWidgetItem]]:
        out = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            scope = item.data(0, SCOPE_ROLE)
            key = (
                (scope.kind, scope.name) if isinstance(scope, Scope) else ("section", item.text(0))
            )
            out.append((key, item))
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _expanded_keys(self) -> set[tuple[str, str | None]]:
        return {key for key, item in self._all_items() if item.isExpanded()}

    def _reselect(self) -> None:
        for key, item in self._all_items():
            if key == self._current_key:
                self._populating = True
                self.setCurrentItem(item)
                self._populating = False
                return
        self.select_scope_kind("all", emit=True)

    # -- selection -------------------------------------------------------------

    def current_scope(self) -> Scope:
        item = self.currentItem()
        scope = item.data(0, SCOPE_ROLE) if item is not None else None
        return scope if isinstance(scope, Scope) else ALL

    def select_scope_kind(self, kind: str, name: str | None = None, *, emit: bool = True) -> bool:
        """Select an entry by kind (and name for tags, topics, saved searches)."""
        for key, item in self._all_items():
            if key[0] == kind and (name is None or (key[1] or "").casefold() == name.casefold()):
                self._populating = not emit
                self.setCurrentItem(item)
                self._populating = False
                return True
        return False

    def item_for(self, kind: str, name: str | None = None) -> QTreeWidgetItem | None:
        for key, item in self._all_items():
            if key[0] == kind and (name is None or (key[1] or "").casefold() == name.casefold()):
                return item
        return None

    def _current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        scope = current.data(0, SCOPE_ROLE) if current is not None else None
        if not isinstance(scope, Scope):
            return
        self._current_key = (scope.kind, scope.name)
        if not self._populating:
            self.scopeSelected.emit(scope)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        scope = item.data(0, SCOPE_ROLE)
        if isinstance(scope, Scope) and scope.kind == "topic":
            self.editTopicRequested.emit(scope.name or "")

    # -- context menu ------------------------------------------------------

    def _menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        scope = item.data(0, SCOPE_ROLE) if item is not None else None
        menu = QMenu(self)
        if isinstance(scope, Scope) and scope.kind in ("tag", "topic"):
            name = scope.name or ""
            if scope.kind == "topic":
                self._add(menu, "Edit topic…", lambda: self.editTopicRequested.emit(name))
            self._add(menu, f"Rename “{name}”…", lambda: self.renameTagRequested.emit(name))
            self._add(menu, f"Merge “{name}” into…", lambda: self.mergeTagRequested.emit(name))
            self._add(menu, f"Delete “{name}”…", lambda: self.deleteTagRequested.emit(name))
        elif isinstance(scope, Scope) and scope.kind == "saved":
            name = scope.name or ""
            self._add(
                menu, f"Delete saved search “{name}”", lambda: self.deleteSavedRequested.emit(name)
            )
        self._add(menu, "New topic…", self.newTopicRequested.emit)
        menu.popup(self.viewport().mapToGlobal(pos))

    @staticmethod
    def _add(menu: QMenu, text: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action


def _topic_names(library: Library) -> list[str]:
    """Topic names, if the library knows topics yet."""
    topics = getattr(library, "topics", None)
    if topics is None:
        return []
    return sorted((t.name for t in topics()), key=str.casefold)
