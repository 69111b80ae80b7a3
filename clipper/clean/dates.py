"""Dates as pages print them, in many languages, turned into ISO 8601.

Pasted text and page metadata write dates in every national habit ("March 6,
2024", "6. März 2024", "6 de marzo de 2024", "2024年3月6日", "06.03.2024"),
often glued to a time ("20244:47 PM GMT+8") or wrapped in words ("Published
3:15 PM EST, Wed March 6, 2024"). Regular expressions over a table of month
names find them in microseconds, which matters because the text cleaner looks
at every line of a page; ``dateparser`` is kept as a last resort for
``parse_date`` on a short string only, because its first call per language
costs up to a second.

Relative dates ("2 hours ago", "vor 3 Tagen", "昨天") mean nothing without the
moment the page was seen, so they are resolved only when a reference is given.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_RECOMPOSE = re.compile(r"[\u3099\u309a\u1100-\u11ff]")  # kana voicing marks, Hangul letters


def fold(text: str) -> str:
    """Lower-case without accents, so "März" and "marz" meet in the month table."""
    if text.isascii():
        return text.lower()
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()
    if _RECOMPOSE.search(folded):
        # Japanese kana keep their voicing marks ("で", not "て" and a mark) and Korean
        # syllables their letters ("본", not "ㅂ", "ㅗ", "ㄴ"), so the lexicon's phrases
        # and patterns, written composed, meet the lines.
        folded = unicodedata.normalize("NFC", folded)
    return folded


# Month names and abbreviations, lower-case and without accents.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "janner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "febr",
        "fevrier",
        "fevr",
        "fev",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
    ),
    3: ("march", "mar", "marz", "mars", "marzo", "marco", "maart", "mrt"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    8: ("august", "aug", "aout", "agosto", "ago", "augustus"),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
    ),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "decembre",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
    ),
}
# Russian (genitive and nominative), Polish and Czech (genitive), as ``fold`` leaves them.
_MORE_MONTHS = (
    "января январь stycznia ledna",
    "февраля февраль lutego unora",
    "марта март marca brezna",
    "апреля апрель kwietnia dubna",
    "мая маи maja kvetna",
    "июня июнь czerwca cervna",
    "июля июль lipca cervence",
    "августа август sierpnia srpna",
    "сентября сентябрь wrzesnia zari",
    "октября октябрь pazdziernika rijna",
    "ноября ноябрь listopada listopadu",
    "декабря декабрь grudnia prosince",
)
#: Languages whose month names are read from dateparser's tables: news
#: languages the tables above do not write out. Its tables also hold short
#: abbreviations ("Ek", "ara", "kas"); of the names in Latin letters only
#: those of four letters or more are taken, so that a word of another
#: language between a number and a year is not read as a month.
_TABLE_LANGUAGES = (
    "tr", "el", "ar", "fa", "he", "hi", "bn", "ur", "id", "ms", "sv", "da", "nb",
    "fi", "ro", "hu", "uk", "bg", "hr", "sr", "sk", "sl", "lt", "lv", "et", "ca",
)  # fmt: skip
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def _dateparser_tables(codes: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The table dateparser keeps for each language in ``codes`` (month and day names)."""
    for code in codes:
        try:
            yield importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
        except ImportError:  # pragma: no cover - a dateparser without this language
            continue


def _table_months() -> dict[str, int]:
    """Month names as printed (lower-case) from dateparser's language tables."""
    found: dict[str, int] = {}
    for table in _dateparser_tables(_TABLE_LANGUAGES):
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in table.get(key, ()):
                name = name.lower().rstrip(".")
                if len(name) >= 4 or not name.isascii() and sum(ch.isalpha() for ch in name) >= 3:
                    found.setdefault(name, number)
    return found


#: The Levant's and Iraq's month names, which dateparser's Arabic table lacks.
_SYRIAC_MONTHS = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
)  # fmt: skip


def _bare_alef(name: str) -> str:
    """An Arabic name as often typed, its hamza'd alef bare: "أغسطس" -> "اغسطس"."""
    return name.translate(_BARE_ALEF)


