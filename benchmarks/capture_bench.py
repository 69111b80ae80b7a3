"""Capture speed: clean, tag, store and index one article, beside trafilatura alone.

Usage::

    python benchmarks/capture_bench.py CORPUS [--repeat 5] [--into LIBRARY] [--bulk 300]

CORPUS is the cleaning corpus (``/work/shared/corpus``): ``paste/*.txt`` are
pasted text, ``html/*/source.html`` saved pages. Each article goes through
``Library.add`` (the path of the command line and of bulk import: clean, find
a duplicate, suggest topics, store with its original, index) ``--repeat``
times into a temporary library (``--into`` copies an existing library there
first, to capture into 10,000 or 100,000 clips). Duplicates are allowed so
every repeat stores a clip.

Beside it: the phases of ``add`` (cleaning alone, the rest of ``prepare``,
storing) and ``trafilatura.extract`` alone on the same HTML (with metadata,
as Clipper extracts it): the ratio of p50s. Then ``--bulk`` files (copies of
the corpus made distinct) go through ``Library.import_paths`` with one
cleaner (no worker processes) and with one cleaning process per core, with
wall time, CPU time of all processes and the number of cores kept busy (CPU
seconds / wall seconds).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from clipper.importers import registry
from clipper.library import Library
from clipper.model import Capture


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def load(corpus: Path) -> dict[str, list[tuple[str, Capture, str]]]:
    """(name, capture, raw html or '') per kind, read as the importers read files."""
    out: dict[str, list[tuple[str, Capture, str]]] = {"paste": [], "html": []}
    for path in sorted((corpus / "paste").glob("*.txt")):
        for cap in registry.read_path(path):
            out["paste"].append((path.stem, cap, ""))
    for path in sorted((corpus / "html").glob("*/source.html")):
        for cap in registry.read_path(path):
            out["html"].append((path.parent.name, cap, cap.content))
    return out


CPU: dict[str, list[float]] = {}


def timed(fn: Callable[[], object], key: str = "") -> float:
    """Wall milliseconds of ``fn()``; its CPU milliseconds are kept under ``key``."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    CPU.setdefault(key, []).append((time.process_time() - c0) * 1000)
    return (time.perf_counter() - t0) * 1000


def capture_figures(
    lib: Library, cases: list[tuple[str, Capture, str]], repeat: int
) -> dict[str, list[float]]:
    import trafilatura

    from clipper import clean

    total, cleaning, store, traf = [], [], [], []
    for _ in range(repeat):
        for _name, cap, raw in cases:
            total.append(
                timed(lambda cap=cap: lib.add(cap, allow_duplicate=True), cap.kind + "add")
            )
            if cap.kind == "html":
                cleaning.append(
                    timed(
                        lambda cap=cap: clean.clean_html(cap.content, url=cap.url),
                        cap.kind + "clean",
                    )
                )
                traf.append(
                    timed(
                        lambda raw=raw: trafilatura.extract(
                            raw, with_metadata=True, output_format="txt"
                        ),
                        cap.kind + "trafilatura",
                    )
                )
            else:
                cleaning.append(
                    timed(
                        lambda cap=cap: clean.clean_text(cap.content, url=cap.url),
                        cap.kind + "clean",
                    )
                )
            preview = lib.prepare(cap)
            store.append(
                timed(
                    lambda preview=preview: lib.capture(
                        preview.article,
                        preview.original,
                        allow_duplicate=True,
                        tags=[t.tag for t in preview.topics if t.confident],
                    ),
                    cap.kind + "store",
                )
            )
    return {"add": total, "clean": cleaning, "store": store, "trafilatura": traf}


def make_bulk(corpus: Path, folder: Path, n: int) -> None:
    """``n`` files from the corpus, each changed so that none is a duplicate of another."""
    sources = sorted((corpus / "paste").glob("*.txt")) + sorted(
        (corpus / "html").glob("*/source.html")
    )
    for i in range(n):
        src = sources[i % len(sources)]
        data = src.read_text(encoding="utf-8", errors="replace")
        note = f"Bulk copy {i}: filed under batch {i * 7919 % 10007} for the import benchmark."
        # A different longest paragraph and different URLs: neither the body's
        # fingerprint nor a canonical URL makes one copy a duplicate of another.
        data = data.replace("://", f"://copy{i}.")
        if src.suffix == ".html":
            paragraphs = re.findall(r"<p[ >][^<]{40,}", data)
            if paragraphs:
                longest = max(paragraphs, key=len)
                data = data.replace(longest, longest + " " + note, 1)
            (folder / f"{i:05d}-{src.parent.name}.html").write_text(data, encoding="utf-8")
        else:
            longest = max(data.splitlines(), key=len)
            data = data.replace(longest, longest + " " + note, 1)
            (folder / f"{i:05d}-{src.stem}.txt").write_text(data, encoding="utf-8")


