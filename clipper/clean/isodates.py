"""Dates stated in page metadata, normalised to ISO 8601.

Meta tags and JSON-LD mostly carry machine dates, but in many dialects:
"2015-07-10 09:53:00 -0400", "2017-11-03 03:01:00.000000", "20240306",
"Wed, 06 Mar 2024 09:30:00 GMT", sometimes a date as people write it. The
library stores "YYYY-MM-DD" or a full timestamp; this module makes one of
those out of each dialect and leaves free text to ``clipper.clean.dates``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from clipper.clean import dates

_ISO_LIKE = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](?:[a-z]+/)?([01]?\d)[/-]([0-3]?\d)(?:/|-|$)"
    r"|/((?:19|20)\d{2})([01]\d)([0-3]\d)/",
    re.IGNORECASE,
)
_MIN_YEAR, _MAX_YEAR = 1990, 2100


def iso(value: str | None) -> str | None:
    """``value`` as "YYYY-MM-DD" or a full ISO timestamp, or None if it is no date."""
    if not value or not value.strip() or len(value) > 200:
        return None
    value = value.strip()
    match = _ISO_LIKE.match(value)
    if match:
        return _from_iso_match(match)
    if re.match(r"^\d{10}(\d{3})?$", value):  # Unix time, seconds or milliseconds
        seconds = int(value[:10])
        stamp = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        return stamp.isoformat() if _MIN_YEAR <= stamp.year <= _MAX_YEAR else None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None and _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return parsed.isoformat()
    found = dates.find_dates(value)
    return found[0].iso if found else None


def _from_iso_match(match: re.Match[str]) -> str | None:
    year, month, day, hour, minute, second, tz = match.groups()
    try:
        day_value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not _MIN_YEAR <= day_value.year <= _MAX_YEAR:
        return None
    if hour is None:
        return day_value.isoformat()
    try:
        stamp = dt.datetime(
            day_value.year, day_value.month, day_value.day, int(hour), int(minute), int(second or 0)
        )
    except ValueError:
        return day_value.isoformat()
    if tz:
        tz = tz.upper()
        if tz in ("Z", "UTC", "GMT"):
            stamp = stamp.replace(tzinfo=dt.UTC)
        else:
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            stamp = stamp.replace(tzinfo=dt.timezone(sign * offset))
    return stamp.isoformat()


def instant(value: str) -> dt.datetime | None:
    """The moment an ISO timestamp with an offset names, to compare two of them."""
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else None


def date_in_url(url: str | None) -> str | None:
    """A date printed in a URL path ("/2024/03/06/slug"), as "YYYY-MM-DD".

    A section's name may stand between year and month
    ("/2010/POLITICS/08/13/slug").
    """
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    parts = match.groups()[:3] if match.group(1) else match.groups()[3:]
    try:
        day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return day.isoformat() if _MIN_YEAR <= day.year <= _MAX_YEAR else None
