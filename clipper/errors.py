"""Clipper's own exceptions.

Two kinds, as in qutebrowser: a ``UserError`` is something the user or the
environment caused (an unreadable file, a bad query, a malformed bundle, a
locked library) and its message is written for a person to act on; anything
else that escapes is a bug and is shown as one.
"""

from __future__ import annotations


class ClipperError(Exception):
    """Base of every exception Clipper raises on purpose."""


class UserError(ClipperError):
    """A problem the user can fix; ``str(err)`` is shown to them as it is."""


class NotFoundError(UserError):
    """A clip, tag or topic named by the user does not exist."""


class QueryError(UserError):
    """A search query that cannot be parsed.

    ``position`` is the 0-based character offset where the problem was found,
    so the GUI can point at it under the search field.
    """

    def __init__(self, message: str, query: str, position: int | None = None) -> None:
        super().__init__(message)
        self.query = query
        self.position = position


class DuplicateError(UserError):
    """The article being captured is already in the library.

    Carries the UUID of the clip it duplicates so the caller can show it.
    """

    def __init__(self, message: str, existing_uuid: str) -> None:
        super().__init__(message)
        self.existing_uuid = existing_uuid


class InputError(UserError):
    """An input file or text cannot be turned into an article."""


class BundleError(UserError):
    """A bundle is malformed, unsafe, or from a newer, unknown version."""


class LibraryError(UserError):
    """The library file cannot be opened, written or migrated."""


class Interrupted(ClipperError):
    """A read was stopped half-way by ``Library.interrupt`` (from another thread).

    Not a ``UserError``: nothing went wrong, the caller no longer wanted the
    answer (the user typed on past a search), so it is never shown as an
    error. The connection stays usable for the next query.
    """
