"""Getting articles in: paste, drop, fetch a link, import files and bundles.

Everything slow (cleaning, fetching, importing) runs through the window's
``TaskRunner``; the preview dialog and the summaries appear when the work is
done. Drops are accepted anywhere in the window: the list, the reader and
the sidebar forward their drag events here through ``DropFilter``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from clipper.errors import DuplicateError, InputError, UserError
from clipper.gui import capture as mime
from clipper.gui import errors
from clipper.gui.preview_dialog import PreviewDialog
from clipper.gui.tasks import Task, TaskContext
from clipper.importers import fetch
from clipper.library import Preview
from clipper.model import Article, Capture, Changes, ImportSummary, Original

if TYPE_CHECKING:
    from clipper.gui.main_window import MainWindow


class DropFilter(QObject):
    """Forwards drag and drop on any widget it is installed on to the window."""

    def __init__(self, flow: CaptureFlow) -> None:
        super().__init__(flow)
        self._flow = flow

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragMoveEvent
        ):
            if mime.can_accept(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            self._flow.drop(event)
            return True
        return False


class CaptureFlow(QObject):
    """The capture use cases of the window."""

    #: A preview dialog is on screen (tests and the screenshot script use it).
    previewShown = Signal(object)
    #: A clip was saved from a paste, drop or link: its UUID.
    clipSaved = Signal(str)
    #: A bulk or bundle import ended: its ImportSummary.
    importFinished = Signal(object)
    #: A fetch failed: the message (the window offers to keep the link).
    fetchFailed = Signal(str, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.drop_filter = DropFilter(self)
        self.preview_dialog: PreviewDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None
        self._import_task: Task | None = None

    # -- entry points ----------------------------------------------------------

    def paste(self) -> None:
        """Ctrl+V / "New clip from clipboard"."""
        md = QApplication.clipboard().mimeData()
        incoming = mime.read(md, source="The clipboard") if md is not None else mime.Incoming()
        if incoming.empty:
            errors.show_user_error(
                self.window,
                "The clipboard holds nothing Clipper can clip. Copy an article in your browser "
                "(select it, or press Ctrl+A), then paste here.",
            )
            return
        self.handle(incoming)

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if mime.can_accept(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        incoming = mime.read(event.mimeData(), source="The dropped selection")
        if incoming.empty:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.handle(incoming)

    def handle(self, incoming: mime.Incoming) -> None:
        """Do what the user meant with a paste or a drop."""
        if incoming.files:
            self.import_paths(incoming.files)
        if incoming.bundles:
            for bundle in incoming.bundles:
                self.import_bundle(bundle)
        if incoming.links:
            for link in incoming.links:
                self.fetch_link(link)
        if incoming.capture is not None:
            self.prepare(incoming.capture)

    # -- one article -------------------------------------------------------------

    def prepare(self, capture: Capture) -> Task:
        """Clean in the background, then preview (or save at once)."""
        self.window.show_status("Cleaning the article…")
        return self.window.tasks.run_in_background(
            lambda ctx: ctx.library().prepare(capture), self._prepared, self._failed
        )

    def fetch_link(self, url: str) -> Task:
        """Fetch a dropped link in the background, then clean and preview it."""
        self.window.show_status(f"Fetching {url}…")

        def work(ctx: TaskContext) -> Preview:
            captured = fetch.fetch(url)
            return ctx.library().prepare(captured)

        def failed(err: BaseException, trace: str) -> None:
            if isinstance(err, InputError) and str(err).startswith("Could not fetch"):
                self.offer_keep_link(url, str(err))
            else:
                self._failed(err, trace)

        return self.window.tasks.run_in_background(work, self._prepared, failed)

    def offer_keep_link(self, url: str, message: str) -> QMessageBox:
        """The page could not be fetched: offer to keep the bare link."""
        self.window.show_status("")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Could not fetch the page",
            message,
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("fetchFailedBox")
        keep = box.addButton("&Keep the link", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        keep.clicked.connect(lambda: self.keep_link(url))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.fetchFailed.emit(url, message)
        return box

    def keep_link(self, url: str) -> None:
        """Save a clip that holds only the link (to fetch or read later)."""
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        article = Article(title=url, site=host or None, url=url, text=url, excerpt=url)
        original = Original(kind="text", content=url, name="link")
        self.save(article, original, ["unread link"], allow_duplicate=False)

    @Slot(object)
    def _prepared(self, preview: Preview) -> None:
        self.window.show_status("")
        if self.window.settings.skip_preview:
            tags = [t.tag for t in preview.topics if t.confident]
            self.save(preview.article, preview.original, tags, allow_duplicate=False)
            return
        self.show_preview(preview)

    def show_preview(self, preview: Preview) -> PreviewDialog:
        known = [t.name for t in self.window.library.tags()]
        dialog = PreviewDialog(preview, known, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saveRequested.connect(
            lambda article, original, tags, allow: self._save_from(
                dialog, article, original, tags, allow
            )
        )
        dialog.openDuplicateRequested.connect(self.window.show_clip)
        dialog.finished.connect(lambda _r: self._preview_closed(dialog))
        self.preview_dialog = dialog
        dialog.open()
        self.previewShown.emit(dialog)
        return dialog

    def _preview_closed(self, dialog: PreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    def _save_from(
        self, dialog: PreviewDialog, article: Article, original: Original, tags: list, allow: bool
    ) -> None:
        if self.save(article, original, tags, allow_duplicate=allow):
            dialog.accept()

    def save(
        self, article: Article, original: Original, tags: Sequence[str], *, allow_duplicate: bool
    ) -> bool:
        """Store the article; True when it was saved."""
        try:
            clip, changes = self.window.library.capture(
                article, original, tags=list(tags), allow_duplicate=allow_duplicate
            )
        except DuplicateError as err:
            box = errors.show_user_error(self.window, err)
            box.setInformativeText(
                "Open the preview again (turn off “Skip the preview”) to save it anyway."
            )
            return False
        except UserError as err:
            errors.show_user_error(self.window, err)
            return False
        self.window.after_change(changes, select=clip.uuid)
        self.window.show_status(f"Saved “{clip.title or 'Untitled clip'}”.", 6000)
        self.clipSaved.emit(clip.uuid)
        return True

    def _failed(self, err: BaseException, trace: str) -> None:
        self.window.show_status("")
        errors.show_exception(self.window, err, trace)

    # -- many files -------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path]) -> Task:
        """Import files and folders in the background, with progress and Cancel."""
        names = [Path(p) for p in paths]

        def work(ctx: TaskContext) -> ImportSummary:
            return ctx.library().import_paths(names, progress=ctx.progress, cancelled=ctx.cancelled)

        return self._run_import(work, "Importing files…")

    def import_bundle(self, path: Path) -> Task | None:
        """Merge a .clipbundle into the library, with progress."""
        if not hasattr(self.window.library, "import_bundle"):
            errors.show_user_error(self.window, "This version of Clipper cannot read bundles yet.")
            return None

        def work(ctx: TaskContext) -> ImportSummary:
            return ctx.library().import_bundle(path, progress=ctx.progress, cancelled=ctx.cancelled)

        return self._run_import(work, f"Importing {path.name}…")

    def _run_import(self, work, label: str) -> Task:  # noqa: ANN001
        dialog = QProgressDialog(label, "Cancel", 0, 0, self.window)
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle("Import")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        task = self.window.tasks.run_in_background(work, self._import_done, self._import_failed)
        self._import_task = task
        task.progressed.connect(self._import_progress)
        dialog.canceled.connect(task.stop)
        dialog.canceled.connect(lambda: dialog.setLabelText("Stopping after the current file…"))
        return task

    @Slot(int, int, str)
    def _import_progress(self, done: int, total: int, item: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if item:
            dialog.setLabelText(f"Importing {done + 1} of {total}: {Path(item).name}")

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._import_task = None

    def _import_done(self, summary: ImportSummary) -> None:
        self._close_progress()
        changes = Changes(added=summary.added, updated=summary.updated + summary.merged, tags=True)
        self.window.after_change(
            changes, select=summary.added[0] if len(summary.added) == 1 else None
        )
        self.summary_box = errors.show_info(self.window, "Import finished", *summary_text(summary))
        self.importFinished.emit(summary)

    def _import_failed(self, err: BaseException, trace: str) -> None:
        self._close_progress()
        errors.show_exception(self.window, err, trace)


def summary_text(summary: ImportSummary) -> tuple[str, str]:
    """The import summary as a sentence, and the details (failures with reasons)."""
    parts = [f"{len(summary.added)} imported"]
    if summary.updated:
        parts.append(f"{len(summary.updated)} updated")
    if summary.merged:
        parts.append(f"{len(summary.merged)} merged")
    parts.append(f"{len(summary.duplicates) + len(summary.skipped)} already present")
    parts.append(f"{len(summary.failed)} failed")
    text = ", ".join(parts) + "."
    if summary.cancelled:
        text = "Import cancelled. " + text
    details = []
    if summary.failed:
        details.append("Failed:")
        details.extend(f"  {Path(f.path).name}: {f.reason}" for f in summary.failed)
    if summary.duplicates:
        details.append("Already in the library:")
        details.extend(f"  {Path(p).name} (clip {u})" for p, u in summary.duplicates)
    return text, "\n".join(details)
