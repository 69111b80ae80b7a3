"""Search latency on a library, beside the same queries written by hand in raw FTS5 SQL.

Usage::

    python benchmarks/search_bench.py LIBRARY [--runs 30] [--json out.json]

LIBRARY is a file made by ``make_library.py`` (its words are chosen from the
generator's vocabulary by rank, so the same mix works at any size). Every
query of the mix runs ``--runs`` times after one warm-up, the Clipper call and
its raw counterpart interleaved so both see the same caches:

- ``Library.search(q)``: the first page of 50 hits with snippets, as the GUI
  asks for it, *including* the hit count (``total``) that the window shows;
- ``Library.count(q)`` alone, to show what the total costs;
- raw: the page (same columns, tags, snippet, ``ORDER BY rank``) plus a
  ``count(*)`` when Clipper had to count, written as an expert would write
  them for this one query (exact ``domain =`` for a site, a date range on the
  ``published`` index).

It prints p50 / p95 / max per query, the ratio of p50s (Clipper / raw), and
p50 / p95 over the whole mix (all runs of all queries pooled). Queries that
match most of the library (``the``, a one-letter prefix) are timed
separately as stress cases: the GUI must show their first page within 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_library  # noqa: E402

from clipper.library import Library  # noqa: E402

SUMMARY = (
    "c.id, c.uuid, c.title, c.subtitle, c.authors, c.published, c.site, c.url, c.canonical_url, "
    "c.lang, c.excerpt, c.word_count, c.fingerprint, c.notes, c.captured, c.updated, "
    "c.duplicate_of, "
    "(SELECT group_concat(t.name, '; ') FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE ct.clip_id = c.id)"
)
FTS_PAGE = (
    f"SELECT {SUMMARY}, snippet(clip_fts, 4, '[', ']', '…', 24), rank "
    "FROM clip_fts JOIN clips c ON c.id = clip_fts.rowid WHERE clip_fts MATCH ? {and_} "
    "ORDER BY rank LIMIT 50"
)
FTS_COUNT = "SELECT count(*) FROM clip_fts WHERE clip_fts MATCH ?"


@dataclass
class Case:
    """One query of the mix: Clipper's text and its raw SQL (page, count) with parameters."""

    name: str
    query: str
    page_sql: str
    page_params: tuple[object, ...]
    count_sql: str
    count_params: tuple[object, ...]


def fts_case(name: str, query: str, match: str) -> Case:
    return Case(name, query, FTS_PAGE.format(and_=""), (match,), FTS_COUNT, (match,))


def filter_case(name: str, query: str, where: str, params: tuple[object, ...]) -> Case:
    return Case(
        name,
        query,
        f"SELECT {SUMMARY}, c.excerpt, 0 FROM clips c WHERE {where} ORDER BY c.captured DESC, "
        "c.id DESC LIMIT 50",
        params,
        f"SELECT count(*) FROM clips c WHERE {where}",
        params,
    )


def fts_filter_case(
    name: str, query: str, match: str, where: str, params: tuple[object, ...]
) -> Case:
    return Case(
        name,
        query,
        FTS_PAGE.format(and_=f"AND {where}"),
        (match, *params),
        "SELECT count(*) FROM clip_fts JOIN clips c ON c.id = clip_fts.rowid WHERE clip_fts "
        f"MATCH ? AND {where}",
        (match, *params),
    )


TAG_WHERE = (
    "c.id IN (SELECT ct.clip_id FROM clip_tags ct WHERE ct.tag_id IN "
    "(SELECT id FROM tags WHERE name = ? OR name LIKE ?))"
)
DATE_WHERE = (
    "((c.published >= ? AND c.published < ?) OR "
    "(c.published IS NULL AND c.captured >= ? AND c.captured < ?))"
)


