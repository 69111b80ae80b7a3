"""Markdown notes with front matter, read back by python-frontmatter."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import frontmatter

from clipper.exports import markdown, registry
from tests.exports.samples import ALL, CHINESE, FORMULA, FULL


def export(folder: Path, clips: tuple = ALL) -> dict[str, frontmatter.Post]:
    assert registry.write_path(registry.get("markdown"), clips, folder, full_text=False) == len(
        clips
    )
    return {p.name: frontmatter.load(str(p)) for p in sorted(folder.glob("*.md"))}


def by_uuid(posts: dict[str, frontmatter.Post], uuid: str) -> frontmatter.Post:
    return next(p for p in posts.values() if p.metadata["uuid"] == uuid)


def test_front_matter_carries_every_field(tmp_path: Path) -> None:
    posts = export(tmp_path / "vault")
    assert len(posts) == 3
    post = by_uuid(posts, FULL.uuid)
    meta = post.metadata
    assert meta["title"] == FULL.title
    assert meta["subtitle"] == FULL.subtitle
    assert meta["author"] == list(FULL.authors)
    assert meta["published"] == FULL.published  # quoted: stays text, not a YAML date
    assert meta["site"] == FULL.site
    assert meta["source"] == FULL.url
    assert meta["lang"] == FULL.lang
    assert meta["tags"] == list(FULL.tags)
    assert meta["description"] == FULL.excerpt
    assert meta["notes"] == FULL.notes
    assert meta["created"] == FULL.captured
    assert meta["updated"] == FULL.updated
    chinese = by_uuid(posts, CHINESE.uuid)
    assert chinese.metadata["title"] == CHINESE.title
    assert chinese.content == CHINESE.text


def test_body_is_markdown_from_the_clean_html(tmp_path: Path) -> None:
    post = by_uuid(export(tmp_path / "vault"), FULL.uuid)
    assert post.content.startswith("## Plan")
    assert "Beijing wants *self-reliance*." in post.content
    assert "- chips\n- tools" in post.content


def test_remote_images_are_not_kept(tmp_path: Path) -> None:
    clip = replace(FULL, html='<p>Text <img src="https://tracker.example/p.gif"></p>')
    post = by_uuid(export(tmp_path / "v", (clip,)), FULL.uuid)
    assert "tracker" not in post.content and post.content == "Text"


def test_file_names_are_safe(tmp_path: Path) -> None:
    names = list(export(tmp_path / "vault"))
    for name in names:
        assert not set(name) & set('<>:"/\\|?*#^[]')
    assert "半导体芯片产业：自立自强.md" in names
    assert markdown.safe_name("CON") == "Untitled CON"
    assert markdown.safe_name("../../etc/passwd") == "etc passwd"
    assert markdown.safe_name("   ") == "Untitled"
    assert len(markdown.safe_name("é" * 500).encode("utf-8")) <= markdown.MAX_NAME_BYTES


def test_same_titles_get_distinct_files(tmp_path: Path) -> None:
    twin = replace(
        CHINESE, uuid="11111111-2222-4333-8444-555555555555", title=CHINESE.title.upper()
    )
    posts = export(tmp_path / "vault", (CHINESE, twin))
    assert len(posts) == 2
    assert {p.metadata["uuid"] for p in posts.values()} == {CHINESE.uuid, twin.uuid}


def test_exporting_again_replaces_own_notes_and_spares_other_files(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    export(vault, (FULL,))
    mine = next(vault.glob("*.md"))
    other = vault / f"{markdown.safe_name(FORMULA.title)}.md"
    other.write_text("my own note\n", encoding="utf-8")
    export(vault, (replace(FULL, notes="changed"), FORMULA))
    assert frontmatter.load(str(mine)).metadata["notes"] == "changed"
    assert other.read_text(encoding="utf-8") == "my own note\n"
    assert len(list(vault.glob("*.md"))) == 3
