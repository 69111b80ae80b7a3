"""Running compiled queries: ranked pages with snippets, id lists, counts, timelines.

Ranking uses FTS5's ``rank`` (bm25 with the column weights set in the schema:
title above the body), which lets FTS5 compute snippets only for the rows it
returns (PLATFORM.md: 1.5-2.5x faster than ``ORDER BY bm25()``).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from typing import Any

from clipper.errors import Interrupted, QueryError
from clipper.model import SearchHit, SearchResult
from clipper.store import clips
from clipper.store import query as q
from clipper.store.db import Db

MARK_START = "\x02"
MARK_END = "\x03"
SNIPPET_TOKENS = 24

SORT_COLUMNS = {
    "title": "c.title COLLATE NOCASE",
    "site": "coalesce(c.site, c.domain, '') COLLATE NOCASE",
    "authors": "c.authors COLLATE NOCASE",
    "published": "c.published",
    "captured": "c.captured",
    "tags": (
        "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM clip_tags ct JOIN tags t "
        "ON t.id = ct.tag_id WHERE ct.clip_id = c.id ORDER BY t.name COLLATE NOCASE)) "
        "COLLATE NOCASE"
    ),
}


# Filter-only pages are first looked for among this many newest clips.
NEWEST_WINDOW = 4096
_NOT_ID = re.compile(r"\bc\.(?!id\b)\w+")
_C_ID = re.compile(r"\bc\.id\b")


def _id_only(compiled: q.Compiled) -> bool:
    """Whether every condition names only ``c.id`` (tag, site, date filters).

    Those can be tested on an id from an index or from FTS5 without reading
    the clip's row, and a clip's row (it holds the text) costs a page of the
    file: at 100,000 clips, reading the rows of 20,000 hits is most of a
    query's time.
    """
    return not any(_NOT_ID.search(w) for w in compiled.where)


def _fts_where(compiled: q.Compiled) -> str:
    """The conditions on FTS5's rowid, so SQLite tests them before joining the clip."""
    # The unary plus keeps SQLite from handing "rowid IN (…)" to FTS5 as a
    # constraint, which would run the MATCH once per listed id.
    return _C_ID.sub("+clip_fts.rowid", compiled.sql_where())


def _from(compiled: q.Compiled, *, uuids_only: bool = False) -> tuple[str, list[object]]:
    """FROM and WHERE for a compiled query, with its parameters.

    ``uuids_only``: the caller selects nothing but ``c.uuid`` (and sorts by
    rank), which the ``clips_uuid_by_id`` index holds.
    """
    if compiled.match is not None:
        where = _fts_where(compiled) if _id_only(compiled) else compiled.sql_where()
        clips_ = "clips c INDEXED BY clips_uuid_by_id" if uuids_only else "clips c"
        return (
            f"FROM clip_fts JOIN {clips_} ON c.id = clip_fts.rowid "
            f"WHERE clip_fts MATCH ? AND {where}",
            [compiled.match, *compiled.params],
        )
    return f"FROM clips c WHERE {compiled.sql_where()}", list(compiled.params)


def _by_captured(compiled: q.Compiled, sort: str) -> bool:
    """A filter-only query listed newest first, whose filters an index answers."""
    return (
        compiled.match is None
        and sort in ("relevance", "captured")
        and bool(compiled.where)
        and _id_only(compiled)
    )


def _order(compiled: q.Compiled, sort: str, descending: bool = True) -> str:
    if sort == "relevance":
        if compiled.match is not None:
            return "ORDER BY rank" if descending else "ORDER BY rank DESC"
        sort = "captured"
    if sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort {sort!r}")
    direction = "DESC" if descending else "ASC"
    column = SORT_COLUMNS[sort]
    nulls = f"{column} IS NULL, " if sort in ("published", "tags") else ""
    return f"ORDER BY {nulls}{column} {direction}, c.id {direction}"


