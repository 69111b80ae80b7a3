"""Topic scoring: terms, facets, exclusions and explanations.

The articles are written for these tests, in several languages, to pin down
what the starter topic "tech self-reliance" must and must not tag.
"""

from __future__ import annotations

import pytest

from clipper.model import Topic
from clipper.topics import scoring, starter, terms
from clipper.topics.scoring import CompiledTopic


def _starter(name: str) -> CompiledTopic:
    return CompiledTopic(next(s.topic for s in starter.specs() if s.topic.name == name))


TSR = _starter("tech self-reliance")

POSITIVES = {
    "en-semis": (
        "Beijing doubles down on chip self-sufficiency",
        "China's semiconductor industry is racing to replace foreign suppliers after new US export "
        "controls cut off access to advanced lithography tools. Domestic chipmakers are receiving "
        "state funding from the Big Fund as part of a push for indigenous innovation.",
    ),
    "en-rd-budget": (
        "Ministry lifts spending on science and technology by 10%",
        "The national budget raises R&D spending on strategic technologies such as quantum computing "
        "and integrated circuits, as the government seeks self-reliance in core technologies amid "
        "tighter export restrictions.",
    ),
    "zh": (
        "加快实现高水平科技自立自强",
        "面对外部出口管制，国内企业加大研发投入，推动半导体和集成电路关键核心技术攻关，加速国产替代。",
    ),
    "de": (
        "Bund fördert neue Halbleiterfabrik",
        "Mit Subventionen in Milliardenhöhe will die Regierung die Abhängigkeit von asiatischen "
        "Chipherstellern verringern und die technologische Souveränität Europas stärken.",
    ),
    "fr": (
        "Semi-conducteurs : Paris mise sur la souveraineté",
        "Le gouvernement finance une nouvelle usine de semi-conducteurs pour réduire la dépendance "
        "aux puces électroniques importées et renforcer l'autonomie stratégique du pays.",
    ),
    "ja": (
        "半導体の国産化を急ぐ政府",
        "経済安全保障の観点から、政府は半導体工場に補助金を出し、輸出規制への対応と技術の国産化を進める。",
    ),
    "ko": (
        "中, 반도체 자립 위해 대규모 투자 펀드 출범",
        "중국이 미국의 수출 통제에 맞서 반도체 장비와 소재의 국산화를 서두르고 있다. "
        "정부는 빅펀드를 통해 보조금을 지원한다.",
    ),
}

NEGATIVES = {
    "potato-chips": (
        "Family snack maker expands crisp line",
        "The factory will fry more potato chips and kettle chips this year. Demand for the salted "
        "crisps is strong, and the firm hopes to be self-sufficient in potatoes from local farms.",
    ),
    "laptop-review": (
        "Review: the new ultrabook and its in-house chip",
        "The laptop's custom chip is fast and the battery life is excellent. The keyboard is "
        "comfortable, the screen bright, and the technology inside feels mature for the price.",
    ),
    "football-academy": (
        "Club bets on self-reliance: seven academy graduates start",
        "Without money for transfers, the club trusts its own youth academy. The coach praised the "
        "homegrown players' self-reliance and the domestic league's rhythm.",
    ),
    "island-food": (
        "The island that learned to feed itself",
        "After the ferries stopped, residents set out to reach food self-sufficiency: greenhouses, "
        "fishing boats and a cooperative that cut dependence on imports from the mainland.",
    ),
    "es-futbol": (
        "El club apuesta por la autosuficiencia de su cantera",
        "Sin fichajes, el entrenador confía en los jugadores de la casa y en la autosuficiencia del "
        "vestuario para terminar la temporada.",
    ),
    "ko-youth": (
        "청년 자립 지원 확대…직업 기술 교육 늘린다",
        "시는 보호가 끝난 청년들의 경제적 자립을 돕기 위해 주거비와 직업 기술 교육을 지원한다. "
        "자립 정착금도 올해부터 늘어난다.",
    ),
}


@pytest.mark.parametrize("case", sorted(POSITIVES))
def test_tech_self_reliance_tags_real_cases(case: str) -> None:
    title, body = POSITIVES[case]
    score = scoring.score_text([TSR], title, None, body)[0]
    assert score.applies, score.reasons()


@pytest.mark.parametrize("case", sorted(NEGATIVES))
def test_tech_self_reliance_ignores_chips_and_other_self_reliance(case: str) -> None:
    title, body = NEGATIVES[case]
    score = scoring.score_text([TSR], title, None, body)[0]
    assert not score.applies, score.reasons()
    assert not score.borderline, score.reasons()


