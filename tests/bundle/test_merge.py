"""Importing merges: nothing duplicated, nothing lost, a second import changes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from clipper.bundle import merge
from clipper.errors import BundleError
from clipper.library import Library
from clipper.model import Clip, Topic
from tests.bundle.helpers import UUIDS, add, snapshot
from tests.conftest import FakeClock


def export(lib: Library, path: Path) -> Path:
    lib.export_bundle(path)
    return path


# -- the plan, on its own -----------------------------------------------------

LOCAL = Clip(
    uuid=UUIDS[0],
    title="Old title",
    text="t",
    notes="mine",
    tags=("a",),
    captured="2024-01-01T00:00:00+00:00",
    updated="2024-02-01T00:00:00+00:00",
)


def test_plan_newer_same_uuid_takes_fields_and_unites() -> None:
    incoming = replace(
        LOCAL, title="New title", notes="theirs", tags=("A", "b"), updated="2024-03-01T00:00:00Z"
    )
    step = merge.plan(incoming, LOCAL, None)
    assert step.action == "update"
    assert step.fields == {"title": "New title", "notes": "mine\n\ntheirs"}
    assert step.tags == ("b",)
    assert step.updated == "2024-03-01T00:00:00Z"


def test_plan_older_same_uuid_keeps_local_fields() -> None:
    incoming = replace(LOCAL, title="Stale title", tags=("c",), updated="2023-12-01T00:00:00+00:00")
    step = merge.plan(incoming, LOCAL, None)
    assert step.action == "update" and step.fields == {} and step.tags == ("c",)
    assert step.updated == LOCAL.updated


def test_plan_compares_times_as_instants() -> None:
    # 01:00 at +02:00 is earlier than 00:00 UTC: not newer, although it sorts later as text.
    incoming = replace(LOCAL, title="x", updated="2024-02-01T01:00:00+02:00")
    assert merge.plan(incoming, LOCAL, None).action == "skip"


def test_plan_nothing_new_is_skipped() -> None:
    assert merge.plan(LOCAL, LOCAL, None).action == "skip"


def test_plan_duplicate_under_another_uuid_is_merged() -> None:
    incoming = replace(LOCAL, uuid=UUIDS[1], title="Other", tags=("z",), notes="")
    step = merge.plan(incoming, None, LOCAL)
    assert step.action == "merge" and step.target == LOCAL.uuid
    assert step.fields == {} and step.tags == ("z",)


def test_notes_union() -> None:
    assert merge.unite_notes("a\n\nb", "b") == "a\n\nb"
    assert merge.unite_notes("a", "a\n\nb") == "a\n\nb"
    assert merge.unite_notes("", "b") == "b"
    assert merge.unite_notes("a", "") == "a"
    united = merge.unite_notes("a\n\nc", "b\n\na")
    assert united == "a\n\nc\n\nb"
    assert merge.unite_notes(united, "b\n\na") == united  # uniting again changes nothing


# -- through the library --------------------------------------------------------


def test_import_into_empty_library_keeps_everything(
    source: Library, target: Library, good_bundle: Path
) -> None:
    summary = target.import_bundle(good_bundle)
    assert sorted(summary.added) == sorted(UUIDS)
    assert summary.updated == summary.merged == summary.skipped == ()
    for uuid in UUIDS:
        assert target.get(uuid) == source.get(uuid)
    assert {t.name for t in target.topics()} >= {"lithography"}
    assert target.topic("lithography") == source.topic("lithography")


def test_second_import_changes_nothing(target: Library, good_bundle: Path) -> None:
    target.import_bundle(good_bundle)
    before = snapshot(target)
    summary = target.import_bundle(good_bundle)
    assert sorted(summary.skipped) == sorted(UUIDS)
    assert summary.added == summary.updated == summary.merged == ()
    assert snapshot(target) == before


def test_bundle_tags_are_marked_until_adopted(target: Library, good_bundle: Path) -> None:
    add(target, "44444444-4444-4444-8444-444444444444", "Mine", tags=("china/chips",))
    target.import_bundle(good_bundle)
    origins = {t.name: t.origin for t in target.tags()}
    assert origins["china/chips"] == "user"  # existed here first
    assert origins["中文"] == "bundle"
    assert origins["lithography"] == "bundle"


def test_newer_incoming_updates_and_unites(
    source: Library, target: Library, tmp_path: Path, clock: FakeClock
) -> None:
    target.import_bundle(export(source, tmp_path / "one.clipbundle"))
    target.update(UUIDS[0], notes="Read for chapter 2.\n\nMy own remark.")
    target.tag([UUIDS[0]], ["mine"])
    clock.advance(hours=1)
    source.update(
        UUIDS[0], title="China's chip push, revised", notes="Read for chapter 2.\n\nTheirs."
    )
    source.tag([UUIDS[0]], ["theirs"])
    summary = target.import_bundle(export(source, tmp_path / "two.clipbundle"))
    assert summary.updated == (UUIDS[0],)
    assert sorted(summary.skipped) == sorted(UUIDS[1:])
    clip = target.get(UUIDS[0])
    assert clip.title == "China's chip push, revised"
    assert clip.notes == "Read for chapter 2.\n\nMy own remark.\n\nTheirs."
    assert set(clip.tags) == {"china/chips", "mine", "theirs"}
    assert clip.updated == source.get(UUIDS[0]).updated


def test_older_incoming_keeps_local_edits(
    source: Library, target: Library, tmp_path: Path, clock: FakeClock
) -> None:
    stale = export(source, tmp_path / "stale.clipbundle")
    target.import_bundle(stale)
    clock.advance(hours=1)
    target.update(UUIDS[0], title="My better title")
    source.tag([UUIDS[0]], ["late tag"])  # not in the stale bundle
    summary = target.import_bundle(stale)
    assert summary.updated == () and UUIDS[0] in summary.skipped
    assert target.get(UUIDS[0]).title == "My better title"


def test_same_article_under_another_uuid_is_merged(
    source: Library, target: Library, good_bundle: Path
) -> None:
    mine = add(
        target,
        "55555555-5555-4555-8555-555555555555",
        "My copy",
        url="https://www.example.com/a/?utm_source=feed",
        text="something else entirely " * 5,
        tags=("own",),
        notes="My note.",
    )
    other = add(
        target,
        "66666666-6666-4666-8666-666666666666",
        "Same body, other URL",
        url="https://mirror.example.net/c",
        text=source.get(UUIDS[2]).text,
    )
    summary = target.import_bundle(good_bundle)
    assert summary.added == (UUIDS[1],)
    assert summary.merged == (mine.uuid,)  # gained the incoming tags and notes
    assert summary.skipped == (UUIDS[2],)  # recognised by its body; brought nothing new
    assert len(target.search_uuids("")) == 3  # neither was added again
    assert target.get(other.uuid).title == "Same body, other URL"
    merged = target.get(mine.uuid)
    assert merged.title == "My copy"  # local fields kept
    assert set(merged.tags) == {"own", "china/chips"}
    assert merged.notes == "My note.\n\nRead for chapter 2."
    # And once more: nothing new.
    again = target.import_bundle(good_bundle)
    assert sorted(again.skipped) == sorted(UUIDS)


def test_duplicate_kept_on_purpose_stays_a_duplicate(
    source: Library, target: Library, tmp_path: Path
) -> None:
    copy = add(
        source,
        "77777777-7777-4777-8777-777777777777",
        "A deliberate copy",
        url="https://example.com/a",
        allow_duplicate=True,
    )
    assert copy.duplicate_of == UUIDS[0]
    summary = target.import_bundle(export(source, tmp_path / "dup.clipbundle"))
    assert len(summary.added) == 4
    assert target.get(copy.uuid).duplicate_of == UUIDS[0]


def test_local_topic_definition_is_kept(
    source: Library, target: Library, good_bundle: Path
) -> None:
    target.save_topic(Topic(name="lithography", description="mine", terms=("lithography",)))
    target.import_bundle(good_bundle)
    assert target.topic("lithography").description == "mine"


def test_progress_and_cancel(target: Library, good_bundle: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    target.import_bundle(good_bundle, progress=lambda d, t, s: seen.append((d, t, s)))
    assert seen[0][:2] == (0, 3) and seen[-1] == (3, 3, "")

    fresh_calls = iter([False, False, True])
    other = Library.open(target.path.with_name("other.db"))
    try:
        summary = other.import_bundle(good_bundle, cancelled=lambda: next(fresh_calls))
        assert summary.cancelled and summary.added == ()
        assert other.search_uuids("") == []  # what was read before the cancel is rolled back
    finally:
        other.close()


def test_export_a_search_or_a_selection(source: Library, tmp_path: Path, target: Library) -> None:
    assert source.export_bundle(tmp_path / "q.clipbundle", "tag:china") == 2
    assert source.export_bundle(tmp_path / "s.clipbundle", [UUIDS[2]]) == 1
    assert target.import_bundle(tmp_path / "s.clipbundle").added == (UUIDS[2],)


def test_export_does_not_leave_partial_files(source: Library, tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="Cannot write the bundle"):
        source.export_bundle(tmp_path / "missing-folder" / "x.clipbundle")
    assert list(tmp_path.glob("*.part")) == []
