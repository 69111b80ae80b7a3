"""Bundle export and import of N clips (default 10,000): issue 9's target is
30 s or less for each.

Builds a library of realistic clips through the Library (articles of 200 to
3,000 words, median about 700, with clean HTML and an HTML original about
three times the text, 1-3 tags, notes on a third, some Chinese), then times:

- export of the whole library to a bundle;
- import of that bundle into an empty library (every clip added);
- the same import again (every clip skipped: the idempotent case);
- import into the library it came from (every clip compared and skipped).

Usage: python benchmarks/bundle_bench.py [N] [--seed S] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

from clipper.library import Library
from clipper.model import Article, Original

WORDS = (
    "china chips semiconductor export controls beijing washington policy market growth the of and "
    "to in a is that for on with as by at from was were have has said industry supply chain firms "
    "government investment research development technology domestic production factories capacity "
    "analysts officials ministry plan billion percent year new national strategic self reliance "
    "innovation lithography equipment design foundry memory logic node advanced mature subsidies"
).split()
CJK = "半导体芯片产业自立自强科技创新国产替代出口管制研发投入集成电路光刻机制造"
TAGS = [
    "china",
    "china/chips",
    "export controls",
    "EU chips act",
    "tech self-reliance",
    "AI policy",
    "japan",
    "korea",
    "taiwan",
    "usa",
]


def zipf_text(rng: random.Random, words: int) -> str:
    weights = [1 / (i + 1) for i in range(len(WORDS))]
    chosen = rng.choices(WORDS, weights=weights, k=words)
    paragraphs = []
    for start in range(0, words, 80):
        sentence = " ".join(chosen[start : start + 80])
        paragraphs.append(sentence[:1].upper() + sentence[1:] + ".")
    return "\n\n".join(paragraphs)


def article_length(rng: random.Random) -> int:
    """Log-normal around 700 words, clipped to 200..3,000."""
    return max(200, min(3000, int(rng.lognormvariate(math.log(700), 0.6))))


def build(lib: Library, n: int, seed: int) -> float:
    rng = random.Random(seed)
    start = time.perf_counter()
    for i in range(n):
        if i % 20 == 0:
            text = "\n\n".join("".join(rng.choices(CJK, k=120)) for _ in range(4))
            lang = "zh"
        else:
            text = zipf_text(rng, article_length(rng))
            lang = "en"
        html = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        title = f"Article {i}: " + " ".join(rng.choices(WORDS, k=6))
        published = (dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))).isoformat()
        article = Article(
            title=title,
            authors=(f"Author {rng.randrange(500)}",),
            published=published,
            site=f"site{rng.randrange(50)}.example",
            url=f"https://site{i % 50}.example/news/{i}",
            lang=lang,
            text=text,
            html=html,
            excerpt=text[:200],
        )
        page = (
            f"<html><head><title>{title}</title></head><body><nav>menu</nav>{html}"
            + "<footer>"
            + "related links " * 40
            + "</footer></body></html>"
        )
        tags = rng.sample(TAGS, rng.randint(1, 3))
        notes = f"Note on clip {i}: worth citing." if i % 3 == 0 else ""
        lib.capture(article, Original("html", page, "page.html"), tags=tags, notes=notes)
    return time.perf_counter() - start


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<44} {seconds:8.2f} s", flush=True)
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="Build in this folder and keep the files.")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="clipper-bundle-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"Clipper bundle benchmark: {args.n:,} clips, seed {args.seed}")
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    try:
        source = Library.open(folder / "source.db")
        built = build(source, args.n, args.seed)
        print(f"{'build the library through Library.capture':<44} {built:8.2f} s")
        bundle = folder / "library.clipbundle"
        count, export_s = timed(
            "export_bundle (whole library)", lambda: source.export_bundle(bundle)
        )
        assert count == args.n
        size = bundle.stat().st_size
        target = Library.open(folder / "target.db")
        first, import_s = timed(
            "import_bundle into an empty library", lambda: target.import_bundle(bundle)
        )
        assert len(first.added) == args.n, (len(first.added), len(first.merged))
        again, again_s = timed(
            "import_bundle again (all skipped)", lambda: target.import_bundle(bundle)
        )
        assert len(again.skipped) == args.n
        _, home_s = timed(
            "import_bundle into its own library", lambda: source.import_bundle(bundle)
        )
        target.close()
        source.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print()
        print(f"bundle size: {size / 2**20:.1f} MiB ({size / args.n / 1024:.1f} KiB a clip)")
        print(
            f"export: {args.n / export_s:,.0f} clips/s; import: {args.n / import_s:,.0f} clips/s; "
            f"re-import: {args.n / again_s:,.0f} clips/s; "
            f"into its own library: {args.n / home_s:,.0f} clips/s"
        )
        print(f"peak resident memory: {peak:,.0f} MiB")
        verdict = "met" if max(export_s, import_s) <= 30 * args.n / 10_000 else "MISSED"
        print(f"target (10,000 clips in <= 30 s each, scaled to N): {verdict}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