def search(
    db: Db, query: str, *, sort: str = "relevance", limit: int = 50, offset: int = 0
) -> SearchResult:
    """A page of hits with snippets, and the total number of matches."""
    started = time.perf_counter()
    compiled = q.compile_query(query)
    from_sql, params = _from(compiled)
    # CJK words match in the pairs column, so their snippet is made in Python
    # (_cjk_snippet); FTS5's would be thrown away, and it costs more than the
    # rest of the page. It is made afterwards for the rows that need it.
    cjk_first = compiled.match is not None and bool(compiled.cjk_terms)
    if compiled.match is not None:
        select = (
            f"SELECT {clips.SUMMARY_COLUMNS}, "
            f"{'NULL' if cjk_first else _SNIPPET}, "
            "-clip_fts.rank"
        )
    else:
        select = f"SELECT {clips.SUMMARY_COLUMNS}, c.excerpt, 0.0"
    rows: list[tuple[Any, ...]] | None = None
    if _by_captured(compiled, sort):
        rows = _newest_page(db, query, compiled, select, limit, offset)
    if rows is None:
        sql = f"{select} {from_sql} {_order(compiled, sort)} LIMIT ? OFFSET ?"
        rows = _run(db, query, sql, [*params, limit, offset])
    summaries = clips.summaries_by_rowid(db, [r[:17] for r in rows])
    snippets = [str(r[17] or "") for r in rows]
    if compiled.cjk_terms:
        snippets = [
            _cjk_snippet(db, int(r[0]), compiled.cjk_terms) or s
            for r, s in zip(rows, snippets, strict=True)
        ]
    if cjk_first:
        snippets = [
            s or _fts_snippet(db, compiled.match, int(r[0]))
            for r, s in zip(rows, snippets, strict=True)
        ]
    hits = tuple(
        SearchHit(clip=c, snippet=s, score=float(r[18] or 0.0))
        for c, s, r in zip(summaries, snippets, rows, strict=True)
    )
    total = count(db, query) if (offset or len(hits) == limit) else offset + len(hits)
    return SearchResult(hits=hits, total=total, query=query, seconds=time.perf_counter() - started)


def _newest_page(
    db: Db, query: str, compiled: q.Compiled, select: str, limit: int, offset: int
) -> list[tuple[Any, ...]] | None:
    """The page from the newest clips alone, or None when they hold too few hits.

    Walking ``clips_list`` newest first and testing ids stops after a page
    of hits; SQLite's own plan reads every hit's row and sorts them (45 ms
    of 50 for ``tag:china`` at 100,000 clips). Bounded to the newest
    ``NEWEST_WINDOW`` clips so a rare filter does not walk the whole index:
    it falls back to that plan, which is cheap for few hits.
    """
    sql = (
        f"{select} FROM clips c INDEXED BY clips_list "
        "WHERE c.captured >= coalesce((SELECT captured FROM clips INDEXED BY clips_list "
        f"ORDER BY captured DESC, id DESC LIMIT 1 OFFSET {NEWEST_WINDOW - 1}), '') "
        f"AND {compiled.sql_where()} {_order(compiled, 'captured')} LIMIT ? OFFSET ?"
    )
    rows = _run(db, query, sql, [*compiled.params, limit, offset])
    return rows if len(rows) == limit else None


def search_uuids(
    db: Db, query: str, *, sort: str = "relevance", descending: bool = True
) -> list[str]:
    """Every matching clip's UUID, in the order asked."""
    compiled = q.compile_query(query)
    if _by_captured(compiled, sort) or (compiled.match is None and not compiled.where and sort in (
        "relevance", "captured")):
        # The list newest first (or oldest) straight from clips_list.
        from_sql = f"FROM clips c INDEXED BY clips_list WHERE {compiled.sql_where()}"
        params = list(compiled.params)
    else:
        from_sql, params = _from(compiled, uuids_only=sort == "relevance")
    rows = _run(db, query, f"SELECT c.uuid {from_sql} {_order(compiled, sort, descending)}", params)
    return [r[0] for r in rows]


def count(db: Db, query: str) -> int:
    """How many clips match."""
    compiled = q.compile_query(query)
    if compiled.match is not None and _id_only(compiled):
        # Words (and filters on ids): FTS5 counts its own rows; joining every
        # hit to its clip row would read one page per hit for nothing.
        sql = f"SELECT count(*) FROM clip_fts WHERE clip_fts MATCH ? AND {_fts_where(compiled)}"
        params = [compiled.match, *compiled.params]
    elif compiled.match is None and compiled.where and _id_only(compiled):
        # Filters alone: check each id in a small index, not in the clips' rows.
        sql = (
            "SELECT count(*) FROM clips c INDEXED BY clips_uuid_by_id "
            f"WHERE {compiled.sql_where()}"
        )
        params = list(compiled.params)
    else:
        from_sql, params = _from(compiled)
        sql = f"SELECT count(*) {from_sql}"
    return int(_run(db, query, sql, params)[0][0])


