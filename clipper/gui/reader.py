"""The reader pane: the clean article, its tags and notes, and the original.

The article is shown in a ``QTextBrowser`` that can never reach the network:
``loadResource`` answers nothing for any address that is not inline data, so
a tracking pixel in a clipped page stays silent, and a relative image path
cannot read local files either. Links open in the system browser only when
clicked (``setOpenLinks(False)``; the window decides what to do with them).

The "Original" toggle shows the input as it was captured, line by line, with
what cleaning removed struck through and labelled with the reason; each
removed block has a "put back" link, each kept paragraph a "remove" link.
The reader only says what the user asked; the window calls the library.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFocusEvent, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clipper.gui.clip_list import format_date
from clipper.gui.tag_editor import TagEditor
from clipper.model import Clip, Original, Removed

ACTION_SCHEME = "clipper"
MAX_ORIGINAL_LINES = 4000
NOTES_DEBOUNCE_MS = 1200
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


class _OfflineDocument(QTextDocument):
    """A document that loads no resource at all (used to read HTML as text)."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        return None


class SafeBrowser(QTextBrowser):
    """A text browser that never fetches anything and never follows links itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        #: Every resource the document asked for, and whether it was served.
        self.resource_requests: list[tuple[str, bool]] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        qurl = QUrl(url) if isinstance(url, str) else url
        allowed = qurl.scheme() == "data"
        self.resource_requests.append((qurl.toString()[:200], allowed))
        if allowed:
            return super().loadResource(kind, qurl)
        return None


def html_to_text(content: str) -> str:
    """The visible text of an HTML original, read without loading anything."""
    doc = _OfflineDocument()
    doc.setHtml(content[:4_000_000])
    return doc.toPlainText()


def original_lines(original: Original | None) -> list[str]:
    """The original as non-empty lines of visible text."""
    if original is None:
        return []
    text = html_to_text(original.content) if original.kind == "html" else original.content
    return [line.strip() for line in text.replace("\u2029", "\n").splitlines() if line.strip()]


def paragraphs(text: str) -> list[str]:
    """The clean text's paragraphs (the same split the library uses)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


class NotesEdit(QPlainTextEdit):
    """Notes that save themselves when focus leaves."""

    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focusLost.emit()


