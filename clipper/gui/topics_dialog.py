"""Topics: define them, see at once how many clips each would tag, apply them.

Editing a topic re-counts, in the background and a moment after the last
keystroke, how many clips it would tag confidently and how many are
borderline, so the user tunes terms against their own library before
anything changes. "Apply to library" first shows the dry run (which clips
gain the tag, which lose it, and why), then applies it as one step that
Edit > Undo takes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clipper.errors import UserError
from clipper.gui import errors
from clipper.gui.commands import ApplyTopics
from clipper.model import Topic

if TYPE_CHECKING:
    from clipper.gui.main_window import MainWindow

PREVIEW_DEBOUNCE_MS = 400
TERMS_HELP = (
    "One term a line: a word or phrase in any language; word* matches any ending; ^2 weighs it "
    "double; facet: groups terms, and a topic with several facets needs evidence from each "
    "(e.g. “tech: semiconductor*” and “policy: self-reliance ^3”)."
)


class TopicsDialog(QDialog):
    """The list of topics and an editor for the selected one."""

    previewUpdated = Signal(int, int)  # confident, borderline
    planReady = Signal(object)  # ApplyPlan
    applied = Signal(str)

    def __init__(self, window: MainWindow, select: str | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("topicsDialog")
        self.setWindowTitle("Topics")
        self.editing: str | None = None  # the saved name of the topic in the editor
        self._loading = False
        self._preview_generation = 0
        self.plan = None

        self.list = QListWidget(self)
        self.list.setAccessibleName("Topics")
        self.list.currentItemChanged.connect(self._picked)
        new = QPushButton("&New topic", self)
        new.clicked.connect(self.new_topic)
        self.delete_button = QPushButton("&Delete", self)
        self.delete_button.clicked.connect(self.delete_topic)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(self.fontMetrics().height() * 4)
        self.terms = QPlainTextEdit(self)
        self.terms.setPlaceholderText(
            "tech: semiconductor*\npolicy: self-reliance ^3\n科技自立自强 ^3"
        )
        self.terms.setToolTip(TERMS_HELP)
        self.exclude = QPlainTextEdit(self)
        self.exclude.setMaximumHeight(self.fontMetrics().height() * 4)
        self.exclude.setPlaceholderText("potato chips")
        self.query = QLineEdit(self)
        self.query.setPlaceholderText("Optional extra condition, e.g. -site:example.com or lang:en")
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.1, 1000)
        self.threshold.setDecimals(1)
        self.enabled = QCheckBox("Apply automatically to new clips", self)
        self.preview_label = QLabel(" ", self)
        self.preview_label.setObjectName("topicPreview")
        self.preview_label.setWordWrap(True)
        help_label = QLabel(TERMS_HELP, self)
        help_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Description:", self.description)
        form.addRow("&Terms:", self.terms)
        form.addRow("", help_label)
        form.addRow("E&xclude:", self.exclude)
        form.addRow("&Query:", self.query)
        form.addRow("T&hreshold:", self.threshold)
        form.addRow("", self.enabled)
        form.addRow("Would tag:", self.preview_label)
        self.save_button = QPushButton("&Save topic", self)
        self.save_button.clicked.connect(self.save)
        self.apply_button = QPushButton("&Apply to library…", self)
        self.apply_button.setToolTip(
            "See which clips would gain or lose the tag, then apply (undoable)"
        )
        self.apply_button.clicked.connect(self.dry_run)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.apply_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 560])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(860, 620)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.update_preview)
        for edit in (self.name, self.query):
            edit.textEdited.connect(self._edited)
        for plain in (self.description, self.terms, self.exclude):
            plain.textChanged.connect(self._edited)
        self.threshold.valueChanged.connect(self._edited)
        self.enabled.toggled.connect(self._edited)
        self.reload(select)

    # -- list ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for topic in self.window_.library.topics():
            item = QListWidgetItem(topic.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, topic.name)
            if not topic.enabled:
                item.setToolTip("Not applied automatically")
        target = select or (self.list.item(0).text() if self.list.count() else None)
        for i in range(self.list.count()):
            if self.list.item(i).text() == target:
                self.list.setCurrentRow(i)
                break
        else:
            self.new_topic()

    def _picked(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        try:
            topic = self.window_.library.topic(current.data(Qt.ItemDataRole.UserRole))
        except UserError as err:
            errors.show_user_error(self, err)
            return
        self.load(topic)

    def load(self, topic: Topic | None) -> None:
        self._loading = True
        self.editing = topic.name if topic else None
        self.name.setText(topic.name if topic else "")
        self.description.setPlainText(topic.description if topic else "")
        self.terms.setPlainText("\n".join(topic.terms) if topic else "")
        self.exclude.setPlainText("\n".join(topic.exclude) if topic else "")
        self.query.setText(topic.query if topic else "")
        self.threshold.setValue(topic.threshold if topic else 3.0)
        self.enabled.setChecked(topic.enabled if topic else True)
        self._loading = False
        self.delete_button.setEnabled(topic is not None)
        self.apply_button.setEnabled(True)  # a new topic is saved first
        self.update_preview()

    def new_topic(self) -> None:
        self.list.setCurrentRow(-1)
        self.load(None)
        self.name.setFocus()

    # -- editing -------------------------------------------------------------------------

    def topic(self) -> Topic:
        """The topic as the editor shows it now."""
        lines = lambda edit: tuple(  # noqa: E731
            line.strip() for line in edit.toPlainText().splitlines() if line.strip()
        )
        return Topic(
            name=" ".join(self.name.text().split()),
            description=self.description.toPlainText().strip(),
            terms=lines(self.terms),
            exclude=lines(self.exclude),
            query=self.query.text().strip(),
            threshold=float(self.threshold.value()),
            enabled=self.enabled.isChecked(),
        )

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def update_preview(self) -> None:
        """Count, in the background, the clips the edited topic would tag."""
        self._timer.stop()
        topic = self.topic()
        if not topic.name or not topic.terms:
            self.preview_label.setText("Give the topic a name and at least one term.")
            return
        self._preview_generation += 1
        generation = self._preview_generation
        self.preview_label.setText("Counting…")

        def done(counts: tuple[int, int]) -> None:
            if generation != self._preview_generation:
                return
            confident, borderline = counts
            self.preview_label.setText(
                f"{confident} clip{'s' if confident != 1 else ''} confidently, "
                f"{borderline} borderline"
            )
            self.previewUpdated.emit(confident, borderline)

        def failed(err: BaseException, trace: str) -> None:
            if generation != self._preview_generation:
                return
            if isinstance(err, UserError):
                self.preview_label.setText(f"⚠ {err}")
            else:
                errors.show_exception(self, err, trace)

        self.window_.tasks.run_in_background(
            lambda ctx: ctx.library().preview_topic(topic), done, failed
        )

    def save(self) -> bool:
        topic = self.topic()
        if not topic.name:
            errors.show_user_error(self, "Give the topic a name.")
            return False
        try:
            changes = self.window_.library.save_topic(topic, rename_from=self.editing)
        except UserError as err:
            errors.show_user_error(self, err)
            return False
        self.editing = topic.name
        self.window_.after_change(changes)
        self.reload(topic.name)
        self.window_.show_status(f"Saved the topic “{topic.name}”.", 5000)
        return True

    def delete_topic(self) -> None:
        if self.editing is None:
            return
        name = self.editing
        try:
            changes = self.window_.library.delete_topic(name)
        except UserError as err:
            errors.show_user_error(self, err)
            return
        self.window_.after_change(changes)
        self.window_.show_status(f"Deleted the topic “{name}”; its tag stays on the clips.", 6000)
        self.reload()

    # -- apply ---------------------------------------------------------------------------

    def dry_run(self) -> None:
        """Save pending edits, then show what applying would change."""
        if self.editing is None or self.topic() != self.window_.library.topic(self.editing):
            if not self.save():
                return
        name = self.editing or ""
        self.apply_button.setEnabled(False)

        def done(plan: object) -> None:
            self.apply_button.setEnabled(True)
            self.plan = plan
            self.planReady.emit(plan)
            dialog = ApplyPlanDialog(plan, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.confirmed.connect(lambda: self.apply(name))
            self.plan_dialog = dialog
            dialog.open()

        def failed(err: BaseException, trace: str) -> None:
            self.apply_button.setEnabled(True)
            errors.show_exception(self, err, trace)

        self.window_.tasks.run_in_background(
            lambda ctx: ctx.library().plan_topic(name), done, failed
        )

    def apply(self, name: str) -> None:
        try:
            command = ApplyTopics(self.window_.library, [name], self.window_.after_change)
            self.window_.undo_stack.push(command)
        except UserError as err:
            errors.show_user_error(self, err)
            return
        self.window_.show_status(
            f"Applied “{name}” to the library. Edit > Undo takes it back.", 10_000
        )
        self.applied.emit(name)


class ApplyPlanDialog(QDialog):
    """The dry run: who gains the tag, who loses it, and why."""

    confirmed = Signal()

    def __init__(self, plan, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("applyPlanDialog")
        self.setWindowTitle(f"Apply “{plan.topic}” to the library")
        gain, lose = len(plan.gain), len(plan.lose)
        summary = QLabel(
            f"<b>{gain}</b> clip{'s' if gain != 1 else ''} would gain the tag and "
            f"<b>{lose}</b> would lose it. "
            f"{plan.unchanged} already carry it; "
            f"{plan.kept_by_user} tagged by hand stay as they are; "
            f"{plan.rejected} where you rejected it are left alone.",
            self,
        )
        summary.setWordWrap(True)
        self.changes = QListWidget(self)
        for change, sign in [(c, "+") for c in plan.gain] + [(c, "−") for c in plan.lose]:
            item = QListWidgetItem(
                f"{sign} {change.title or change.uuid}  ({change.score:.1f})", self.changes
            )
            item.setToolTip("\n".join(change.reasons))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton("&Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(not plan.empty)
        buttons.accepted.connect(lambda: (self.confirmed.emit(), self.accept()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
