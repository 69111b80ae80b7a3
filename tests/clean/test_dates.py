"""Dates as pages print them, in many languages, to ISO 8601."""

from __future__ import annotations

import datetime as dt

import pytest

from clipper.clean import dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 6, 2024", "2024-03-06"),
        ("Mar. 6th 2024", "2024-03-06"),
        ("6 March 2024", "2024-03-06"),
        ("2024-03-06", "2024-03-06"),
        ("2024/03/06", "2024-03-06"),
        ("06.03.2024", "2024-03-06"),
        ("6. März 2024", "2024-03-06"),
        ("6 mars 2024", "2024-03-06"),
        ("1er mars 2024", "2024-03-01"),
        ("6 de marzo de 2024", "2024-03-06"),
        ("6 marzo 2024", "2024-03-06"),
        ("2024年3月6日", "2024-03-06"),
        ("2024 年 3 月 6 日", "2024-03-06"),
        ("2024년 3월 6일", "2024-03-06"),
        ("• Sat. Apr 20th, 2024", "2024-04-20"),
        ("22 Jan, 2024", "2024-01-22"),
        ("Sept. 3, 2023", "2023-09-03"),
        ("13/03/2024", "2024-03-13"),
        ("4. 9. 2025", "2025-09-04"),  # Czech and Slovak: day, month, spaced after their stops
        ("Mar 04. 2025", "2025-03-04"),  # Brunch's
        ("21 de octubre de 202521 de octubre de 2025", "2025-10-21"),  # printed twice, glued
        ("令和7年10月17日", "2025-10-17"),  # Japan's era years: Reiwa 7
        ("令和元年5月1日", "2019-05-01"),  # (its first year, "元")
        ("平成31年4月30日", "2019-04-30"),
    ],
)
def test_dates_in_many_languages(text: str, expected: str) -> None:
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published 3:15 PM EST, Wed March 6, 2024", "2024-03-06T15:15:00-05:00"),
        ("March 5, 20244:47 PM GMT+8Updated 3 hours ago", "2024-03-05T16:47:00+08:00"),
        ("Stand: 06.03.2024 14:30 Uhr", "2024-03-06T14:30:00"),
        ("Publié le 18 juin 2024 à 06h30, mis à jour à 11h15", "2024-06-18T06:30:00"),
        ("Almenara - 11 feb 2024 - 21:35 CET", "2024-02-11T21:35:00+01:00"),
        ("2024-03-06T09:30:00Z", "2024-03-06T09:30:00+00:00"),
        ("2024-03-05 10:21 来源：江海商报", "2024-03-05T10:21:00"),
        ("22 Jan, 2024, 08:30 ET", "2024-01-22T08:30:00-05:00"),
        ("July 4, 2024, 08:30 ET", "2024-07-04T08:30:00-04:00"),
        ("March 12, 2024 at 8:14 pm", "2024-03-12T20:14:00"),
        # The half of the day before the time, and a Korean date's closing dot.
        ("입력2024.03.06. 오후 1:02", "2024-03-06T13:02:00"),
        ("업데이트 2024.05.27. 16:40", "2024-05-27T16:40:00"),
        ("2024年3月6日 午後3時20分", "2024-03-06T15:20:00"),
        ("2024年3月6日 下午3:20", "2024-03-06T15:20:00"),
    ],
)
def test_times_and_zones_make_timestamps(text: str, expected: str) -> None:
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "No date here", "Comments12", "2 hours ago", "il y a 3 jours", "31.02.2024",
             "Room 2024", "call 555 0187"]
)
def test_no_date(text: str) -> None:
    assert dates.parse_date(text) is None


def test_us_order_when_asked() -> None:
    assert dates.parse_date("03/06/2024", day_first=False) == "2024-03-06"
    assert dates.parse_date("03/06/2024") == "2024-06-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 hours ago", "2024-03-06"),
        ("Updated 3 days ago", "2024-03-03"),
        ("vor 2 Tagen", "2024-03-04"),
        ("hace 1 semana", "2024-02-28"),
        ("3天前", "2024-03-03"),
        ("yesterday", "2024-03-05"),
        ("前天", "2024-03-04"),
        ("一昨日", "2024-03-04"),
    ],
)
def test_relative_dates_need_a_reference(text: str, expected: str) -> None:
    reference = dt.datetime(2024, 3, 6, 12, 0)
    assert dates.parse_date(text, reference) == expected
    assert dates.parse_date(text) is None


