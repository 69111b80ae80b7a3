"""Start the Qt application: open the library, show the window, run the loop.

``main()`` is the ``clipper-gui`` entry point (no arguments: the default
library, plus any ``.clipbundle`` files the file manager hands over) and
what ``clipper`` / ``clipper gui`` call with ``--library``. When the library
will not open, the user is told why and offered the newest backup.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

import clipper
from clipper import paths
from clipper.errors import LibraryError, UserError
from clipper.gui import errors
from clipper.gui.main_window import MainWindow
from clipper.gui.settings import Settings
from clipper.library import Library

APP_ID = "io.github.clipper.Clipper"


def app_icon() -> QIcon:
    """The icon shipped in resources/icons (the theme's, when installed, wins)."""
    icon = QIcon()
    base = resources.files("clipper.resources").joinpath("icons", "hicolor")
    for size in ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512"):
        png = base.joinpath(size, "apps", f"{APP_ID}.png")
        if png.is_file():
            icon.addFile(str(png))
    svg = base.joinpath("scalable", "apps", f"{APP_ID}.svg")
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return QIcon.fromTheme(APP_ID, icon)


def application() -> QApplication:
    """The running QApplication, created with Clipper's names if there is none."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName("Clipper")
    QCoreApplication.setApplicationName("Clipper")
    QCoreApplication.setApplicationVersion(clipper.__version__)
    app = QApplication(sys.argv[:1])
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def open_library(path: Path) -> Library | None:
    """Open the library, or explain why not and offer a backup; None to give up."""
    while True:
        try:
            if Library.needs_update(path):
                return _open_with_notice(path)
            return Library.open(path)
        except LibraryError as err:
            if not _offer_restore(path, str(err)):
                return None
        except Exception as err:  # noqa: BLE001 - a damaged file can raise anything below us
            if not _offer_restore(path, f"The library {path} could not be opened: {err}"):
                return None


def _open_with_notice(path: Path) -> Library:
    """Open a library that needs updating, with a window that says so while it works.

    The update copies the file first and may rebuild the search index: for a
    library of 100,000 clips, half a minute or more with no window at all.
    """
    notice = QProgressDialog(
        f"Clipper is updating {path.name} for this version.\nA copy of the library as it was "
        "is kept beside it. This takes about a second per 3,000 clips.",
        None,  # no Cancel: the update runs in one transaction, and stopping it would undo it
        0,
        0,  # a busy bar: the update cannot tell how far it is
    )
    notice.setWindowTitle("Updating the library")
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.setMinimumDuration(0)
    notice.show()
    for _ in range(5):  # let the window manager map it and Qt paint it
        QApplication.processEvents()
    try:
        return Library.open(path)
    finally:
        notice.close()


def _offer_restore(path: Path, message: str) -> bool:
    """Ask whether to restore the newest backup; True when one was restored."""
    backups = Library.backups_of(path) if hasattr(Library, "backups_of") else []
    box = QMessageBox(QMessageBox.Icon.Critical, "Clipper cannot open the library", message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = None
    if backups:
        newest = backups[0]
        box.setInformativeText(
            f"The newest backup is from {newest.created:%Y-%m-%d %H:%M} ({newest.kind}). "
            "Restoring it keeps a copy of the library as it is now, so nothing is lost by trying."
        )
        restore = box.addButton("&Restore the newest backup", QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(
            "There is no backup to restore. Check that the file is where you expect and that "
            "you may read and write it, or start Clipper with another library "
            "(clipper --library FILE)."
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        Library.restore_backup(path, backups[0].path)
    except UserError as err:
        QMessageBox.critical(None, "Restore failed", str(err))
        return False
    return True


def parse_args(argv: list[str]) -> argparse.Namespace:
    """``clipper-gui [--library FILE] [--smoke-test] [FILE.clipbundle...]``.

    Unknown options are left alone (Qt takes its own, such as ``-platform``).
    """
    parser = argparse.ArgumentParser(prog="clipper-gui", add_help=True)
    parser.add_argument(
        "--library", help="the library file (default: CLIPPER_LIBRARY or the data folder)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, then quit (for packaging checks)",
    )
    parser.add_argument("files", nargs="*", help=".clipbundle files to import")
    args, _unknown = parser.parse_known_args(argv)
    return args


def bundles_in(files: list[str]) -> list[Path]:
    """``.clipbundle`` files named on the command line (the file manager's "Open with")."""
    return [Path(a) for a in files if a.lower().endswith(".clipbundle") and Path(a).is_file()]


def _smoke_test(app: QApplication, window: MainWindow, lib: Library) -> int:
    """Wait for the first search, report, close: proof the window starts from an install."""
    window.searchFinished.connect(
        lambda n: (
            print(f"Clipper {clipper.__version__} window opened: {n} clips"),
            window.close(),
            app.quit(),
        )
    )
    QTimer.singleShot(20_000, lambda: app.exit(1))
    code = app.exec()
    lib.close()
    return code


def main(library: str | None = None, argv: list[str] | None = None) -> int:
    """Open the main window on the library and run the event loop.

    ``argv`` defaults to the process's own arguments (``clipper-gui``); the
    ``clipper gui`` command passes its parsed options instead, so that its
    own words are not taken for bundle files.
    """
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = application()
    path = paths.library_path(library or args.library)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        QMessageBox.critical(
            None, "Clipper", f"Cannot create the folder for the library {path}: {err.strerror}."
        )
        return 1
    lib = open_library(path)
    if lib is None:
        return 1
    window = MainWindow(lib, Settings.default())
    errors.install_excepthook(lambda: window)
    window.show()
    if args.smoke_test:
        return _smoke_test(app, window, lib)
    window.start_daily_backup()
    for bundle in bundles_in(args.files):
        QTimer.singleShot(0, lambda b=bundle: window.flow.import_bundle(b))
    try:
        return app.exec()
    finally:
        lib.close()