_BARE_ALEF = str.maketrans("أإآ", "ااا")


def _arabic_months() -> dict[str, int]:
    """Arabic month names: the Levant's and Egypt's, bare alef too, and the two paired.

    Arab papers print both names, the Levant's first: "28 آب/أغسطس 2013".
    """
    egyptian = {
        number: names
        for table in _dateparser_tables(("ar",))
        for number, key in enumerate(_MONTH_KEYS, start=1)
        if (names := table.get(key))
    }
    found: dict[str, int] = {}
    for number, syriac in enumerate(_SYRIAC_MONTHS, start=1):
        for levant in {syriac, _bare_alef(syriac)}:
            if levant == syriac or len(levant) >= 3:
                found[levant] = number  # (not "اب", "آب" bare: a word of its own)
            for name in egyptian.get(number, ()):
                for spelled in {name, _bare_alef(name)}:
                    found[spelled] = number
                    found[f"{levant}/{spelled}"] = number
                    found[f"{levant} / {spelled}"] = number
    return found


_PRINTED_MONTHS = _table_months() | _arabic_months()
MONTHS: dict[str, int] = (
    {fold(name): num for name, num in _PRINTED_MONTHS.items()}
    | {name: num for num, names in _MONTH_NAMES.items() for name in names}
    | {name: num for num, names in enumerate(_MORE_MONTHS, start=1) for name in names.split()}
)

_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _table_weekdays() -> frozenset[str]:
    """Weekday names of four letters or more, folded, from dateparser's language tables."""
    found: set[str] = set()
    for table in _dateparser_tables((*_TABLE_LANGUAGES, "it", "pt", "nl", "pl", "ru", "cs")):
        for key in _DAY_KEYS:
            found.update(fold(n.rstrip(".")) for n in table.get(key, ()) if len(n.rstrip(".")) >= 4)
    return frozenset(found)


_WRITTEN_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend mo di "
    "mi do fr sa so lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim "
    "lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi "
    "venerdi segunda terca quarta quinta sexta".split()
)
WEEKDAYS = _WRITTEN_WEEKDAYS | _table_weekdays()
CJK_WEEKDAY = re.compile(
    r"(星期|周|週)[一二三四五六日天]|[月火水木金土日]曜日?|（[月火水木金土日]）|\([月火水木金土日]\)"
)

# Weekday names by their number (Monday 0), to settle "Mon, 02/11/2019" one way.
_WEEKDAY_NUMBER = {
    name: number
    for names in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "mon tue wed thu fri sat sun",
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lunes martes miercoles jueves viernes sabado domingo",
        "lunedi martedi mercoledi giovedi venerdi sabato domenica",
    )
    for number, name in enumerate(names.split())
} | {"tues": 1, "thur": 3, "thurs": 3, "sonnabend": 5}
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]{3,})\.?,?\s*$")
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAY_NUMBER, key=len, reverse=True))

