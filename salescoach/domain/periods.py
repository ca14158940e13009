"""Calendar arithmetic shared by follow-ups and period roll-ups."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the end of a shorter month (31 Jan → 29 Feb)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Period(StrEnum):
    """The periods a rep can look back over."""

    ALL = "all"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def period_range(period: Period, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of `period` as seen on `today` (None, None for all time)."""
    if period is Period.ALL:
        return None, None
    if period is Period.LAST_12_MONTHS:
        return add_months(today, -12) + dt.timedelta(days=1), today
    if period is Period.THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if period is Period.LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    start = quarter_start(today)
    if period is Period.LAST_QUARTER:
        start = add_months(start, -3)
    return start, add_months(start, 3) - dt.timedelta(days=1)
