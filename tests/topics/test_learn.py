"""Learned suggestions: the model alone, then through the library with
rejections that stay rejected and teach the model."""

from __future__ import annotations

import pytest

from clipper.library import Library
from clipper.topics import learn
from tests.topics.helpers import add

LITHO = [
    ("ASML ships new EUV scanner", "The lithography scanner exposes wafers at a finer node for the fab."),
    ("Chinese firm tests DUV lithography", "A domestic lithography tool patterned wafers at the 28nm node."),
    ("Photoresist shortage hits fabs", "Wafer fabs wait for photoresist as lithography lines slow down."),
    ("EUV pellicles enter production", "Pellicles protect the mask inside the EUV lithography scanner."),
]
SPORT = [
    ("Striker scores twice in derby", "The striker scored two goals as the league leaders won the match."),
    ("Coach praises academy players", "The coach said the academy players earned their place in the match."),
    ("Title race tightens", "Three clubs share the league lead after a goalless match on Sunday."),
    ("Keeper saves penalty", "The goalkeeper saved a late penalty to keep the league match level."),
]
ZH = [
    ("国产光刻机取得突破", "国产光刻机完成晶圆曝光测试，芯片制造能力提升。"),
    ("光刻胶国产化提速", "多家企业的光刻胶通过晶圆厂验证，芯片产业链更加完整。"),
    ("晶圆厂扩产", "新晶圆厂采用国产光刻设备，芯片产能提高。"),
]


def _examples() -> list[learn.Example]:
    out = [learn.Example(f"l{i}", t, b, frozenset({"litho"})) for i, (t, b) in enumerate(LITHO)]
    out += [learn.Example(f"s{i}", t, b, frozenset({"sport"})) for i, (t, b) in enumerate(SPORT)]
    out += [learn.Example(f"z{i}", t, b, frozenset({"国产芯片"})) for i, (t, b) in enumerate(ZH)]
    return out


def test_tokens_cover_words_and_cjk_pairs() -> None:
    toks = learn.tokens("EUV Lithography", "国产光刻机 and the wafer")
    assert toks.count("lithography") == 2  # title words count twice
    assert "光刻" in toks and "刻机" in toks
    assert "the" not in toks and "and" not in toks


def test_model_suggests_the_right_tag_with_explanations() -> None:
    model = learn.train(_examples())
    assert model.learned_tags == ["litho", "sport", "国产芯片"]
    idx, val = model.vector("New lithography scanner", "The EUV scanner will expose wafers in the fab.")
    found = model.suggest("new", idx, val)
    assert found[0].tag == "litho"
    assert {"lithography", "scanner"} & set(found[0].terms)
    assert set(found[0].similar) <= {"l0", "l1", "l2", "l3"} and found[0].similar
    zh = model.suggest("zh", *model.vector("光刻机出货", "国产光刻机交付晶圆厂。"))
    assert zh[0].tag == "国产芯片"


def test_unrelated_text_gets_no_suggestion() -> None:
    model = learn.train(_examples())
    assert model.suggest("x", *model.vector("Recipe", "Bake the bread with butter and honey.")) == []


def test_too_few_examples_are_not_learned() -> None:
    examples = _examples() + [learn.Example("r", "Rare", "rare words", frozenset({"rare"}))]
    assert "rare" not in learn.train(examples).learned_tags


def test_rejections_pull_the_centroid_away() -> None:
    examples = _examples()
    borderline = learn.Example("b", "Academy lithography match", "The coach watched the lithography match.", frozenset())
    plain = learn.train([*examples, borderline])
    before = plain.scores(*plain.row_vector("b"))["litho"]
    taught = learn.train([*examples, borderline], rejected=[("b", "litho")])
    after = taught.scores(*taught.row_vector("b"))["litho"]
    assert after < before
    assert after < taught.thresholds["litho"]


def test_training_can_be_cancelled_and_reports_progress() -> None:
    seen: list[int] = []
    learn.train(_examples(), progress=lambda done, total, what: seen.append(done))
    assert seen[-1] == len(_examples())
    with pytest.raises(learn.TrainingCancelled):
        learn.train(_examples(), cancelled=lambda: True)


def test_library_suggestions_accept_reject(library: Library) -> None:
    litho = [add(library, t, b) for t, b in LITHO]
    sport = [add(library, t, b) for t, b in SPORT]
    library.tag(litho, ["litho"])
    library.tag(sport, ["sport"])
    new = add(library, "EUV lithography for the next node", "The scanner exposes wafers in the fab.")
    other = add(library, "Derby ends level", "The striker missed a penalty in the league match.")
    found = {(s.uuid, s.tag) for s in library.suggest_tags()}
    assert (new, "litho") in found and (other, "sport") in found
    assert all(u in (new, other) for u, _ in found)  # never a tag a clip already carries

    library.reject_suggestions([(new, "litho")])
    model = library.train_suggestions()
    assert (new, "litho") not in {(s.uuid, s.tag) for s in library.suggest_tags(model=model)}
    assert (new, "litho") not in {(s.uuid, s.tag) for s in library.suggest_tags([new])}
    # Tagging the other clips again and retraining never brings it back.
    library.tag(litho[:1], ["extra"])
    assert (new, "litho") not in {(s.uuid, s.tag) for s in library.suggest_tags(untagged_only=True)}

    library.accept_suggestions([(other, "sport")])
    assert library.get(other, original=False).tags == ("sport",)
    assert library.tag_usage("sport").by_user == 5
    library.unreject_suggestions([(new, "litho")])
    assert (new, "litho") in {(s.uuid, s.tag) for s in library.suggest_tags([new])}


def test_topic_tags_are_not_learned_as_user_examples(library: Library) -> None:
    uuids = [add(library, t, b) for t, b in LITHO]
    library.tag(uuids, ["litho"], source="topic")
    assert library.train_suggestions().learned_tags == []


def test_suggestions_for_an_article_being_captured(library: Library) -> None:
    from clipper.model import Article

    litho = [add(library, t, b) for t, b in LITHO]
    library.tag(litho, ["litho"])
    model = library.train_suggestions()
    found = library.suggest_tags_for_article(
        Article(title="Lithography tools", text="EUV scanners and wafers"), model=model
    )
    assert [s.tag for s in found] == ["litho"]
