"""Clips in and out of the library file.

Rows become ``Clip`` objects here and nowhere else. The full-text index is
kept in step by the schema's triggers, inside the caller's transaction.
Originals are stored zlib-compressed in their own table: they are large,
rarely read, and would otherwise double the file.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from clipper.errors import NotFoundError, UserError
from clipper.model import Clip, Original, Removed
from clipper.store import fingerprint as fp
from clipper.store.db import Db

SUMMARY_COLUMNS = (
    "c.id, c.uuid, c.title, c.subtitle, c.authors, c.published, c.site, c.url, "
    "c.canonical_url, c.lang, c.excerpt, c.word_count, c.fingerprint, c.notes, "
    "c.captured, c.updated, c.duplicate_of"
)
FULL_COLUMNS = SUMMARY_COLUMNS + ", c.text, c.html, c.removed"

EDITABLE = frozenset(
    {"title", "subtitle", "authors", "published", "site", "url", "lang", "notes", "text", "html",
     "removed", "excerpt"}
)


def insert(db: Db, clip: Clip) -> int:
    """Insert a whole clip (its UUID, times and tags kept as given); returns its row id.

    The clip's tags are linked before its row exists (foreign keys deferred to
    the commit), so the full-text index gets the clip once, tags included;
    linking them afterwards would re-index the whole article once per tag.

    Raises:
        UserError: a clip with this UUID is already in the library.
    """
    with db.transaction():
        if exists(db, clip.uuid):
            raise UserError(f"A clip with the id {clip.uuid} is already in the library.")
        row_id_ = _next_row_id(db)
        if clip.tags:
            _link_new_clip_tags(db, row_id_, clip.tags)
        _insert_row(db, row_id_, clip)
        if clip.original is not None:
            set_original(db, row_id_, clip.original)
    return row_id_


def insert_many(db: Db, clips_: Iterable[Clip]) -> list[int]:
    """Insert many whole clips in one transaction (bulk import, benchmarks).

    All or nothing: a UUID already present raises ``UserError`` and nothing
    of the batch stays. The same path as ``insert``, without a transaction
    per clip, which is what makes 100,000 clips a matter of minutes.
    """
    ids: list[int] = []
    with db.transaction():
        for clip in clips_:
            ids.append(insert(db, clip))
    return ids


HTML_CODEC = b"Z1"  # zlib, with the clip's own text (UTF-8, first 32 KiB) as dictionary
_DICT_BYTES = 32 * 1024


def encode_html(text: str, html: str) -> str | bytes:
    """The body's HTML as stored: compressed against the clip's text.

    The sanitised HTML is the text again with tags, so with the text as a
    preset dictionary zlib stores little more than the tags (about 3 % of
    the HTML instead of 100 %; plain zlib gets 40-50 %). This is what keeps
    the library under 2.5 times its text (issue 9). The text must therefore
    never change without the HTML being encoded again: ``update`` does so.
    Empty HTML stays the empty string.
    """
    if not html:
        return ""
    packer = zlib.compressobj(6, zdict=text.encode("utf-8")[:_DICT_BYTES] or b" ")
    return HTML_CODEC + packer.compress(html.encode("utf-8")) + packer.flush()


def decode_html(text: str, stored: str | bytes | None) -> str:
    """The HTML from what ``encode_html`` made (plain text from libraries before v3 too)."""
    if not stored:
        return ""
    if isinstance(stored, str):
        return stored
    if not stored.startswith(HTML_CODEC):
        raise ValueError("unknown HTML encoding in the library")
    unpacker = zlib.decompressobj(zdict=text.encode("utf-8")[:_DICT_BYTES] or b" ")
    return (unpacker.decompress(stored[len(HTML_CODEC):]) + unpacker.flush()).decode("utf-8")


def _next_row_id(db: Db) -> int:
    """The row id the next clip gets (what SQLite would choose: one above the highest)."""
    return int(db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM clips").fetchone()[0])


def _link_new_clip_tags(db: Db, row_id_: int, names: Sequence[str]) -> None:
    """Tag a clip about to be inserted as ``tags.add`` would (user tags).

    Runs before the clip's row exists: the tag triggers then find nothing to
    re-index, and the clip's own insert trigger indexes it with its tags.
    """
    from clipper.store import tags

    db.conn.execute("PRAGMA defer_foreign_keys = ON")
    for name in names:
        db.conn.execute(
            "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id, source) VALUES (?, ?, 'user')",
            (row_id_, tags.ensure(db, name)),
        )


def _insert_row(db: Db, row_id_: int, clip: Clip) -> None:
    try:
        db.conn.execute(
            """INSERT INTO clips (id, uuid, title, subtitle, authors, authors_text, published,
                   site, url, canonical_url, domain, lang, text, html, excerpt, word_count,
                   fingerprint, removed, notes, captured, updated, duplicate_of, cjk)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                row_id_, clip.uuid, clip.title, clip.subtitle,
                json.dumps(list(clip.authors), ensure_ascii=False), authors_text(clip.authors),
                clip.published, clip.site, clip.url,
                clip.canonical_url or fp.canonical_url(clip.url),
                fp.domain(clip.canonical_url or clip.url), clip.lang, clip.text,
                encode_html(clip.text, clip.html),
                clip.excerpt, clip.word_count or fp.word_count(clip.text),
                clip.fingerprint or fp.fingerprint(clip.text), _removed_json(clip.removed),
                clip.notes, clip.captured, clip.updated or clip.captured, clip.duplicate_of,
                fp.cjk_grams(clip.title, clip.subtitle or "", clip.text),
            ),
        )
    except sqlite3.IntegrityError as err:
        raise UserError(f"A clip with the id {clip.uuid} is already in the library.") from err