def timeline(db: Db, query: str, *, bucket: str = "month") -> list[tuple[str, int]]:
    """Matching clips per month ("2024-03") or week (its Monday, "2024-03-04"), oldest first."""
    compiled = q.compile_query(query)
    from_sql, params = _from(compiled)
    if bucket == "month":
        key = f"substr({q.DATE_SQL}, 1, 7)"
    elif bucket == "week":
        # A week is named by its Monday, which a click can turn into after:/before: at once.
        key = (
            f"date(substr({q.DATE_SQL}, 1, 10), "
            f"'-' || ((strftime('%w', substr({q.DATE_SQL}, 1, 10)) + 6) % 7) || ' days')"
        )
    else:
        raise ValueError(f"unknown bucket {bucket!r}")
    rows = _run(db, query, f"SELECT {key} AS k, count(*) {from_sql} GROUP BY k ORDER BY k", params)
    return [(str(k), int(n)) for k, n in rows if k]


def highlight_terms(query: str) -> list[str]:
    """Words and phrases of a query for a reader to mark (never raises)."""
    return q.highlight_terms(query)


def interrupt(db: Db) -> None:
    """Stop the statement running on ``db``'s connection, from any thread.

    SQLite's ``sqlite3_interrupt`` is the one call on a connection that is
    safe from another thread. With no statement running it does nothing: the
    next statement clears the flag as it starts, so a late call cannot stop
    a query begun afterwards, only one still running.
    """
    db.conn.interrupt()


@contextlib.contextmanager
def interruptible(interrupted: Callable[[], bool] = lambda: False) -> Iterator[None]:
    """Turn an interrupted statement into ``Interrupted``; other errors pass through.

    SQLite says "interrupted", except when the interrupt lands in SQL that
    SQLite runs for itself: the first query on a connection that touches the
    FTS5 table builds its table object by reading the index's settings, and
    stopped there it fails with "vtable constructor failed". So
    ``interrupted()`` (did anyone call ``interrupt`` during this read?)
    decides as well. An interrupted read leaves no transaction open and the
    connection as it was, so nothing needs undoing.
    """
    try:
        yield
    except (sqlite3.OperationalError, QueryError) as err:
        cause = err if isinstance(err, sqlite3.OperationalError) else err.__cause__
        if isinstance(cause, sqlite3.OperationalError) and (
            str(cause) == "interrupted" or interrupted()
        ):
            raise Interrupted("The query was stopped before it finished.") from err
        raise


def _run(db: Db, query: str, sql: str, params: list[object]) -> list[tuple[Any, ...]]:
    """Execute, turning any FTS5 complaint into a message about the query.

    The parser should make this unreachable; if FTS5 still objects, the user
    sees their query named, never SQLite's wording alone.
    """
    try:
        return db.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as err:
        if "fts5" in str(err).lower() or "match" in str(err).lower():
            raise QueryError(f"Cannot search for “{query}”: {err}.", query, None) from err
        raise


_SNIPPET = f"snippet(clip_fts, 4, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS})"


def _fts_snippet(db: Db, match: str | None, row_id: int) -> str:
    """FTS5's snippet of one clip for a query, as the page query would have made it."""
    row = db.conn.execute(
        f"SELECT {_SNIPPET} FROM clip_fts WHERE clip_fts MATCH ? AND rowid = ?", (match, row_id)
    ).fetchone()
    return str(row[0] or "") if row else ""


def _cjk_snippet(db: Db, row_id: int, terms: list[str], width: int = 60) -> str | None:
    """A snippet around the first CJK term, made here rather than by FTS5.

    FTS5 matched the term in the pairs column, whose text is not fit to show.
    """
    row = db.conn.execute("SELECT text FROM clips WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        return None
    text: str = row[0]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    found = pattern.search(text)
    if found is None:
        return None
    start = max(0, found.start() - width // 2)
    end = min(len(text), found.end() + width)
    piece = text[start:end].replace("\n", " ")
    marked = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", piece)
    return ("…" if start else "") + marked + ("…" if end < len(text) else "")
