"""The capture preview: check what cleaning made of a paste before saving it.

The cleaned article sits beside the original (removed parts struck through
with the reason), so the user sees at once whether cleaning cut too much.
Title, authors, date, site and URL are editable, with the other candidates
cleaning found one click away; topic suggestions are check boxes, ticked
when the topic is confident; a banner warns when the article is already in
the library. Ctrl+Enter saves.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clipper.gui.clip_list import format_date
from clipper.gui.reader import SafeBrowser, isolated, original_html, paragraphs, stylesheet
from clipper.gui.tag_editor import TagEditor
from clipper.library import Preview
from clipper.model import Article, Original

DATE_FORMAT = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


class PreviewDialog(QDialog):
    """Shows a ``Preview``; ``saveRequested`` carries what the user settled on."""

    #: article, original, tags, allow_duplicate
    saveRequested = Signal(object, object, list, bool)
    #: The user wants to see the clip this one duplicates.
    openDuplicateRequested = Signal(str)

    def __init__(
        self, preview: Preview, known_tags: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        article = preview.article
        self.setWindowTitle("New clip")
        self.setObjectName("previewDialog")
        self.setSizeGripEnabled(True)

        self.banner = self._duplicate_banner(preview)

        self.clean_view = SafeBrowser(self)
        self.clean_view.setAccessibleName("Cleaned article")
        self.original_view = SafeBrowser(self)
        self.original_view.setAccessibleName("Original as captured")
        self._render()
        views = QSplitter(Qt.Orientation.Horizontal, self)
        views.addWidget(_titled("Clean article", self.clean_view))
        views.addWidget(_titled(f"Original ({_removed_count(preview)})", self.original_view))
        views.setChildrenCollapsible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(article.title, self)
        self.authors_edit = QLineEdit("; ".join(article.authors), self)
        self.authors_edit.setPlaceholderText("Names separated by ;")
        self.date_edit = DayEdit(article.published, self)
        self.site_edit = QLineEdit(article.site or "", self)
        self.url_edit = QLineEdit(article.url or "", self)
        self.url_edit.setPlaceholderText("https://…")
        for label, edit, key in (
            ("&Title:", self.title_edit, "title"),
            ("&Authors:", self.authors_edit, "authors"),
            ("&Date:", self.date_edit, "published"),
            ("&Site:", self.site_edit, "site"),
            ("&URL:", self.url_edit, "url"),
        ):
            form.addRow(label, self._with_candidates(edit, article, key))
        self.date_error = QLabel(
            "Write the date as 2024-03-06 (or 2024-03, or leave it empty).", self
        )
        self.date_error.hide()
        form.addRow("", self.date_error)
        self.date_edit.textChanged.connect(self._validate)

        self.suggestions: list[QCheckBox] = []
        suggest_row = QHBoxLayout()
        for topic in preview.topics:
            box = QCheckBox(topic.tag, self)
            box.setChecked(topic.confident)
            tip = f"Score {topic.score:.2f}" + (
                " (confident)" if topic.confident else " (borderline)"
            )
            if topic.reasons:
                tip += "\n" + "\n".join(topic.reasons)
            box.setToolTip(tip)
            self.suggestions.append(box)
            suggest_row.addWidget(box)
        if not preview.topics:
            suggest_row.addWidget(QLabel("No topic matched this article.", self))
        suggest_row.addStretch(1)
        form.addRow("Topics:", suggest_row)
        self.tag_editor = TagEditor(self, placeholder="More tags…")
        self.tag_editor.set_known_tags(known_tags)
        self.tag_editor.tagAdded.connect(
            lambda t: self.tag_editor.set_tags([*self.tag_editor.tags, t])
        )
        self.tag_editor.tagRemoved.connect(
            lambda t: self.tag_editor.set_tags([x for x in self.tag_editor.tags if x != t])
        )
        form.addRow("&Tags:", self.tag_editor)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            "Save anyway" if preview.duplicate else "&Save", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save the clip (Ctrl+Enter)")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        save_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.save_hint = QLabel(f"{save_keys} saves · Esc cancels", self)
        muted = self.save_hint.palette()  # a hint, not a control: drawn muted
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.save_hint.setPalette(muted)

        layout = QVBoxLayout(self)
        if self.banner is not None:
            layout.addWidget(self.banner)
        layout.addWidget(views, 1)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1000, 720)
        self.title_edit.setFocus()

    # -- pieces -----------------------------------------------------------------

    def _duplicate_banner(self, preview: Preview) -> QFrame | None:
        dup = preview.duplicate
        if dup is None:
            return None
        frame = QFrame(self)
        frame.setObjectName("duplicateBanner")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(frame.palette().ColorRole.AlternateBase)
        row = QHBoxLayout(frame)
        icon = QLabel(frame)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
        )
        row.addWidget(icon)
        self.duplicate_label = QLabel(
            f"This article is already in your library as “{html.escape(dup.title or dup.uuid)}”"
            f"{' (' + html.escape(dup.site) + ')' if dup.site else ''}. Saving keeps both.",
            frame,
        )
        self.duplicate_label.setWordWrap(True)
        row.addWidget(self.duplicate_label, 1)
        open_button = QPushButton("Show &existing clip", frame)
        open_button.clicked.connect(
            lambda: (self.openDuplicateRequested.emit(dup.uuid), self.reject())
        )
        row.addWidget(open_button)
        return frame

    def _with_candidates(self, edit: QLineEdit, article: Article, key: str) -> QWidget:
        candidates = [c for c in article.candidates.get(key, ()) if c.value and not c.chosen]
        if not candidates:
            return edit
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QToolButton(box)
        button.setText(f"{len(candidates)} other{'s' if len(candidates) > 1 else ''}")
        button.setToolTip("Other values cleaning found for this field")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        seen: set[str] = set()
        for cand in candidates:
            if cand.value in seen:
                continue
            seen.add(cand.value)
            action = menu.addAction(f"{cand.value}  — {cand.source}")
            action.triggered.connect(lambda _=False, v=cand.value: edit.setText(v))
        button.setMenu(menu)
        row.addWidget(button)
        return box

    def _render(self) -> None:
        article = self.preview.article
        css = stylesheet(self)
        self.clean_view.document().setDefaultStyleSheet(css)
        body = article.html.strip() or "".join(
            f"<p>{html.escape(p)}</p>" for p in paragraphs(article.text)
        )
        head = f"<h2>{html.escape(article.title or 'Untitled')}</h2>"
        # What cleaning took out of the text as metadata, as the reader will show it.
        meta = [
            "By " + ", ".join(isolated(a) for a in article.authors) if article.authors else "",
            isolated(article.site) if article.site else "",
            html.escape(format_date(article.published)),
        ]
        if any(meta):
            head += f'<p class="meta">{" · ".join(m for m in meta if m)}</p>'
        self.clean_view.setHtml(
            head + (body or '<p class="meta">Cleaning found no article text.</p>')
        )
        self.original_view.document().setDefaultStyleSheet(css)
        original: Original = self.preview.original
        self.original_view.setHtml(
            original_html(original, article.text, article.removed, actions=False)
        )

    def _validate(self) -> bool:
        ok = self.date_edit.valid()
        self.date_error.setVisible(not ok)
        self.save_button.setEnabled(ok)
        return ok

    # -- result --------------------------------------------------------------------

    def chosen_tags(self) -> list[str]:
        """Ticked suggestions, then the tags typed by hand."""
        tags = [box.text() for box in self.suggestions if box.isChecked()]
        seen = {t.casefold() for t in tags}
        return tags + [t for t in self.tag_editor.tags if t.casefold() not in seen]

    def edited_article(self) -> Article:
        """The article with the user's corrections to its metadata."""
        authors = tuple(
            a.strip() for a in re.split(r"[;\n]", self.authors_edit.text()) if a.strip()
        )
        return replace(
            self.preview.article,
            title=self.title_edit.text().strip(),
            authors=authors,
            published=self.date_edit.published(),
            site=self.site_edit.text().strip() or None,
            url=self.url_edit.text().strip() or None,
        )

    def save(self) -> None:
        # A tag typed but not yet confirmed with Enter is meant too: Ctrl+Enter
        # from the tag field saves it with the clip rather than dropping it.
        self.tag_editor.commit_pending()
        if not self._validate():
            return
        self.saveRequested.emit(
            self.edited_article(),
            self.preview.original,
            self.chosen_tags(),
            self.preview.duplicate is not None,
        )


