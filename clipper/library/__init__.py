"""The facade both shells call: every use case of Clipper, in one place.

The GUI and the command line never touch SQLite, cleaning or the formats
directly; they call a ``Library``. Each mutation runs as one transaction and
returns a ``Changes`` record so the GUI can decide what to refresh (Anki's
``Collection`` and ``OpChanges``). A ``Library`` holds one connection and is
used from one thread; a worker thread opens its own with ``Library.open`` on
the same path.
"""

from __future__ import annotations

from clipper.library.base import Cancelled, Clock, Progress
from clipper.library.capture import Capturing, Cleaned, Preview, TopicSuggestion, clean_capture


class Library(Capturing):
    """An open library file and the use cases on it."""


__all__ = [
    "Cancelled", "Cleaned", "Clock", "Library", "Preview", "Progress", "TopicSuggestion",
    "clean_capture",
]