def bulk_figures(label: str, run: Callable[[], object], files: int) -> None:
    t0, c0 = time.perf_counter(), os.times()
    summary = run()
    wall, c1 = time.perf_counter() - t0, os.times()
    cpu = (
        (c1.user - c0.user)
        + (c1.system - c0.system)
        + (c1.children_user - c0.children_user)
        + (c1.children_system - c0.children_system)
    )
    added = len(getattr(summary, "added", ()))
    dups = len(getattr(summary, "duplicates", ()))
    failed = len(getattr(summary, "failed", ()))
    print(
        f"{label:<34}{files:>6} files {wall:>7.1f} s  {files / wall:>6.1f} files/s  CPU "
        f"{cpu:>6.1f} s  "
        f"cores busy {cpu / wall:>4.2f}  (added {added}, duplicates {dups}, failed {failed})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--into", type=Path, default=None, help="capture into a copy of this library"
    )
    parser.add_argument("--bulk", type=int, default=300, help="files for the bulk import (0: skip)")
    args = parser.parse_args(argv)
    cases = load(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "capture.db"
        if args.into:
            shutil.copyfile(args.into, path)
        lib = Library.open(path)
        start_count = lib.count("")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(
            f"capturing into a library of {start_count:,} clips; {len(cases['paste'])} pastes, "
            f"{len(cases['html'])} pages, x{args.repeat}; Python {platform.python_version()}, "
            f"{os.cpu_count()} cores; times in ms"
        )
        print(
            f"{'kind':<8}{'phase':<26}{'p50':>8}{'p95':>8}{'max':>8}   {'CPU p50':>8}{'CPU p95':>8}"
        )
        for kind in ("paste", "html"):
            figures = capture_figures(lib, cases[kind], args.repeat)
            for phase, label in (
                ("add", "Library.add (all)"),
                ("clean", "  cleaning alone"),
                ("store", "  capture (store+index)"),
                ("trafilatura", "trafilatura.extract"),
            ):
                values = figures[phase]
                if values:
                    cpu = CPU[("html" if kind == "html" else "text") + phase]
                    print(
                        f"{kind:<8}{label:<26}{pct(values, 50):>8.1f}{pct(values, 95):>8.1f}"
                        f"{max(values):>8.1f}"
                        f"   {pct(cpu, 50):>8.1f}{pct(cpu, 95):>8.1f}"
                    )
            if figures["trafilatura"]:
                ratio = statistics.median(figures["add"]) / statistics.median(
                    figures["trafilatura"]
                )
                cpu_ratio = statistics.median(CPU["htmladd"]) / statistics.median(
                    CPU["htmltrafilatura"]
                )
                print(
                    f"{kind:<8}{'ratio add / trafilatura':<26}{ratio:>8.2f}x (p50)   CPU "
                    f"{cpu_ratio:.2f}x"
                )
        lib.close()
        if args.bulk:
            folder = Path(tmp) / "bulk"
            folder.mkdir()
            make_bulk(args.corpus, folder, args.bulk)
            print(
                f"\nbulk import of {args.bulk} files (copies of the corpus made distinct), fresh "
                "libraries:"
            )
            from clipper.importers import parallel

            for label, workers in (
                ("Library.import_paths, workers=1", 1),
                (f"Library.import_paths, {parallel.default_workers()} cleaners", None),
            ):
                lib = Library.open(Path(tmp) / f"bulk-{workers}.db")
                bulk_figures(
                    label,
                    lambda lib=lib, workers=workers: lib.import_paths([folder], workers=workers),
                    args.bulk,
                )
                lib.close()


if __name__ == "__main__":
    sys.exit(main())
