"""One place that shows errors to the user.

A ``UserError`` carries a message written for a person, so it is shown as it
is in a warning box. Anything else is a bug: it is shown as one, with the
traceback under "Show Details..." so it can be reported, and never swallowed.
Boxes are opened window-modal with ``open()`` rather than ``exec()`` so the
event loop keeps running (background tasks finish, tests can inspect them).
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import clipper
from clipper.errors import UserError


def show_user_error(
    parent: QWidget | None, err: UserError | str, title: str = "Clipper"
) -> QMessageBox:
    """A warning that says what happened and what to do (the message says both)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(err), QMessageBox.StandardButton.Ok, parent
    )
    return _open(box)


def show_info(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """A plain informational box (summaries of imports, exports)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    if details:
        box.setDetailedText(details)
    return _open(box)


def show_exception(
    parent: QWidget | None, err: BaseException, trace: str | None = None
) -> QMessageBox:
    """Show any exception: a ``UserError`` plainly, anything else as a bug."""
    if isinstance(err, UserError):
        return show_user_error(parent, err)
    if trace is None:
        trace = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Clipper hit a bug",
        f"Something went wrong inside Clipper: {type(err).__name__}: {err}",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(
        "Your library has not been changed by this. Please report the bug with the details below "
        f"(Clipper {clipper.__version__})."
    )
    box.setDetailedText(trace)
    return _open(box)


def _open(box: QMessageBox) -> QMessageBox:
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def open_boxes() -> list[QMessageBox]:
    """Message boxes now on screen (the window's and the tests' way to find them)."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def install_excepthook(parent_getter) -> None:  # noqa: ANN001
    """Route exceptions that escape a slot into the bug dialog, not stderr alone."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
        trace = "".join(traceback.format_exception(kind, err, tb))
        sys.stderr.write(trace)
        try:
            show_exception(parent_getter(), err, trace)
        except Exception:  # noqa: BLE001 - the dialog itself failed: fall back to stderr
            previous(kind, err, tb)

    sys.excepthook = hook
