"""Tags and which clips carry them.

Names are unique without regard to case; "/" makes a hierarchy, so a filter
on "china" includes "china/semiconductors". The full-text index follows tag
changes through the schema's triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.errors import UserError
from clipper.model import Tag
from clipper.store import clips
from clipper.store.db import Db


def normalise(name: str) -> str:
    """Tidy a tag name: trimmed, single spaces, no empty hierarchy levels.

    Raises:
        UserError: the name is empty once tidied.
    """
    parts = [" ".join(part.split()) for part in name.split("/")]
    cleaned = "/".join(p for p in parts if p)
    if not cleaned:
        raise UserError(f"“{name}” is not a usable tag name.")
    return cleaned


def ensure(db: Db, name: str, *, origin: str = "user") -> int:
    """The id of the tag called ``name``, created if needed (keeping its first spelling)."""
    name = normalise(name)
    row = db.conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return int(row[0])
    cur = db.conn.execute("INSERT INTO tags (name, origin) VALUES (?, ?)", (name, origin))
    return int(cur.lastrowid or 0)


def add(db: Db, uuids: Sequence[str], names: Sequence[str], *, source: str = "user") -> int:
    """Tag clips; returns how many (clip, tag) pairs were new."""
    added = 0
    tag_ids = [ensure(db, n) for n in names]
    for uuid in uuids:
        rid = clips.row_id(db, uuid)
        for tag_id in tag_ids:
            cur = db.conn.execute(
                "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id, source) VALUES (?, ?, ?)",
                (rid, tag_id, source),
            )
            added += cur.rowcount
    return added


def remove(db: Db, uuids: Sequence[str], names: Sequence[str]) -> int:
    """Untag clips; returns how many (clip, tag) pairs were removed."""
    removed = 0
    for uuid in uuids:
        rid = clips.row_id(db, uuid)
        for name in names:
            cur = db.conn.execute(
                "DELETE FROM clip_tags WHERE clip_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)",
                (rid, normalise(name)),
            )
            removed += cur.rowcount
    return removed


def all_tags(db: Db) -> list[Tag]:
    """Every tag with the number of clips carrying it, by name."""
    rows = db.conn.execute(
        """SELECT t.name, count(ct.clip_id), t.color, t.origin FROM tags t
           LEFT JOIN clip_tags ct ON ct.tag_id = t.id
           GROUP BY t.id ORDER BY t.name COLLATE NOCASE"""
    ).fetchall()
    return [Tag(name=r[0], count=int(r[1]), color=r[2], origin=r[3]) for r in rows]
