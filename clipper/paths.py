"""Where the library lives.

The only user of platformdirs. Nothing is resolved at import time, so tests
and scripts can point ``CLIPPER_LIBRARY`` elsewhere before they call in.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Clipper"
LIBRARY_ENV = "CLIPPER_LIBRARY"


def data_dir() -> Path:
    """The platform's per-user data folder for Clipper (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_library() -> Path:
    """The library file used when neither ``--library`` nor the variable is set."""
    return data_dir() / "library.db"


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the library file: ``--library`` wins, then ``CLIPPER_LIBRARY``."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return default_library()


def backup_dir(library: Path) -> Path:
    """Backups sit beside the library so that moving the folder moves them too."""
    return library.parent / "backups"
