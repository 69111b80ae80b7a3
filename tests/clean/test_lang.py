"""Language detection: robust on short and mixed text, Chinese and Japanese told apart."""

from __future__ import annotations

import pytest

from clipper.clean import lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the budget on Monday after a long debate.", "en"),
        ("Der Bund will die Ansiedlung eines Halbleiterwerks in der Lausitz fördern.", "de"),
        ("La ville prévoit de retirer le bitume et de planter trois mille arbres.", "fr"),
        ("El club presume de autosuficiencia deportiva mientras sigue la deuda.", "es"),
        ("国产AI芯片加速落地 长三角多家智算中心完成适配", "zh"),
        ("新工場で半導体材料を増産する計画を発表した。", "ja"),
        ("東京都は新しい工場の建設を発表しました", "ja"),
        ("한국 정부는 새로운 반도체 공장을 발표했습니다", "ko"),
        ("Правительство объявило о строительстве нового завода", "ru"),
        ("ข่าวเศรษฐกิจวันนี้", "th"),
        ("Η κυβέρνηση ανακοίνωσε νέο εργοστάσιο", "el"),
    ],
)
def test_detects(text: str, expected: str) -> None:
    assert lang.detect(text) == expected


def test_han_without_kana_is_chinese() -> None:
    assert lang.detect("半导体芯片产业") == "zh"


def test_a_little_kana_among_han_is_japanese() -> None:
    assert lang.detect("経済産業省は半導体戦略を改定した") == "ja"


def test_mixed_text_follows_the_majority_script() -> None:
    text = "苹果公司发布了新的 iPhone 手机，国内销量大幅增长，分析师认为前景乐观。"
    assert lang.detect(text) == "zh"


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "!!!", "OK"])
def test_unsure_gives_none(text: str) -> None:
    assert lang.detect(text) is None


def test_script_counts() -> None:
    counts = lang.script_counts("abc 漢字 かな")
    assert counts["HAN"] == 2
    assert counts["KANA"] == 2
    assert counts["LATIN"] == 3
