"""Start the Qt application (the GUI issue fills the window in)."""

from __future__ import annotations


def main(library: str | None = None) -> int:
    """Open the main window on the library and run the event loop."""
    raise SystemExit("The Clipper window is being built; use the command line for now.")
