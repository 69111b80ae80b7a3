"""Which language an article is written in (ISO 639-1).

py3langid is fast once loaded (about 25 µs a call) and covers 97 languages,
but like every n-gram model it is unsure on a few words and tends to call
Chinese text Japanese when it contains no kana. Scripts settle those cases
before the model is asked: kana means Japanese, Hangul Korean, Han alone
Chinese, and a handful of scripts belong to one language each.
"""

from __future__ import annotations

import functools
import re
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
_NOT_LANGUAGES = frozenset({"zxx", "und", "mul", "xx"})
_MIN_LETTERS = 12  # fewer letters than this and any guess is noise


_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 5000  # characters looked at: enough for a verdict, cheap on a long page
_MODEL_SAMPLE = 1500  # what the n-gram model reads; its cost grows with the length


def _script(ch: str) -> str:
    """A coarse script name for one letter, from its Unicode name."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "OTHER"


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script a sample of ``text`` holds.

    Han, kana and Hangul are counted with patterns; the others by the Unicode
    name of up to 400 letters, which is enough to tell the dominant script.
    """
    sample = text[:_SAMPLE]
    counts: Counter[str] = Counter()
    counts["KANA"] = len(_KANA.findall(sample))
    counts["HAN"] = len(_HAN.findall(sample))
    counts["HANGUL"] = len(_HANGUL.findall(sample))
    letters = _LETTER.findall(sample)
    rest = len(letters) - counts["KANA"] - counts["HAN"] - counts["HANGUL"]
    if rest > 0:
        step = max(1, len(letters) // 400)
        seen = Counter(_script(ch) for ch in letters[::step] if not _is_cjk(ch))
        total = sum(seen.values()) or 1
        for name, n in seen.items():
            counts[name] += round(n * rest / total)
    return +counts


def _is_cjk(ch: str) -> bool:
    return bool(_KANA.match(ch) or _HAN.match(ch) or _HANGUL.match(ch))


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
    lang, prob = _identifier().classify(text[:_MODEL_SAMPLE])
    if (prob < 0.3 and letters < 60) or lang in _NOT_LANGUAGES:
        return None
    return str(lang)