# Dates are matched in the text as printed, so the month names are also
# spelled with their accents ("März", "février", "août"); ``fold`` finds them in MONTHS.
_ACCENTED = (
    "märz mär février févr fév août décembre déc março fevereiro "
    "února března května června července září října "
    "września października май"
).split()
_SPELLINGS = sorted(set(MONTHS) | set(_ACCENTED) | set(_PRINTED_MONTHS), key=len, reverse=True)
_MONTH_ALT = "|".join(_SPELLINGS)
_MONTH_CAPS = "|".join(m.capitalize() for m in _SPELLINGS if len(m) > 2)
# A year that may be glued to a following time ("20244:47 PM").
# (a time glued on, "20245:30", or the day of the same date printed again, "202521 de octubre")
_YEAR = r"(?P<y>(?:19|20)\d{2})(?=\D|$|\d{1,2}[:h]\d{2}|\d{1,2}\s(?:de\s)?[^\W\d_])"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°)?"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2024-03-06, 2024/03/06, 2024.03.06, Korean "2025. 1. 14.", with an optional ISO time.
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-/.]|\.\s)(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"
        r"(?:[T ](?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?:\.\d+)?"
        r"(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?"
    ),
    # 2024年3月6日 (Chinese, Japanese), 2024년 3월 6일 (Korean).
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일号]?"
    ),
    # 6. März 2024, 6 March 2024, 6 de marzo de 2024, 11 feb 2024, 22 Jan, 2024, 4.mar.2024.
    re.compile(
        r"(?<![\w])" + _DAY + r"\.?\s*(?:de\s+|of\s+)?(?P<mon>" + _MONTH_ALT + r")(?:\.,?\s*|,?\s+)"
        r"(?:de\s+|del\s+)?" + _YEAR,
        re.IGNORECASE,
    ),
    # March 6, 2024 / Mar. 6th 2024 / Apr 20th, 2024 / Dec 28 Sat 2013 (a blog platform's) /
    # Mar 04. 2025 (Brunch's).
    re.compile(
        r"(?<![\w])(?=[^\W\d_])(?P<mon>" + _MONTH_ALT + r")\.?\s+" + _DAY + r"[,.]?\s+"
        r"(?:(?:" + _WEEKDAY_ALT + r")\.?,?\s+)?" + _YEAR,
        re.IGNORECASE,
    ),
    # 06.03.2024, 6/3/2024, 06-03-2024 (day first unless that is impossible), and Czech and
    # Slovak spaced "4. 9. 2025".
    re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-]|\.\s)(?P<b>[0-3]?\d)(?P=sep)" + _YEAR),
    # "Associated PressDecember 2, 2016": a capitalised month glued to the word before it.
    re.compile(r"(?<=[a-zà-ÿ])(?P<mon>" + _MONTH_CAPS + r")\.?\s+" + _DAY + r",?\s+" + _YEAR),
    # Japan's era years: "令和7年10月17日" (Reiwa 7, 2025), "平成31年4月30日", "令和元年5月1日".
    re.compile(
        r"(?P<era>令和|平成)\s*(?P<ey>\d{1,2}|元)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"
    ),
    # Hungarian, the year first: "2026. november 27.", "2025. márc. 4."
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s+(?P<mon>" + _MONTH_ALT + r")\.?\s+"
        r"(?P<d>[0-3]?\d)\.(?!\d)",
        re.IGNORECASE,
    ),
)
#: The year before each era's first: Reiwa 1 is 2019, Heisei 1 is 1989.
_ERA_BASE = {"令和": 2018, "平成": 1988}

_TIME = re.compile(
    # Korean, Japanese and Chinese write the half of the day first: "오후 3:20", "午後3時".
    r"(?:(?P<half>오전|오후|午前|午後|上午|下午)\s*)?"
    r"(?<![\d:])(?P<H>[0-2]?\d)(?:(?::|h|\.|時)(?P<M>[0-5]\d)分?(?::(?P<S>[0-5]\d))?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?(?:\s*(?:Uhr|h\b))?"
    r"(?:\s*(?P<tz>(?:GMT|UTC)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[ECMP][SD]T|ET|CET|CEST|BST|IST|JST"
    r"|KST|HKT|SGT|AEST|AEDT|MEZ|MESZ|Z\b))?",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"\s*(?:min\b|mins\b|minutes?\b|minuten?\b|Min\.|分钟|分鐘)", re.IGNORECASE
)
_FIXED_TZ = {
    "GMT": 0,
    "UTC": 0,
    "Z": 0,
    "BST": 60,
    "CET": 60,
    "MEZ": 60,
    "CEST": 120,
    "MESZ": 120,
    "IST": 330,
    "JST": 540,
    "KST": 540,
    "HKT": 480,
    "SGT": 480,
    "AEST": 600,
    "AEDT": 660,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
}
_RELATIVE = re.compile(
    r"(?P<n>\d+|an?|one|ein(?:e|em|er)?|un[ae]?)\s*(?P<unit>min(?:ute)?s?|minuten?|hours?|hrs?|h|m|d|"
    r"stunden?|heures?|horas?|days?|tagen?|jours?|d[ií]as?|weeks?|wochen?|semaines?|semanas?)"
    r"\s*ago|(?:vor|il y a|hace|před|pred|há)\s+(?P<n2>\d+|einer?|einem|une?|una?)\s+(?P<unit2>\w+)"
    r"|(?P<n3>\d+)\s*(?P<unit3>分钟|小时|天|周|分|時間|日|週間)前"
    r"|(?P<word>yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|前天|一昨日|昨天|今天|昨日|今日)",
    re.IGNORECASE,
)


