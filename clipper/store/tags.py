"""Tags and which clips carry them.

Names are unique without regard to case; "/" makes a hierarchy, so a filter
on "china" includes "china/semiconductors". The full-text index follows tag
changes through the schema's triggers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clipper.errors import NotFoundError, UserError
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
    """Tag clips; returns how many (clip, tag) pairs were new.

    A user tagging a clip that a topic already tagged takes the tag over
    (source becomes "user"), so a later re-apply of the topic never removes
    it; a user's own tag is never demoted to a rule's. Adding a tag also
    forgets an earlier rejection of it on that clip.
    """
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
            if source == "user":
                if not cur.rowcount:
                    db.conn.execute(
                        "UPDATE clip_tags SET source = 'user' WHERE clip_id = ? AND tag_id = ? "
                        "AND source != 'user'",
                        (rid, tag_id),
                    )
                db.conn.execute(
                    "DELETE FROM rejected_suggestions WHERE clip_id = ? AND tag_id = ?",
                    (rid, tag_id),
                )
    return added


def remove(
    db: Db, uuids: Sequence[str], names: Sequence[str], *, remember: str | None = None
) -> int:
    """Untag clips; returns how many (clip, tag) pairs were removed.

    ``remember`` (a timestamp) records each removal as a rejection, so no
    topic or suggestion puts the tag back on that clip: what the user took
    off stays off.
    """
    removed = 0
    for uuid in uuids:
        rid = clips.row_id(db, uuid)
        for name in names:
            row = db.conn.execute(
                "SELECT id FROM tags WHERE name = ?", (normalise(name),)
            ).fetchone()
            if row is None:
                continue
            cur = db.conn.execute(
                "DELETE FROM clip_tags WHERE clip_id = ? AND tag_id = ?", (rid, row[0])
            )
            removed += cur.rowcount
            if remember and cur.rowcount:
                db.conn.execute(
                    "INSERT OR REPLACE INTO rejected_suggestions (clip_id, tag_id, rejected) "
                    "VALUES (?, ?, ?)",
                    (rid, row[0], remember),
                )
    return removed


def all_tags(db: Db) -> list[Tag]:
    """Every tag with the number of clips carrying it, by name."""
    rows = db.conn.execute(
        """SELECT t.name, count(ct.clip_id), t.color, t.origin FROM tags t
           LEFT JOIN clip_tags ct ON ct.tag_id = t.id
           GROUP BY t.id ORDER BY t.name COLLATE NOCASE"""
    ).fetchall()
    return [Tag(name=r[0], count=int(r[1]), color=r[2], origin=r[3]) for r in rows]


# -- tag management ------------------------------------------------------------


@dataclass(frozen=True)
class TagUsage:
    """What a rename, merge or delete of a tag would touch, shown before it runs.

    ``clips``: clips carrying the tag itself; ``with_children``: distinct
    clips carrying it or one of its children ("china/semiconductors" under
    "china"); ``by_user``/``by_topic``/``by_bundle``: how ``clips`` split by
    who applied the tag; ``children``: the child tags' names; ``topic``:
    whether the tag has a topic definition.
    """

    name: str
    clips: int
    with_children: int
    by_user: int
    by_topic: int
    by_bundle: int
    children: tuple[str, ...]
    topic: bool
    origin: str
    color: str | None


def get_id(db: Db, name: str) -> int:
    """A tag's id by (case-insensitive) name. Raises ``NotFoundError``."""
    row = db.conn.execute("SELECT id FROM tags WHERE name = ?", (normalise(name),)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no tag named “{name}”; `clipper tags` lists them.")
    return int(row[0])


def get(db: Db, name: str) -> Tag:
    """One tag with its clip count. Raises ``NotFoundError``."""
    tid = get_id(db, name)
    row = db.conn.execute(
        "SELECT t.name, (SELECT count(*) FROM clip_tags WHERE tag_id = t.id), t.color, t.origin "
        "FROM tags t WHERE t.id = ?",
        (tid,),
    ).fetchone()
    return Tag(name=row[0], count=int(row[1]), color=row[2], origin=row[3])


def children(db: Db, name: str) -> list[str]:
    """Names of the tags below ``name`` in the hierarchy, at any depth."""
    rows = db.conn.execute(
        "SELECT name FROM tags WHERE name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE",
        (_like(normalise(name)) + "/%",),
    ).fetchall()
    return [r[0] for r in rows]


def usage(db: Db, name: str) -> TagUsage:
    """Count what an operation on ``name`` would affect. Raises ``NotFoundError``."""
    tid = get_id(db, name)
    real, color, origin = db.conn.execute(
        "SELECT name, color, origin FROM tags WHERE id = ?", (tid,)
    ).fetchone()
    by_source = dict(
        db.conn.execute(
            "SELECT source, count(*) FROM clip_tags WHERE tag_id = ? GROUP BY source", (tid,)
        ).fetchall()
    )
    kids = children(db, real)
    total = db.conn.execute(
        "SELECT count(DISTINCT ct.clip_id) FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE t.id = ? OR t.name LIKE ? ESCAPE '\\'",
        (tid, _like(real) + "/%"),
    ).fetchone()[0]
    has_topic = (
        db.conn.execute("SELECT 1 FROM topics WHERE tag_id = ?", (tid,)).fetchone() is not None
    )
    return TagUsage(
        name=real,
        clips=sum(by_source.values()),
        with_children=int(total),
        by_user=int(by_source.get("user", 0)),
        by_topic=int(by_source.get("topic", 0)),
        by_bundle=int(by_source.get("bundle", 0)),
        children=tuple(kids),
        topic=has_topic,
        origin=origin,
        color=color,
    )


def clip_uuids(db: Db, name: str) -> list[str]:
    """UUIDs of the clips that carry the tag itself."""
    tid = get_id(db, name)
    rows = db.conn.execute(
        "SELECT c.uuid FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id WHERE ct.tag_id = ?",
        (tid,),
    ).fetchall()
    return [r[0] for r in rows]


def rename(db: Db, old: str, new: str) -> list[str]:
    """Rename a tag and its children ("china/x" follows "china").

    Returns the UUIDs of the clips whose tags changed. A child whose new name
    already exists is merged into it. The full-text index follows through the
    schema's triggers on ``tags(name)``.

    Raises:
        NotFoundError: no tag ``old``.
        UserError: another tag is already called ``new`` (merge instead).
    """
    tid = get_id(db, old)
    real = db.conn.execute("SELECT name FROM tags WHERE id = ?", (tid,)).fetchone()[0]
    target = normalise(new)
    clash = db.conn.execute("SELECT id FROM tags WHERE name = ?", (target,)).fetchone()
    if clash is not None and int(clash[0]) != tid:
        raise UserError(
            f"A tag named “{target}” already exists; merge “{real}” into it instead "
            f'(`clipper tags merge "{real}" "{target}"`).'
        )
    if target.casefold().startswith(real.casefold() + "/"):
        raise UserError(f"“{real}” cannot be moved below itself (“{target}”).")
    touched = set(_uuids_of(db, [tid]))
    for child in children(db, real):
        child_id = get_id(db, child)
        touched |= set(_uuids_of(db, [child_id]))
        new_child = target + child[len(real) :]
        existing = db.conn.execute("SELECT id FROM tags WHERE name = ?", (new_child,)).fetchone()
        if existing is not None and int(existing[0]) != child_id:
            _merge_into(db, child_id, int(existing[0]))
        else:
            db.conn.execute("UPDATE tags SET name = ? WHERE id = ?", (new_child, child_id))
    db.conn.execute("UPDATE tags SET name = ? WHERE id = ?", (target, tid))
    return sorted(touched)


def merge(db: Db, sources: Sequence[str], target: str) -> list[str]:
    """Move every clip of the ``sources`` tags to ``target`` (created if needed), then delete them.

    Returns the UUIDs of the clips touched. A clip carrying several of them ends
    with ``target`` once. The user's hand wins: if any merged tag was applied by
    the user, the target is too. A source's topic definition moves to the target
    when the target has none.

    Raises:
        NotFoundError: a source tag does not exist.
    """
    source_ids = [get_id(db, s) for s in sources]
    target_id = ensure(db, target)
    touched: set[str] = set()
    for sid in dict.fromkeys(source_ids):
        if sid == target_id:
            continue
        touched |= set(_uuids_of(db, [sid]))
        _merge_into(db, sid, target_id)
    return sorted(touched)


def _merge_into(db: Db, source_id: int, target_id: int) -> None:
    conn = db.conn
    conn.execute(
        "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id, source) "
        "SELECT clip_id, ?, source FROM clip_tags WHERE tag_id = ?",
        (target_id, source_id),
    )
    conn.execute(
        "UPDATE clip_tags SET source = 'user' WHERE tag_id = ? AND source != 'user' AND clip_id IN "
        "(SELECT clip_id FROM clip_tags WHERE tag_id = ? AND source = 'user')",
        (target_id, source_id),
    )
    conn.execute(
        "INSERT OR IGNORE INTO rejected_suggestions (clip_id, tag_id, rejected) "
        "SELECT clip_id, ?, rejected FROM rejected_suggestions WHERE tag_id = ? "
        "AND clip_id NOT IN (SELECT clip_id FROM clip_tags WHERE tag_id = ?)",
        (target_id, source_id, target_id),
    )
    if conn.execute("SELECT 1 FROM topics WHERE tag_id = ?", (target_id,)).fetchone() is None:
        conn.execute("UPDATE topics SET tag_id = ? WHERE tag_id = ?", (target_id, source_id))
    conn.execute("DELETE FROM clip_tags WHERE tag_id = ?", (source_id,))
    conn.execute("DELETE FROM tags WHERE id = ?", (source_id,))


def delete(db: Db, name: str) -> list[str]:
    """Delete a tag (and its topic definition) from every clip; its children stay.

    Returns the UUIDs of the clips that carried it.
    """
    tid = get_id(db, name)
    touched = _uuids_of(db, [tid])
    db.conn.execute("DELETE FROM clip_tags WHERE tag_id = ?", (tid,))
    db.conn.execute("DELETE FROM tags WHERE id = ?", (tid,))
    return touched


def set_color(db: Db, name: str, color: str | None) -> None:
    """Set or clear a tag's colour ("#rrggbb").

    Raises:
        UserError: the colour is not of the form #rgb or #rrggbb.
    """
    tid = get_id(db, name)
    if color and not _COLOR.fullmatch(color):
        raise UserError(f"“{color}” is not a colour; write it as #rrggbb, for example #b5452b.")
    db.conn.execute("UPDATE tags SET color = ? WHERE id = ?", (color or None, tid))


def adopt(db: Db, name: str) -> int:
    """Make a tag that came with a bundle the user's own (origin and clips).

    Returns how many clips carried it as a bundle tag.
    """
    tid = get_id(db, name)
    db.conn.execute("UPDATE tags SET origin = 'user' WHERE id = ?", (tid,))
    cur = db.conn.execute(
        "UPDATE clip_tags SET source = 'user' WHERE tag_id = ? AND source = 'bundle'", (tid,)
    )
    return cur.rowcount


def sources(db: Db, name: str) -> dict[str, str]:
    """UUID -> source ("user", "topic", "bundle") of the clips carrying a tag."""
    row = db.conn.execute("SELECT id FROM tags WHERE name = ?", (normalise(name),)).fetchone()
    if row is None:
        return {}
    rows = db.conn.execute(
        "SELECT c.uuid, ct.source FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id "
        "WHERE ct.tag_id = ?",
        (row[0],),
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def _uuids_of(db: Db, tag_ids: Sequence[int]) -> list[str]:
    marks = ",".join("?" * len(tag_ids))
    rows = db.conn.execute(
        f"SELECT DISTINCT c.uuid FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id "
        f"WHERE ct.tag_id IN ({marks})",
        list(tag_ids),
    ).fetchall()
    return [r[0] for r in rows]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