class Reader(QWidget):
    """Shows one clip; says what the user wants done to it."""

    tagAdded = Signal(str, str)  # uuid, tag
    tagRemoved = Signal(str, str)
    tagClicked = Signal(str)
    notesEdited = Signal(str, str)  # uuid, notes
    restoreBlockRequested = Signal(str, int)  # uuid, index into clip.removed
    removeBlockRequested = Signal(str, str)  # uuid, paragraph text
    linkActivated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clip: Clip | None = None
        self.terms: list[str] = []
        self.highlight_count = 0
        self._paragraphs: list[str] = []
        self._notes_loading = False

        self.original_button = QToolButton(self)
        self.original_button.setText("&Original")
        self.original_button.setCheckable(True)
        self.original_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.original_button.setToolTip(
            "Show the article as it was captured, with what cleaning removed marked (Ctrl+Shift+O)"
        )
        self.original_button.toggled.connect(self._render)
        self.tags = TagEditor(self)
        self.tags.tagAdded.connect(
            lambda name: self.clip and self.tagAdded.emit(self.clip.uuid, name)
        )
        self.tags.tagRemoved.connect(
            lambda name: self.clip and self.tagRemoved.emit(self.clip.uuid, name)
        )
        self.tags.tagClicked.connect(self.tagClicked)

        self.browser = SafeBrowser(self)
        self.browser.setAccessibleName("Article")
        self.browser.anchorClicked.connect(self._anchor)

        self.notes = NotesEdit(self)
        self.notes.setPlaceholderText("Notes on this clip (saved as you type)")
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DEBOUNCE_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_changed)
        self.notes.focusLost.connect(self.save_notes)

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.tags, 1)
        top.addWidget(self.original_button, 0, Qt.AlignmentFlag.AlignTop)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(6, 0, 6, 6)
        notes_label = QLabel("&Notes", notes_box)
        notes_label.setBuddy(self.notes)
        notes_layout.addWidget(notes_label)
        notes_layout.addWidget(self.notes)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(notes_box)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.show_message("Select a clip to read it.")

    # -- what is shown -----------------------------------------------------

    @property
    def showing_original(self) -> bool:
        return self.original_button.isChecked()

    def show_clip(self, clip: Clip | None, terms: Sequence[str] = ()) -> None:
        """Show this clip (None: nothing selected), marking ``terms``."""
        if self.clip is not None and (clip is None or clip.uuid != self.clip.uuid):
            self.save_notes()
        self.clip = clip
        self.terms = list(terms)
        enabled = clip is not None
        self.tags.setEnabled(enabled)
        self.notes.setEnabled(enabled)
        self.original_button.setEnabled(enabled and clip.original is not None if clip else False)
        self.tags.set_tags(clip.tags if clip else ())
        self._notes_loading = True
        if clip is None or self.notes.toPlainText() != clip.notes:
            self.notes.setPlainText(clip.notes if clip else "")
        self._notes_loading = False
        if clip is None:
            self.show_message("Select a clip to read it.")
        else:
            self._render()

    def show_message(self, text: str) -> None:
        """A quiet message in place of an article (no selection, several)."""
        muted = muted_color(self)
        self.browser.setHtml(
            f'<div style="margin-top: 3em; text-align: center; color: {muted}">'
            f"{html.escape(text)}</div>"
        )
        self.highlight_count = 0

    def _render(self) -> None:
        clip = self.clip
        if clip is None:
            return
        if self.showing_original and clip.original is not None:
            body = self._original_html(clip)
        else:
            body = self._article_html(clip)
        self.browser.document().setDefaultStyleSheet(self._stylesheet())
        self.browser.setHtml(f"{self._header_html(clip)}{body}")
        self._highlight()

    def _stylesheet(self) -> str:
        return stylesheet(self)

    def _header_html(self, clip: Clip) -> str:
        parts = [f"<h1>{html.escape(clip.title or 'Untitled clip')}</h1>"]
        if clip.subtitle:
            parts.append(f"<p><i>{html.escape(clip.subtitle)}</i></p>")
        meta = []
        if clip.authors:
            meta.append("By " + ", ".join(isolated(a) for a in clip.authors))
        if clip.site:
            meta.append(isolated(clip.site))
        if clip.published:
            meta.append(html.escape(format_date(clip.published)))
        if clip.url:
            meta.append(
                f'<a href="{html.escape(clip.url, quote=True)}">{html.escape(_short(clip.url))}</a>'
            )
        if meta:
            parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
        if self.showing_original:
            parts.append(
                '<p class="meta"><b>Original as captured.</b> Struck-through parts were removed '
                "by cleaning; “put back” returns one to the article, “remove” takes a paragraph "
                "out.</p>"
            )
        parts.append("<hr/>")
        return "".join(parts)

    def _article_html(self, clip: Clip) -> str:
        self._paragraphs = paragraphs(clip.text)
        if clip.html.strip():
            return clip.html
        if self._paragraphs:
            return "".join(f"<p>{html.escape(p)}</p>" for p in self._paragraphs)
        return '<p class="meta">This clip has no text.</p>'

    def _original_html(self, clip: Clip) -> str:
        self._paragraphs = paragraphs(clip.text)
        return original_html(clip.original, clip.text, clip.removed, actions=True)

    def _highlight(self) -> None:
        selections = []
        doc = self.browser.document()
        fmt = QTextCharFormat()
        pal = self.palette()
        fmt.setBackground(pal.color(QPalette.ColorRole.Highlight))
        fmt.setForeground(pal.color(QPalette.ColorRole.HighlightedText))
        for term in self.terms:
            if not term.strip():
                continue
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(term, cursor)
                if cursor.isNull():
                    break
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
                if len(selections) > 2000:
                    break
        self.browser.setExtraSelections(selections)
        self.highlight_count = len(selections)

    # -- user actions --------------------------------------------------------

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == ACTION_SCHEME:
            self._action(url.path())
            return
        if url.scheme() in ("http", "https", "mailto"):
            self.linkActivated.emit(url)

    def _action(self, path: str) -> None:
        clip = self.clip
        if clip is None:
            return
        verb, _, arg = path.partition("/")
        if not arg.isdigit():
            return
        number = int(arg)
        if verb == "restore" and number < len(clip.removed):
            self.restoreBlockRequested.emit(clip.uuid, number)
        elif verb == "remove" and number < len(self._paragraphs):
            self.removeBlockRequested.emit(clip.uuid, self._paragraphs[number])

    def _notes_changed(self) -> None:
        if not self._notes_loading and self.clip is not None:
            self._notes_timer.start()

    def save_notes(self) -> None:
        """Hand the notes to the window if they changed (focus-out, debounce, clip change)."""
        self._notes_timer.stop()
        clip = self.clip
        if clip is None:
            return
        text = self.notes.toPlainText()
        if text != clip.notes:
            from dataclasses import replace

            self.clip = replace(clip, notes=text)
            self.notesEdited.emit(clip.uuid, text)

    def refresh_palette(self) -> None:
        """Re-render with the current colours (light/dark switch)."""
        if self.clip is not None:
            self._render()