def authors_text(authors: Iterable[object]) -> str:
    """The authors as the full-text index reads them (``clips.authors_text``).

    Kept beside the JSON list so that the index's content view needs no
    ``json_each`` (see schema v5). It must be written with ``authors`` every
    time, and equal what SQL's ``group_concat(value, '; ')`` over
    ``json_each(authors)`` gives (``schema.AUTHORS_TEXT_SQL``), which
    ``backup.check`` verifies.
    """
    return "; ".join(str(a) for a in authors)


def set_original(db: Db, row_id: int, original: Original) -> None:
    """Store (or replace) a clip's original, compressed."""
    raw = original.content.encode("utf-8")
    db.conn.execute(
        """INSERT OR REPLACE INTO originals (clip_id, kind, name, encoding, size, content)
           VALUES (?, ?, ?, 'zlib', ?, ?)""",
        (row_id, original.kind, original.name, len(raw), zlib.compress(raw, 6)),
    )


def row_id(db: Db, uuid: str) -> int:
    """The internal row id of a clip. Raises ``NotFoundError``."""
    row = db.conn.execute("SELECT id FROM clips WHERE uuid = ?", (uuid,)).fetchone()
    if row is None:
        raise NotFoundError(f"No clip with the id {uuid} in this library.")
    return int(row[0])


def get(db: Db, uuid: str, *, original: bool = True) -> Clip:
    """A whole clip by UUID. Raises ``NotFoundError``."""
    row = db.conn.execute(
        f"SELECT {FULL_COLUMNS} FROM clips c WHERE c.uuid = ?", (uuid,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"No clip with the id {uuid} in this library.")
    orig = load_original(db, int(row[0])) if original else None
    return _clip(row, tags_of(db, [int(row[0])]).get(int(row[0]), ()), full=True, original=orig)


def exists(db: Db, uuid: str) -> bool:
    """Whether a clip with this UUID is in the library."""
    return db.conn.execute("SELECT 1 FROM clips WHERE uuid = ?", (uuid,)).fetchone() is not None


def load_original(db: Db, row_id_: int) -> Original | None:
    """The original as captured, decompressed."""
    row = db.conn.execute(
        "SELECT kind, name, encoding, content FROM originals WHERE clip_id = ?", (row_id_,)
    ).fetchone()
    if row is None:
        return None
    kind, name, encoding, content = row
    raw = zlib.decompress(content) if encoding == "zlib" else bytes(content)
    return Original(kind=kind, content=raw.decode("utf-8"), name=name)


def summaries(db: Db, uuids: Sequence[str]) -> list[Clip]:
    """Clips without text, html or original, in the order of ``uuids`` (unknown ones skipped)."""
    found: dict[str, Clip] = {}
    for chunk in _chunks(list(uuids), 500):
        marks = ",".join("?" * len(chunk))
        rows = db.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM clips c WHERE c.uuid IN ({marks})", chunk
        ).fetchall()
        tag_map = tags_of(db, [int(r[0]) for r in rows])
        for row in rows:
            found[row[1]] = _clip(row, tag_map.get(int(row[0]), ()), full=False)
    return [found[u] for u in uuids if u in found]


def summaries_by_rowid(db: Db, rows: Sequence[sqlite3.Row | tuple[Any, ...]]) -> list[Clip]:
    """Clips from rows already selected with ``SUMMARY_COLUMNS`` first."""
    tag_map = tags_of(db, [int(r[0]) for r in rows])
    return [_clip(r, tag_map.get(int(r[0]), ()), full=False) for r in rows]


