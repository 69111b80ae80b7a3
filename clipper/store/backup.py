"""Backups, restores and health checks of a library file.

Every copy is made with SQLite's online backup API, never by copying the
file: a live library in WAL mode keeps recent commits in its ``-wal`` file,
so a plain copy of ``library.db`` can miss them or catch a page half-way.
A backup is written to a temporary name, switched to a self-contained
rollback journal, checked with ``PRAGMA integrity_check`` and only then
renamed into place, so a crash or a full disk never leaves a broken backup
under a real name, and a bad library never pushes a good backup out of the
rotation.

Restoring first keeps a copy of what it replaces, then writes the backup
*into* the library through the same API, under SQLite's locks, so another
program that has the library open sees the restored content instead of a
file swapped under its feet.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from clipper import paths
from clipper.errors import LibraryError
from clipper.store import schema
from clipper.store.db import Db, connect

#: Daily backups kept by ``rolling_backup``; manual and pre-restore copies are never pruned.
KEEP_DAILY = 7

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>daily|manual|before-restore|damaged)-(?P<stamp>[0-9T]+)\.db$"
)
_MIGRATION = re.compile(r"^(?P<stem>.+)\.v(?P<version>\d+)-(?P<stamp>[0-9T]+)\.bak\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a library, as listed to the user.

    ``kind`` is "daily" (the rolling copy), "manual" (``clipper backup``),
    "migration" (taken before a schema upgrade), "before-restore" (what a
    restore replaced) or "damaged" (a library that could not be read, kept
    byte for byte before a restore).
    """

    path: Path
    kind: str
    created: dt.datetime
    size: int


@dataclass(frozen=True)
class Health:
    """What ``clipper check`` reports about a library.

    ``problems`` is empty when the file, the full-text index and the links
    between tables are all sound.
    """

    path: Path
    schema_version: int
    size: int
    clips: int
    originals: int
    tags: int
    clips_without_original: int
    index_rows: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether nothing is wrong."""
        return not self.problems


# -- making backups ------------------------------------------------------------


def backup(db: Db, target: Path) -> Path:
    """Copy the open library to ``target`` (a file, replaced if it exists).

    Raises:
        LibraryError: the copy cannot be written (read-only folder, full
            disk) or the library turns out damaged; nothing is left at
            ``target`` then.
    """
    target = Path(target)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(part, isolation_level=None)
        try:
            db.conn.backup(dest)
            # A backup is one file that can be moved or mailed on its own.
            dest.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(dest)
        finally:
            dest.close()
        if problems:
            raise LibraryError(
                f"The library {db.path} is damaged ({problems[0]}); the backup was not kept. "
                "Restore an earlier backup with `clipper restore`."
            )
        _fsync(part)
        os.replace(part, target)
        _fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as err:
        raise _write_error(target, err) from err
    finally:
        _unlink(part)
    return target


def default_target(library: Path, kind: str, now: dt.datetime) -> Path:
    """Where a backup of ``kind`` taken at ``now`` goes: the library's backups folder."""
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S")
    if kind == "daily":
        stamp = now.astimezone(dt.UTC).strftime("%Y%m%d")
    return paths.backup_dir(library) / f"{library.stem}-{kind}-{stamp}.db"


def rolling_backup(db: Db, now: dt.datetime, *, keep: int = KEEP_DAILY) -> Path | None:
    """Take today's backup if there is none yet, and keep only the last ``keep`` days.

    Returns the new backup, or None when today's already exists. Called when
    the app is used, so a library that is not opened is not copied again and
    again; the integrity check on the fresh copy doubles as a daily check of
    the library itself, without slowing down its opening.
    """
    target = default_target(db.path, "daily", now)
    if target.exists():
        return None
    backup(db, target)
    dailies = [b for b in list_backups(db.path) if b.kind == "daily"]
    for old in sorted(dailies, key=lambda b: b.path.name, reverse=True)[keep:]:
        _unlink(old.path)
    return target