_YEAR_HINT = re.compile(r"(?:19|20)\d{2}|令和|平成")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: where it is and what it means.

    ``iso`` is "YYYY-MM-DD" or, when a time was printed beside it, a full
    "YYYY-MM-DDTHH:MM:SS" with an offset when the page named a time zone.
    """

    start: int
    end: int
    iso: str
    day: dt.date
    has_time: bool


def _mk_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _us_eastern_offset(day: dt.date) -> int:
    """Minutes east of UTC for "ET", whose sign of summer time depends on the day."""
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)  # second Sunday of March
    nov = dt.date(day.year, 11, 1)
    end = nov + dt.timedelta(days=(6 - nov.weekday()) % 7)  # first Sunday of November
    return -240 if start <= day < end else -300


def _tz_offset(tz: str | None, day: dt.date) -> int | None:
    if not tz:
        return None
    name = tz.upper().replace(" ", "")
    if name == "ET":
        return _us_eastern_offset(day)
    if name in _FIXED_TZ:
        return _FIXED_TZ[name]
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", name)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return minutes if m.group(1) == "+" else -minutes
    return None


def _format(day: dt.date, time: tuple[int, int, int] | None, offset: int | None) -> str:
    if time is None:
        return day.isoformat()
    stamp = dt.datetime(day.year, day.month, day.day, *time)
    if offset is not None:
        stamp = stamp.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    return stamp.isoformat()


_AFTERNOON = frozenset({"오후", "午後", "下午"})


def _time_from(m: re.Match[str]) -> tuple[int, int, int] | None:
    """A clock time from a match, or None when the digits are not a time."""
    hour = int(m.group("H"))
    minute = int(m.group("M")) if m.group("M") else None
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if m.group("half"):
        ampm = "pm" if m.group("half") in _AFTERNOON else "am"
    if minute is None and not ampm:
        return None  # a bare number is not a time
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23:
        return None
    return hour, minute or 0, int(m.group("S") or 0)


def _nearby_time(text: str, start: int, end: int) -> tuple[tuple[int, int, int], str | None] | None:
    """The clock time printed right after (or else right before) a date."""
    after = text[end : end + 24]
    # "2024.05.27. 15:12": a Korean date closes on a dot before its time.
    m = re.match(r"\s*(?:,|at|à|um|a las|alle|às|-|–|—|\||\.)?\s*", after, re.IGNORECASE)
    offset = m.end() if m else 0
    tm = _TIME.match(after, offset)
    if tm and _DURATION_AFTER.match(after, tm.end()):
        tm = None  # "02.06.2025 | 1:48 min": a video's length, no time of day
    if tm and (t := _time_from(tm)):
        return t, tm.group("tz")
    before = text[max(0, start - 30) : start]
    for tm in _TIME.finditer(before):
        rest = before[tm.end() :]
        if re.fullmatch(r"[\s,]*(?:\w{2,9}\.?,?\s*)?", rest) and (t := _time_from(tm)):
            return t, tm.group("tz")
    return None


def _match_to_date(pattern_index: int, m: re.Match[str], day_first: bool) -> dt.date | None:
    groups = m.groupdict()
    if groups.get("era"):
        era_year = 1 if groups["ey"] == "元" else int(groups["ey"])
        return _mk_date(_ERA_BASE[groups["era"]] + era_year, int(groups["m"]), int(groups["d"]))
    year = int(groups["y"])
    if pattern_index in (2, 3, 5, 7):
        month = MONTHS.get(fold(groups["mon"]))
        return _mk_date(year, month, int(groups["d"])) if month else None
    if pattern_index == 4:
        a, b = int(groups["a"]), int(groups["b"])
        american = _US_CLOCK_AFTER.match(m.string, m.end()) is not None  # "… 06:05 PM EDT"
        if (not day_first or american) and a <= 12 and groups["sep"] == "/":
            a, b = b, a
        first, second = _mk_date(year, b, a), _mk_date(year, a, b)
        named = _weekday_before(m.string[max(0, m.start() - 16) : m.start()])
        if first and second and named is not None and second.weekday() == named != first.weekday():
            return second  # the weekday printed beside it says which reading is right
        return first or second
    return _mk_date(year, int(groups["m"]), int(groups["d"]))


#: A twelve-hour clock and a U.S. time zone after a date: POLITICO's "03/11/2025 06:05 PM
#: EDT" is the 11th of March.
_US_CLOCK_AFTER = re.compile(
    r",?\s*(?:at\s+)?[01]?\d:[0-5]\d\s*[ap]\.?\s?m\.?\s*(?:[ECMP][SD]T|ET|CT|PT)\b", re.IGNORECASE
)
#: "Publié le 27/03/25 à 07h15": a publication label, then a day with its year in two digits.
_LABELLED_SHORT_YEAR = re.compile(
    r"^\W{0,3}(?:publié|publiée|publicado|publicada|published|posted|veröffentlicht|pubblicato)"
    r"(?:\s+(?:le|el|on|am|il))?\s+(\d{1,2})[/.](\d{1,2})[/.](\d{2})(?!\d)",
    re.IGNORECASE,
)


def labelled_short_year(text: str) -> str | None:
    """The day a publication label gives as "27/03/25", when its order cannot be mistaken.

    Europe writes the day first and the United States the month: only a
    number over twelve tells which, so "03/04/25" gives nothing.
    """
    match = _LABELLED_SHORT_YEAR.match(text.strip())
    if match is None:
        return None
    first, second, year = (int(g) for g in match.groups())
    if first > _MONTHS >= second:
        day, month = first, second
    elif second > _MONTHS >= first:
        day, month = second, first
    else:
        return None
    try:
        return dt.date(2000 + year, month, day).isoformat()
    except ValueError:
        return None


def labelled_short_date(text: str) -> bool:
    """Whether a line opens with a publication label and a day as "12/06/24", order unknown.

    What day it names may not be told, but the line is the article's date line.
    """
    return _LABELLED_SHORT_YEAR.match(text.strip()) is not None


_MONTHS = 12


#: A U.S. date with its year in two digits, known as such by the twelve-hour clock after
#: it: "First Posted: 08-13-10 05:18 PM" (month, day, year).
_US_SHORT = re.compile(
    r"(?<![\d./-])(?P<a>[01]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>\d{2})(?![\d./-])"
    r"(?=,?\s*(?:at\s+)?[0-2]?\d:[0-5]\d\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)


#: A European date with its year in two digits, known as a date by the clock after it:
#: "Publié le 12/06/24 à 16h45" (20 Minutes), "03.09.24, 17:05 Uhr", Prensa Ibérica's
#: "08·10·24 | 04:00" (day, month, year).
_DAY_FIRST_SHORT = re.compile(
    r"(?<![\d./·-])(?P<a>[0-3]?\d)(?P<sep>[/.·])(?P<b>[01]?\d)(?P=sep)(?P<yy>\d{2})(?![\d./·-])"
    r"(?=,?\s*(?:à|um|a las|alle|às|-|–|\|)?\s*[0-2]?\d[h:][0-5]\d)",
    re.IGNORECASE,
)


#: A day, its month and a two-digit year, dotted, a line of its own: "10.03.25".
_DOTTED_SHORT = re.compile(r"(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<yy>\d{2})")


def _century(yy: int) -> int:
    """The year a two-digit year names: this century's, unless that is still to come."""
    return 2000 + yy if 2000 + yy <= dt.date.today().year else 1900 + yy