def the_mix(world: make_library.World) -> tuple[list[Case], list[Case]]:
    """The fixed query mix and the stress cases, from the generator's vocabulary."""
    en = world.vocab["en"]
    rare, common, mid = en[30_000], en[60], en[400]
    prefix = next(w for w in en[150:] if len(w) >= 5 and w.isascii())[:3]
    host = world.sites[4][1]
    mix = [
        fts_case("rare word", rare, f'"{rare}"'),
        fts_case("common word", common, f'"{common}"'),
        fts_case("two words", "semiconductor foundry", '"semiconductor" AND "foundry"'),
        fts_case(
            "three words", "election campaign voters", '"election" AND "campaign" AND "voters"'
        ),
        fts_case("phrase", '"export controls"', '"export controls"'),
        fts_case("prefix", f"{prefix}*", f'"{prefix}"*'),
        filter_case("tag filter", "tag:china", TAG_WHERE, ("china", "china/%")),
        fts_filter_case(
            "word + tag", "lithography tag:china", '"lithography"', TAG_WHERE, ("china", "china/%")
        ),
        filter_case(
            "date range",
            "after:2019-03-01 before:2019-06-30",
            DATE_WHERE,
            ("2019-03-01", "2019-07-01", "2019-03-01", "2019-07-01"),
        ),
        fts_filter_case(
            "word + year",
            "election year:2020",
            '"election"',
            DATE_WHERE,
            ("2020-01-01", "2021-01-01", "2020-01-01", "2021-01-01"),
        ),
        filter_case("site filter", f"site:{host}", "c.domain = ?", (host,)),
        fts_filter_case("word + site", f"{mid} site:{host}", f'"{mid}"', "c.domain = ?", (host,)),
        fts_case("CJK word", "芯片", 'cjk : "芯片"'),
        fts_case("CJK two words", "人工智能 算力", 'cjk : "人工 工智 智能" AND cjk : "算力"'),
    ]
    stress = [
        fts_case("'the' (every clip)", "the", '"the"'),
        fts_case("one-letter prefix", "s*", '"s"*'),
        fts_case("two-letter prefix", "co*", '"co"*'),
    ]
    return mix, stress


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run_case(lib: Library, conn: sqlite3.Connection, case: Case, runs: int) -> dict[str, object]:
    clip_t, count_t, raw_t, clip_cpu, raw_cpu = [], [], [], [], []
    total = hits = 0
    for i in range(runs + 1):
        c0, t0 = time.thread_time(), time.perf_counter()
        result = lib.search(case.query)
        c1, t1 = time.thread_time(), time.perf_counter()
        rows = conn.execute(case.page_sql, case.page_params).fetchall()
        counted = len(rows) == 50
        raw_total = (
            conn.execute(case.count_sql, case.count_params).fetchone()[0] if counted else len(rows)
        )
        c2, t2 = time.thread_time(), time.perf_counter()
        lib.count(case.query)
        t3 = time.perf_counter()
        clip_cpu.append((c1 - c0) * 1000)
        raw_cpu.append((c2 - c1) * 1000)
        if i == 0:
            total, hits = result.total, len(result.hits)
            if (raw_total, len(rows)) != (total, hits):
                print(
                    f"  ! {case.name}: Clipper {hits}/{total} vs raw {len(rows)}/{raw_total}",
                    file=sys.stderr,
                )
            continue
        clip_t.append((t1 - t0) * 1000)
        raw_t.append((t2 - t1) * 1000)
        count_t.append((t3 - t2) * 1000)
    return {
        "name": case.name,
        "query": case.query,
        "total": total,
        "hits": hits,
        "p50": pct(clip_t, 50),
        "p95": pct(clip_t, 95),
        "max": max(clip_t),
        "count_p50": pct(count_t, 50),
        "raw_p50": pct(raw_t, 50),
        "raw_p95": pct(raw_t, 95),
        "raw_max": max(raw_t),
        "ratio": pct(clip_t, 50) / max(pct(raw_t, 50), 1e-6),
        "times": clip_t,
        "cpu_p50": pct(clip_cpu[1:], 50),
        "raw_cpu_p50": pct(raw_cpu[1:], 50),
        "cpu_ratio": pct(clip_cpu[1:], 50) / max(pct(raw_cpu[1:], 50), 1e-6),
    }


def print_table(title: str, results: list[dict[str, object]]) -> None:
    print(f"\n{title}")
    print(
        f"{'query':<20}{'text':<36}{'total':>8}  {'p50':>7}{'p95':>7}{'max':>7}  {'count':>6}"
        f"  {'raw p50':>7}{'p95':>7}{'max':>7}  {'ratio':>6}   {'cpu':>6}{'raw cpu':>8}{'ratio':>7}"
    )
    for r in results:
        print(
            f"{r['name']:<20}{str(r['query'])[:35]:<36}{r['total']:>8,}  "
            f"{r['p50']:>7.1f}{r['p95']:>7.1f}"
            f"{r['max']:>7.1f}  {r['count_p50']:>6.1f}  {r['raw_p50']:>7.1f}{r['raw_p95']:>7.1f}"
            f"{r['raw_max']:>7.1f}  {r['ratio']:>5.2f}x   "
            f"{r['cpu_p50']:>6.1f}{r['raw_cpu_p50']:>8.1f}"
            f"{r['cpu_ratio']:>6.2f}x"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1, help="the seed the library was built with")
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--stress-runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    world = make_library.World(args.seed, args.corpus)
    mix, stress = the_mix(world)
    lib = Library.open(args.library)
    conn = sqlite3.connect(f"file:{args.library}?mode=ro", uri=True)
    n = lib.count("")
    print(
        f"{args.library}: {n:,} clips; SQLite {sqlite3.sqlite_version}; Python "
        f"{platform.python_version()}; "
        f"{platform.machine()}, {platform.processor() or platform.system()}; times in ms"
    )
    results = [run_case(lib, conn, c, args.runs) for c in mix]
    print_table("Query mix (Clipper = Library.search: page of 50 with snippets + total)", results)
    pooled = [t for r in results for t in r["times"]]  # type: ignore[union-attr]
    worst = max(results, key=lambda r: r["ratio"])  # type: ignore[arg-type,return-value]
    print(
        f"\nload average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(wall times include waiting for other processes; 'cpu' is this thread's CPU time)"
    )
    print(
        f"over the mix: p50 {pct(pooled, 50):.1f} ms, p95 {pct(pooled, 95):.1f} ms, "
        f"max {max(pooled):.1f} ms; worst ratio {worst['ratio']:.2f}x ({worst['name']})"
    )
    stressed = [run_case(lib, conn, c, args.stress_runs) for c in stress]
    print_table("Stress (matching most of the library)", stressed)
    if args.json:
        for r in results + stressed:
            r.pop("times")
        args.json.write_text(
            json.dumps(
                {
                    "clips": n,
                    "mix": results,
                    "stress": stressed,
                    "mix_p50": pct(pooled, 50),
                    "mix_p95": pct(pooled, 95),
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
