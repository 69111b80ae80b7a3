"""The library's tables and the forward migrations between their versions.

The version is SQLite's ``PRAGMA user_version``. Each migration is a function
from version N-1 to N that runs in the same transaction as the version bump,
so a library is never left between two versions. Before migrating a library
that already holds data, a copy is taken with SQLite's online backup.

The full-text index ``clip_fts`` is an external-content FTS5 table over the
view ``clip_search``. From v5 that view reads plain columns and subqueries
over ordinary tables only (no ``json_each``), which is what lets FTS5's own
``'rebuild'`` and content ``'integrity-check'`` run: FTS5 prepares its
internal statements with virtual tables forbidden. From v6 its tokenizer
keeps the words of Indic scripts whole.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path

from clipper.errors import LibraryError
from clipper.store.db import Db

FTS_COLUMNS = ("title", "subtitle", "authors", "site", "text", "notes", "tags", "cjk")
# Title above everything, then the standfirst, authors and tags; body last.
FTS_WEIGHTS = (10.0, 4.0, 3.0, 2.0, 1.0, 1.0, 3.0, 1.0)

_V1 = """
CREATE TABLE clips (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    subtitle TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    published TEXT,
    site TEXT,
    url TEXT,
    canonical_url TEXT,
    domain TEXT,
    lang TEXT,
    text TEXT NOT NULL DEFAULT '',
    html TEXT NOT NULL DEFAULT '',
    excerpt TEXT NOT NULL DEFAULT '',
    word_count INTEGER NOT NULL DEFAULT 0,
    fingerprint TEXT NOT NULL DEFAULT '',
    removed TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    captured TEXT NOT NULL,
    updated TEXT NOT NULL,
    duplicate_of TEXT,
    cjk TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clips_canonical_url ON clips(canonical_url);
CREATE INDEX clips_fingerprint ON clips(fingerprint);
CREATE INDEX clips_published ON clips(published);
CREATE INDEX clips_captured ON clips(captured);
CREATE INDEX clips_domain ON clips(domain);

CREATE TABLE originals (
    clip_id INTEGER PRIMARY KEY REFERENCES clips(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT,
    encoding TEXT NOT NULL DEFAULT 'zlib',
    size INTEGER NOT NULL,
    content BLOB NOT NULL
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT,
    origin TEXT NOT NULL DEFAULT 'user'
);

CREATE TABLE clip_tags (
    clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    source TEXT NOT NULL DEFAULT 'user',
    PRIMARY KEY (clip_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX clip_tags_tag ON clip_tags(tag_id, clip_id);

CREATE TABLE topics (
    tag_id INTEGER PRIMARY KEY REFERENCES tags(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL DEFAULT '[]',
    exclude TEXT NOT NULL DEFAULT '[]',
    query TEXT NOT NULL DEFAULT '',
    threshold REAL NOT NULL DEFAULT 1.0,
    enabled INTEGER NOT NULL DEFAULT 1,
    updated TEXT
);

CREATE TABLE rejected_suggestions (
    clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    rejected TEXT NOT NULL,
    PRIMARY KEY (clip_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query TEXT NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- What the full-text index sees for each clip: authors and tags flattened.
-- (v5 replaces it: the authors come from clips.authors_text, see _v5.)
CREATE VIEW clip_search AS
SELECT
    c.id AS id,
    c.title AS title,
    coalesce(c.subtitle, '') AS subtitle,
    coalesce((SELECT group_concat(value, '; ') FROM json_each(c.authors)), '') AS authors,
    coalesce(c.site, '') || ' ' || coalesce(c.domain, '') AS site,
    c.text AS text,
    c.notes AS notes,
    coalesce((SELECT group_concat(t.name, '; ') FROM clip_tags ct
              JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = c.id), '') AS tags,
    c.cjk AS cjk
FROM clips c;

CREATE VIRTUAL TABLE clip_fts USING fts5(
    title, subtitle, authors, site, text, notes, tags, cjk,
    content='clip_search', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
"""

# The index follows the clips in the same transaction whoever writes them:
# each trigger removes a clip's old entry before a change and adds the new
# one after it, reading both from the clip_search view.
_FTS_COLS = ", ".join(FTS_COLUMNS)
_DELETE = (
    f"INSERT INTO clip_fts(clip_fts, rowid, {_FTS_COLS}) "
    f"SELECT 'delete', id, {_FTS_COLS} FROM clip_search WHERE id {{}};"
)
_INSERT = (
    f"INSERT INTO clip_fts(rowid, {_FTS_COLS}) "
    f"SELECT id, {_FTS_COLS} FROM clip_search WHERE id {{}};"
)
_TAG_CLIPS = "IN (SELECT clip_id FROM clip_tags WHERE tag_id = {}.id)"
# A renamed tag's clips, out of the index before the rename and back in after it.
_DELETE_RENAMED = _DELETE.format(_TAG_CLIPS.format("old"))
_INSERT_RENAMED = _INSERT.format(_TAG_CLIPS.format("new"))

_TRIGGERS = f"""
CREATE TRIGGER clips_ai AFTER INSERT ON clips BEGIN {_INSERT.format("= new.id")} END;
CREATE TRIGGER clips_bd BEFORE DELETE ON clips BEGIN {_DELETE.format("= old.id")} END;
CREATE TRIGGER clip_tags_bi BEFORE INSERT ON clip_tags BEGIN {_DELETE.format("= new.clip_id")} END;
CREATE TRIGGER clip_tags_ai AFTER INSERT ON clip_tags BEGIN {_INSERT.format("= new.clip_id")} END;
CREATE TRIGGER clip_tags_bd BEFORE DELETE ON clip_tags BEGIN {_DELETE.format("= old.clip_id")} END;
CREATE TRIGGER clip_tags_ad AFTER DELETE ON clip_tags BEGIN {_INSERT.format("= old.clip_id")} END;
CREATE TRIGGER tags_bu BEFORE UPDATE OF name ON tags BEGIN {_DELETE_RENAMED} END;
CREATE TRIGGER tags_au AFTER UPDATE OF name ON tags BEGIN {_INSERT_RENAMED} END;
"""


def _clip_update_triggers(columns: str) -> str:
    """The triggers that re-index a clip when a column the view reads changes."""
    return f"""
CREATE TRIGGER clips_bu BEFORE UPDATE OF {columns}
    ON clips BEGIN {_DELETE.format("= old.id")} END;
CREATE TRIGGER clips_au AFTER UPDATE OF {columns}
    ON clips BEGIN {_INSERT.format("= new.id")} END;
"""


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``executescript`` would commit first, breaking the one-transaction rule.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    columns = "title, subtitle, authors, site, domain, text, notes, cjk"
    run_script(conn, _V1 + _clip_update_triggers(columns) + _TRIGGERS)
    _set_rank(conn)


def _set_rank(conn: sqlite3.Connection) -> None:
    """The index's ranking: bm25 with ``FTS_WEIGHTS`` (kept in the FTS5 table's settings)."""
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    conn.execute(f"INSERT INTO clip_fts(clip_fts, rank) VALUES('rank', 'bm25({weights})')")


def _v2(conn: sqlite3.Connection) -> None:
    """Topic runs: each "apply to library" logged so it can be undone as one step.

    Also guards the index trigger before a tag is put on a clip: with
    ``INSERT OR IGNORE`` of a pair already there, v1's trigger took the clip
    out of the index and nothing put it back (no AFTER INSERT fires for an
    ignored row), leaving FTS5 "malformed" at the next change.
    """
    guarded = _DELETE.format("= new.clip_id")
    pair = "clip_id = new.clip_id AND tag_id = new.tag_id"
    run_script(
        conn,
        f"""
        DROP TRIGGER clip_tags_bi;
        CREATE TRIGGER clip_tags_bi BEFORE INSERT ON clip_tags
            WHEN NOT EXISTS (SELECT 1 FROM clip_tags WHERE {pair})
            BEGIN {guarded} END;
        """,
    )
    run_script(
        conn,
        """
        CREATE TABLE topic_runs (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            topics TEXT NOT NULL DEFAULT '[]',
            changes TEXT NOT NULL DEFAULT '[]',
            undone TEXT
        );
        """,
    )


def _v3(conn: sqlite3.Connection) -> None:
    """Fast and small at 100,000 clips (issue 9; figures in benchmarks/README.md).

    - ``clips_date``: the ``after:``/``before:``/``year:`` filters compare
      ``coalesce(published, captured)``; with this index a date range is an
      index range instead of a read of every clip.
    - ``clips_site``: ``site:`` also matches the site's name, case-blind;
      without an index that branch alone read every clip.
    - The body's HTML is stored compressed against the clip's own text
      (``clips.encode_html``), which takes the file from 3.4 to 2.4 times its
      text. Rows are converted here in batches; the FTS triggers do not fire
      (``html`` is not indexed).
    """
    from clipper.store import clips

    run_script(
        conn,
        """
        CREATE INDEX clips_date ON clips(coalesce(published, captured));
        CREATE INDEX clips_site ON clips(site COLLATE NOCASE);
        """,
    )
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, text, html FROM clips WHERE id > ? ORDER BY id LIMIT 500", (last,)
        ).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        conn.executemany(
            "UPDATE clips SET html = ? WHERE id = ?",
            [
                (clips.encode_html(text, html), rid)
                for rid, text, html in rows
                if isinstance(html, str) and html
            ],
        )


def _v4(conn: sqlite3.Connection) -> None:
    """Lists of a large library without reading its clips (issue 9).

    A clip's row holds its text, so each row the search reads costs a page
    of the file. ``clips_list`` (date added, id, UUID) gives the default
    list, newest first, and every filter-only list from the index alone;
    ``clips_uuid_by_id`` turns the ids FTS5 ranks into UUIDs the same way.
    At 100,000 clips the whole list takes 28 ms of CPU instead of 200.
    """
    run_script(
        conn,
        """
        CREATE INDEX IF NOT EXISTS clips_list ON clips(captured, id, uuid);
        CREATE INDEX IF NOT EXISTS clips_uuid_by_id ON clips(id, uuid);
        """,
    )


#: A clip's authors as the index sees them, from the JSON list in ``authors``:
#: what ``clips.authors_text`` computes in Python, in SQL (v5's fill, ``check``).
AUTHORS_TEXT_SQL = "coalesce((SELECT group_concat(value, '; ') FROM json_each({})), '')"

_V5_VIEW = """
CREATE VIEW clip_search AS
SELECT
    c.id AS id,
    c.title AS title,
    coalesce(c.subtitle, '') AS subtitle,
    c.authors_text AS authors,
    coalesce(c.site, '') || ' ' || coalesce(c.domain, '') AS site,
    c.text AS text,
    c.notes AS notes,
    coalesce((SELECT group_concat(t.name, '; ') FROM clip_tags ct
              JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = c.id), '') AS tags,
    c.cjk AS cjk
FROM clips c;
"""


def _v5(conn: sqlite3.Connection) -> None:
    """FTS5's own 'rebuild' and content 'integrity-check' on the index.

    Up to v4 the view computed the authors with ``json_each``, a virtual
    table, and FTS5 refuses to read its content through one ("SQL logic
    error"), so the index could only be rebuilt by hand and never checked
    against the clips. ``clips.authors_text`` now holds the authors joined
    exactly as the view joined them ('; '); the store writes it with
    ``authors`` on every insert and edit (``clips.authors_text``).

    The column is filled before the update triggers name it, so the fill
    does not re-index anything: the index already holds these very words.
    Only clips with authors are rewritten.
    """
    run_script(
        conn,
        f"""
        ALTER TABLE clips ADD COLUMN authors_text TEXT NOT NULL DEFAULT '';
        UPDATE clips SET authors_text = {AUTHORS_TEXT_SQL.format("clips.authors")}
            WHERE json_array_length(authors) > 0;
        DROP VIEW clip_search;
        {_V5_VIEW}
        DROP TRIGGER clips_bu;
        DROP TRIGGER clips_au;
        {_clip_update_triggers("title, subtitle, authors_text, site, domain, text, notes, cjk")}
        """,
    )


#: The vowel signs and other combining marks of the Indic scripts (Devanagari to
#: Sinhala): FTS5's unicode61 tokenizer takes marks for separators, which cut
#: "नीति" (policy) into "न" and "त". Thai and Lao are left out: they do not
#: space their words, and their marks are all that parts a phrase into tokens.
INDIC_MARKS = "".join(
    chr(c) for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)) in ("Mn", "Mc")
)


def _v6(conn: sqlite3.Connection) -> None:
    """The index keeps the words of Indic scripts whole (``INDIC_MARKS``).

    A tokenizer is fixed when its table is made: the index is made again and
    rebuilt from the clips (FTS5's 'rebuild' reads them through the view, as
    the triggers, which name the table, go on doing).
    """
    run_script(
        conn,
        f"""
        DROP TABLE clip_fts;
        CREATE VIRTUAL TABLE clip_fts USING fts5(
            title, subtitle, authors, site, text, notes, tags, cjk,
            content='clip_search', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2 tokenchars '{INDIC_MARKS}'"
        );
        INSERT INTO clip_fts(clip_fts) VALUES('rebuild');
        """,
    )
    _set_rank(conn)  # the ranking's column weights live in the table's own settings


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6]
VERSION = len(MIGRATIONS)


def version(db: Db) -> int:
    """The schema version of an open library (0 for a new, empty file)."""
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def pending_update(path: Path) -> bool:
    """Whether the library file at ``path`` holds clips and is older than ``VERSION``.

    Read without opening the library for writing, so a window can say it is
    updating (the update copies the file, then may rebuild the index) before
    the wait.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return False  # not a library we can read: opening it says why
    finally:
        conn.close()
    return 0 < found < VERSION


def migrate(db: Db, *, now: Callable[[], dt.datetime] | None = None) -> int:
    """Bring the library up to ``VERSION``; return the version it had.

    Each step re-reads the version inside its write transaction, so two
    programs opening a new library at the same moment migrate it once: the
    second waits for the first and then finds nothing to do (and is told
    the version it found, so it does not treat the library as new).

    Raises:
        LibraryError: the file was written by a newer Clipper, or a migration
            failed (the library is then left exactly as it was).
    """
    start = version(db)
    _refuse_newer(db, start)
    if start == VERSION:
        return start
    if start > 0:
        backup_before_migration(db, start, now=now)
    found: int | None = None
    for number in range(start + 1, VERSION + 1):
        with db.transaction() as conn:
            current = version(db)
            if found is None:
                found = current
            _refuse_newer(db, current)
            if current >= number:
                continue
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
    return start if found is None else found


def _refuse_newer(db: Db, found: int) -> None:
    if found > VERSION:
        raise LibraryError(
            f"The library {db.path} was written by a newer version of Clipper "
            f"(schema {found}, this one knows {VERSION}); please update Clipper."
        )


def backup_before_migration(
    db: Db, old_version: int, *, now: Callable[[], dt.datetime] | None = None
) -> Path:
    """Copy the library beside itself before changing its schema.

    Raises:
        LibraryError: the copy cannot be written (full disk, read-only
            folder); the partial copy is removed and the library is not
            migrated, so it stays as it was.
    """
    # Imported here: the backup module reads the schema version from this one.
    from clipper.store import backup

    stamp = (now or _utcnow)().strftime("%Y%m%dT%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.v{old_version}-{stamp}.bak.db")
    try:
        # Written to a temporary name, checked, then renamed: a kill or a full
        # disk never leaves a broken copy under the backup's name.
        backup.backup(db, target)
    except LibraryError as err:
        raise LibraryError(
            f"Cannot update the library {db.path} to this version of Clipper: the copy "
            f"kept before updating could not be written ({err}) "
            "Free some space and open it again; nothing was changed."
        ) from err
    return target


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
