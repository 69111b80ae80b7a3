"""Plain-text cleaning quality, for the tuning loop of ``clipper.clean.text``.

Usage::

    python benchmarks/paste_quality.py --corpus ../shared/corpus [--renders DIR] [-v]
    python benchmarks/paste_quality.py --corpus benchmarks/blind_pastes

Prints, for ``corpus/paste``, each case's fields and contain checks; for the
pages of ``corpus/html`` rendered to plain text (inscriptis, and the headless
Chromium ``innerText`` renderings in ``--renders`` when given, made by
``benchmarks/render_text.py``), the body scores against ``expected.html``:
word-multiset F1 (the corpus README's measure) and word 4-gram F1 (the
official ``clean_quality.py`` measure); then the time per article.

The official side-by-side benchmark is ``benchmarks/clean_quality.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
import unicodedata
from collections import Counter
from pathlib import Path

import inscriptis
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

from clipper.clean import text as text_cleaner
from clipper.errors import ClipperError

#: As clean_quality.py renders them: inline elements add no spaces, as in a browser.
_STRICT = ParserConfig(css=CSS_PROFILES["strict"])

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def words(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall((text or "").lower()))


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = re.findall(r"\w+", text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(0, len(toks) - n + 1)))


def prf(out: Counter, ref: Counter) -> tuple[float, float]:  # type: ignore[type-arg]
    tp = sum((out & ref).values())
    p = tp / sum(out.values()) if out else 0.0
    r = tp / sum(ref.values()) if ref else 0.0
    return p, r


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def norm(value: str | None) -> str:
    value = unicodedata.normalize("NFKC", value or "").translate(_QUOTES)
    return " ".join(value.split()).casefold()


def check_paste(corpus: Path, verbose: bool) -> int:
    failures = 0
    tally: Counter[str] = Counter()  # checks passed, per kind, over all cases
    counts: Counter[str] = Counter()
    for expected_file in sorted((corpus / "paste").glob("*.expected.json")):
        exp = json.loads(expected_file.read_text(encoding="utf-8"))
        text = (corpus / "paste" / exp["input"]).read_text(encoding="utf-8")
        art = text_cleaner.clean_text(text)
        body = norm(art.text)
        problems: list[str] = []
        if norm(art.title) != norm(exp["title"]):
            problems.append(f"title {art.title!r} != {exp['title']!r}")
        if [norm(a) for a in art.authors] != [norm(a) for a in exp["authors"]]:
            problems.append(f"authors {list(art.authors)} != {exp['authors']}")
        if (art.published or "")[:10] != (exp["published"] or ""):
            problems.append(f"published {art.published} != {exp['published']}")
        if exp["site"] and norm(art.site) != norm(exp["site"]):
            if art.site or not exp.get("site_optional"):
                problems.append(f"site {art.site!r} != {exp['site']!r}")
        first = norm(exp["subtitle_or_first_line"])
        if norm(art.subtitle) != first and not body.startswith(first):
            problems.append(f"subtitle/first line: {art.subtitle!r} / {art.text[:80]!r}")
        for piece in exp["must_contain"]:
            if norm(piece) not in body:
                problems.append(f"missing: {piece!r}")
        for piece in exp["must_not_contain"]:
            if norm(piece) in body:
                problems.append(f"kept: {piece!r}")
        kinds = {"title": "title ", "authors": "authors ", "published": "published ",
                 "site": "site ", "contains": "missing: ", "leaves out": "kept: "}
        for kind, mark in kinds.items():
            total = {"contains": len(exp["must_contain"]),
                     "leaves out": len(exp["must_not_contain"])}.get(kind, 1)
            if kind == "site" and not exp["site"]:
                continue
            counts[kind] += total
            tally[kind] += total - sum(1 for prob in problems if prob.startswith(mark))
        status = "ok  " if not problems else "FAIL"
        failures += bool(problems)
        print(f"{status} {exp['input']}: title={art.title[:50]!r} authors={list(art.authors)} "
              f"published={art.published} site={art.site!r} lang={art.lang}")
        for prob in problems:
            print("       ", prob)
        if verbose:
            print(art.text, "\n---")
            for r in art.removed:
                print(f"   [{r.reason}] {r.text[:90]!r}")
    print("checks passed: " + ", ".join(
        f"{kind} {tally[kind]}/{counts[kind]}" for kind in counts
    ))
    return failures


def render_pages(corpus: Path, renders: Path | None) -> dict[str, list[tuple[str, str, str]]]:
    """{renderer: [(name, text, truth)]} for every page of corpus/html."""
    out: dict[str, list[tuple[str, str, str]]] = {"inscriptis": []}
    if renders:
        out["chromium"] = []
    for folder in sorted(p for p in (corpus / "html").iterdir() if p.is_dir()):
        truth = inscriptis.get_text(
            (folder / "expected.html").read_text(encoding="utf-8"), _STRICT
        )
        source = (folder / "source.html").read_text(encoding="utf-8", errors="replace")
        out["inscriptis"].append((folder.name, inscriptis.get_text(source, _STRICT), truth))
        if renders and (renders / f"{folder.name}.txt").exists():
            rendered = (renders / f"{folder.name}.txt").read_text(encoding="utf-8")
            out["chromium"].append((folder.name, rendered, truth))
    return out


def score_renders(corpus: Path, renders: Path | None, verbose: bool) -> list[float]:
    times: list[float] = []
    for renderer, pages in render_pages(corpus, renders).items():
        wp, wr, sp, sr = [], [], [], []
        for name, text, truth in pages:
            start = time.perf_counter()
            try:
                body = text_cleaner.clean_text(text).text
            except ClipperError:
                body = ""
            times.append(time.perf_counter() - start)
            p, r = prf(words(body), words(truth))
            p4, r4 = prf(shingles(body), shingles(truth))
            wp.append(p), wr.append(r), sp.append(p4), sr.append(r4)
            if verbose:
                print(f"  {renderer:10} {name:24} words P={p:.2f} R={r:.2f} F1={f1(p, r):.2f}"
                      f"   4-gram F1={f1(p4, r4):.2f}")
        mp, mr = statistics.mean(wp), statistics.mean(wr)
        sp_, sr_ = statistics.mean(sp), statistics.mean(sr)
        print(f"{renderer} renderings of corpus/html ({len(pages)} pages): "
              f"words P={mp:.3f} R={mr:.3f} F1={f1(mp, mr):.3f}; "
              f"4-grams P={sp_:.3f} R={sr_:.3f} F1={f1(sp_, sr_):.3f}; "
              f"median per-page word F1="
              f"{statistics.median(f1(a, b) for a, b in zip(wp, wr, strict=True)):.3f}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--renders", type=Path, help="folder of NAME.txt Chromium renderings")
    parser.add_argument("--only", choices=("paste", "html"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    text_cleaner.clean_text("Warm-up: loads the language model once.")
    if args.only != "html":
        failures = check_paste(args.corpus, args.verbose)
        print(f"corpus/paste: {failures} case(s) failing\n")
    if args.only != "paste" and (args.corpus / "html").is_dir():
        times = sorted(score_renders(args.corpus, args.renders, args.verbose))
        print(f"time per article: median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.1f} ms, "
              f"max {times[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
