"""Build a library of N realistic synthetic clips for the speed benchmarks.

Usage::

    python benchmarks/make_library.py 100000 --out /tmp/lib100k.db --seed 1 [--corpus DIR]

What it makes, deterministically from the seed:

- article bodies of 200-3,000 words (log-normal, median about 700) in
  paragraphs and sentences, drawn from a Zipf-like vocabulary per language:
  the real words of the cleaning corpus (most frequent first) followed by
  generated pseudo-words, so frequent words are real and the long tail is as
  long as a real library's;
- languages: English 72 %, German 8 %, French 8 %, Spanish 7 %, Chinese 5 %
  (CJK text without spaces, indexed through the store's character pairs);
- topics with terms and phrases planted in the articles that carry them, and
  the matching hierarchical tags ("china/semiconductors"), plus a few user
  tags; the topics are saved as Clipper topics;
- 600 sites with Zipf popularity (some on sub-domains), 5,000 authors,
  publication dates over ten years (2016-2025; 8 % without a date) and
  capture times shortly after;
- an original for every clip (a page around the article for 60 %, a paste
  for the rest), stored compressed as Clipper stores them.

Clips go in through ``clipper.store.clips.insert_many`` (the store's own
insert path, FTS triggers included) in transactions of 2,000 clips, while a
second process generates the next articles: building is bound by SQLite's
indexing on one core, generation by Python on the other.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import html as htmlmod
import multiprocessing
import os
import re
import sys
import time
import uuid as uuidlib
from pathlib import Path

import numpy as np

from clipper.model import Clip, Original, Topic
from clipper.store import clips, schema
from clipper.store import db as store_db
from clipper.store import fingerprint as fp
from clipper.store import topics as store_topics

LANGS = (("en", 0.72), ("de", 0.08), ("fr", 0.08), ("es", 0.07), ("zh", 0.05))
CHUNK = 2000
START = dt.date(2016, 1, 1)
DAYS = (dt.date(2026, 1, 1) - START).days

# Topic tag -> (terms planted in English/European text, terms planted in Chinese text).
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "china/semiconductors": (
        ("semiconductor", "chips", "export controls", "lithography", "self-reliance", "foundry"),
        ("芯片", "半导体", "光刻机", "自主创新"),
    ),
    "china/economy": (
        ("yuan", "stimulus", "property market", "exports", "central bank"),
        ("经济", "人民币", "出口", "房地产"),
    ),
    "china/diplomacy": (
        ("beijing", "summit", "foreign ministry", "ambassador"),
        ("外交", "峰会", "大使"),
    ),
    "tech/ai": (
        ("artificial intelligence", "machine learning", "chatbot", "neural network", "datacenter"),
        ("人工智能", "大模型", "算力"),
    ),
    "tech/smartphones": (
        ("smartphone", "camera modules", "handset", "android"),
        ("手机", "摄像头"),
    ),
    "climate/heat": (
        ("heatwave", "climate change", "emissions", "drought", "carbon"),
        ("气候", "高温", "碳排放"),
    ),
    "climate/energy": (
        ("solar power", "wind farm", "battery storage", "grid", "hydrogen"),
        ("新能源", "光伏", "储能"),
    ),
    "politics/elections": (
        ("election", "ballot", "campaign", "voters", "polling station"),
        ("选举", "投票"),
    ),
    "politics/eu": (
        ("european commission", "brussels", "parliament", "regulation"),
        ("欧盟", "欧洲"),
    ),
    "sport/football": (
        ("football", "striker", "league", "academy", "transfer window"),
        ("足球", "联赛"),
    ),
    "health": (("vaccine", "hospital", "pandemic", "clinical trial"), ("疫苗", "医院")),
    "food": (("recipe", "potato", "restaurant", "harvest"), ("美食", "餐厅")),
    "defence": (("missile", "navy", "defence budget", "drone strike"), ("导弹", "海军")),
    "trade": (("tariffs", "supply chain", "trade war", "sanctions"), ("关税", "供应链", "制裁")),
}
USER_TAGS = (
    "to-read",
    "project/alpha",
    "project/beta",
    "project/beta/interviews",
    "cite",
    "follow-up",
)

_SYLL = {
    "en": (
        "ba be bi bo bu ca co cu da de di do fa fe fi fo ga ge go ha he hi ho la le li lo lu ma me "
        "mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi wa we "
        "wi ya st str tr pl gr br ch sh th ing ent ion ar er or al an en in on"
    ).split(),
    "de": (
        "ba be bi bo da de di fa fe ga ge ha he ka ke ko la le li ma me "
        "mi na ne ni ra re ri sa se sch st ung ein er en ter au ei ach ig lich keit"
    ).split(),
    "fr": (
        "ba be bi bo ca ce ci co da de di fa fe la le li ma me mi "
        "na ne ni pa pe ra re ri sa se ta te ou eau ion ment que eur ais ée"
    ).split(),
    "es": (
        "ba be bi bo ca ce ci co da de di fa fe la le li ma me mi "
        "na ne ni pa pe ra re ri sa se ta te ción ado ida mente ero os as"
    ).split(),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
FIRST = (
    "Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Kai Lena Marco Nadia Omar Paula "
    "Quentin "
    "Rosa Samuel Tara Uwe Vera Wei Xin Yusuf Zoe Li Mei Sophie Lukas Chiara Pablo Amit Priya"
).split()


# -- vocabularies --------------------------------------------------------------


def corpus_words(corpus: Path | None) -> dict[str, collections.Counter[str]]:
    """Real words of the cleaning corpus, counted per language (by file name and page language)."""
    counts: dict[str, collections.Counter[str]] = {k: collections.Counter() for k, _ in LANGS}
    if corpus is None or not corpus.is_dir():
        return counts
    for path in sorted((corpus / "paste").glob("*.txt")):
        lang = path.name[:2] if path.name[:3] in ("de-", "fr-", "es-", "zh-") else "en"
        _count(counts[lang], path.read_text(encoding="utf-8", errors="replace"), lang)
    for page in sorted((corpus / "html").glob("*/expected.html")):
        meta = page.parent / "expected-metadata.json"
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8", errors="replace"))
        lang = "en"
        if meta.exists():
            found = re.search(r'"lang":\s*"([a-zA-Z]{2})', meta.read_text(encoding="utf-8"))
            lang = found.group(1).lower() if found else "en"
        if lang in counts:
            _count(counts[lang], htmlmod.unescape(text), lang)
    return counts


def _count(counter: collections.Counter[str], text: str, lang: str) -> None:
    if lang == "zh":
        counter.update(_CJK.findall(text))
    else:
        counter.update(w.lower() for w in _WORD.findall(text) if len(w) > 1 and not _CJK.search(w))


def build_vocab(
    lang: str, real: collections.Counter[str], size: int, rng: np.random.Generator
) -> list[str]:
    """Real words first (by corpus frequency), then pseudo-words up to ``size``."""
    if lang == "zh":
        return _zh_vocab(real, size, rng)
    words = [w for w, _ in real.most_common()]
    seen = set(words)
    syll = _SYLL[lang]
    while len(words) < size:
        n = int(rng.integers(2, 5))
        word = "".join(syll[int(i)] for i in rng.integers(0, len(syll), n))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _zh_vocab(real: collections.Counter[str], size: int, rng: np.random.Generator) -> list[str]:
    chars = [c for c, _ in real.most_common()]
    pool = set(chars)
    for code in rng.permutation(np.arange(0x4E00, 0x9FA5))[:3500]:
        if chr(int(code)) not in pool:
            chars.append(chr(int(code)))
            pool.add(chr(int(code)))
    p = _zipf(len(chars), 0.9)
    words: list[str] = list(dict.fromkeys(chars[:300]))
    seen = set(words)
    while len(words) < size:
        n = int(rng.choice((1, 2, 2, 2, 3, 4)))
        word = "".join(chars[int(i)] for i in rng.choice(len(chars), n, p=p))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _zipf(n: int, s: float) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** s
    return w / w.sum()


# -- the world: sites, authors ------------------------------------------------


class World:
    """Everything shared by all articles, rebuilt identically in each worker from the seed."""

    def __init__(self, seed: int, corpus: Path | None) -> None:
        rng = np.random.default_rng(seed)
        real = corpus_words(corpus)
        sizes = {"en": 80_000, "de": 30_000, "fr": 30_000, "es": 30_000, "zh": 30_000}
        self.vocab = {lang: build_vocab(lang, real[lang], sizes[lang], rng) for lang, _ in LANGS}
        self.cum = {lang: np.cumsum(_zipf(len(v), 1.05)) for lang, v in self.vocab.items()}
        en = self.vocab["en"]
        tlds = ("com", "com", "com", "co.uk", "de", "fr", "es", "org", "net", "cn", "com.cn")
        self.sites: list[tuple[str, str]] = []
        for i in range(600):
            name = en[int(rng.integers(400, 20_000))] + en[int(rng.integers(400, 20_000))]
            tld = tlds[i % len(tlds)]
            host = f"{name}.{tld}" if i % 7 else f"news.{name}.{tld}"
            self.sites.append((name.capitalize() + (" News" if i % 3 == 0 else " Times"), host))
        self.site_cum = np.cumsum(_zipf(len(self.sites), 1.0))
        surnames = [w.capitalize() for w in en[2000:9000] if len(w) > 3][:2500]
        self.authors = [
            f"{FIRST[i % len(FIRST)]} {surnames[(i * 7919) % len(surnames)]}" for i in range(5000)
        ]
        self.topic_names = list(TOPICS)


def draw(world: World, lang: str, rng: np.random.Generator, n: int) -> list[str]:
    idx = np.searchsorted(world.cum[lang], rng.random(n))
    vocab = world.vocab[lang]
    top = len(vocab) - 1
    return [vocab[min(int(i), top)] for i in idx]


# -- one article --------------------------------------------------------------


def make_clip(world: World, seed: int, index: int) -> Clip:
    """The ``index``-th clip: same seed and index, same clip."""
    rng = np.random.default_rng([seed, index])
    lang = LANGS[int(np.searchsorted(np.cumsum([p for _, p in LANGS]), rng.random() * 0.99999))][0]
    words = int(min(3000, max(200, rng.lognormal(np.log(700), 0.55))))
    n_topics = int(rng.choice((0, 1, 1, 1, 2)))
    topic_idx = rng.choice(len(world.topic_names), n_topics, replace=False) if n_topics else []
    topics = [world.topic_names[int(i)] for i in topic_idx]
    planted = [t for name in topics for t in TOPICS[name][1 if lang == "zh" else 0]]
    body = draw(world, lang, rng, words)
    for _ in range(int(rng.integers(3, 16)) if planted else 0):
        body[int(rng.integers(0, len(body)))] = planted[int(rng.integers(0, len(planted)))]
    paragraphs = _paragraphs(body, lang, rng)
    text = "\n\n".join(paragraphs)
    title_words = draw(world, lang, rng, int(rng.integers(5, 12)))
    if planted:
        title_words[int(rng.integers(0, len(title_words)))] = planted[0]
    title = ("".join(title_words) if lang == "zh" else " ".join(title_words)).capitalize()
    subtitle = None
    if rng.random() < 0.4:
        sub = draw(world, lang, rng, int(rng.integers(10, 25)))
        subtitle = ("".join(sub) + "。") if lang == "zh" else " ".join(sub).capitalize() + "."
    site_name, host = world.sites[int(np.searchsorted(world.site_cum, rng.random() * 0.99999))]
    authors = tuple(
        world.authors[int(i)]
        for i in rng.integers(0, len(world.authors), int(rng.choice((0, 1, 1, 1, 2, 3))))
    )
    day = START + dt.timedelta(days=int(rng.integers(0, DAYS)))
    published = day.isoformat() if rng.random() > 0.08 else None
    captured_at = dt.datetime.combine(day, dt.time(), dt.UTC) + dt.timedelta(
        seconds=int(rng.integers(0, 30 * 86400))
    )
    captured = captured_at.isoformat(timespec="seconds")
    slug = "-".join(title_words[:5]) if lang != "zh" else f"c{index}"
    url = f"https://{host}/{day.year}/{day.month:02d}/{slug}-{index}"
    tags = list(topics)
    if rng.random() < 0.1:
        tags.append(USER_TAGS[int(rng.integers(0, len(USER_TAGS)))])
    html_body = "".join(f"<p>{htmlmod.escape(p)}</p>" for p in paragraphs)
    original = _original(rng, title, site_name, text, html_body)
    return Clip(
        uuid=str(uuidlib.UUID(int=int(rng.integers(0, 2**63)) << 64 | index, version=4)),
        title=title,
        subtitle=subtitle,
        authors=authors,
        published=published,
        site=site_name,
        url=url,
        canonical_url=fp.canonical_url(url),
        lang=lang,
        text=text,
        html=html_body,
        excerpt=text[:280],
        word_count=fp.word_count(text),
        fingerprint=fp.fingerprint(text),
        original=original,
        captured=captured,
        updated=captured,
        tags=tuple(tags),
    )


def _paragraphs(body: list[str], lang: str, rng: np.random.Generator) -> list[str]:
    paragraphs, sentences, i = [], [], 0
    target = int(rng.integers(2, 6))
    while i < len(body):
        n = int(rng.integers(8, 28))
        chunk = body[i : i + n]
        i += n
        if lang == "zh":
            sentences.append("".join(chunk) + "。")
        else:
            s = " ".join(chunk)
            sentences.append(s[:1].upper() + s[1:] + ("." if rng.random() > 0.1 else "?"))
        if len(sentences) >= target:
            paragraphs.append(("" if lang == "zh" else " ").join(sentences))
            sentences, target = [], int(rng.integers(2, 6))
    if sentences:
        paragraphs.append(("" if lang == "zh" else " ").join(sentences))
    return paragraphs


_PAGE_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | {site}</title>"
    "<link rel='stylesheet' href='/static/site.css'><script "
    "src='/static/app.js'></script></head><body>"
    "<header><nav><ul>"
    + "".join(
        f"<li><a href='/section/{s}'>{s.title()}</a></li>"
        for s in ("world", "business", "tech", "science", "sport", "culture", "opinion")
    )
    + "</ul></nav><div class='cookie'>We use cookies to improve your experience. Accept "
    "all</div></header>"
    "<main><article><h1>{title}</h1>"
)
_PAGE_FOOT = (
    "</article><aside><h2>Related</h2><ul>{related}</ul></aside></main><footer>"
    "<p>Sign up for our newsletter</p><p>&copy; {site}. All rights "
    "reserved.</p></footer></body></html>"
)


def _original(
    rng: np.random.Generator, title: str, site: str, text: str, html_body: str
) -> Original:
    if rng.random() < 0.4:
        return Original(
            kind="text",
            content=f"{site}\nMenu\n{title}\n\n{text}\n\nShare this article\nLeave a Reply",
        )
    related = "".join(
        f"<li><a href='/a/{int(i)}'>Story {int(i)}</a></li>" for i in rng.integers(0, 10**6, 8)
    )
    page = (
        _PAGE_HEAD.format(title=htmlmod.escape(title), site=site)
        + html_body
        + _PAGE_FOOT.format(related=related, site=site)
    )
    return Original(kind="html", content=page, name="page.html")


# -- building -----------------------------------------------------------------

_WORLD: World | None = None
_SEED = 0


def _init_worker(seed: int, corpus: str | None) -> None:
    global _WORLD, _SEED
    _WORLD = World(seed, Path(corpus) if corpus else None)
    _SEED = seed


def _make_chunk(bounds: tuple[int, int]) -> list[Clip]:
    assert _WORLD is not None
    return [make_clip(_WORLD, _SEED, i) for i in range(*bounds)]


def build(n: int, out: Path, seed: int, corpus: Path | None, workers: int) -> dict[str, float]:
    """Create the library at ``out`` (which must not exist) and fill it."""
    if out.exists():
        raise SystemExit(f"{out} exists; remove it first.")
    db = store_db.connect(out)
    schema.migrate(db)
    db.conn.execute("PRAGMA cache_size = -262144")
    with db.transaction():
        for name, (terms, zh_terms) in TOPICS.items():
            store_topics.save(
                db,
                Topic(name=name, terms=terms + zh_terms, threshold=2.0),
                updated="2026-01-01T00:00:00+00:00",
            )
    started = time.perf_counter()
    cpu_started = time.process_time()
    chunks = [(i, min(n, i + CHUNK)) for i in range(0, n, CHUNK)]
    done = 0
    insert_seconds = 0.0
    with multiprocessing.get_context("fork").Pool(
        workers, _init_worker, (seed, str(corpus) if corpus else None)
    ) as pool:
        for batch in pool.imap(_make_chunk, chunks):
            t0 = time.process_time()
            clips.insert_many(db, batch)
            insert_seconds += time.process_time() - t0
            done += len(batch)
            rate = done / (time.perf_counter() - started)
            print(f"\r{done:,}/{n:,} clips, {rate:,.0f}/s", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    total = time.perf_counter() - started
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {
        "clips": n,
        "seconds": total,
        "insert_seconds": insert_seconds,
        "per_second": n / total,
        "writer_cpu": time.process_time() - cpu_started,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000, help="number of clips (100,000)")
    parser.add_argument(
        "--out", type=Path, default=None, help="library file (default: ./library-N.db)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path("/work/shared/corpus"),
        help="cleaning corpus whose words seed the vocabulary",
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="generator processes beside the writer"
    )
    args = parser.parse_args(argv)
    out = args.out or Path(f"library-{args.n}.db")
    stats = build(args.n, out, args.seed, args.corpus, args.workers)
    size = out.stat().st_size
    print(
        f"built {out}: {stats['clips']:,} clips in {stats['seconds']:.1f} s "
        f"({stats['per_second']:,.0f} clips/s; writer CPU {stats['writer_cpu']:.1f} s, of which "
        f"{stats['insert_seconds']:.1f} s inside the store = {n_per(stats):,.0f} clips per CPU "
        "second), "
        f"{size / 1e6:,.0f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


def n_per(stats: dict[str, float]) -> float:
    return stats["clips"] / max(stats["insert_seconds"], 1e-9)


if __name__ == "__main__":
    main()