def list_backups(library: Path) -> list[BackupInfo]:
    """Every backup of the library at ``library``, newest first, damaged copies last.

    Looks in the backups folder and beside the library (where migrations
    leave theirs); works without opening the library, so it can be offered
    when the library will not open. Copies of a library that was already
    damaged when a restore replaced it come after every real backup, so
    "restore the newest" never picks one.
    """
    found: list[BackupInfo] = []
    for folder in (paths.backup_dir(library), library.parent):
        if not folder.is_dir():
            continue
        for file in folder.iterdir():
            info = _info(file, library.stem)
            if info is not None:
                found.append(info)
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return sorted(found, key=lambda b: b.kind == "damaged")


def _info(file: Path, stem: str) -> BackupInfo | None:
    match = _NAME.match(file.name)
    kind = match["kind"] if match else "migration"
    if match is None:
        match = _MIGRATION.match(file.name)
    if match is None or match["stem"] != stem or not file.is_file():
        return None
    stamp = match["stamp"]
    fmt = "%Y%m%d" if len(stamp) == 8 else "%Y%m%dT%H%M%S"
    try:
        created = dt.datetime.strptime(stamp, fmt).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return BackupInfo(path=file, kind=kind, created=created, size=file.stat().st_size)


# -- checking --------------------------------------------------------------------