def test_find_dates_gives_positions_in_order() -> None:
    line = "Posted on March 12, 2024 by Jane, updated 2024-03-13"
    found = dates.find_dates(line)
    assert [d.iso for d in found] == ["2024-03-12", "2024-03-13"]
    assert line[found[0].start : found[0].end] == "March 12, 2024"
    assert not found[0].has_time


def test_weekdays_mark_today_bars() -> None:
    assert dates.has_weekday("Mercredi 19 juin 2024")
    assert dates.has_weekday("Tuesday, March 19, 2024")
    assert dates.has_weekday("2024年3月6日（水）")
    assert not dates.has_weekday("March 19, 2024")


def test_fold_removes_accents_only() -> None:
    assert dates.fold("Février MÄRZ") == "fevrier marz"
    assert dates.fold("三月") == "三月"
    assert dates.fold("본문 바로가기") == "본문 바로가기"  # Korean syllables, not their letters


def test_a_day_over_twelve_in_second_place_is_read_month_first() -> None:
    assert dates.parse_date("2/26/2015 7:11 AM PST BY STAFF") == "2015-02-26T07:11:00-08:00"
    assert dates.parse_date("12/31/2024") == "2024-12-31"
    assert dates.parse_date("06.03.2024") == "2024-03-06"
    assert dates.find_dates("13/13/2024") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Submitted by Laura Chen on Mon, 02/11/2019 - 17:41", "2019-02-11"),  # Monday
        ("Sat, 02/11/2019", "2019-11-02"),  # Saturday
        ("Dienstag, 05.03.2024", "2024-03-05"),
        ("mercredi 03/06/2024", "2024-03-06"),  # read day first it would be a Monday
        ("Wednesday 03/06/2024", "2024-03-06"),
    ],
)
def test_a_weekday_beside_an_ambiguous_date_settles_its_order(text: str, expected: str) -> None:
    assert dates.find_dates(text)[0].iso[:10] == expected


def test_a_month_glued_to_the_word_before_it_is_still_a_date() -> None:
    found = dates.find_dates("Associated PressDecember 2, 2016")
    assert [d.iso for d in found] == ["2016-12-02"]
    assert dates.find_dates("bla december 2, 2016")[0].iso == "2016-12-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6. März 2024", "2024-03-06"),
        ("4 février 2024", "2024-02-04"),
        ("4 août 2024, 10:15", "2024-08-04"),
        ("12 décembre 2023", "2023-12-12"),
        ("4 марта 2024", "2024-03-04"),
        ("1 май 2023", "2023-05-01"),
        ("15 października 2023", "2023-10-15"),
        ("4. března 2024", "2024-03-04"),
        # Month names read from dateparser's tables.
        ("12 Mart 2024", "2024-03-12"),
        ("12 Μαρτίου 2024", "2024-03-12"),
        ("12 مارس 2024", "2024-03-12"),
        ("12 במרץ 2024", "2024-03-12"),
        ("12 मार्च 2024", "2024-03-12"),
        ("12 mars 2024", "2024-03-12"),
        ("7 Desember 2023", "2023-12-07"),
        ("3. joulukuuta 2023", "2023-12-03"),
    ],
)
def test_find_dates_reads_month_names_as_printed_with_accents(text: str, expected: str) -> None:
    found = dates.find_dates(text)
    assert found and found[0].iso[:10] == expected


def test_a_short_abbreviation_from_the_tables_between_a_number_and_a_year_is_no_month() -> None:
    # Turkish "ara" (Aralık) and "Ek" are words elsewhere: "12 ara 2024" is not read.
    assert dates.find_dates("Sayfa 12 ara 2024") == []
    assert dates.find_dates("12 Ek 2024") == []


