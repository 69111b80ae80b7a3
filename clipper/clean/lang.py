"""Which language an article is written in (ISO 639-1).

py3langid is fast once loaded (about 25 µs a call) and covers 97 languages,
but like every n-gram model it is unsure on a few words and tends to call
Chinese text Japanese when it contains no kana. Scripts settle those cases
before the model is asked: kana means Japanese, Hangul Korean, Han alone
Chinese, and a handful of scripts belong to one language each.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from typing import Any

# Scripts that name their language on their own (letters are counted by script).
_SCRIPT_LANG = {
    "HANGUL": "ko",
    "THAI": "th",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "HEBREW": "he",
    "GREEK": "el",
    "KHMER": "km",
    "LAO": "lo",
    "SINHALA": "si",
    "TAMIL": "ta",
    "TELUGU": "te",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "GUJARATI": "gu",
    "ORIYA": "or",
    "ETHIOPIC": "am",
    "MYANMAR": "my",
}
_MIN_LETTERS = 12  # fewer letters than this and any guess is noise


def _script(ch: str) -> str:
    """A coarse script name for one letter, from its Unicode name."""
    if "\u3040" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff" or "\uff66" <= ch <= "\uff9d":
        return "KANA"
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff":
        return "HAN"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split(" ", 1)[0]


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` holds (a sample of its first 20,000)."""
    return Counter(_script(ch) for ch in text[:20000] if ch.isalpha())


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid model, loaded once (0.5 s) on first use."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or None when unsure.

    Args:
        text: any text; the longest lines of an article work best, menus add noise.
    """
    if not text:
        return None
    counts = script_counts(text)
    letters = sum(counts.values())
    if letters == 0:
        return None
    han, kana = counts.get("HAN", 0), counts.get("KANA", 0)
    cjk = han + kana + counts.get("HANGUL", 0)
    if cjk / letters >= 0.3 and cjk >= 2:
        if kana >= max(2, 0.05 * cjk):
            return "ja"
        if counts.get("HANGUL", 0) > han:
            return "ko"
        return "zh"
    top, top_count = counts.most_common(1)[0]
    if top in _SCRIPT_LANG and top_count / letters >= 0.5:
        return _SCRIPT_LANG[top]
    if letters < _MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(text[:20000])
    if prob < 0.3 and letters < 60:
        return None
    return str(lang)
