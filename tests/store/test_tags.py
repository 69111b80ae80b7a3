"""Tag management against a real library file: usage, rename, merge, delete,
colours, hierarchy, bundle tags and adoption, rejections on removal."""

from __future__ import annotations

import pytest

from clipper.errors import NotFoundError, UserError
from clipper.library import Library
from clipper.model import Article, Clip
from clipper.store import clips, tags
from tests.topics.helpers import add


@pytest.fixture
def lib(library: Library) -> Library:
    return library


def _tags(lib: Library, uuid: str) -> tuple[str, ...]:
    return lib.get(uuid, original=False).tags


def test_names_are_case_insensitive_and_tidied(lib: Library) -> None:
    a = add(lib, "One", "alpha text")
    lib.tag([a], ["China/Semiconductors", "china/semiconductors", "  china //  semiconductors "])
    assert _tags(lib, a) == ("China/Semiconductors",)
    assert [t.name for t in lib.tags() if t.name.lower().startswith("china")] == ["China/Semiconductors"]


def test_hierarchy_filter_includes_children(lib: Library) -> None:
    a = add(lib, "Fabs", "alpha")
    b = add(lib, "Policy", "beta")
    c = add(lib, "Other", "gamma")
    lib.tag([a], ["china/semiconductors"])
    lib.tag([b], ["china"])
    lib.tag([c], ["chinatown"])
    assert set(lib.search_uuids("tag:china")) == {a, b}
    assert set(lib.search_uuids("tag:china/semiconductors")) == {a}
    assert lib.tag_usage("china").with_children == 2
    assert lib.tag_usage("china").children == ("china/semiconductors",)


