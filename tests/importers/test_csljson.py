"""CSL-JSON in: Zotero's export, and Clipper's own export read back."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from clipper.errors import InputError
from clipper.exports import csljson as csl_export
from clipper.importers import csljson, registry
from clipper.library import Library
from clipper.model import Clip

ZOTERO = [
    {
        "id": "http://zotero.org/users/1/items/ABCD1234",
        "type": "article-newspaper",
        "title": "Beijing doubles chip subsidies",
        "container-title": "The Example Times",
        "abstract": "Beijing has doubled its subsidies for domestic chip makers, officials said.",
        "URL": "https://times.example/chips",
        "language": "en-GB",
        "author": [
            {"family": "Johnson", "given": "Samantha"},
            {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
            {"literal": "Reuters Staff"},
        ],
        "issued": {"date-parts": [["2024", 3, 6]]},
        "accessed": {"date-parts": [[2024, 3, 7]]},
        "note": "Cited in chapter 2.",
    },
    {
        "id": "item2",
        "type": "webpage",
        "title": "半导体芯片产业",
        "container-title": "人民网",
        "author": [{"literal": "张三"}],
        "issued": {"date-parts": [[2023, 11]]},
        "keyword": "china/chips, 中文",
    },
    {
        "id": "item3",
        "type": "article-newspaper",
        "title": "Undated",
        "issued": {"raw": "spring 2022"},
    },
]


def write(tmp_path: Path, data: object, name: str = "Exported Items.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_zotero_export(tmp_path: Path) -> None:
    captures = registry.read_path(write(tmp_path, ZOTERO))
    assert len(captures) == 3
    first = captures[0]
    assert first.kind == "text" and first.clean is False
    assert first.name == "Exported Items.json #1"
    assert first.url == "https://times.example/chips"
    assert first.content == ZOTERO[0]["abstract"]
    assert first.metadata == {
        "title": "Beijing doubles chip subsidies",
        "site": "The Example Times",
        "url": "https://times.example/chips",
        "lang": "en-GB",
        "published": "2024-03-06",
        "notes": "Cited in chapter 2.",
        "excerpt": ZOTERO[0]["abstract"],
        "authors": ["Samantha Johnson", "Ludwig van Beethoven", "Reuters Staff"],
    }
    second = captures[1]
    assert second.content == "半导体芯片产业"  # no abstract: the title stands for the text
    assert second.metadata["published"] == "2023-11"
    assert second.metadata["authors"] == ["张三"]
    assert second.metadata["tags"] == ["china/chips", "中文"]
    assert captures[2].metadata["published"] == "spring 2022"


def test_sniffed_whatever_the_name(tmp_path: Path) -> None:
    path = write(tmp_path, ZOTERO, name="refs.txt")
    assert registry.detect(path.read_bytes()[:8192], "refs.txt").name == "csl-json"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"name": "not a reference"}', "not CSL-JSON"),
        ("[1, 2, 3]", "not CSL-JSON"),
        ("[]", "not CSL-JSON"),
        ('[{"title": "x",', r"not valid JSON \(line 1"),
    ],
)
def test_not_csl_json(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "data.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=words) as info:
        registry.read_path(path)
    assert "data.json" in str(info.value)


def test_clippers_own_export_reads_back() -> None:
    clip = Clip(
        uuid="3f2a9c1e-0b7d-4e55-9a21-6c8f0d2e4b17",
        title="China's chip push",
        authors=("Samantha Johnson", "José Müller-Ñúñez", "Reuters Staff"),
        published="2024-03-06",
        site="Example News",
        url="https://example.com/a",
        lang="en",
        excerpt="Beijing wants chips.",
        notes="My note.",
        tags=("china/chips", "tech self-reliance"),
        captured="2024-03-07T09:00:00+00:00",
        updated="2024-03-07T09:00:00+00:00",
    )
    buffer = io.StringIO()
    csl_export.write([clip], buffer)
    [capture] = csljson.read(buffer.getvalue().encode("utf-8"), "export.json")
    assert capture.metadata == {
        "title": clip.title,
        "site": clip.site,
        "url": clip.url,
        "lang": clip.lang,
        "published": clip.published,
        "notes": clip.notes,
        "excerpt": clip.excerpt,
        "authors": list(clip.authors),
        "tags": list(clip.tags),
    }


def test_import_through_the_library(tmp_path: Path, library: Library) -> None:
    summary = library.import_paths([write(tmp_path, ZOTERO)])
    assert len(summary.added) == 3 and not summary.failed
    clip = library.get(summary.added[0])
    assert clip.title == "Beijing doubles chip subsidies"
    assert clip.authors == ("Samantha Johnson", "Ludwig van Beethoven", "Reuters Staff")
    assert clip.site == "The Example Times"
    assert clip.published == "2024-03-06"
    assert clip.url == "https://times.example/chips"
    assert clip.text == ZOTERO[0]["abstract"]
