"""Saved searches: a name for a query the user runs again and again."""

from __future__ import annotations

from clipper.errors import NotFoundError, UserError
from clipper.store import query as q
from clipper.store.db import Db


def all_saved(db: Db) -> list[tuple[str, str]]:
    """(name, query) pairs by name."""
    rows = db.conn.execute("SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE")
    return [(r[0], r[1]) for r in rows]


def save(db: Db, name: str, query: str) -> None:
    """Save (or replace) a search; the query must parse.

    Raises:
        UserError: an empty name.
        QueryError: the query does not parse.
    """
    name = " ".join(name.split())
    if not name:
        raise UserError("A saved search needs a name.")
    q.compile_query(query)
    db.conn.execute(
        "INSERT INTO saved_searches (name, query) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET query = excluded.query",
        (name, query),
    )


def delete(db: Db, name: str) -> None:
    """Forget a saved search. Raises ``NotFoundError``."""
    cur = db.conn.execute("DELETE FROM saved_searches WHERE name = ?", (name,))
    if cur.rowcount == 0:
        raise NotFoundError(f"There is no saved search called “{name}”.")