_MONTH_ALONE = re.compile(r"(?P<mon>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})")


#: A day and its weekday with no year: "5/21(火) 11:32配信" (Yahoo! Japan), "5月21日（火）",
#: "5月21日 星期二" (a Chinese portal), the time after it if printed.
_WEEKDAY_DAY = re.compile(
    r"(?<![\d年/.-])(?P<m>\d{1,2})\s*[/月]\s*(?P<d>\d{1,2})\s*日?\s*"  # (no year before it)
    r"(?:[（(]\s*(?P<ja>[月火水木金土日])(?:曜日?)?\s*[）)]|(?:星期|周|週|礼拜|禮拜)(?P<zh>[一二三四五六日天]))"
    r"(?:\s*(?P<hh>\d{1,2}):(?P<mm>\d{2}))?"
)
_JA_WEEKDAYS = "月火水木金土日"  # Monday first, as date.weekday() counts
_ZH_WEEKDAYS = "一二三四五六日"
_WEEKDAY_YEARS = 7  # a weekday names one year in about six: the latest before today


def weekday_day(text: str, today: dt.date) -> str | None:
    """The day a line gives by month, day and weekday but no year ("5/21(火)"), else None.

    Sites print this year's stories so; the weekday tells which year the
    day fell on it, and the latest such year up to today is the story's.
    """
    m = _WEEKDAY_DAY.search(text)
    if m is None:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    ja, zh = m.group("ja"), m.group("zh")
    weekday = _JA_WEEKDAYS.index(ja) if ja else _ZH_WEEKDAYS.index("日" if zh == "天" else zh)
    for year in range(today.year, today.year - _WEEKDAY_YEARS, -1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found <= today and found.weekday() == weekday:
            if m.group("hh") and int(m.group("hh")) < 24 and int(m.group("mm")) < 60:
                return f"{found.isoformat()}T{int(m.group('hh')):02d}:{m.group('mm')}:00"
            return found.isoformat()
    return None


def month_alone(text: str) -> str | None:
    """The month ("YYYY-MM") of a line that is a month and a year alone ("March 2024")."""
    m = _MONTH_ALONE.fullmatch(text.strip())
    if m is None:
        return None
    month = MONTHS.get(fold(m.group("mon")))
    return f"{m.group('y')}-{month:02d}" if month else None


#: Arabic-Indic and Persian digits, as Arabic and Persian pages print their dates.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def find_dates(text: str, *, day_first: bool = True) -> list[DateMatch]:
    """Every absolute date in ``text``, left to right, without overlaps.

    Args:
        text: any string, usually one line of a page.
        day_first: how to read an ambiguous "03/06/2024" (False for U.S. pages).
    """
    text = text.translate(_WESTERN_DIGITS)  # "٤ مارس ٢٠٢٤": one digit for one, places kept
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    # A year in two digits, the clock after it telling a date: "08-13-10 05:18 PM" (month
    # first), "12/06/24 à 16h45" (day first, unless the page is American).
    shorts = [(_US_SHORT, False), (_DAY_FIRST_SHORT, True)] if day_first else [(_US_SHORT, False)]
    for pattern, day_before_month in shorts:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            a, b = int(m.group("a")), int(m.group("b"))
            month, day_of_month = (b, a) if day_before_month else (a, b)
            day = _mk_date(_century(int(m.group("yy"))), month, day_of_month)
            near = _nearby_time(text, m.start(), m.end()) if day else None
            if day and near:
                iso = _format(day, near[0], _tz_offset(near[1], day))
                found.append(DateMatch(m.start(), m.end(), iso, day, True))
                taken.append((m.start(), m.end()))
    # "10.03.25" alone on its line under the byline (The Bookseller): dotted, day first
    if day_first and not found and (alone := _DOTTED_SHORT.fullmatch(text.strip())):
        day = _mk_date(_century(int(alone["yy"])), int(alone["b"]), int(alone["a"]))
        if day:
            start = text.index(alone.group(0))
            found.append(DateMatch(start, start + len(alone.group(0)), day.isoformat(), day, False))
            return found
    found.sort(key=lambda d: d.start)
    if not _YEAR_HINT.search(text):
        return found  # every other absolute date names its year
    for index, pattern in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            day = _match_to_date(index, m, day_first)
            if day is None:
                continue
            time: tuple[int, int, int] | None = None
            tz: str | None = None
            if index == 0 and m.group("H"):
                time = (int(m.group("H")), int(m.group("M")), int(m.group("S") or 0))
                tz = m.group("tz")
                if time[0] > 23:
                    time = None
            else:
                near = _nearby_time(text, m.start(), m.end())
                if near:
                    time, tz = near
            iso = _format(day, time, _tz_offset(tz, day) if time else None)
            found.append(DateMatch(m.start(), m.end(), iso, day, time is not None))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def _relative(text: str, reference: dt.datetime) -> str | None:
    m = _RELATIVE.search(text)
    if not m:
        return None
    if m.group("word"):
        word = fold(m.group("word"))
        back = 1 if word in ("yesterday", "gestern", "hier", "ayer", "昨天", "昨日") else 0
        back = 2 if word in ("前天", "一昨日") else back  # the day before yesterday
        return (reference.date() - dt.timedelta(days=back)).isoformat()
    raw_n = m.group("n") or m.group("n2") or m.group("n3") or "1"
    n = int(raw_n) if raw_n.isdigit() else 1
    unit = fold(m.group("unit") or m.group("unit2") or m.group("unit3") or "")
    if unit.startswith(("min", "分")) or unit == "m":  # "5m ago"
        delta = dt.timedelta(minutes=n)
    elif unit.startswith(("h", "stunde", "heure", "hora", "小时", "時間")):
        delta = dt.timedelta(hours=n)
    elif unit.startswith(("w", "semaine", "semana", "周", "週")):
        delta = dt.timedelta(weeks=n)
    elif unit.startswith(("d", "tag", "jour", "dia", "天", "日")):
        delta = dt.timedelta(days=n)
    else:
        return None
    return (reference - delta).date().isoformat()


def _dateparser_fallback(text: str) -> str | None:
    """Ask dateparser about a short string our patterns did not read.

    Only absolute dates are accepted: dateparser would otherwise turn "2
    hours ago" into a date relative to the moment of cleaning.
    """
    if len(text) > 60 or not any(ch.isdigit() for ch in text):
        return None
    import dateparser  # type: ignore[import-untyped]  # slow first call: odd strings only

    settings = {"PARSERS": ["custom-formats", "absolute-time"], "STRICT_PARSING": True}
    try:
        value = dateparser.parse(text, settings=settings)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    if not isinstance(value, dt.datetime) or not 1900 <= value.year <= 2100:
        return None
    return value.date().isoformat()


def parse_date(
    text: str, reference: dt.datetime | None = None, *, day_first: bool = True
) -> str | None:
    """The first date in ``text`` as an ISO 8601 date or timestamp, or None.

    Args:
        text: a date as a page prints it, possibly among other words.
        reference: the moment the page was seen; needed for "2 hours ago".
        day_first: how to read an ambiguous "03/06/2024".
    """
    if not text or not text.strip():
        return None
    text = text.strip()[:2000]
    dates = find_dates(text, day_first=day_first)
    if dates:
        return dates[0].iso
    if reference is not None:
        rel = _relative(text, reference)
        if rel:
            return rel
    if _RELATIVE.search(text):
        return None
    return _dateparser_fallback(text)


def _weekday_before(text: str) -> int | None:
    """The number of a weekday named right before a date ("Mon, " gives 0), else None."""
    m = _WEEKDAY_BEFORE.search(fold(text))
    return _WEEKDAY_NUMBER.get(m.group(1)) if m else None


def has_weekday(text: str) -> bool:
    """Whether a weekday is named: "today" bars at the top of pages print one."""
    if CJK_WEEKDAY.search(text):
        return True
    words = re.findall(r"[^\W\d_]+", fold(text))
    return any(w in WEEKDAYS and len(w) > 2 for w in words)


def is_relative(text: str, *, counted: bool = False) -> bool:
    """Whether ``text`` holds a relative time such as "Updated 3 hours ago".

    Args:
        text: any string.
        counted: only times with a number ("3 hours ago"), not "today".
    """
    m = _RELATIVE.search(text)
    if m is None:
        return False
    return not counted or any((m.group(g) or "").isdigit() for g in ("n", "n2", "n3"))
