"""Topics through the library facade, on real library files: the starter
set, capture, dry run, apply, undo, rejections, TOML import and export."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.errors import NotFoundError, QueryError, UserError
from clipper.library import Library
from clipper.model import Article, Topic
from clipper.topics import files
from tests.topics.helpers import CHIPS, FOOTBALL, POTATO, RD_BUDGET, add

TSR = "tech self-reliance"


def test_starter_topics_installed_in_a_new_library(library: Library) -> None:
    names = [t.name for t in library.topics()]
    assert TSR in names and "export controls" in names and "AI policy" in names
    topic = library.topic(TSR)
    assert "科技自立自强" in topic.description
    assert any("自立自强" in t for t in topic.terms)
    assert library.topic_color(TSR) == "#b5452b"


def test_starter_topics_are_not_reinstalled_on_reopen(library_path: Path, library: Library) -> None:
    library.delete_topic("AI policy")
    library.close()
    again = Library.open(library_path)
    try:
        assert "AI policy" not in [t.name for t in again.topics()]
    finally:
        again.close()


def test_capture_suggests_confident_topics(library: Library) -> None:
    article = Article(title=CHIPS[0], text=CHIPS[1])
    from clipper.topics import apply

    suggestions = {s.tag: s for s in apply.suggest_for_article(library, article)}
    assert suggestions[TSR].confident
    assert any("self-sufficien" in r for r in suggestions[TSR].reasons)
    assert not apply.suggest_for_article(library, Article(title=POTATO[0], text=POTATO[1]))


def test_topic_query_restricts_capture(library: Library) -> None:
    from clipper.topics import apply

    topic = library.topic(TSR)
    library.save_topic(Topic(**{**topic.__dict__, "query": "lang:de"}))
    article = Article(title=CHIPS[0], text=CHIPS[1], lang="en")
    assert TSR not in {s.tag for s in apply.suggest_for_article(library, article)}
    german = Article(title=CHIPS[0], text=CHIPS[1], lang="de")
    assert TSR in {s.tag for s in apply.suggest_for_article(library, german)}


def test_save_topic_rejects_bad_terms_and_queries(library: Library) -> None:
    with pytest.raises(UserError, match="empty"):
        library.save_topic(Topic("t", terms=("ok", "  ^2")))
    with pytest.raises(QueryError):
        library.save_topic(Topic("t", terms=("ok",), query='"unbalanced'))
    assert "t" not in [t.name for t in library.topics()]


def test_dry_run_apply_undo(library: Library) -> None:
    chips = add(library, *CHIPS)
    budget = add(library, *RD_BUDGET)
    potato = add(library, *POTATO)
    football = add(library, *FOOTBALL)
    plan = library.plan_topic(TSR)
    assert {c.uuid for c in plan.gain} == {chips, budget}
    assert plan.lose == ()
    assert all(c.reasons for c in plan.gain)
    assert library.tag_usage(TSR).clips == 0  # the dry run changed nothing

    run, plans, changes = library.apply_topics([TSR])
    assert set(changes.updated) == {chips, budget}
    assert plans[0].gain == plan.gain
    assert library.tag_usage(TSR).by_topic == 2
    assert set(library.search_uuids(f'tag:"{TSR}"')) == {chips, budget}
    assert library.plan_topic(TSR).empty  # applying twice changes nothing

    library.undo_topic_run(run)
    assert library.tag_usage(TSR).clips == 0
    assert library.get(potato, original=False).tags == ()
    assert library.get(football, original=False).tags == ()
    with pytest.raises(UserError, match="already undone"):
        library.undo_topic_run(run)
    with pytest.raises(NotFoundError):
        library.undo_topic_run()


def test_reapply_removes_only_topic_tags(library: Library) -> None:
    chips = add(library, *CHIPS)
    potato = add(library, *POTATO)
    library.tag([potato], [TSR])  # the user's own judgement
    library.apply_topics([TSR])
    # The topic gets narrower: the chips clip no longer fits.
    topic = library.topic(TSR)
    library.save_topic(Topic(**{**topic.__dict__, "exclude": (*topic.exclude, "Beijing ^10")}))
    plan = library.plan_topic(TSR)
    assert [c.uuid for c in plan.lose] == [chips]
    assert plan.kept_by_user == 1
    run, _, _ = library.apply_topics([TSR])
    assert library.get(chips, original=False).tags == ()
    assert library.get(potato, original=False).tags == (TSR,)
    library.undo_topic_run(run)  # undo puts the removed topic tag back
    assert library.get(chips, original=False).tags == (TSR,)
    assert library.tag_usage(TSR).by_topic == 1


def test_removed_topic_tag_is_not_put_back(library: Library) -> None:
    chips = add(library, *CHIPS)
    library.apply_topics([TSR])
    library.untag([chips], [TSR])
    plan = library.plan_topic(TSR)
    assert plan.gain == () and plan.rejected == 1
    library.apply_topics([TSR])
    assert library.get(chips, original=False).tags == ()


def test_add_tags_confident_topics_on_capture(library: Library) -> None:
    from clipper.model import Capture

    clip = library.add(Capture(kind="text", content=f"{CHIPS[0]}\n\n{CHIPS[1]}\n\n{CHIPS[1]}"))
    assert TSR in clip.tags


def test_explain_topic(library: Library) -> None:
    potato = add(library, *POTATO)
    score = library.explain_topic(TSR, potato)
    assert not score.applies
    assert any("potato" in r for r in score.reasons())


def test_preview_counts_for_the_editor(library: Library) -> None:
    add(library, *CHIPS)
    add(library, *POTATO)
    confident, borderline = library.preview_topic(Topic("chips", terms=("chip",), threshold=4))
    assert (confident, borderline) == (1, 1)


def test_toml_export_import_round_trip(library: Library, tmp_path: Path) -> None:
    text = library.export_topics()
    specs = files.loads(text)
    assert {s.topic for s in specs} == set(library.topics())
    path = tmp_path / "mine.toml"
    path.write_text(text.replace("tech self-reliance", "tech self-reliance (copy)"), encoding="utf-8")
    names = library.import_topics_file(path)
    assert "tech self-reliance (copy)" in names
    copy = library.topic("tech self-reliance (copy)")
    assert copy.terms == library.topic(TSR).terms
    assert library.topic_color("tech self-reliance (copy)") == "#b5452b"


def test_toml_errors_name_the_file(tmp_path: Path, library: Library) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[topic]]\nname = 'x'\nthreshold = -1\n", encoding="utf-8")
    with pytest.raises(UserError, match="bad.toml.*threshold"):
        library.import_topics_file(bad)
    bad.write_text("not = [toml", encoding="utf-8")
    with pytest.raises(UserError, match="bad.toml is not valid TOML"):
        library.import_topics_file(bad)


def test_toml_round_trip_of_awkward_strings() -> None:
    topic = Topic('q"uote\\back\nline\x7f', description="tab\there", terms=("a ^2", "芯片"), threshold=2.5)
    back = files.loads(files.dumps([files.TopicSpec(topic, "#fff")]))
    assert back == [files.TopicSpec(topic, "#fff")]


def test_rename_topic_renames_its_tag(library: Library) -> None:
    chips = add(library, *CHIPS)
    library.apply_topics([TSR])
    topic = library.topic(TSR)
    library.save_topic(Topic(**{**topic.__dict__, "name": "self-reliance"}), rename_from=TSR)
    assert library.get(chips, original=False).tags == ("self-reliance",)
    assert library.topic("self-reliance").terms == topic.terms
    with pytest.raises(NotFoundError):
        library.topic(TSR)


def test_delete_topic_keeps_or_removes_tag(library: Library) -> None:
    chips = add(library, *CHIPS)
    library.apply_topics([TSR])
    library.delete_topic(TSR)
    assert library.get(chips, original=False).tags == (TSR,)
    library.save_topic(Topic("export controls 2", terms=("export control*",)))
    library.tag([chips], ["export controls 2"])
    library.delete_topic("export controls 2", with_tag=True)
    assert library.get(chips, original=False).tags == (TSR,)


def test_topic_tags_from_capture_are_marked_as_topic(library: Library) -> None:
    from clipper.model import Capture

    clip = library.add(Capture(kind="text", content=f"{CHIPS[0]}\n\n{CHIPS[1]}\n\n{CHIPS[1]}"), tags=["mine"])
    usage = library.tag_usage(TSR)
    assert (usage.by_topic, usage.by_user) == (1, 0)
    assert library.tag_usage("mine").by_user == 1
    assert set(clip.tags) >= {TSR, "mine"}
