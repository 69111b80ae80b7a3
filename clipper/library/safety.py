"""Backups, restores and health checks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from clipper import paths
from clipper.library.base import Clock, utcnow
from clipper.library.sharing import Sharing

if TYPE_CHECKING:  # the sections' types, named for the shells' annotations
    from clipper.store.backup import BackupInfo, Health


class Safety(Sharing):
    """Backups, restores and health checks."""

    # -- backups and safety ---------------------------------------------------
    # Everything here copies through SQLite's online backup API (see
    # clipper/store/backup.py): never a file copy of a live library.

    def backup(self, path: str | Path | None = None) -> Path:
        """Copy the library now, to ``path`` (a file or a folder) or the backups folder.

        Raises:
            LibraryError: the copy cannot be written, or the library is damaged.
        """
        from clipper.store import backup as store_backup

        if path is None:
            target = store_backup.default_target(self.path, "manual", self._clock())
        else:
            target = Path(path).expanduser()
            if target.is_dir():
                target = (
                    target / store_backup.default_target(self.path, "manual", self._clock()).name
                )
        return store_backup.backup(self._db, target)

    def maybe_daily_backup(self, *, keep: int = 7) -> Path | None:
        """Take today's rolling backup unless there is one; keep the last ``keep`` days.

        Call it when the app is used (the window runs it in the background
        after start-up). Returns the new backup, or None. The copy is checked
        with ``PRAGMA integrity_check``, which doubles as a daily check of the
        library without slowing its opening.
        """
        from clipper.store import backup as store_backup

        return store_backup.rolling_backup(self._db, self._clock(), keep=keep)

    def backups(self) -> list[BackupInfo]:
        """This library's backups, newest first."""
        return self.backups_of(self.path)

    @staticmethod
    def backups_of(library_path: str | Path | None = None) -> list[BackupInfo]:
        """The backups of a library that may not open (to offer a restore)."""
        from clipper.store import backup as store_backup

        return store_backup.list_backups(paths.library_path(library_path))

    @staticmethod
    def restore_backup(
        library_path: str | Path | None, backup: str | Path, *, clock: Clock | None = None
    ) -> Path | None:
        """Replace a library (open or not, sound or damaged) with a verified backup.

        Close any ``Library`` on the file first in this process. What is
        replaced is kept in the backups folder first; returns that copy
        (None if there was no library).

        Raises:
            LibraryError: the backup is missing, damaged, not a library or from
                a newer Clipper, or the library cannot be written; nothing
                is changed then.
        """
        from clipper.store import backup as store_backup

        return store_backup.restore(
            paths.library_path(library_path), Path(backup).expanduser(), now=(clock or utcnow)()
        )

    def check(self, *, repair: bool = False) -> Health:
        """Check the file, the search index and the links between tables.

        ``repair`` rebuilds the search index first (the one part that can be
        recomputed from the clips).
        """
        from clipper.store import backup as store_backup

        if repair:
            store_backup.rebuild_index(self._db)
        return store_backup.check(self._db)

    def quick_check(self) -> bool:
        """Catch damage right after opening, while a restore can still be offered.

        Checks libraries up to 100 MB at once (about 0.25 s); larger ones are
        checked daily on the fresh backup by ``maybe_daily_backup``. Returns
        whether the check ran. Raises ``LibraryError`` pointing to a restore.
        """
        from clipper.store import backup as store_backup

        return store_backup.check_on_open(self._db)
