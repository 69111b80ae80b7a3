"""Entry point of the standalone build: one program under two names.

The wheel installs two commands, ``clipper`` (the command line) and
``clipper-gui`` (the window, with no console on Windows). The PyInstaller
build makes the same two executables from this one script and one analysis,
so the folder holds a single copy of Python, Qt and the libraries; each
executable looks at its own name to know which it is.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def _is_gui() -> bool:
    """True when started as ``clipper-gui`` (also the macOS bundle's executable)."""
    return Path(sys.executable).stem.lower().endswith("-gui")


def main() -> None:
    """Run the command line or the window, as the wheel's two entry points do."""
    # A frozen program must handle multiprocessing's child start-up itself
    # (bulk import may use a process pool; spawn re-runs this executable).
    multiprocessing.freeze_support()
    if _is_gui():
        from clipper.gui import app

        sys.exit(app.main())
    from clipper.cli import main as cli_main

    cli_main.main()


if __name__ == "__main__":
    main()
