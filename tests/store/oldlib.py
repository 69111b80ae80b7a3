"""Libraries of earlier schema versions, written as those versions' Clipper wrote them.

Today's ``clips.insert`` writes columns an older schema does not have
(``authors_text`` since v5), so the migration tests fill old libraries with
the INSERT the older store used, derived columns computed the same way. (A
v5 library is filled as v5 wrote it: the v4 INSERT, then ``authors_text``.)
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path

from clipper.model import Clip
from clipper.store import clips, schema
from clipper.store import fingerprint as fp
from clipper.store.db import connect


def create(path: Path, version: int, clips_: Iterable[Clip] = ()) -> None:
    """A library file at schema ``version`` (1 to VERSION - 1) holding ``clips_``."""
    assert 1 <= version < schema.VERSION
    db = connect(path)
    try:
        with db.transaction() as conn:
            for number in range(1, version + 1):
                schema.MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            for clip in clips_:
                insert(conn, clip, version)
    finally:
        db.close()


def insert(
    conn: sqlite3.Connection, clip: Clip, version: int, *, compressed_html: bool | None = None
) -> int:
    """Insert ``clip`` (tags and original too) the way schema ``version`` stored it.

    ``compressed_html`` stores the HTML as v3 onwards do even in an older
    schema (v3's migration leaves such rows alone): the crash tests size a
    full disk around a library written that way.
    """
    if compressed_html is None:
        compressed_html = version >= 3
    html = clips.encode_html(clip.text, clip.html) if compressed_html else clip.html
    canonical = clip.canonical_url or fp.canonical_url(clip.url)
    cursor = conn.execute(
        """INSERT INTO clips (uuid, title, subtitle, authors, published, site, url,
               canonical_url, domain, lang, text, html, excerpt, word_count, fingerprint,
               removed, notes, captured, updated, duplicate_of, cjk)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
        (
            clip.uuid, clip.title, clip.subtitle,
            json.dumps(list(clip.authors), ensure_ascii=False), clip.published, clip.site,
            clip.url, canonical, fp.domain(clip.canonical_url or clip.url), clip.lang,
            clip.text, html, clip.excerpt, clip.word_count or fp.word_count(clip.text),
            clip.fingerprint or fp.fingerprint(clip.text),
            json.dumps([{"text": r.text, "reason": r.reason} for r in clip.removed]),
            clip.notes, clip.captured, clip.updated or clip.captured, clip.duplicate_of,
            fp.cjk_grams(clip.title, clip.subtitle or "", clip.text),
        ),
    )
    row_id = int(cursor.lastrowid or 0)
    if version >= 5:  # v5's store wrote the authors as the index reads them beside their JSON
        conn.execute(
            "UPDATE clips SET authors_text = ? WHERE id = ?", ("; ".join(clip.authors), row_id)
        )
    for name in clip.tags:
        conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        conn.execute(
            "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) "
            "SELECT ?, id FROM tags WHERE name = ?",
            (row_id, name),
        )
    if clip.original is not None:
        raw = clip.original.content.encode("utf-8")
        conn.execute(
            "INSERT INTO originals (clip_id, kind, name, size, content) VALUES (?, ?, ?, ?, ?)",
            (row_id, clip.original.kind, clip.original.name, len(raw), zlib.compress(raw, 6)),
        )
    return row_id
