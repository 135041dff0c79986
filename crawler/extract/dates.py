"""Dates as Vietnamese portals write them, normalized to ISO 8601 in Asia/Ho_Chi_Minh (+07:00).

A value with a time becomes `2024-03-22T10:15:00+07:00`; a value known only to the day stays a day,
`2024-03-22` (docs/conventions.md §2). Machine values (ISO 8601, RFC 2822 in feeds) carrying another
offset are converted; naive ones are taken as local time.

Formats understood (see tests/test_dates.py):
  2024-03-22T07:35:12+00:00 · 2024-03-22 · Fri, 22 Mar 2024 07:35:12 +0000 (RSS)
  22/3/2024 · 22/03/2024 · 22-3-2024 · 22.03.2024 · Ngày 22/3/2024
  Thứ sáu, 22/03/2024 - 10:15 · 11:15 20/01/2025 · 09/05/2025 3:25 CH · 22/03/2024 10:15 SA
  ngày 22 tháng 3 năm 2024 · 22 Tháng 3 2024 · 22 tháng 3, 2024 · 22 thg 3, 2024
  22 March 2024 · March 22, 2024 · Fri, 03/22/2024 - 14:35 (Drupal views: month first after an
  English weekday) · 12/20/2024 (month first: 20 is no month)

A numeric date that reads both ways (05/01/2023) is read day first unless told the site's order
(`parse_date(value, order)`); `DateReader` reads a page's dates in its site's order and notes
when it had to assume one.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime

VIETNAM = timezone(timedelta(hours=7))

_MONTHS_EN = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_EN_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*"

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
# A time of day: 10:15, 10:15:30, 10h15, 3:25 CH / SA / PM / AM.
_TIME = r"(\d{1,2})\s*[:hH]\s*(\d{2})(?::(\d{2}))?(?:\s*(SA|CH|AM|PM|sa|ch|am|pm)\b)?"
_DMY = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
_NUMERIC_TIME_FIRST = re.compile(rf"(?<![\d:]){_TIME}\s*(?:,|-|ngày)?\s*{_DMY}(?!\d)", re.I)
_NUMERIC = re.compile(rf"(?<![\d/.\-]){_DMY}(?!\d)(?:\s*(?:-|,|lúc|\|)?\s*{_TIME})?", re.I)
_US_NUMERIC = re.compile(
    rf"\b{_EN_WEEKDAY}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})(?:\s*-?\s*{_TIME})?", re.I
)
_VI_WORDS = re.compile(
    r"(?:ngày\s+)?(\d{1,2})\s+(?:tháng|thg\.?)\s+(\d{1,2})\s*(?:năm|,|/)?\s*(\d{4})(?:\s*(?:-|,|lúc)?\s*" + _TIME + r")?",
    re.I,
)
_EN_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:\s*(?:-|,|at)?\s*" + _TIME + r")?"
)
_EN_MONTH_DAY = re.compile(
    r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s*(?:-|,|at)?\s*" + _TIME + r")?"
)
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}")


def to_local_iso(moment: datetime) -> str:
    """An aware or naive (= local) datetime as ISO 8601 with +07:00, to the second."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


def _valid_day(year: int, month: int, day: int) -> date | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _clock(hour, minute, second, meridiem) -> time | None:
    if hour is None:
        return None
    hour, minute, second = int(hour), int(minute), int(second or 0)
    marker = (meridiem or "").upper()
    if marker in ("CH", "PM") and hour < 12:
        hour += 12
    elif marker in ("SA", "AM") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _combine(day: date | None, clock: time | None) -> str | None:
    if day is None:
        return None
    if clock is None:
        return day.isoformat()
    return to_local_iso(datetime.combine(day, clock))


def _parse_iso(match: re.Match) -> str | None:
    year, month, day, hour, minute, second, offset = match.groups()
    valid = _valid_day(int(year), int(month), int(day))
    if valid is None:
        return None
    if hour is None:
        return valid.isoformat()
    clock = _clock(hour, minute, second, None)
    if clock is None:
        return None
    moment = datetime.combine(valid, clock)
    if offset:
        if offset == "Z":
            moment = moment.replace(tzinfo=timezone.utc)
        else:
            sign = 1 if offset[0] == "+" else -1
            digits = offset[1:].replace(":", "")
            moment = moment.replace(
                tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
            )
    return to_local_iso(moment)


def _month_number(name: str) -> int | None:
    return _MONTHS_EN.get(name.lower().rstrip("."))


_WEEKDAYS_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


DAY_FIRST, MONTH_FIRST = "dmy", "mdy"   # how a site writes numeric dates: 20/12/2024 or 12/20/2024
# A Vietnamese weekday right before a numeric date ("Thứ Năm, 01/05/2025"): word forms only, since
# "thứ 2" is as often an ordinal ("kỳ họp thứ 2, ngày …").
_VI_WEEKDAY_BEFORE = re.compile(r"(?:thứ\s+(hai|ba|tư|năm|sáu|bảy)|(chủ\s+nhật))\s*[,\-–]?\s*(?:ngày\s*)?$", re.I)
_VI_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}


def _numeric_day(year: int, first: int, second: int, order: str | None) -> date | None:
    """A numeric date without a weekday: the only valid reading, or, when both are (both numbers
    ≤ 12), the one `order` says; day first by default, as Vietnamese writes dates."""
    day_first, month_first = _valid_day(year, second, first), _valid_day(year, first, second)
    if day_first and month_first:
        return month_first if order == MONTH_FIRST else day_first
    return day_first or month_first


