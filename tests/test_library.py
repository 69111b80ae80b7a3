"""The facade's capture, duplicate, edit and undo use cases on a real library file."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.errors import DuplicateError, NotFoundError, QueryError
from clipper.library import Library
from clipper.model import Article, Capture, Original, Removed

BODY = (
    "Beijing has set aside new funds for lithography research, officials said on Tuesday.\n\n"
    "The programme is part of a wider drive for self-reliance in semiconductors."
)


def article(url: str | None = "https://www.example.com/news/litho?utm_source=rss", text: str = BODY) -> Article:
    return Article(
        title="Beijing funds lithography",
        authors=("Samantha Johnson",),
        published="2024-03-06",
        site="Example News",
        url=url,
        lang="en",
        text=text,
        html="".join(f"<p>{p}</p>" for p in text.split("\n\n")),
        removed=(Removed("Leave a Reply", "comments"),),
    )


def test_capture_stores_everything_and_the_original(library: Library) -> None:
    original = Original("text", "ORIGINAL PASTE\n" + BODY)
    clip, changes = library.capture(article(), original, tags=["china"])
    assert changes.added == (clip.uuid,)
    got = library.get(clip.uuid)
    assert got.title == "Beijing funds lithography"
    assert got.authors == ("Samantha Johnson",)
    assert got.canonical_url == "https://example.com/news/litho"
    assert got.original == original
    assert got.removed == (Removed("Leave a Reply", "comments"),)
    assert got.tags == ("china",)
    assert got.word_count == 25
    assert got.captured == "2024-03-07T09:00:00+00:00"


@pytest.mark.parametrize(
    "variant",
    [
        "https://example.com/news/litho",
        "http://www.example.com/news/litho/",
        "https://EXAMPLE.com/news/litho?utm_medium=social&fbclid=abc#comments",
    ],
)
def test_same_canonical_url_is_a_duplicate(library: Library, variant: str) -> None:
    first, _ = library.capture(article(), Original("text", BODY))
    with pytest.raises(DuplicateError) as info:
        library.capture(article(url=variant, text="A different body entirely, with new words in it " * 3),
                        Original("text", "x"))
    assert info.value.existing_uuid == first.uuid
    assert first.uuid in str(info.value)


def test_same_body_under_another_url_is_a_duplicate(library: Library) -> None:
    first, _ = library.capture(article(), Original("text", BODY))
    reworded = BODY.upper().replace(".", " .")  # case and punctuation do not matter
    with pytest.raises(DuplicateError):
        library.capture(article(url="https://mirror.example.org/x", text=reworded), Original("text", BODY))
    assert library.find_duplicate(article(url=None, text=BODY)).uuid == first.uuid


def test_a_duplicate_kept_on_purpose_is_marked(library: Library) -> None:
    first, _ = library.capture(article(), Original("text", BODY))
    second, _ = library.capture(article(), Original("text", BODY), allow_duplicate=True)
    assert second.duplicate_of == first.uuid
    assert [h.clip.uuid for h in library.search("is:duplicate").hits] == [second.uuid]


def test_delete_and_restore_is_a_full_undo(library: Library) -> None:
    clip, _ = library.capture(article(), Original("text", BODY), tags=["china/chips"])
    library.update(clip.uuid, notes="follow up with the ministry")
    before = library.get(clip.uuid)
    gone, changes = library.delete([clip.uuid])
    assert changes.deleted == (clip.uuid,)
    with pytest.raises(NotFoundError):
        library.get(clip.uuid)
    assert library.count("lithography") == 0
    library.restore(gone)
    assert library.get(clip.uuid) == before
    assert library.count("ministry") == 1


def test_update_changes_fields_and_index(library: Library, clock: object) -> None:
    clip, _ = library.capture(article(), Original("text", BODY))
    clock.advance(hours=1)  # type: ignore[attr-defined]
    library.update(clip.uuid, title="Lithography money", authors=["A. Writer"], url="https://other.org/a")
    got = library.get(clip.uuid)
    assert got.title == "Lithography money" and got.authors == ("A. Writer",)
    assert got.updated == "2024-03-07T10:00:00+00:00"
    assert library.count("title:money") == 1
    assert library.count("site:other.org") == 1


def test_restore_block_puts_it_back_where_it_was(library: Library) -> None:
    original = "Menu\nHome\n\nFirst paragraph of the story.\n\nA caption in between.\n\nSecond paragraph here.\n\nLeave a Reply"
    art = Article(
        title="T", text="First paragraph of the story.\n\nSecond paragraph here.",
        html="<p>First paragraph of the story.</p><p>Second paragraph here.</p>",
        removed=(Removed("Menu\nHome", "menu"), Removed("A caption in between.", "caption"),
                 Removed("Leave a Reply", "comments")),
    )
    clip, _ = library.capture(art, Original("text", original))
    library.restore_block(clip.uuid, 1)
    got = library.get(clip.uuid)
    assert got.text == "First paragraph of the story.\n\nA caption in between.\n\nSecond paragraph here."
    assert got.html.index("caption") < got.html.index("Second")
    assert [r.reason for r in got.removed] == ["menu", "comments"]
    library.remove_block(clip.uuid, "First paragraph of the story.")
    got = library.get(clip.uuid)
    assert got.text.startswith("A caption in between.")
    assert "First paragraph" not in got.html
    assert got.removed[-1] == Removed("First paragraph of the story.", "user")


def test_add_cleans_text_captures(library: Library) -> None:
    text = "Beijing funds lithography\n\n" + BODY + "\n"
    clip = library.add(Capture(kind="text", content=text, url="https://example.com/a"))
    assert "lithography research" in library.get(clip.uuid).text
    with pytest.raises(DuplicateError):
        library.add(Capture(kind="text", content=text, url="https://example.com/a?utm_campaign=x"))


def test_saved_searches(library: Library) -> None:
    library.save_search("Chips", "chips -potato")
    library.save_search("chips", "chips")  # same name, any case: replaced
    assert library.saved_searches() == [("Chips", "chips")]
    with pytest.raises(QueryError):
        library.save_search("Bad", '"unclosed')
    library.delete_saved_search("CHIPS")
    assert library.saved_searches() == []


def test_library_file_opens_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "elsewhere" / "mine.db"
    monkeypatch.setenv("CLIPPER_LIBRARY", str(target))
    lib = Library.open()
    assert lib.path == target and target.exists()
    lib.close()


def test_import_keeps_tags_and_notes_from_front_matter(library: Library, tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        "---\ntitle: Lithography money\ntags: [china, chips/tools]\nnotes: Ask the ministry.\n"
        "source: https://example.com/litho\n---\n\n" + BODY + "\n",
        encoding="utf-8",
    )
    summary = library.import_paths([note])
    clip = library.get(summary.added[0])
    assert clip.title == "Lithography money"
    assert {"china", "chips/tools"} <= set(clip.tags)
    assert clip.notes == "Ask the ministry."
