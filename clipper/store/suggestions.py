"""What learned suggestions and topic runs read from the library, and the user's rejections.

A rejection is a (clip, tag) pair in ``rejected_suggestions``: the tag is
never suggested or applied by a rule to that clip again, and the learner
uses the pair as a negative example. Removing a tag by hand writes one too
(see ``tags.remove``), so what the user took off stays off.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clipper.store import clips, tags
from clipper.store.db import Db

BATCH = 500


def texts(db: Db, uuids: Sequence[str] | None = None) -> Iterator[tuple[str, str, str | None, str]]:
    """(uuid, title, subtitle, text) of every clip (or of ``uuids``), streamed in batches.

    Streaming means a large library is never all in memory at once.
    """
    if uuids is None:
        cur = db.conn.execute("SELECT uuid, title, subtitle, text FROM clips ORDER BY id")
        while rows := cur.fetchmany(BATCH):
            yield from rows
        return
    for start in range(0, len(uuids), BATCH):
        chunk = list(uuids[start : start + BATCH])
        marks = ",".join("?" * len(chunk))
        rows = db.conn.execute(
            f"SELECT uuid, title, subtitle, text FROM clips WHERE uuid IN ({marks})", chunk
        ).fetchall()
        order = {u: i for i, u in enumerate(chunk)}
        yield from sorted(rows, key=lambda r: order[r[0]])


def clip_tags(db: Db) -> dict[str, dict[str, str]]:
    """Uuid -> {tag name: source} for every tagged clip."""
    out: dict[str, dict[str, str]] = {}
    rows = db.conn.execute(
        "SELECT c.uuid, t.name, ct.source FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id "
        "JOIN tags t ON t.id = ct.tag_id"
    )
    for uuid, name, source in rows:
        out.setdefault(uuid, {})[name] = source
    return out


def reject(db: Db, pairs: Sequence[tuple[str, str]], *, when: str) -> int:
    """Record (uuid, tag) rejections; returns how many were new."""
    added = 0
    for uuid, name in pairs:
        rid = clips.row_id(db, uuid)
        tid = tags.get_id(db, name)
        cur = db.conn.execute(
            "INSERT OR IGNORE INTO rejected_suggestions (clip_id, tag_id, rejected) "
            "VALUES (?, ?, ?)",
            (rid, tid, when),
        )
        added += cur.rowcount
    return added


def forget(db: Db, pairs: Sequence[tuple[str, str]]) -> int:
    """Drop rejections (the undo of ``reject``); returns how many were dropped."""
    dropped = 0
    for uuid, name in pairs:
        cur = db.conn.execute(
            "DELETE FROM rejected_suggestions "
            "WHERE clip_id = (SELECT id FROM clips WHERE uuid = ?) "
            "AND tag_id = (SELECT id FROM tags WHERE name = ?)",
            (uuid, tags.normalise(name)),
        )
        dropped += cur.rowcount
    return dropped


def rejected(db: Db) -> set[tuple[str, str]]:
    """Every (uuid, tag name) the user rejected."""
    rows = db.conn.execute(
        "SELECT c.uuid, t.name FROM rejected_suggestions r JOIN clips c ON c.id = r.clip_id "
        "JOIN tags t ON t.id = r.tag_id"
    ).fetchall()
    return {(r[0], r[1]) for r in rows}


def rejected_for(db: Db, name: str) -> set[str]:
    """UUIDs of the clips on which the user rejected the tag ``name``."""
    rows = db.conn.execute(
        "SELECT c.uuid FROM rejected_suggestions r JOIN clips c ON c.id = r.clip_id "
        "JOIN tags t ON t.id = r.tag_id WHERE t.name = ?",
        (tags.normalise(name),),
    ).fetchall()
    return {r[0] for r in rows}