def original_html(
    original: Original | None, text: str, removed: Sequence[Removed], *, actions: bool
) -> str:
    """The original line by line, so the reader sees what cleaning removed and why.

    Removed parts are struck through with their reason, kept ones plain, the
    rest (title, metadata lines) muted. With ``actions``, removed blocks get a
    "put back" link and kept paragraphs a "remove" link.
    """
    kept = [(_norm(p), i) for i, p in enumerate(paragraphs(text))]
    blocks = [(_norm(r.text), i) for i, r in enumerate(removed)]
    lines = original_lines(original)[:MAX_ORIGINAL_LINES]
    in_runs = _removed_runs([_norm(line) for line in lines], removed)
    out: list[str] = []
    offered_remove: set[int] = set()
    shown_removed: set[int] = set()
    for number, line in enumerate(lines):
        key = _norm(line)
        block = in_runs.get(number)
        if block is None:
            block = _find(key, blocks)
        if block is not None:
            first = block not in shown_removed
            out.append(_removed_line(line, removed[block], block, actions and first))
            shown_removed.add(block)
            continue
        para = _find(key, kept)
        if para is not None:
            link = ""
            if actions and para not in offered_remove:
                offered_remove.add(para)
                link = f' <a class="action" href="{ACTION_SCHEME}:remove/{para}">remove</a>'
            out.append(f"<p>{html.escape(line)}{link}</p>")
        else:
            out.append(f'<p class="meta">{html.escape(line)}</p>')
    total = len(original_lines(original)) if len(lines) == MAX_ORIGINAL_LINES else len(lines)
    if total > MAX_ORIGINAL_LINES:
        out.append(f'<p class="meta">… and {total - MAX_ORIGINAL_LINES} more lines.</p>')
    rest = [i for i in range(len(removed)) if i not in shown_removed]
    if rest:
        out.append("<h3>Also removed</h3>")
        out.extend(_removed_line(removed[i].text, removed[i], i, actions) for i in rest)
    return "".join(out)


def isolated(text: str) -> str:
    """``text`` escaped, in a bidirectional isolate of its own direction.

    An Arabic or Hebrew name beside "· 12 Mar 2024" would otherwise take the
    day's number into its right-to-left run and print it before the name.
    """
    return f"\u2068{html.escape(text)}\u2069"


def _removed_runs(keys: Sequence[str], removed: Sequence[Removed]) -> dict[int, int]:
    r"""Original lines that belong to a removed block of several lines.

    A menu is removed as one block ("World\nBusiness\nOpinion") and shows
    as one short line per entry, too short to be matched alone. When every
    line of the block is found in order, each within a few lines of the
    one before, those lines are that block: {line number: block index}.
    """
    found: dict[int, int] = {}
    for index, block in enumerate(removed):
        wanted = [_norm(part) for part in block.text.split("\n") if part.strip()]
        if len(wanted) < 2:
            continue
        for start, key in enumerate(keys):
            if key != wanted[0] or start in found:
                continue
            matched = [start]
            for part in wanted[1:]:
                window = range(matched[-1] + 1, min(len(keys), matched[-1] + 4))
                hit = next((n for n in window if keys[n] == part and n not in found), None)
                if hit is None:
                    break
                matched.append(hit)
            if len(matched) == len(wanted):
                found.update((n, index) for n in matched)
                break
    return found


def _removed_line(line: str, block: Removed, index: int, with_link: bool) -> str:
    link = (
        f' <a class="action" href="{ACTION_SCHEME}:restore/{index}">put back</a>'
        if with_link
        else ""
    )
    reason = html.escape(block.reason)
    return (
        f'<p><span class="removed">{html.escape(line)}</span> '
        f'<span class="reason">[{reason}]</span>{link}</p>'
    )


def muted_color(widget: QWidget) -> str:
    """The placeholder colour as an opaque CSS colour.

    Styles give it as the text colour at half opacity (Fusion: black, alpha
    128), and a rich-text document's CSS takes no alpha from ``name()``: it
    would draw muted text, struck-through removed parts included, black.
    So it is blended over the background here, which keeps dark mode right.
    """
    pal = widget.palette()
    fg = pal.color(QPalette.ColorRole.PlaceholderText)
    bg = pal.color(QPalette.ColorRole.Base)
    a = fg.alphaF()
    return QColor.fromRgbF(
        fg.redF() * a + bg.redF() * (1 - a),
        fg.greenF() * a + bg.greenF() * (1 - a),
        fg.blueF() * a + bg.blueF() * (1 - a),
    ).name()


def stylesheet(widget: QWidget) -> str:
    """CSS for article views, from the palette (so dark mode follows)."""
    pal = widget.palette()
    muted = muted_color(widget)
    link = pal.color(QPalette.ColorRole.Link).name()
    return (
        f"a {{ color: {link}; }}"
        f".meta {{ color: {muted}; }}"
        f".removed {{ color: {muted}; text-decoration: line-through; }}"
        f".reason {{ color: {muted}; font-size: small; }}"
        f".action {{ font-size: small; }}"
        "h1 { margin-bottom: 2px; }"
    )


def _find(key: str, blocks: list[tuple[str, int]]) -> int | None:
    """The block whose text holds this line (or is held by it), if any."""
    if not key:
        return None
    for text, index in blocks:
        if key == text or (len(key) >= 12 and key in text) or (len(text) >= 12 and text in key):
            return index
    return None


def _short(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return host + (parts.path if len(parts.path) < 40 else parts.path[:37] + "…")