def integrity_problems(conn: sqlite3.Connection, *, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong (empty when the file is sound)."""
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    return [] if rows == ["ok"] else rows


def fts_problems(conn: sqlite3.Connection) -> list[str]:
    """What FTS5's own integrity check finds wrong with the search index.

    With a rank argument of 1 FTS5 also compares the index with the clips
    it is built from (through the ``clip_search`` view), so a clip whose
    words changed behind the triggers' back is caught, not only a broken
    index structure.
    """
    try:
        conn.execute("INSERT INTO clip_fts(clip_fts, rank) VALUES('integrity-check', 1)")
    except sqlite3.DatabaseError as err:
        text = str(err)
        if "readonly" in text:
            return []  # FTS5 checks through a write; a read-only library cannot take it
        # FTS5 reports any mismatch as "database disk image is malformed",
        # which would wrongly suggest a damaged file: the clips are intact.
        detail = "" if "malformed" in text else f" ({text})"
        return [f"the search index does not match the clips{detail}; "
                "`clipper check --repair` rebuilds it from them"]
    return []


#: Clips whose ``authors_text`` is not what their ``authors`` list gives.
_STALE_AUTHORS = "authors_text IS NOT " + schema.AUTHORS_TEXT_SQL.format("authors")


def authors_problems(conn: sqlite3.Connection) -> list[str]:
    """Clips whose indexed authors differ from their author list.

    The index reads ``clips.authors_text``, a copy of ``authors`` the store
    keeps in step; FTS5's check cannot see a copy gone stale (the index
    then matches the copy), so it is compared here.
    """
    try:
        stale = int(conn.execute(f"SELECT count(*) FROM clips WHERE {_STALE_AUTHORS}")
                    .fetchone()[0])
    except sqlite3.OperationalError as err:  # malformed JSON in a list of authors
        return [f"the authors of some clips cannot be read ({err})"]
    if not stale:
        return []
    clips = "1 clip" if stale == 1 else f"{stale} clips"
    return [f"the search index has out-of-date authors for {clips}; "
            "`clipper check --repair` rebuilds it"]


def check(db: Db) -> Health:
    """Check the whole library: the file, the search index, the links between tables."""
    conn = db.conn
    problems = integrity_problems(conn)
    if not problems:
        problems += fts_problems(conn)
        problems += authors_problems(conn)
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(
            f"{len(fk)} rows point at rows that do not exist (first in table {fk[0][0]})"
        )

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    missing = one("SELECT count(*) FROM clips c WHERE NOT EXISTS "
                  "(SELECT 1 FROM originals o WHERE o.clip_id = c.id)")
    clips = db.utils["clips"].count
    index_rows = db.utils["clip_fts_docsize"].count
    if index_rows != clips:
        problems.append(f"the search index holds {index_rows} clips but the library {clips}; "
                        "`clipper check --repair` rebuilds it")
    return Health(
        path=db.path,
        schema_version=schema.version(db),
        size=_size(db.path),
        clips=clips,
        originals=db.utils["originals"].count,
        tags=db.utils["tags"].count,
        clips_without_original=missing,
        index_rows=index_rows,
        problems=tuple(problems),
    )


#: Libraries up to this size get a quick check each time they are opened
#: (about 0.25 s at 100 MB here); larger ones are checked once a day, on the
#: fresh daily backup, so that opening stays fast at 100,000 clips.
QUICK_CHECK_BYTES = 100_000_000


def check_on_open(db: Db, *, budget: int = QUICK_CHECK_BYTES) -> bool:
    """Catch a damaged library when it is opened, while it can still be restored.

    Runs ``PRAGMA quick_check`` (structure, not index contents) when the file
    is small enough to do it unnoticed; returns whether it ran.

    Raises:
        LibraryError: the library is damaged; the message points to a restore.
    """
    if _size(db.path) > budget:
        return False
    try:
        rows = [str(r[0]) for r in db.conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as err:
        rows = [str(err)]
    if rows != ["ok"]:
        lines = [ln for row in rows for ln in row.splitlines() if not ln.startswith("***")]
        raise LibraryError(
            f"The library {db.path} is damaged ({(lines or rows)[0]}). Restore a backup with "
            "`clipper restore` (`clipper backups` lists them)."
        )
    return True


def rebuild_index(db: Db) -> None:
    """Rebuild the full-text index from the clips (one transaction).

    Stale copies of the authors (``authors_text``) are recomputed first,
    then FTS5's own 'rebuild' reads every clip through the ``clip_search``
    view. The clips' update triggers are set aside while the authors are
    fixed: each would first remove the clip's entry from the index, which
    fails ("malformed") on the very index being repaired.

    Raises:
        LibraryError: the library cannot be written (read-only, disk full,
            busy); it is then left as it was.
    """
    fresh = schema.AUTHORS_TEXT_SQL.format("authors")
    with db.transaction() as conn:
        triggers = [str(r[0]) for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            "('clips_bu', 'clips_au') ORDER BY name")]
        conn.execute("DROP TRIGGER IF EXISTS clips_bu")
        conn.execute("DROP TRIGGER IF EXISTS clips_au")
        conn.execute(f"UPDATE clips SET authors_text = {fresh} WHERE {_STALE_AUTHORS}")
        for sql in triggers:
            conn.execute(sql)
        conn.execute("INSERT INTO clip_fts(clip_fts) VALUES('rebuild')")


def verify(path: Path) -> int:
    """Check that ``path`` is a sound Clipper library this version can open.

    Returns its schema version.

    Raises:
        LibraryError: missing, not a library, damaged or from a newer Clipper.
    """
    path = Path(path)
    if not path.is_file():
        raise LibraryError(f"There is no backup file {path}.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = integrity_problems(conn)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            has_clips = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clips'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise LibraryError(f"{path} is not a Clipper library or it is damaged ({err}).") from err
    if problems:
        raise LibraryError(f"{path} is damaged ({problems[0]}); choose another backup.")
    if not has_clips or version < 1:
        raise LibraryError(f"{path} is not a Clipper library.")
    if version > schema.VERSION:
        raise LibraryError(
            f"{path} was written by a newer version of Clipper (schema {version}, "
            f"this one knows {schema.VERSION}); please update Clipper."
        )
    return version


# -- restoring -------------------------------------------------------------------


def restore(library: Path, backup_file: Path, *, now: dt.datetime) -> Path | None:
    """Replace the library at ``library`` with ``backup_file``.

    The backup is verified first and the current library is kept in the
    backups folder ("before-restore", or "damaged" byte for byte when it
    cannot be read), so a restore can itself be undone. Returns that copy,
    or None when there was no library to replace.

    Raises:
        LibraryError: the backup is unusable, or the library cannot be
            written; the library is then left as it was.
    """
    library, backup_file = Path(library), Path(backup_file)
    verify(backup_file)
    if backup_file.resolve() == library.resolve():
        raise LibraryError(f"{backup_file} is the library itself; choose a backup.")
    if not library.exists():
        _fresh_copy(backup_file, library)
        return None
    current: Db | None = None
    healthy = False
    try:
        current = connect(library)
        healthy = not integrity_problems(current.conn)
    except (LibraryError, sqlite3.DatabaseError):
        healthy = False
    if current is not None and healthy:
        try:
            kept = _copy_into(backup_file, current, default_target(library, "before-restore", now))
        finally:
            current.close()
    else:
        if current is not None:
            current.close()
        kept = _set_aside(library, default_target(library, "damaged", now))
        _fresh_copy(backup_file, library)
    verify(library)
    return kept


def _copy_into(backup_file: Path, db: Db, keep: Path) -> Path:
    """Write the backup's pages into the open library, keeping what they replace.

    The backup API takes the library's write lock at its first page and
    holds it to the last. The copy of what is replaced is taken right after
    that first page, through a second connection that still reads the last
    committed state: no other program can commit between that copy and the
    overwrite, so nothing written meanwhile is lost. (A library always has
    many pages, so the first step never finishes the copy by itself.)
    """
    reader = connect(db.path)
    kept: list[Path] = []

    def first_step(status: int, remaining: int, total: int) -> None:
        if not kept:
            kept.append(backup(reader, keep))

    try:
        src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        try:
            src.backup(db.conn, pages=1, progress=first_step)
        finally:
            src.close()
    except sqlite3.Error as err:
        raise _write_error(db.path, err) from err
    finally:
        reader.close()
    return kept[0]


def _fresh_copy(backup_file: Path, library: Path) -> None:
    """Create the library file from the backup (nothing was there, or it was set aside)."""
    part = library.with_name(f".{library.name}.{os.getpid()}.part")
    try:
        library.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        dest = sqlite3.connect(part, isolation_level=None)
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
        _fsync(part)
        os.replace(part, library)
        _fsync_dir(library.parent)
    except (OSError, sqlite3.Error) as err:
        raise _write_error(library, err) from err
    finally:
        _unlink(part)


def _set_aside(library: Path, target: Path) -> Path:
    """Move an unreadable library (and its journal files) into the backups folder."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(library, target)
        for suffix in ("-wal", "-shm", "-journal"):
            side = library.with_name(library.name + suffix)
            if side.exists():
                shutil.copyfile(side, target.with_name(target.name + suffix))
        _fsync(target)
        for suffix in ("-wal", "-shm", "-journal"):
            _unlink(library.with_name(library.name + suffix))
    except OSError as err:
        raise _write_error(target, err) from err
    return target


# -- helpers ---------------------------------------------------------------------


def _write_error(path: Path, err: OSError | sqlite3.Error) -> LibraryError:
    """Say in words why a backup or restore could not be written."""
    text = (err.strerror or str(err)) if isinstance(err, OSError) else str(err)
    low = text.lower()
    if "read-only" in low or "readonly" in low or "permission" in low:
        why = "the file or its folder is read-only; check its permissions"
    elif "full" in low or "no space" in low:
        why = "the disk is full; free some space and try again"
    elif "locked" in low or "busy" in low:
        why = "another program kept the library busy for too long; try again"
    else:
        why = text
    return LibraryError(f"Cannot write {path}: {why}.")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (not possible on every platform, hence the guard)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _size(path: Path) -> int:
    return sum(
        p.stat().st_size
        for p in (path, path.with_name(path.name + "-wal"))
        if p.exists()
    )