def test_usage_counts_sources(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    b = add(lib, "B", "beta")
    lib.tag([a], ["x"])
    lib.tag([b], ["x"], source="topic")
    usage = lib.tag_usage("X")
    assert (usage.name, usage.clips, usage.by_user, usage.by_topic, usage.by_bundle) == ("x", 2, 1, 1, 0)
    with pytest.raises(NotFoundError, match="no tag named “nope”"):
        lib.tag_usage("nope")


def test_rename_keeps_clips_and_search_index(lib: Library) -> None:
    a = add(lib, "Fab news", "alpha words")
    lib.tag([a], ["semis", "semis/tools"])
    changes = lib.rename_tag("semis", "Semiconductors")
    assert changes.updated == (a,)
    assert _tags(lib, a) == ("Semiconductors", "Semiconductors/tools")
    assert lib.search_uuids("Semiconductors") == [a]  # the FTS index sees the new name
    assert lib.search_uuids("semis") == []
    assert lib.search_uuids("tag:semiconductors") == [a]


def test_rename_onto_existing_tag_refuses_and_points_to_merge(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    lib.tag([a], ["one", "two"])
    with pytest.raises(UserError, match="merge"):
        lib.rename_tag("one", "TWO")
    lib.rename_tag("one", "ONE")  # a change of case alone is a rename
    assert _tags(lib, a) == ("ONE", "two")


def test_merge_with_clips_in_both_tags(lib: Library) -> None:
    both = add(lib, "Both", "alpha")
    only_src = add(lib, "Src", "beta")
    only_dst = add(lib, "Dst", "gamma")
    lib.tag([both, only_src], ["chips"])
    lib.tag([both, only_dst], ["semiconductors"])
    assert lib.tag_usage("chips").clips == 2
    changes = lib.merge_tags(["chips"], "semiconductors")
    assert set(changes.updated) == {both, only_src}
    assert _tags(lib, both) == ("semiconductors",)
    assert _tags(lib, only_src) == ("semiconductors",)
    assert _tags(lib, only_dst) == ("semiconductors",)
    assert lib.tag_usage("semiconductors").clips == 3
    assert "chips" not in [t.name for t in lib.tags()]
    assert set(lib.search_uuids("tag:semiconductors")) == {both, only_src, only_dst}


def test_merge_several_into_new_target_and_user_source_wins(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    lib.tag([a], ["ai"], source="topic")
    lib.tag([a], ["A.I."])
    lib.merge_tags(["ai", "A.I."], "artificial intelligence")
    usage = lib.tag_usage("artificial intelligence")
    assert (usage.clips, usage.by_user, usage.by_topic) == (1, 1, 0)


def test_delete_removes_from_every_clip_and_keeps_children(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    b = add(lib, "B", "beta")
    lib.tag([a, b], ["old"])
    lib.tag([a], ["old/child"])
    changes = lib.delete_tag("old")
    assert set(changes.updated) == {a, b}
    assert _tags(lib, a) == ("old/child",)
    assert _tags(lib, b) == ()
    assert lib.search_uuids("tag:old") == [a]


def test_colour(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    lib.tag([a], ["red"])
    lib.set_tag_color("red", "#c0392b")
    assert next(t for t in lib.tags() if t.name == "red").color == "#c0392b"
    with pytest.raises(UserError, match="#rrggbb"):
        lib.set_tag_color("red", "crimson")
    lib.set_tag_color("red", None)
    assert next(t for t in lib.tags() if t.name == "red").color is None


def test_bundle_tags_stay_distinct_until_adopted(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    db = lib._db
    with db.transaction():
        tags.ensure(db, "from-colleague", origin="bundle")
        tags.add(db, [a], ["from-colleague"], source="bundle")
    tag = next(t for t in lib.tags() if t.name == "from-colleague")
    assert tag.origin == "bundle"
    assert lib.tag_usage("from-colleague").by_bundle == 1
    lib.adopt_tag("from-colleague")
    tag = next(t for t in lib.tags() if t.name == "from-colleague")
    assert tag.origin == "user"
    assert lib.tag_usage("from-colleague").by_user == 1


def test_bulk_tag_and_untag_by_query(lib: Library) -> None:
    a = add(lib, "Lithography news", "lithography machines")
    b = add(lib, "Lithography again", "more lithography")
    c = add(lib, "Weather", "rain")
    changes = lib.tag_query("lithography", ["litho"])
    assert set(changes.updated) == {a, b}
    assert _tags(lib, c) == ()
    lib.untag_query("tag:litho", ["litho"])
    assert lib.search_uuids("tag:litho") == []


def test_user_removal_is_remembered_as_rejection(lib: Library) -> None:
    from clipper.store import suggestions

    a = add(lib, "A", "alpha")
    lib.tag([a], ["x"], source="topic")
    lib.untag([a], ["x"])
    assert suggestions.rejected(lib._db) == {(a, "x")}
    lib.tag([a], ["x"])  # tagging by hand again forgets the rejection
    assert suggestions.rejected(lib._db) == set()


def test_user_tagging_takes_over_a_topic_tag(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    lib.tag([a], ["x"], source="topic")
    lib.tag([a], ["x"])
    assert lib.tag_usage("x").by_user == 1


def test_deleting_a_clip_updates_counts(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    lib.tag([a], ["x"])
    lib.delete([a])
    assert lib.tag_usage("x").clips == 0


def test_store_level_rename_of_child_into_existing_merges(library: Library) -> None:
    lib = library
    a = add(lib, "A", "alpha")
    b = add(lib, "B", "beta")
    lib.tag([a], ["old/x"])
    lib.tag([b], ["new/x"])
    lib.tag([b], ["old"])
    lib.rename_tag("old", "new")
    assert _tags(lib, a) == ("new/x",)
    assert _tags(lib, b) == ("new", "new/x")
    assert isinstance(clips.get(lib._db, a), Clip)
    assert Article  # the helper builds articles


def test_index_stays_sound_after_tagging_twice_and_merging(lib: Library) -> None:
    a = add(lib, "A", "alpha")
    b = add(lib, "B", "beta")
    lib.tag([a, b], ["x", "X", "y"])
    lib.tag([a], ["x"])
    lib.merge_tags(["x"], "y")
    lib.rename_tag("y", "zeta")
    lib._db.conn.execute("INSERT INTO clip_fts(clip_fts) VALUES('integrity-check')")
    assert set(lib.search_uuids("zeta")) == {a, b}