def test_a_japanese_time_follows_the_date() -> None:
    assert dates.find_dates("2024年3月6日 10時15分")[0].iso == "2024-03-06T10:15:00"


def test_a_weekday_between_the_day_and_the_year_is_read() -> None:
    # A blog platform's header date ("Dec 28 Sat 2013 00:28"): left unread, the
    # line was taken for the post's headline.
    assert [d.iso for d in dates.find_dates("Dec 28 Sat 2013 00:28")] == ["2013-12-28T00:28:00"]
    assert [d.iso for d in dates.find_dates("Mar 6 Wed 2024")] == ["2024-03-06"]


def test_arabic_months_paired_or_typed_with_a_bare_alef_are_read() -> None:
    # Arab papers print the Levant's name and Egypt's: "28 آب/أغسطس 2013"; and
    # many type the alef without its hamza ("اغسطس", "ايار").
    cases = {
        "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00": "2013-08-28",
        "3 تشرين الأول / أكتوبر 2023": "2023-10-03",
        "28 اغسطس 2013": "2013-08-28",
        "5 ايار 2020": "2020-05-05",
        "28 آب 2013": "2013-08-28",
    }
    for text, iso in cases.items():
        assert [d.iso for d in dates.find_dates(text)] == [iso], text


def test_an_american_date_with_a_two_digit_year_needs_its_twelve_hour_clock() -> None:
    (found,) = dates.find_dates("First Posted: 08-13-10 05:18 PM")
    assert found.iso == "2010-08-13T17:18:00"
    assert dates.find_dates("Posted 12/03/08 at 9:05 a.m.")[0].iso == "2008-12-03T09:05:00"
    assert dates.find_dates("Posted: 12-03-08") == []  # month or day first: the clock would tell
    assert dates.find_dates("The score was 3-1-0 at 17:18") == []


def test_a_european_date_with_a_two_digit_year_needs_its_clock_after_it() -> None:
    # 20 Minutes: "Publié le 12/06/24 à 16h45 — Mis à jour le 12/06/24 à 18h02", day first.
    found = dates.find_dates("Publié le 12/06/24 à 16h45 — Mis à jour le 12/06/24 à 18h02")
    assert [d.iso for d in found] == ["2024-06-12T16:45:00", "2024-06-12T18:02:00"]
    assert dates.find_dates("03.09.24, 17:05 Uhr")[0].iso == "2024-09-03T17:05:00"
    assert dates.find_dates("12/06/24") == []  # no clock: a score, a fraction, a version
    assert dates.find_dates("12/06/24 à 16h45", day_first=False) == []


def test_a_numeric_date_before_a_twelve_hour_clock_and_a_us_zone_is_month_first() -> None:
    # POLITICO: "03/11/2025 06:05 PM EDT" is the 11th of March, though day-first reads it
    # as the 3rd of November; with a 24-hour clock, or India's zone, the day comes first.
    assert dates.find_dates("03/11/2025 06:05 PM EDT")[0].iso == "2025-03-11T18:05:00-04:00"
    assert dates.find_dates("03/11/2025 18:05")[0].iso == "2025-11-03T18:05:00"
    assert dates.find_dates("03/11/2025 06:05 PM IST")[0].iso.startswith("2025-11-03")


def test_prensa_ibericas_dotted_date_with_a_two_digit_year() -> None:
    # La Nueva España: "08·10·24 | 04:00 | Actualizado a las 11:23h" under the byline.
    found = dates.find_dates("08·10·24 | 04:00 | Actualizado a las 11:23h")
    assert found[0].iso == "2024-10-08T04:00:00"


def test_a_dotted_day_with_a_two_digit_year_alone_on_its_line() -> None:
    """The Bookseller prints "10.03.25" under the byline: day, month, year. Inside a line
    ("version 10.03.25") or on an American page it names no day."""
    assert [d.iso for d in dates.find_dates("10.03.25")] == ["2025-03-10"]
    assert dates.find_dates("Version 10.03.25 released") == []
    assert dates.find_dates("10.03.25", day_first=False) == []
