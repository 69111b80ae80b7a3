"""Undoable edits: delete, bulk tag and untag, apply topics.

Each command calls the library in ``redo`` and reverses exactly what it did
in ``undo`` (a tag added to a clip that already had it is not taken away),
then hands the ``Changes`` to the window so the list, the reader and the
sidebar refresh. Edit > Undo and the status bar's Undo button both use the
window's ``QUndoStack``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from clipper.library import Library
from clipper.model import Changes, Clip

Notify = Callable[[Changes], None]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class DeleteClips(QUndoCommand):
    """Delete clips; undo puts them back whole (tags, notes, original)."""

    def __init__(self, library: Library, uuids: Sequence[str], notify: Notify) -> None:
        super().__init__(f"Delete {_plural(len(uuids), 'clip')}")
        self.library = library
        self.uuids = list(uuids)
        self.notify = notify
        self.deleted: list[Clip] = []

    def redo(self) -> None:
        self.deleted, changes = self.library.delete(self.uuids)
        self.notify(changes)

    def undo(self) -> None:
        changes = self.library.restore(self.deleted)
        self.notify(changes)


class TagClips(QUndoCommand):
    """Add (or remove) tags on clips; undo reverses only what changed."""

    def __init__(
        self,
        library: Library,
        uuids: Sequence[str],
        names: Sequence[str],
        add: bool,
        notify: Notify,
    ) -> None:
        verb = "Tag" if add else "Untag"
        super().__init__(f"{verb} {_plural(len(uuids), 'clip')} “{', '.join(names)}”")
        self.library = library
        self.uuids = list(uuids)
        self.names = list(names)
        self.add = add
        self.notify = notify
        # Who carried which tag before, so undo touches only the clips we changed.
        before = {c.uuid: {t.casefold() for t in c.tags} for c in library.summaries(self.uuids)}
        self.changed: dict[str, list[str]] = {
            name: [u for u in self.uuids if (name.casefold() in before.get(u, set())) != add]
            for name in self.names
        }

    def redo(self) -> None:
        changes = Changes()
        for name, uuids in self.changed.items():
            if uuids:
                changes |= (self.library.tag if self.add else self.library.untag)(uuids, [name])
        self.notify(changes | Changes(tags=True))

    def undo(self) -> None:
        changes = Changes()
        for name, uuids in self.changed.items():
            if uuids:
                changes |= (self.library.untag if self.add else self.library.tag)(uuids, [name])
        self.notify(changes | Changes(tags=True))

    @property
    def count(self) -> int:
        """How many clips the command changed."""
        return len({u for uuids in self.changed.values() for u in uuids})


class ApplyTopics(QUndoCommand):
    """Apply topics to the whole library as one step; undo removes that run."""

    def __init__(self, library: Library, names: Sequence[str], notify: Notify) -> None:
        super().__init__(f"Apply {', '.join(names)} to the library")
        self.library = library
        self.names = list(names)
        self.notify = notify
        self.run_id: int | None = None
        self.plans: list[object] = []

    def redo(self) -> None:
        self.run_id, self.plans, changes = self.library.apply_topics(self.names)
        self.notify(changes)

    def undo(self) -> None:
        if self.run_id is not None:
            self.notify(self.library.undo_topic_run(self.run_id))


class EditDetails(QUndoCommand):
    """Change a clip's citation details; undo puts the former values back."""

    def __init__(
        self, library: Library, clip: Clip, changes: dict[str, object], notify: Notify
    ) -> None:
        super().__init__(f"Edit details of “{clip.title}”")
        self.library = library
        self.uuid = clip.uuid
        self.changes = dict(changes)
        self.before = {name: getattr(clip, name) for name in changes}
        self.notify = notify

    def redo(self) -> None:
        self.notify(self.library.update(self.uuid, **self.changes))

    def undo(self) -> None:
        self.notify(self.library.update(self.uuid, **self.before))
