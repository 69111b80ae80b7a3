"""Topic definitions and the log of topic runs that makes them undoable.

A topic is a row in ``topics`` keyed by its tag, so renaming or recolouring
the tag carries the definition along, and deleting the tag deletes it. Each
"apply to library" writes one row in ``topic_runs`` listing every tag it
added or removed, so ``undo`` can put the library back as one step even
after the app was closed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from dataclasses import replace as replace_
from pathlib import Path

from clipper.errors import NotFoundError, UserError
from clipper.model import Clip, Topic
from clipper.store import clips, schema, search, tags
from clipper.store import query as query_mod
from clipper.store.db import Db

_SELECT = """
SELECT t.name, p.description, p.terms, p.exclude, p.query, p.threshold, p.enabled
FROM topics p JOIN tags t ON t.id = p.tag_id
"""


@dataclass(frozen=True)
class RunChange:
    """One tag added to or removed from one clip by a topic run."""

    clip: str  # uuid
    tag: str
    action: str  # "add" or "remove"
    source: str = "topic"


@dataclass(frozen=True)
class Run:
    """One "apply to library": when, which topics, what changed."""

    id: int
    created: str
    topics: tuple[str, ...]
    changes: tuple[RunChange, ...]
    undone: str | None = None


def _row(row: sqlite3.Row | tuple[object, ...]) -> Topic:
    name, description, terms, exclude, query, threshold, enabled = row
    return Topic(
        name=str(name),
        description=str(description),
        terms=tuple(json.loads(str(terms))),
        exclude=tuple(json.loads(str(exclude))),
        query=str(query),
        threshold=float(threshold),  # type: ignore[arg-type]
        enabled=bool(enabled),
    )


def all_topics(db: Db, *, enabled_only: bool = False) -> list[Topic]:
    """Every topic, by name."""
    where = " WHERE p.enabled" if enabled_only else ""
    rows = db.conn.execute(_SELECT + where + " ORDER BY t.name COLLATE NOCASE").fetchall()
    return [_row(r) for r in rows]


def get(db: Db, name: str) -> Topic:
    """One topic by its (case-insensitive) name. Raises ``NotFoundError``."""
    row = db.conn.execute(_SELECT + " WHERE t.name = ?", (tags.normalise(name),)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no topic named “{name}”; `clipper topics list` shows them.")
    return _row(row)


def exists(db: Db, name: str) -> bool:
    """Whether a topic of that name exists."""
    sql = "SELECT 1 FROM topics p JOIN tags t ON t.id = p.tag_id WHERE t.name = ?"
    return db.conn.execute(sql, (tags.normalise(name),)).fetchone() is not None


def save(
    db: Db, topic: Topic, *, updated: str, color: str | None = None, replace: bool = True
) -> None:
    """Create or replace a topic (and its tag); call inside a transaction.

    Raises:
        UserError: ``replace`` is False and the topic exists.
    """
    if not replace and exists(db, topic.name):
        raise UserError(
            f"A topic named “{topic.name}” already exists; edit it or pick another name."
        )
    tid = tags.ensure(db, topic.name)
    db.conn.execute(
        "INSERT INTO topics(tag_id, description, terms, exclude, query, threshold, "
        """enabled, updated)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(tag_id) DO UPDATE SET description=excluded.description,
             terms=excluded.terms, exclude=excluded.exclude, query=excluded.query,
             threshold=excluded.threshold, enabled=excluded.enabled, updated=excluded.updated""",
        (
            tid,
            topic.description,
            json.dumps(list(topic.terms), ensure_ascii=False),
            json.dumps(list(topic.exclude), ensure_ascii=False),
            topic.query,
            float(topic.threshold),
            int(topic.enabled),
            updated,
        ),
    )
    if color is not None:
        db.conn.execute("UPDATE tags SET color = ? WHERE id = ?", (color or None, tid))


def delete(db: Db, name: str) -> None:
    """Remove a topic's definition; its tag and the clips carrying it stay."""
    if not exists(db, name):
        raise NotFoundError(f"There is no topic named “{name}”; `clipper topics list` shows them.")
    tid = tags.get_id(db, name)
    db.conn.execute("DELETE FROM topics WHERE tag_id = ?", (tid,))


def color(db: Db, name: str) -> str | None:
    """The colour of a topic's tag."""
    row = db.conn.execute("SELECT color FROM tags WHERE name = ?", (name,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


# -- topic runs (undo) -------------------------------------------------------


def record_run(db: Db, topics: Sequence[str], changes: Iterable[RunChange], *, created: str) -> int:
    """Log one run's changes so it can be undone; returns the run's id."""
    payload = [c.__dict__ for c in changes]
    cur = db.conn.execute(
        "INSERT INTO topic_runs(created, topics, changes) VALUES (?, ?, ?)",
        (
            created,
            json.dumps(list(topics), ensure_ascii=False),
            json.dumps(payload, ensure_ascii=False),
        ),
    )
    return int(cur.lastrowid or 0)


def get_run(db: Db, run_id: int | None = None) -> Run:
    """A run by id, or the latest run not yet undone. Raises ``NotFoundError``."""
    if run_id is None:
        row = db.conn.execute(
            "SELECT id, created, topics, changes, undone FROM topic_runs "
            "WHERE undone IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            raise NotFoundError("There is no topic run to undo.")
    else:
        row = db.conn.execute(
            "SELECT id, created, topics, changes, undone FROM topic_runs WHERE id = ?", (run_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no topic run number {run_id}.")
    return Run(
        id=int(row[0]),
        created=str(row[1]),
        topics=tuple(json.loads(row[2])),
        changes=tuple(RunChange(**c) for c in json.loads(row[3])),
        undone=row[4],
    )


def runs(db: Db, limit: int = 20) -> list[Run]:
    """The latest runs, newest first (for an undo history)."""
    ids = db.conn.execute("SELECT id FROM topic_runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [get_run(db, int(r[0])) for r in ids]


def mark_undone(db: Db, run_id: int, *, when: str) -> None:
    """Mark a run as undone so it is not undone twice."""
    db.conn.execute("UPDATE topic_runs SET undone = ? WHERE id = ?", (when, run_id))


# -- queries on an article that is not stored yet ------------------------------


def article_matches_query(clip: Clip, query: str) -> bool:
    """Whether a clip not yet in the library would match ``query``.

    The clip is put in a private in-memory library with the same schema and
    the query runs there through the real query engine, so a topic's query
    means exactly what it means in the search field. The user's library is
    neither read nor written.

    Raises:
        QueryError: the query is malformed.
    """
    compiled = query_mod.compile_query(query)
    probe = connect_memory()
    try:
        schema.migrate(probe)
        rid = clips.insert(probe, replace_(clip, tags=()))
        from_sql, params = search._from(compiled)
        row = probe.conn.execute(f"SELECT 1 {from_sql} AND c.id = ?", [*params, rid]).fetchone()
        return row is not None
    finally:
        probe.close()


def connect_memory() -> Db:
    """A throwaway in-memory database with our connection settings."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return Db(Path(":memory:"), conn)
