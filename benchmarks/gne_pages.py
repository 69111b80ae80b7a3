"""Where the article starts and ends, on the saved Chinese news pages GNE ships.

Usage::

    pip download --no-deps --no-binary :all: gne==0.4.3
    python benchmarks/gne_pages.py --sdist gne-0.4.3.tar.gz [--verbose] [--text]

GNE (GeneralNewsExtractor, a Chinese news extractor) ships 68 saved pages in
its source package, from 2007 to 2022: NetEase, Sina, Tencent, Toutiao,
Baijiahao, iFeng, The Paper, Guancha, Huanqiu, People's Daily, Xinhua,
WeChat articles, government and university sites, and one Korean paper.
Most open with a comment that notes the page's address, which Clipper reads
as importing the file does, and which trafilatura is given too.

The package holds no reference output. ``gne_references.json`` holds ours,
checked by hand page by page: the headline as the page prints it (without
the site, a column's label or a sponsor's tag), the day of publication
where the page tells it, and the first and last fourteen characters of
the article's prose (white space removed). Prose means the lede to the last
sentence: a photo caption or an "original headline" note over the lede and
an editor's or reporter's credit after the last sentence fall outside it,
so a system that keeps them counts those characters as extra.

Per system the table gives:

- ``kept``: pages whose body holds both ends of the article, in order;
- ``start`` and ``end``: pages with nothing before the first characters,
  nothing after the last;
- ``before`` and ``after``: the median characters outside the article, where kept;
- ``title`` and ``date`` (to the day, where the reference has one).

The pages are not among the sets kept aside for measuring; they are a
fourth set of real pages to find faults on.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tarfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import clean_quality as cq

from clipper.importers import decode
from clipper.importers.html import source_url

_REFERENCES = Path(__file__).with_name("gne_references.json")
_FOLDERS = ("tests/", "visiable_test/")


@dataclass
class Page:
    name: str
    html: str
    url: str | None
    expected: dict[str, Any]


@dataclass
class Tally:
    pages: int = 0
    kept: int = 0
    starts: int = 0
    ends: int = 0
    before: list[int] = field(default_factory=list)
    after: list[int] = field(default_factory=list)
    titles: int = 0
    dates: int = 0
    dated: int = 0


def load(sdist: Path) -> list[Page]:
    """The pages the references name, from GNE's source package or its folder."""
    references: dict[str, dict[str, Any]] = json.loads(_REFERENCES.read_text("utf-8"))
    files: dict[str, bytes] = {}
    if sdist.is_dir():
        for path in sdist.glob("**/*.html"):
            name = path.relative_to(sdist).as_posix()
            name = name[name.find(next((f for f in _FOLDERS if f in name), "")) :]
            files[name] = path.read_bytes()
    else:
        with tarfile.open(sdist) as archive:
            for member in archive.getmembers():
                name = member.name.split("/", 1)[-1]
                if member.isfile() and name.startswith(_FOLDERS) and name.endswith(".html"):
                    handle = archive.extractfile(member)
                    if handle is not None:
                        files[name] = handle.read()
    missing = [name for name in references if name not in files]
    if missing:
        raise SystemExit(f"{sdist}: {len(missing)} pages missing ({missing[0]}…); is it gne-0.4.3?")
    pages = []
    for name, expected in references.items():
        text = decode.decode(files[name], name)
        pages.append(Page(name, text, source_url(text), expected))
    return pages