def test_explanation_names_terms_and_places() -> None:
    title, body = POSITIVES["en-semis"]
    score = scoring.score_text([TSR], title, None, body)[0]
    reasons = score.reasons()
    assert any("“self-sufficien*”" in r and "title" in r for r in reasons)
    assert any("“export control*”" in r and "body" in r for r in reasons)
    assert reasons[-1].startswith("score ")


def test_title_counts_more_than_body() -> None:
    topic = CompiledTopic(Topic("t", terms=("lithography",), threshold=1))
    in_title = scoring.score_text([topic], "Lithography", None, "nothing")[0]
    in_body = scoring.score_text([topic], "Nothing", None, "lithography")[0]
    assert in_title.score > in_body.score > 0


def test_body_repeats_are_capped() -> None:
    topic = CompiledTopic(Topic("t", terms=("chip",), threshold=1))
    once = scoring.score_text([topic], "", None, "chip")[0].score
    many = scoring.score_text([topic], "", None, "chip " * 500)[0].score
    assert once == 1.0
    assert many == scoring.BODY_CAP


def test_missing_facet_blocks_whatever_the_total() -> None:
    topic = CompiledTopic(Topic("t", terms=("a: alpha ^10", "b: beta"), threshold=5))
    only_a = scoring.score_text([topic], "alpha alpha", None, "alpha")[0]
    assert only_a.score >= 5
    assert not only_a.applies
    assert only_a.missing_facets == ("b",)
    both = scoring.score_text([topic], "alpha", None, "beta beta beta")[0]
    assert both.applies


def test_exclusion_subtracts() -> None:
    topic = CompiledTopic(Topic("t", terms=("chip ^3",), exclude=("potato",), threshold=3))
    plain = scoring.score_text([topic], "", None, "chip")[0]
    fried = scoring.score_text([topic], "", None, "potato chip")[0]
    assert plain.applies
    assert not fried.applies
    assert any(r.startswith("−4.0 “potato”") for r in fried.reasons())


def test_borderline_is_offered_not_applied() -> None:
    topic = CompiledTopic(Topic("t", terms=("chip",), threshold=1.5))
    score = scoring.score_text([topic], "", None, "chip")[0]
    assert not score.applies and score.borderline


@pytest.mark.parametrize(
    ("term", "text", "hits"),
    [
        ("chip", "Chips, chip and CHIP but not chipset", 3),
        ("semiconduct*", "semiconductors and semiconducting", 2),
        ("self-reliance", "self reliance, Self-Reliance and self–reliance", 3),
        ("export controls", "an export control and export controls", 2),
        ("Förderung", "FORDERUNG und förderung", 2),
        ("芯片", "国产AI芯片与半导体芯片", 2),
        ("AI", "国产AI芯片", 1),
        ("R&D", "R&D spending and R & D", 2),
        ("policies", "a policy and two policies", 2),
    ],
)
def test_term_matching(term: str, text: str, hits: int) -> None:
    assert terms.Field.of(text).count(terms.parse(term)) == hits


def test_term_syntax() -> None:
    term = terms.parse("tech: semiconductor* ^2.5")
    assert (term.facet, term.words, term.prefix, term.weight) == ("tech", ("semiconductor",), True, 2.5)
    assert terms.parse("https://example.com").facet == ""
    with pytest.raises(terms.TermError, match="empty"):
        terms.parse("   ")
    with pytest.raises(terms.TermError, match="no letters"):
        terms.parse("!!!")


def test_every_starter_topic_parses_and_has_a_description() -> None:
    specs = starter.specs()
    names = {s.topic.name for s in specs}
    assert {"tech self-reliance", "export controls", "AI policy"} <= names
    for spec in specs:
        assert spec.topic.description
        assert CompiledTopic(spec.topic).terms
        assert spec.color and spec.color.startswith("#")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美 상무부, 대중 수출통제 강화", "미국 정부가 중국 기업 12곳을 우려거래자 명단에 올렸다."),
        ("中, 갈륨 수출 규제 발표", "중국 상무부가 전략물자인 갈륨과 게르마늄의 수출을 제한한다."),
    ],
)
def test_export_controls_reads_korean(title: str, body: str) -> None:
    score = scoring.score_text([_starter("export controls")], title, None, body)[0]
    assert score.applies, score.reasons()
