"""Cleaning on newspaper4k's test pages: real news pages in ten languages.

Usage::

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6
    python benchmarks/newspaper_pages.py --sdist newspaper4k-0.9.6.tar.gz [--verbose]

newspaper4k ships, in its source distribution, 28 saved pages (CNN, Time,
Wired, Fox, cleveland.com; Arabic, Burmese, Chinese, Japanese, Korean,
Latvian, Spanish and Thai sites) with the text and metadata it extracts from
each. Those 23 with both a page and a text are turned into a corpus folder of
the layout ``clean_quality.py`` reads and scored there the same way, HTML and
plain-text renderings, beside trafilatura and readability-lxml.

Read the figures for what they are: the reference is newspaper4k's own
output, not a hand-made truth. Its texts leave out headings and list items
now and then (precision suffers for what Clipper rightly keeps), and its
author lists take in editors and page furniture ("Print", "updated"). It is
a second set of real pages, whole and as they were saved, to find faults on;
each fault found here was mended by a rule that names no page.
"""

from __future__ import annotations

import argparse
import ast
import html
import json
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import clean_quality

_DATA = "tests/data"


def _members(sdist: Path) -> dict[str, bytes]:
    """The files under the distribution's tests/data, by their path below it."""
    out: dict[str, bytes] = {}
    if sdist.is_dir():
        base = next(sdist.glob(f"**/{_DATA}"), None)
        if base is None:
            raise SystemExit(f"{sdist}: no {_DATA} folder inside")
        for path in base.rglob("*"):
            if path.is_file():
                out[path.relative_to(base).as_posix()] = path.read_bytes()
        return out
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            parts = member.name.split("/", 1)
            if member.isfile() and len(parts) == 2 and parts[1].startswith(_DATA + "/"):
                handle = archive.extractfile(member)
                if handle is not None:
                    out[parts[1][len(_DATA) + 1 :]] = handle.read()
    if not out:
        raise SystemExit(f"{sdist}: no {_DATA} folder inside; is it newspaper4k's sdist?")
    return out


def _authors(value: Any) -> str | None:
    """The reference's authors ("['A', 'B']" as a string, or a list) as one byline."""
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            value = [value]
    return ", ".join(str(v) for v in value) if value else None


def build_corpus(files: dict[str, bytes], target: Path) -> int:
    """Write the pages with a reference text as ``target/html/NAME/``; returns how many."""
    count = 0
    for name in sorted(files):
        if not (name.startswith("txt/") and name.endswith(".txt")):
            continue
        stem = name[4:-4]
        page = files.get(f"html/{stem}.html")
        if page is None:
            continue
        meta = json.loads(files.get(f"metadata/{stem}.json", b"{}").decode("utf-8"))
        folder = target / "html" / stem
        folder.mkdir(parents=True)
        (folder / "source.html").write_bytes(page)
        paragraphs = [p.strip() for p in files[name].decode("utf-8").splitlines() if p.strip()]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        (folder / "expected.html").write_text(f"<html><body>{body}</body></html>", "utf-8")
        expected = {
            "title": meta.get("title"),
            "byline": _authors(meta.get("authors")),
            "publishedTime": meta.get("publish_date"),
            "siteName": meta.get("meta_site_name") or None,
        }
        (folder / "expected-metadata.json").write_text(
            json.dumps(expected, ensure_ascii=False), "utf-8"
        )
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sdist",
        type=Path,
        required=True,
        help="newspaper4k's .tar.gz, or the folder it unpacks to",
    )
    parser.add_argument("--verbose", action="store_true", help="one line per page, misses shown")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--keep",
        type=Path,
        help="write the corpus folder here and keep it (for browser_copies.py --corpus)",
    )
    args = parser.parse_args(argv)
    files = _members(args.sdist)
    if args.keep is not None:
        if args.keep.exists() and any(args.keep.iterdir()):
            raise SystemExit(f"{args.keep}: not empty; give a new folder")
        return _score(files, args.keep, args)
    with tempfile.TemporaryDirectory(prefix="clipper-newspaper-") as tmp:
        return _score(files, Path(tmp), args)


def _score(files: dict[str, bytes], folder: Path, args: argparse.Namespace) -> int:
    count = build_corpus(files, folder)
    print(f"newspaper4k's test pages with a reference text: {count}", file=sys.stderr)
    rest = ["--verbose"] if args.verbose else []
    rest += ["--json"] if args.json else []
    return clean_quality.main(["--corpus", str(folder), *rest])


if __name__ == "__main__":
    sys.exit(main())
