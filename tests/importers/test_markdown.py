"""Markdown notes with front matter (Obsidian, Joplin, Clipper's own export) in."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.errors import InputError
from clipper.exports import markdown as md_export
from clipper.importers import markdown, registry
from clipper.library import Library
from clipper.model import Clip

OBSIDIAN = """---
title: "China's chip push"
source: "https://example.com/news/chips"
author:
  - "[[Samantha Johnson]]"
  - "[[Li Wei|Wei Li]]"
published: 2024-03-06
created: 2024-03-07
description: "Beijing wants self-reliance."
tags:
  - "clippings"
  - "china/chips"
---
Beijing wants self-reliance in semiconductors.

It plans to spend **billions** on [lithography](https://example.com/litho).
"""

JOPLIN = """---
title: Export controls tighten
updated: 2024-03-08 10:00:00Z
created: 2024-03-07 09:00:00Z
source: https://example.org/controls
author: Jane Doe
tags:
  - export controls
  - usa
---

# Export controls tighten

Washington widened its export controls on chip tools.
"""


def read(tmp_path: Path, text: str, name: str = "note.md") -> markdown.Capture:  # type: ignore[name-defined]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [capture] = registry.read_path(path)
    return capture


def test_obsidian_web_clipper_note(tmp_path: Path) -> None:
    capture = read(tmp_path, OBSIDIAN)
    assert capture.kind == "text" and capture.clean is False
    assert capture.url == "https://example.com/news/chips"
    assert capture.metadata == {
        "title": "China's chip push",
        "authors": ["Samantha Johnson", "Wei Li"],
        "published": "2024-03-06",
        "url": "https://example.com/news/chips",
        "tags": ["clippings", "china/chips"],
        "excerpt": "Beijing wants self-reliance.",
    }
    assert capture.content.startswith("Beijing wants self-reliance in semiconductors.")
    assert "---" not in capture.content


def test_joplin_note_heading_is_the_title_not_the_body(tmp_path: Path) -> None:
    capture = read(tmp_path, JOPLIN)
    assert capture.metadata["title"] == "Export controls tighten"
    assert capture.metadata["authors"] == ["Jane Doe"]
    assert capture.metadata["tags"] == ["export controls", "usa"]
    assert capture.metadata["url"] == "https://example.org/controls"
    assert capture.content == "Washington widened its export controls on chip tools."


def test_note_without_front_matter(tmp_path: Path) -> None:
    capture = read(tmp_path, "# A heading\n\nSome body text.\n")
    assert capture.metadata == {"title": "A heading"}
    assert capture.content == "Some body text."
    plain = read(tmp_path, "Just a thought about chips.\n", name="My idea.md")
    assert plain.metadata == {"title": "My idea"}  # Obsidian: the file name is the title


def test_front_matter_is_recognised_whatever_the_extension(tmp_path: Path) -> None:
    assert registry.detect(OBSIDIAN.encode(), "clip.txt").name == "markdown"
    assert registry.detect(b"plain text\n", "note.md").name == "markdown"
    assert registry.detect(b"--- not front matter\nhello\n", "x.txt").name == "text"


def test_tag_spellings() -> None:
    assert markdown.metadata_from({"tags": "#china #chips"})["tags"] == ["china", "chips"]
    assert markdown.metadata_from({"tags": "china, export controls"})["tags"] == [
        "china",
        "export controls",
    ]
    assert markdown.metadata_from({"tags": "tech self-reliance"})["tags"] == ["tech self-reliance"]
    assert markdown.metadata_from({"keywords": ["a", None, 3]})["tags"] == ["a", "3"]


def test_bad_yaml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(
        InputError,
        match=r"broken\.md: the front matter is not valid YAML \(near line 3 of the file",
    ):
        read(tmp_path, "---\ntitle: [unclosed\nsource: x\n---\nbody\n", name="broken.md")


def test_clippers_own_export_reads_back(tmp_path: Path) -> None:
    clip = Clip(
        uuid="3f2a9c1e-0b7d-4e55-9a21-6c8f0d2e4b17",
        title="Müller's “chips” #1",
        subtitle="The standfirst",
        authors=("Samantha Johnson", "张三"),
        published="2024-03-06",
        site="Example News",
        url="https://example.com/a",
        lang="en",
        text="First paragraph.\n\nSecond paragraph.",
        notes="Line one.\n\nLine two.",
        tags=("china/chips", "tech self-reliance"),
        captured="2024-03-07T09:00:00+00:00",
        updated="2024-03-07T09:00:00+00:00",
    )
    md_export.write_folder([clip], tmp_path)
    [capture] = registry.read_path(next(tmp_path.glob("*.md")))
    assert capture.metadata == {
        "title": clip.title,
        "subtitle": clip.subtitle,
        "authors": list(clip.authors),
        "published": clip.published,
        "site": clip.site,
        "url": clip.url,
        "lang": clip.lang,
        "tags": list(clip.tags),
        "notes": clip.notes,
    }
    assert capture.content == clip.text


def test_import_through_the_library(tmp_path: Path, library: Library) -> None:
    (tmp_path / "vault").mkdir()
    (tmp_path / "vault" / "obsidian.md").write_text(OBSIDIAN, encoding="utf-8")
    (tmp_path / "vault" / "joplin.md").write_text(JOPLIN, encoding="utf-8")
    summary = library.import_paths([tmp_path / "vault"])
    assert len(summary.added) == 2 and not summary.failed
    clips = {c.title: library.get(c.uuid) for c in library.summaries(list(summary.added))}
    chips = clips["China's chip push"]
    assert chips.authors == ("Samantha Johnson", "Wei Li")
    assert chips.published == "2024-03-06"
    assert chips.url == "https://example.com/news/chips"
    assert "**billions**" in chips.text  # nothing cut, nothing rewritten
    assert chips.removed == ()
    assert (
        clips["Export controls tighten"].text
        == "Washington widened its export controls on chip tools."
    )