def _weekday_reading(text: str, year: int, first: int, second: int, order: str | None) -> date | None:
    """A date written after an English weekday, read month first (Drupal 7's "Fri, 12/20/2024")
    unless only the day-first reading falls on that weekday (Backdrop's "Thu, 05/01/2023"); when
    the weekday fits both readings, `order` decides."""
    weekday = _WEEKDAYS_EN.index(text.strip()[:3].lower()) if text.strip()[:3].lower() in _WEEKDAYS_EN else None
    month_first, day_first = _valid_day(year, first, second), _valid_day(year, second, first)
    fits = [reading for reading in (month_first, day_first) if reading and weekday is not None
            and reading.weekday() == weekday]
    if len(fits) == 1:
        return fits[0]
    if day_first and month_first and order == DAY_FIRST:
        return day_first
    return month_first or day_first


def numeric_order(value: str | None) -> str | None:
    """The order of day and month that the first numeric date in `value` shows beyond doubt:
    DAY_FIRST for 20/12/2024, MONTH_FIRST for 12/20/2024, None for 05/01/2023 or no such date."""
    match = _NUMERIC.search(" ".join(unicodedata.normalize("NFC", value or "").split()))
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return DAY_FIRST
    if second > 12 >= first:
        return MONTH_FIRST
    return None


def _vi_weekday_confirms(value: str, day_first: str | None, month_first: str | None) -> bool:
    """Whether a Vietnamese weekday written right before the numeric date fits its day-first
    reading and not the other one."""
    text = " ".join(unicodedata.normalize("NFC", value).split())
    match = _NUMERIC.search(text)   # the day/month/year digits, with or without a time before them
    before = _VI_WEEKDAY_BEFORE.search(text[: match.start()]) if match else None
    if before is None or not day_first or not month_first:
        return False
    weekday = 6 if before.group(2) else _VI_WEEKDAYS[before.group(1).lower()]
    return date.fromisoformat(day_first[:10]).weekday() == weekday != date.fromisoformat(month_first[:10]).weekday()


def parse_date(value: str | None, order: str | None = None) -> str | None:
    """The first date in `value`, as ISO 8601 (+07:00) or a bare day; None when there is none.
    `order` (DAY_FIRST, MONTH_FIRST): how to read a numeric date that could be either."""
    if not value:
        return None
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if not text:
        return None

    match = _ISO.search(text)
    if match and (result := _parse_iso(match)):
        return result
    if _RFC2822.match(text):
        try:
            return to_local_iso(parsedate_to_datetime(text))
        except (TypeError, ValueError):
            pass

    candidates: list[tuple[int, str]] = []

    def consider(match: re.Match | None, result: str | None) -> None:
        if match and result:
            candidates.append((match.start(), result))

    match = _US_NUMERIC.search(text)
    if match:
        month, day, year, *clock = match.groups()
        consider(match, _combine(_weekday_reading(match.group(0), int(year), int(month), int(day), order),
                                 _clock(*clock)))
    match = _NUMERIC_TIME_FIRST.search(text)
    if match:
        hour, minute, second, meridiem, day, month, year = match.groups()
        consider(match, _combine(_numeric_day(int(year), int(day), int(month), order),
                                 _clock(hour, minute, second, meridiem)))
    match = _NUMERIC.search(text)
    if match:
        day, month, year, *clock = match.groups()
        consider(match, _combine(_numeric_day(int(year), int(day), int(month), order), _clock(*clock)))
    match = _VI_WORDS.search(text)
    if match:
        day, month, year, *clock = match.groups()
        consider(match, _combine(_valid_day(int(year), int(month), int(day)), _clock(*clock)))
    for pattern, order in ((_EN_DAY_MONTH, "dmy"), (_EN_MONTH_DAY, "mdy")):
        for match in pattern.finditer(text):
            first, second, year, *clock = match.groups()
            day, month_name = (first, second) if order == "dmy" else (second, first)
            month = _month_number(month_name)
            if month:
                consider(match, _combine(_valid_day(int(year), month, int(day)), _clock(*clock)))
                break
    if not candidates:
        return None
    # The earliest date in the text wins: labels put the date first ("22/03/2024 - 10:15").
    # A US-order match starts at its weekday, so it wins over the same digits read day-first.
    return min(candidates, key=lambda pair: pair[0])[1]


class DateReader:
    """Reads the dates one page shows. A numeric date that could be read either way (05/01/2023,
    with no weekday to settle it) is read in `order`, the site's own (learnt from its unambiguous
    dates, extract/sitelearn.py); with no order known it is read as `parse_date` reads it (day
    first, as Vietnamese writes dates) and `assumed` says so, unless a Vietnamese weekday before it
    fits that reading only ("Thứ Năm, 01/05/2025"). `seen`: the order the page's own unambiguous
    dates showed, for the site's model."""

    def __init__(self, order: str | None = None) -> None:
        self.order = order
        self.assumed = False
        self.seen: str | None = None

    def __call__(self, value: str | None) -> str | None:
        day_first, month_first = parse_date(value, DAY_FIRST), parse_date(value, MONTH_FIRST)
        if day_first == month_first:
            self.seen = self.seen or numeric_order(value)
            return day_first
        if self.order is None:
            self.assumed = self.assumed or not _vi_weekday_confirms(value, day_first, month_first)
            return parse_date(value)
        return parse_date(value, self.order)