def _flat(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def _same_title(ours: str | None, expected: str) -> bool:
    return _flat(cq.norm(ours)) == _flat(cq.norm(expected))


def score(
    pages: list[Page], systems: dict[str, Callable[[Page], cq.Output]], verbose: bool
) -> dict[str, Tally]:
    tallies = {name: Tally() for name in systems}
    for page in pages:
        first, last = _flat(page.expected["first"]), _flat(page.expected["last"])
        notes = []
        for name, run in systems.items():
            out = cq.timed(lambda _, run=run, page=page: run(page), page.html)
            tally = tallies[name]
            tally.pages += 1
            body = _flat(out.text)
            at, end = body.find(first), body.rfind(last)
            kept = at >= 0 and end >= at
            if kept:
                tally.kept += 1
                extra_before, extra_after = at, len(body) - end - len(last)
                tally.before.append(extra_before)
                tally.after.append(extra_after)
                tally.starts += extra_before == 0
                tally.ends += extra_after == 0
            title_right = _same_title(out.fields.get("title"), page.expected["title"])
            tally.titles += title_right
            day = page.expected.get("date")
            date_right = bool(day) and str(out.fields.get("date") or "")[:10] == day
            if day:
                tally.dated += 1
                tally.dates += date_right
            if name == "clipper" and verbose:
                if not kept:
                    where = "first" if at < 0 else "last"
                    notes.append(f"    lost the {where} characters: {body[:60]}…{body[-40:]}")
                elif extra_before or extra_after:
                    notes.append(
                        f"    +{extra_before} before: {body[: min(extra_before, 60)]}"
                        f"  +{extra_after} after: {body[len(body) - min(extra_after, 60) :]}"
                    )
                if not title_right:
                    notes.append(f"    title {out.fields.get('title')!r}")
                if day and not date_right:
                    notes.append(f"    date {out.fields.get('date')!r}, want {day}")
        if notes:
            print(page.name)
            print("\n".join(notes))
    return tallies


def print_table(title: str, tallies: dict[str, Tally]) -> None:
    print(title)
    print(f"{'system':14} {'pages':>5} {'kept':>7} {'start':>7} {'end':>7}"
          f" {'before':>6} {'after':>6} {'title':>7} {'date':>12}")  # fmt: skip
    for name, t in tallies.items():
        before = statistics.median(t.before) if t.before else 0
        after = statistics.median(t.after) if t.after else 0
        dates = f"{100 * t.dates / t.dated:5.1f}% ({t.dated})" if t.dated else "n/a"
        print(
            f"{name:14} {t.pages:5} {t.kept:3}/{t.pages:<3} {t.starts:3}/{t.pages:<3}"
            f" {t.ends:3}/{t.pages:<3} {before:6.0f} {after:6.0f}"
            f" {100 * t.titles / t.pages:6.1f}% {dates:>12}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sdist", type=Path, required=True, help="GNE's .tar.gz, or the folder it unpacks to"
    )
    parser.add_argument("--verbose", action="store_true", help="Clipper's misses, page by page")
    parser.add_argument(
        "--text",
        action="store_true",
        help="also clean each page's plain-text rendering (inscriptis) with clean_text",
    )
    parser.add_argument(
        "--keep", type=Path, help="write the pages as a corpus folder here, for browser_copies.py"
    )
    parser.add_argument(
        "--copies", type=Path, help="score Chromium's copies saved here by browser_copies.py"
    )
    args = parser.parse_args(argv)
    pages = load(args.sdist)
    if args.keep is not None:
        return keep(pages, args.keep)
    if args.copies is not None:
        return _score_copies(pages, args.copies, args.verbose)
    systems: dict[str, Callable[[Page], cq.Output]] = {
        "clipper": lambda page: cq._article_output(
            cq.clean_html_module.clean_html(page.html, url=page.url)
        ),
        "trafilatura": lambda page: _trafilatura(page),
        "readability": lambda page: cq.run_readability(page.html),
    }
    print_table(f"GNE's Chinese pages ({len(pages)}), HTML", score(pages, systems, args.verbose))
    if args.text:
        text_systems = {"clipper": lambda page: cq.run_clipper_text(cq.html_text(page.html))}
        print_table(
            "Plain-text renderings of the same pages (inscriptis), clean_text",
            score(pages, text_systems, args.verbose),
        )
    return 0


def _folder(name: str) -> str:
    """A page's folder name in a corpus: "tests/163/1.html" -> "tests_163_1"."""
    return name.removesuffix(".html").replace("/", "_")


def keep(pages: list[Page], target: Path) -> int:
    """Write the pages as a corpus folder that ``browser_copies.py --corpus`` reads.

    The folder's references hold the two ends of the article only: enough for
    the copies, not for ``clean_quality.py``'s scores.
    """
    if target.exists() and any(target.iterdir()):
        raise SystemExit(f"{target}: not empty; give a new folder")
    for page in pages:
        folder = target / "html" / _folder(page.name)
        folder.mkdir(parents=True)
        # Served, these pages said their encoding in a header; a file written as UTF-8 must
        # say so itself, whatever the page declared before it was saved again.
        head, rest = page.html[:4000], page.html[4000:]
        head = re.sub(r"(<meta[^>]*charset\s*=\s*[\"']?)[\w-]+", r"\g<1>utf-8", head, flags=re.I)
        if not re.search(r"<meta[^>]+charset", head, re.IGNORECASE):
            head = '<meta charset="utf-8">' + head
        (folder / "source.html").write_text(head + rest, "utf-8")
        ends = "".join(f"<p>{page.expected[k]}</p>" for k in ("first", "last"))
        (folder / "expected.html").write_text(f"<html><body>{ends}</body></html>", "utf-8")
        title = json.dumps({"title": page.expected["title"]}, ensure_ascii=False)
        (folder / "expected-metadata.json").write_text(title, "utf-8")
    print(f"{len(pages)} pages written to {target}")
    return 0


def _score_copies(pages: list[Page], copies: Path, verbose: bool) -> int:
    """Chromium's copies (``NAME.txt``, ``NAME.html``, ``NAME.url``), as the GUI pastes them."""

    def copy(page: Page, suffix: str) -> str | None:
        path = copies / f"{_folder(page.name)}.{suffix}"
        return path.read_text("utf-8") if path.exists() else None

    texts = [Page(p.name, t, p.url, p.expected) for p in pages if (t := copy(p, "txt"))]
    if not texts:
        raise SystemExit(f"{copies}: no copies; run browser_copies.py --save there")
    print_table(
        f"Chromium's clipboard, plain text ({len(texts)} copies), clean_text",
        score(texts, {"clipper": lambda page: cq.run_clipper_text(page.html)}, verbose),
    )
    htmls = [
        Page(p.name, h, (copy(p, "url") or "").strip() or None, p.expected)
        for p in pages
        if (h := copy(p, "html"))
    ]
    systems: dict[str, Callable[[Page], cq.Output]] = {
        "clipper": lambda page: cq._article_output(
            cq.clean_html_module.clean_html(page.html, url=page.url)
        ),
        "trafilatura": lambda page: cq.run_trafilatura(page.html),
        "readability": lambda page: cq.run_readability(page.html),
    }
    print_table(
        f"Chromium's clipboard, HTML flavour ({len(htmls)} copies)", score(htmls, systems, verbose)
    )
    return 0


def _trafilatura(page: Page) -> cq.Output:
    out = cq.run_trafilatura(page.html)
    if page.url:  # the address the page notes, as Clipper is given it
        meta = cq.trafilatura.extract_metadata(page.html, default_url=page.url)
        out.fields["date"] = meta.date if meta else out.fields.get("date")
    return out


if __name__ == "__main__":
    sys.exit(main())