def tags_of(db: Db, row_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Tag names of each clip, sorted case-insensitively."""
    out: dict[int, list[str]] = {}
    for chunk in _chunks(list(row_ids), 500):
        marks = ",".join("?" * len(chunk))
        for clip_id, name in db.conn.execute(
            f"""SELECT ct.clip_id, t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
                WHERE ct.clip_id IN ({marks}) ORDER BY t.name COLLATE NOCASE""",
            chunk,
        ):
            out.setdefault(int(clip_id), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def update(db: Db, uuid: str, fields: Mapping[str, object], *, updated: str) -> None:
    """Change editable fields of a clip and derived columns with them.

    Raises:
        NotFoundError: no such clip.
        UserError: a field that cannot be edited.
    """
    unknown = set(fields) - EDITABLE
    if unknown:
        raise UserError(f"These fields cannot be edited: {', '.join(sorted(unknown))}.")
    rid = row_id(db, uuid)
    values: dict[str, object] = {}
    for name, value in fields.items():
        if name == "authors":
            names = [str(a) for a in value]  # type: ignore[attr-defined]
            values[name] = json.dumps(names, ensure_ascii=False)
            values["authors_text"] = authors_text(names)
        elif name == "removed":
            values[name] = _removed_json(value)  # type: ignore[arg-type]
        else:
            values[name] = value
    if "url" in fields:
        canonical = fp.canonical_url(str(fields["url"]) if fields["url"] else None)
        values["canonical_url"] = canonical
        values["domain"] = fp.domain(canonical)
    if "text" in fields:
        text = str(fields["text"])
        values["word_count"] = fp.word_count(text)
        values["fingerprint"] = fp.fingerprint(text)
    if {"text", "html"} & set(fields):
        # The stored HTML is compressed against the text: encode it again
        # whenever either changes (see encode_html).
        current_text, current_html = db.conn.execute(
            "SELECT text, html FROM clips WHERE id = ?", (rid,)
        ).fetchone()
        text = str(fields.get("text", current_text))
        html = str(fields["html"]) if "html" in fields else decode_html(current_text, current_html)
        values["html"] = encode_html(text, html)
    if {"title", "subtitle", "text"} & set(fields):
        current = db.conn.execute(
            "SELECT title, coalesce(subtitle, ''), text FROM clips WHERE id = ?", (rid,)
        ).fetchone()
        title = str(fields.get("title", current[0]))
        subtitle = str(fields.get("subtitle", current[1]) or "")
        text = str(fields.get("text", current[2]))
        values["cjk"] = fp.cjk_grams(title, subtitle, text)
    values["updated"] = updated
    assignments = ", ".join(f"{name} = ?" for name in values)
    db.conn.execute(f"UPDATE clips SET {assignments} WHERE id = ?", (*values.values(), rid))


def delete(db: Db, uuids: Sequence[str]) -> list[Clip]:
    """Delete clips and return them whole (with originals and tags) for undo."""
    gone = []
    for uuid in uuids:
        clip = get(db, uuid, original=True)
        db.conn.execute("DELETE FROM clips WHERE uuid = ?", (uuid,))
        gone.append(clip)
    return gone


def find_duplicate(db: Db, canonical: str | None, fingerprint: str) -> Clip | None:
    """The clip with the same canonical URL, or else the same body fingerprint."""
    row = None
    if canonical:
        row = db.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM clips c WHERE c.canonical_url = ? "
            "ORDER BY c.id LIMIT 1",
            (canonical,),
        ).fetchone()
    if row is None and fingerprint:
        row = db.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM clips c WHERE c.fingerprint = ? ORDER BY c.id LIMIT 1",
            (fingerprint,),
        ).fetchone()
    if row is None:
        return None
    return summaries_by_rowid(db, [row])[0]


def count(db: Db) -> int:
    """How many clips the library holds."""
    return int(db.conn.execute("SELECT count(*) FROM clips").fetchone()[0])


def _clip(
    row: sqlite3.Row | tuple[Any, ...],
    tags: tuple[str, ...],
    *,
    full: bool,
    original: Original | None = None,
) -> Clip:
    clip = Clip(
        uuid=row[1],
        title=row[2],
        subtitle=row[3],
        authors=tuple(json.loads(row[4] or "[]")),
        published=row[5],
        site=row[6],
        url=row[7],
        canonical_url=row[8],
        lang=row[9],
        excerpt=row[10],
        word_count=row[11],
        fingerprint=row[12],
        notes=row[13],
        captured=row[14],
        updated=row[15],
        duplicate_of=row[16],
        tags=tags,
        original=original,
    )
    if not full:
        return clip
    removed = tuple(Removed(r["text"], r["reason"]) for r in json.loads(row[19] or "[]"))
    html = decode_html(row[17], row[18])
    return dataclasses.replace(clip, text=row[17], html=html, removed=removed)


def _removed_json(removed: Sequence[Removed]) -> str:
    return json.dumps([{"text": r.text, "reason": r.reason} for r in removed], ensure_ascii=False)


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