class DayEdit(QLineEdit):
    """A publication date's field: it shows the day, what people check and type.

    A time of publication found by cleaning is kept as long as the day is
    left as it was.
    """

    def __init__(self, published: str | None, parent: QWidget | None = None) -> None:
        self._published = published
        self._shown = day_of(published)
        super().__init__(self._shown, parent)
        self.setPlaceholderText("2024-03-06")
        if published and published != self._shown:
            self.setToolTip(f"Published {published}. The time is kept unless you change the date.")

    def valid(self) -> bool:
        """Whether the field is empty or holds a date such as 2024-03-06 or 2024-03."""
        text = self.text().strip()
        return not text or bool(DATE_FORMAT.match(text))

    def published(self) -> str | None:
        """The date to store: the one found, with its time, if the day was not changed."""
        text = self.text().strip()
        if text and text == self._shown:
            return self._published
        return text or None


def day_of(published: str | None) -> str:
    """The day alone: "2024-05-02T09:00:00+00:00" as "2024-05-02"; anything else as it is."""
    if published and len(published) > 10 and DATE_FORMAT.match(published):
        return published[:10]
    return published or ""


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{html.escape(title)}</b>")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def _removed_count(preview: Preview) -> str:
    n = len(preview.article.removed)
    return "nothing removed" if n == 0 else f"{n} part{'s' if n != 1 else ''} removed"
