"""Cleaning quality: Clipper beside trafilatura and readability-lxml, one run.

Usage::

    python benchmarks/clean_quality.py --corpus ../shared/corpus [--json] [--verbose]

Body: precision, recall and F1 over word 4-grams (tokens are ``\\w+`` runs,
case kept; per document TP = shingles shared with the truth as multisets,
P = TP / output shingles, R = TP / truth shingles; P and R averaged over the
documents, F1 taken from the two averages), on ``html/*/source.html`` against
the text of ``expected.html``, and on plain-text renderings of the same pages
(inscriptis, strict profile, renders each page the way a browser's innerText
does: inline elements such as <span> add no spaces).

Time: "time s" is the wall time of the whole run; p50 and p95 are per page, in
CPU milliseconds of this process (steady when other work shares the machine).

Fields: title, authors, date (to the day) and site, after normalising case,
white space and quotes, against ``expected-metadata.json`` (pages where the
reference gives no value are not counted) and ``paste/*.expected.json``.

Paste cases: every ``must_contain`` kept, every ``must_not_contain`` gone, and
the fields right, case by case.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import inscriptis
import trafilatura
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig
from readability import Document

from clipper.clean import html as clean_html_module
from clipper.errors import ClipperError
from clipper.importers import decode

try:  # The plain-text cleaner comes from another part of the project.
    from clipper.clean import text as clean_text_module
except ImportError:  # pragma: no cover - depends on the checkout
    clean_text_module = None  # type: ignore[assignment]

WORD = re.compile(r"\w+")
FIELDS = ("title", "authors", "date", "site")


#: How the reference's HTML becomes text. inscriptis's default ("relaxed")
#: profile pads every <span> with spaces, which a browser never does: it split
#: words in pages that style runs of text with nested spans (CJK text, where a
#: whole phrase is one \w+ token, most of all). The strict profile renders
#: inline elements as a browser does.
STRICT = ParserConfig(css=CSS_PROFILES["strict"])


def html_text(html: str) -> str:
    """The text of a piece of HTML as a browser shows it."""
    return inscriptis.get_text(html, STRICT)


# -- scoring ------------------------------------------------------------------


#: The attributes by which markup names its parts: what a page built with
#: generated class names ("css-1x2y3z") does not tell.
NAMING_ATTRIBUTES = (
    "class", "id", "role", "itemprop", "itemtype", "itemscope", "rel", "aria-label",
    "data-component", "data-testid",
)  # fmt: skip


def without_names(html: str) -> str:
    """``html`` with every class, id, role and the like removed (``--no-names``).

    Measures what survives where class names say nothing: pages built with
    generated names, and saved pages whose styles were stripped.
    """
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    for el in tree.iter():
        if isinstance(el.tag, str):
            for name in NAMING_ATTRIBUTES:
                el.attrib.pop(name, None)
    return "<!DOCTYPE html>" + lxml.html.tostring(tree, encoding="unicode")


def as_select_all(page_html: str) -> str:
    """A page as select-all copies it: its body's markup as a clipboard fragment.

    No head (so no title tag, meta tags or JSON-LD), and no element that
    would say "page" by its name: a site whose menus are plain ``<div>``\\ s
    and lists of links. The hardest case for telling a whole page from a
    selection of an article.
    """
    found = re.search(r"<body[^>]*>(.*)</body>", page_html, re.S | re.I)
    body = found.group(1) if found else page_html
    body = re.sub(r"(?is)<script\b.*?</script>", "", body)
    body = re.sub(r"<(/?)(?:nav|header|footer|aside)\b", r"<\1div", body, flags=re.I)
    return f"<html><body><!--StartFragment-->{body}<!--EndFragment--></body></html>"


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = WORD.findall(text or "")
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def body_scores(output: str, truth: str) -> tuple[float, float]:
    out, ref = shingles(output), shingles(truth)
    tp = sum((out & ref).values())
    p = tp / sum(out.values()) if out else 0.0
    r = tp / sum(ref.values()) if ref else 0.0
    return p, r


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "«": '"', "»": '"', "`": "'", "´": "'"})  # fmt: skip


def norm(value: str | None) -> str:
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", value).translate(_QUOTES)
    return " ".join(value.split()).strip().casefold()


_BY = re.compile(r"^(?:written\s+by|posted\s+by|by|par|von|por|di|door)\s*[:\-]?\s+", re.I)


def byline_names(byline: str) -> set[str]:
    """Split a reference byline ("By A and B") into normalised names."""
    text = _BY.sub("", norm(byline.strip().splitlines()[0] if byline.strip() else ""))
    text = re.split(r"\s+edited\s+by\s+", text)[0]
    # ("and" in the references' languages: Norwegian and Danish "og", Swedish "och",
    # Dutch "en", Italian and Portuguese "e")
    parts = re.split(
        r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bog\b|\boch\b|\ben\b|\be\b)\s*", text
    )
    return {p.strip() for p in parts if p.strip()}


def authors_match(ours: list[str], expected: str) -> bool:
    first_line = expected.strip().splitlines()[0] if expected.strip() else ""
    joined = norm(", ".join(ours))
    if joined and joined == _BY.sub("", norm(first_line)):
        return True
    return bool(ours) and {n for a in ours for n in byline_names(a)} == byline_names(expected)


def field_match(name: str, ours: Any, expected: Any) -> bool:
    if name == "authors":
        return authors_match(
            list(ours or []), expected if isinstance(expected, str) else ", ".join(expected)
        )
    if name == "date":
        return bool(ours) and str(ours)[:10] == str(expected)[:10]
    return norm(ours) == norm(expected)


_SUFFIX = re.compile(r"^\s*(?:[|\-–—:_·•»/]|::)\s*(?P<rest>.+)$")
_PREFIX = re.compile(r"^(?P<rest>.+?)\s*(?:[|\-–—:_·•»/]|::)$")


def same_headline(ours: Any, expected: str) -> bool:
    """Whether the reference is our title with a site or section name glued on.

    The reference keeps " | Site" and "Site: " parts that Clipper strips on
    purpose; this second figure sets that convention aside (the site part is
    at most six words), and nothing else.
    """
    mine, want = norm(ours), norm(expected)
    if not mine:
        return False
    if mine == want:
        return True
    if want.startswith(mine):
        m = _SUFFIX.match(want[len(mine) :])
        return bool(m) and len(m.group("rest").split()) <= 6
    if want.endswith(mine):
        m = _PREFIX.match(want[: -len(mine)].rstrip())
        return bool(m) and len(m.group("rest").split()) <= 6
    return False


# -- systems --------------------------------------------------------------------


@dataclass
class Output:
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    cpu: float = 0.0
    error: str | None = None


def _article_output(article: Any) -> Output:
    return Output(
        article.text,
        {
            "title": article.title,
            "authors": list(article.authors),
            "date": article.published,
            "site": article.site,
        },
    )


def run_clipper(html: str) -> Output:
    return _article_output(clean_html_module.clean_html(html))


def run_trafilatura(html: str) -> Output:
    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    meta = trafilatura.extract_metadata(html)
    authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()] if meta else []
    return Output(
        text,
        {
            "title": meta.title if meta else None,
            "authors": authors,
            "date": meta.date if meta else None,
            "site": meta.sitename if meta else None,
        },
    )


def run_readability(html: str) -> Output:
    doc = Document(html)
    text = html_text(doc.summary(html_partial=True))
    return Output(text, {"title": doc.short_title(), "authors": None, "date": None, "site": None})


def run_clipper_text(text: str) -> Output:
    assert clean_text_module is not None
    return _article_output(clean_text_module.clean_text(text))


def timed(fn: Callable[[str], Output], arg: str) -> Output:
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        out = fn(arg)
    except (ClipperError, ValueError, TypeError, AttributeError) as err:  # report, go on
        out = Output("", error=f"{type(err).__name__}: {err}")
    out.seconds = time.perf_counter() - start
    out.cpu = time.process_time() - cpu_start
    return out


# -- corpus -------------------------------------------------------------------


@dataclass
class Page:
    name: str
    html: str
    truth: str
    expected: dict[str, Any]


def load_pages(corpus: Path, only: str | None) -> list[Page]:
    pages = []
    for folder in sorted((corpus / "html").iterdir()):
        if not (folder / "source.html").exists() or (only and only != folder.name):
            continue
        html = decode.decode((folder / "source.html").read_bytes(), folder.name)
        truth_html = decode.decode((folder / "expected.html").read_bytes(), folder.name)
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = {
            "title": meta.get("title"),
            "authors": meta.get("byline"),
            "date": meta.get("publishedTime"),
            "site": meta.get("siteName"),
        }
        pages.append(Page(folder.name, html, html_text(truth_html), expected))
    return pages


@dataclass
class Tally:
    p: list[float] = field(default_factory=list)
    r: list[float] = field(default_factory=list)
    fields: dict[str, list[bool]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    seconds: float = 0.0
    cpu: list[float] = field(default_factory=list)
    errors: int = 0

    def add(self, out: Output, truth: str, expected: dict[str, Any]) -> list[str]:
        """Count one page's output; returns the fields it got wrong.

        A field the reference gives and the system leaves as None is not
        counted (the system did not claim it); any value it gives is judged.
        """
        p, r = body_scores(out.text, truth)
        self.p.append(p)
        self.r.append(r)
        self.seconds += out.seconds
        self.cpu.append(out.cpu)
        self.errors += out.error is not None
        wrong = []
        for f in FIELDS:
            if expected.get(f) and out.fields.get(f, "absent") is not None:
                ok = field_match(f, out.fields.get(f), expected[f])
                self.fields[f].append(ok)
                if not ok:
                    wrong.append(f)
        return wrong

    def summary(self) -> dict[str, Any]:
        p = sum(self.p) / len(self.p) if self.p else 0.0
        r = sum(self.r) / len(self.r) if self.r else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out: dict[str, Any] = {
            "docs": len(self.p),
            "precision": p,
            "recall": r,
            "f1": f1,
            "seconds": self.seconds,
            "cpu_ms_p50": _quantile(self.cpu, 0.5) * 1000,
            "cpu_ms_p95": _quantile(self.cpu, 0.95) * 1000,
            "errors": self.errors,
        }
        for name, hits in self.fields.items():
            out[name] = (sum(hits) / len(hits), len(hits)) if hits else None
        return out


def score_pages(
    pages: list[Page],
    systems: dict[str, Callable[[str], Output]],
    source: Callable[[Page], str],
    verbose: bool,
) -> dict[str, Tally]:
    tallies = {name: Tally() for name in systems}
    if pages:  # load each system's models and tables before the clock runs
        for fn in systems.values():
            timed(fn, source(pages[0]))
    for page in pages:
        row = [f"{page.name:24}"]
        for name, fn in systems.items():
            out = timed(fn, source(page))
            tally = tallies[name]
            wrong = tally.add(out, page.truth, page.expected)
            row.append(f"{name[:5]} P{tally.p[-1]:.2f} R{tally.r[-1]:.2f}")
            title = out.fields.get("title", "absent")
            if page.expected.get("title") and title is not None:
                headline = "title" not in wrong or same_headline(title, page.expected["title"])
                tally.fields.setdefault("headline", []).append(headline)
            if verbose and name == "clipper":
                row.extend(
                    f"\n    {f}: got {out.fields.get(f)!r} want {page.expected[f]!r}" for f in wrong
                )
            if out.error and verbose:
                row.append(f"\n    {name} error: {out.error}")
        if verbose:
            print("  ".join(row))
    return tallies


def score_paste(corpus: Path, verbose: bool) -> list[dict[str, Any]]:
    results = []
    for exp_file in sorted((corpus / "paste").glob("*.expected.json")):
        expected = json.loads(exp_file.read_text(encoding="utf-8"))
        text = (corpus / "paste" / expected["input"]).read_text(encoding="utf-8")
        out = timed(run_clipper_text, text)
        body = out.text
        keep = [s for s in expected.get("must_contain", []) if s not in body]
        gone = [s for s in expected.get("must_not_contain", []) if s in body]
        fields: dict[str, bool] = {}
        fields["title"] = field_match("title", out.fields.get("title"), expected.get("title"))
        fields["authors"] = (
            field_match("authors", out.fields.get("authors"), expected["authors"])
            if expected.get("authors")
            else not out.fields.get("authors")
        )
        fields["date"] = (
            field_match("date", out.fields.get("date"), expected["published"])
            if expected.get("published")
            else not out.fields.get("date")
        )
        site = out.fields.get("site")
        if expected.get("site"):
            fields["site"] = field_match("site", site, expected["site"]) or (
                not site and bool(expected.get("site_optional"))
            )
        else:
            fields["site"] = True
        ok = not keep and not gone and all(fields.values()) and out.error is None
        results.append(
            {
                "case": exp_file.name.removesuffix(".expected.json"),
                "ok": ok,
                "missing": keep,
                "kept_junk": gone,
                "fields": fields,
                "error": out.error,
                "got": out.fields,
            }
        )
    return results


# -- output -------------------------------------------------------------------


def _quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile by the nearest rank (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def pct(value: Any) -> str:
    if value is None:
        return "   n/a"
    share, n = value
    return f"{share * 100:5.1f}% ({n})"


def print_table(title: str, tallies: dict[str, Tally]) -> None:
    print(f"\n{title}")
    print(
        f"{'system':14} {'docs':>4} {'P':>6} {'R':>6} {'F1':>6}  {'title':>11} {'authors':>11} "
        f"{'date':>11} {'site':>11} {'time s':>7} {'p50 ms':>6} {'p95 ms':>6} {'err':>3}"
    )
    for name, tally in tallies.items():
        s = tally.summary()
        print(
            f"{name:14} {s['docs']:4d} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  "
            f"{pct(s['title']):>11} {pct(s['authors']):>11} {pct(s['date']):>11} "
            f"{pct(s['site']):>11} {s['seconds']:7.2f} {s['cpu_ms_p50']:6.0f} "
            f"{s['cpu_ms_p95']:6.0f} {s['errors']:3d}"
        )


P = TypeVar("P")


def add_page_variants(parser: argparse.ArgumentParser) -> None:
    """The options that clean each page in another form (shared with ``layout_zoo.py``)."""
    parser.add_argument(
        "--no-names",
        action="store_true",
        help="remove every class, id, role and the like from each page first",
    )
    parser.add_argument(
        "--select-all",
        action="store_true",
        help="clean each page as a browser's select-all copy puts it on the clipboard: the body "
        "alone between fragment markers, no head, nav/header/footer/aside as plain divs",
    )


def as_variant(pages: list[P], args: argparse.Namespace) -> list[P]:
    """Pages (any dataclass with ``html``) in the form ``add_page_variants``' options ask for."""
    if args.no_names:
        pages = [dataclasses.replace(p, html=without_names(p.html)) for p in pages]
    if args.select_all:
        pages = [dataclasses.replace(p, html=as_select_all(p.html)) for p in pages]
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="one line per page, misses shown")
    parser.add_argument("--only", help="score one page (a folder name under html/)")
    add_page_variants(parser)
    args = parser.parse_args(argv)

    pages = as_variant(load_pages(args.corpus, args.only), args)
    html_systems = {
        "clipper": run_clipper,
        "trafilatura": run_trafilatura,
        "readability": run_readability,
    }
    html_tallies = score_pages(pages, html_systems, lambda p: p.html, args.verbose)
    text_tallies: dict[str, Tally] = {}
    paste: list[dict[str, Any]] = []
    if clean_text_module is not None and hasattr(clean_text_module, "clean_text"):
        renders = {p.name: html_text(p.html) for p in pages}
        text_tallies = score_pages(
            pages, {"clipper": run_clipper_text}, lambda p: renders[p.name], args.verbose
        )
        if (args.corpus / "paste").is_dir() and not args.only:
            paste = score_paste(args.corpus, args.verbose)

    if args.json:
        json.dump(
            {
                "html": {k: v.summary() for k, v in html_tallies.items()},
                "text": {k: v.summary() for k, v in text_tallies.items()},
                "paste": paste,
            },
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        print()
        return 0
    print_table(
        f"HTML pages ({len(pages)}): body over word 4-grams; fields where the reference "
        "has a value (count)",
        html_tallies,
    )
    headline = html_tallies["clipper"].summary().get("headline")
    if headline:
        print(
            f"clipper title, a site or section name the reference glues on set aside: "
            f"{headline[0]:.1%} ({headline[1]})"
        )
    if text_tallies:
        print_table(
            "Plain-text renderings of the same pages (inscriptis), clean_text", text_tallies
        )
    else:
        print("\nPlain text: clipper.clean.text.clean_text is not available yet; skipped.")
    if paste:
        print(f"\nPaste cases: {sum(r['ok'] for r in paste)}/{len(paste)} right")
        for r in paste:
            bad = [f for f, ok in r["fields"].items() if not ok]
            detail = "; ".join(
                filter(
                    None,
                    [
                        f"missing {r['missing']}" if r["missing"] else "",
                        f"kept {r['kept_junk']}" if r["kept_junk"] else "",
                        f"fields wrong {bad} (got {r['got']})" if bad else "",
                        r["error"] or "",
                    ],
                )
            )
            print(f"  {'ok  ' if r['ok'] else 'FAIL'} {r['case']:28} {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
