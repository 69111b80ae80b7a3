"""Round trip: export, import into an empty library, export again: the same
clips, tags, notes, topics and originals, for any clips hypothesis can make
(unicode, empty fields, deliberate duplicates included). And the reader,
fed anything, answers with a bundle or a BundleError, never another error.
"""

from __future__ import annotations

import json
import random
import tempfile
import zipfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clipper.bundle.reader import BundleReader
from clipper.errors import BundleError, UserError
from clipper.library import Library
from clipper.model import Article, Original, Removed, Topic
from tests.bundle.helpers import fill, members
from tests.conftest import FakeClock

texts = st.text(max_size=60)
names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    # A usable tag name: something left once white space of any kind is folded.
    lambda s: s.split() != [] and "/" not in s
)
maybe = st.none() | st.text(min_size=1, max_size=40)
articles = st.builds(
    Article,
    title=texts,
    subtitle=maybe,
    authors=st.lists(st.text(min_size=1, max_size=20).filter(str.strip), max_size=3).map(tuple),
    published=st.none() | st.dates().map(str),
    site=maybe,
    url=st.none()
    | st.sampled_from(["https://a.example/x", "https://b.example/y?utm_source=z", "ftp://c"]),
    lang=st.none() | st.sampled_from(["en", "zh", "de"]),
    text=st.text(max_size=300)
    | st.sampled_from(["同じ記事の本文です。" * 5, " ".join(["word"] * 20)]),
    html=texts,
    excerpt=texts,
    removed=st.lists(
        st.builds(Removed, text=texts, reason=st.sampled_from(["menu", "byline", "user"])),
        max_size=2,
    ).map(tuple),
)
originals = st.builds(
    Original,
    kind=st.sampled_from(["text", "html", "file"]),
    content=st.text(max_size=200),
    name=st.none() | st.sampled_from(["page.html", "mail.eml", "note", "weird.name.TXT", "x.тест"]),
)
clips = st.lists(
    st.tuples(articles, originals, st.lists(names, max_size=3), st.text(max_size=80)), max_size=6
)
topics = st.lists(
    st.builds(
        Topic,
        name=names.map(lambda n: f"topic {n}"),
        description=texts,
        terms=st.lists(
            st.text(st.characters(categories=("L",)), min_size=1, max_size=10),
            min_size=1,
            max_size=3,
        ).map(tuple),
        threshold=st.floats(0.5, 5),
    ),
    max_size=2,
    unique_by=lambda t: t.name.casefold(),
)


def bundle_content(path: Path) -> dict[str, object]:
    """A bundle's members, decoded, without the manifest's creation time."""
    out: dict[str, object] = {}
    for name, data in members(path).items():
        value = json.loads(data) if name.endswith(".json") else data
        if name == "manifest.json":
            assert isinstance(value, dict)
            value.pop("created")
        out[name] = value
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clips=clips, topics=topics)
def test_export_import_export_is_lossless(clips: list, topics: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clock = FakeClock()
        first = Library.open(folder / "a.db", clock=clock)
        second = Library.open(folder / "b.db", clock=clock)
        try:
            for article, original, tags, notes in clips:
                clock.advance(seconds=1)
                first.capture(article, original, tags=tags, notes=notes, allow_duplicate=True)
            for topic in topics:
                try:
                    first.save_topic(topic)
                except UserError:
                    continue  # a definition the topics editor refuses is not ours to test
            count = first.export_bundle(folder / "one.clipbundle")
            assert count == len(clips)
            summary = second.import_bundle(folder / "one.clipbundle")
            assert len(summary.added) == count
            second.export_bundle(folder / "two.clipbundle")
            assert bundle_content(folder / "two.clipbundle") == bundle_content(
                folder / "one.clipbundle"
            )
            again = second.import_bundle(folder / "one.clipbundle")
            assert len(again.skipped) == count and not again.added + again.updated + again.merged
        finally:
            first.close()
            second.close()


@cache
def good_bundle_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "lib.db", clock=FakeClock())
        try:
            fill(lib)
            lib.export_bundle(Path(tmp) / "good.clipbundle")
        finally:
            lib.close()
        return (Path(tmp) / "good.clipbundle").read_bytes()


def read_everything(path: Path) -> None:
    with BundleReader.open(path) as reader:
        for uuid in reader.clip_ids():
            reader.read_clip(uuid)
        reader.topics()
        reader.verify_remaining()


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000))
def test_reader_on_arbitrary_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.clipbundle"
        path.write_bytes(data)
        try:
            read_everything(path)
        except BundleError as err:
            assert str(path) in str(err)


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 8))
def test_reader_on_damaged_bundles(seed: int, flips: int) -> None:
    """Bytes flipped anywhere in a good bundle: a clean refusal (or, when the
    flip hit nothing that matters, such as a timestamp, a good read)."""
    data = bytearray(good_bundle_bytes())
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.clipbundle"
        path.write_bytes(bytes(data))
        try:
            read_everything(path)
        except BundleError as err:
            assert str(path) in str(err)


def test_good_bundle_bytes_are_a_zip() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.clipbundle"
        path.write_bytes(good_bundle_bytes())
        assert zipfile.is_zipfile(path)
        read_everything(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)
FIELDS = [
    "uuid",
    "headline",
    "alternativeHeadline",
    "author",
    "datePublished",
    "publisher",
    "url",
    "inLanguage",
    "articleBody",
    "keywords",
    "wordCount",
    "tags",
    "notes",
    "captured",
    "updated",
    "excerpt",
    "removed",
    "fingerprint",
    "canonical_url",
    "duplicate_of",
    "html",
    "original",
]


@settings(max_examples=40, deadline=None)
@given(
    changes=st.dictionaries(st.sampled_from(FIELDS), json_values, min_size=1, max_size=3),
    topic=st.dictionaries(
        st.sampled_from(["name", "terms", "threshold", "enabled", "query"]), json_values, max_size=2
    ),
)
def test_library_import_of_any_clip_json(changes: dict, topic: dict) -> None:
    """Any value in any field: the import succeeds or is refused as a BundleError."""
    from tests.bundle.helpers import UUIDS, clip_json, set_clip_json, write_zip

    with tempfile.TemporaryDirectory() as tmp:
        good = Path(tmp) / "good.clipbundle"
        good.write_bytes(good_bundle_bytes())
        files = members(good)
        data = clip_json(files)
        data.update(changes)
        set_clip_json(files, data)
        topics_doc = json.loads(files["topics.json"])
        topics_doc["topics"][0].update(topic)
        files["topics.json"] = json.dumps(topics_doc).encode()
        bundle = write_zip(Path(tmp) / "x.clipbundle", files)
        lib = Library.open(Path(tmp) / "lib.db", clock=FakeClock())
        try:
            lib.import_bundle(bundle)
        except BundleError as err:
            assert str(bundle) in str(err)
        finally:
            lib.close()
        assert UUIDS
