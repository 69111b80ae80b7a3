"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

Measured here: with PySide6 6.12.0 under Python 3.11, every call of a Qt
method that returns nothing (``setObjectName``, ``processEvents``, a queued
slot, ``QThreadPool.start``...) releases one reference to ``None`` that it
never took; ``True``/``False`` suffer the same on some paths. Python 3.12
made these objects immortal, so the bug is invisible there, but on 3.11
``None``'s count (a few thousand at start) reaches zero after a few
thousand such calls and the interpreter aborts with "deallocating None".
PySide6 6.11.3 does not have the bug.

Until the dependency is pinned past it, the window makes those three
singletons effectively immortal before Qt runs, as Python 3.12 does. This is
done only when the bug is detected, on CPython before 3.12.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more releases than a session can make, far from overflowing.
_HEADROOM = 1 << 40


def releases_none_wrongly() -> bool:
    """True when a void Qt call loses a reference to None (the bug above)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect_singletons() -> bool:
    """Apply the guard if this interpreter and PySide6 need it; True if applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not releases_none_wrongly():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    return True
