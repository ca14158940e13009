"""The dates salescoach accepts: years 1900 to 2200, everywhere.

Python's dates end in 9999, and a single won date of 9999-12-31 once made every monthly
series overflow (and a year-1 date made one of 24,000 months). So imports, the editors and
the command line refuse anything outside these bounds, and the series never run past them.

CRMs write a far-future date for "no date" (Salesforce's `31.12.3999` as an open deal's
expected close date; other tools `9999-12-31` or `4000-12-31`): a date from
`PLACEHOLDER_YEAR` on is such a placeholder, which an import reads as no date when it is
the close date of a deal still open.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from salescoach.domain.periods import add_months

FIRST_YEAR = 1900
LAST_YEAR = 2200
FIRST_DAY = dt.date(FIRST_YEAR, 1, 1)
LAST_DAY = dt.date(LAST_YEAR, 12, 31)
PLACEHOLDER_YEAR = 3999  # Salesforce's 31.12.3999; 4000-12-31 and 9999-12-31 likewise

D = TypeVar("D", bound=dt.date)  # a date or a datetime


class OutOfBoundsError(ValueError):
    """A real calendar date, but outside FIRST_YEAR to LAST_YEAR."""


def in_bounds(day: dt.date) -> bool:
    return FIRST_DAY <= (day.date() if isinstance(day, dt.datetime) else day) <= LAST_DAY


def checked(day: D) -> D:
    """`day` itself; `OutOfBoundsError` outside the bounds."""
    if not in_bounds(day):
        raise OutOfBoundsError(day.isoformat())
    return day


def key_in_bounds(period: str) -> bool:
    """A period key ("2025-08", "2025-Q3") as the store builds from a date's text, within
    the bounds."""
    return FIRST_YEAR <= int(period[:4]) <= LAST_YEAR


def clamp(day: dt.date) -> dt.date:
    """`day` moved into the bounds (for arithmetic on a date written by an older version)."""
    return min(max(day, FIRST_DAY), LAST_DAY)


def months_after(day: dt.date, months: int) -> dt.date:
    """`add_months` that cannot overflow on a date written by an older version (9999-12-31)
    and stays within the bounds itself."""
    return clamp(add_months(clamp(day), months))


def is_placeholder(day: dt.date) -> bool:
    """A far-future date a CRM writes for "no date"."""
    return day.year >= PLACEHOLDER_YEAR


OUT_OF_BOUNDS = QT_TRANSLATE_NOOP(
    "Importing", "“{value}” is not a date between {first} and {last}."
)


def out_of_bounds(value: str) -> Message:
    """“9999-12-31” is not a date between 1900 and 2200."""
    return msg("Importing", OUT_OF_BOUNDS, value=value, first=FIRST_YEAR, last=LAST_YEAR)


def field_error(day: dt.date | None) -> Message | None:
    """The message beside a date field holding a date outside the bounds; None if within."""
    if day is None or in_bounds(day):
        return None
    return msg(
        "Validation",
        QT_TRANSLATE_NOOP("Validation", "Choose a date between {first} and {last}."),
        first=FIRST_YEAR,
        last=LAST_YEAR,
    )
