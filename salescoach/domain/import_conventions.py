"""How a file writes numbers and dates: the decimal mark and the order of day and month,
read from all of its values (the rep may correct them), and its dates read that way."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from salescoach.domain.crm_vocabulary import DATE_FIELDS, Field
from salescoach.domain.messages import QT_TRANSLATE_NOOP


class DateOrder(StrEnum):
    DMY = "dmy"  # 31/12/2024, French and British
    MDY = "mdy"  # 12/31/2024, American


DATE_ORDER_NAMES: dict[DateOrder | None, str] = {
    DateOrder.DMY: QT_TRANSLATE_NOOP("Importing", "day first (31/12/2024)"),
    DateOrder.MDY: QT_TRANSLATE_NOOP("Importing", "month first (12/31/2024)"),
    None: QT_TRANSLATE_NOOP("Importing", "ISO (2024-12-31)"),
}
DECIMAL_NAMES: dict[str, str] = {
    ",": QT_TRANSLATE_NOOP("Importing", "decimal comma (12 500,50)"),
    ".": QT_TRANSLATE_NOOP("Importing", "decimal point (12,500.50)"),
}

_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T].*)?")
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,].*)?")


@dataclass(frozen=True)
class Conventions:
    """How a file writes numbers and dates, as detected (the rep may correct them)."""

    decimal_point: str  # "," or "."
    date_order: DateOrder | None  # None: no d/m/y dates, or undecided (see `dates_ambiguous`)
    dates_ambiguous: bool = False  # d/m/y dates, none telling day from month: ask the rep
    example_date: str = ""  # one of the ambiguous dates, to ask about


def detect_conventions(
    rows: Sequence[Sequence[str]], mapping: dict[Field, int], separator: str
) -> Conventions:
    """Read the decimal mark from the amounts and the date order from every date cell.

    Day-first is certain once a first number exceeds 12 (31/12/2024), month-first once a
    second does (12/31/2024); with neither, or both, the order is left for the rep.
    """
    comma = point = 0
    amount = mapping.get(Field.AMOUNT)
    if amount is not None:
        for row in rows:
            if amount < len(row):
                c, p = _decimal_evidence(row[amount])
                comma += c
                point += p
    decimal = "," if comma > point else "." if point > comma else "," if separator == ";" else "."
    day_first = month_first = 0
    example = first = ""
    columns = [mapping[f] for f in DATE_FIELDS if f in mapping]
    for row in rows:
        for column in columns:
            if column >= len(row):
                continue
            m = NUMERIC_DATE.fullmatch(row[column].strip())
            if m is None:
                continue
            a, b = int(m.group(1)), int(m.group(2))
            first = first or m.group(0).split()[0]
            if a > 12 >= b:
                day_first += 1
            elif b > 12 >= a:
                month_first += 1
            elif not example:
                example = m.group(0).split()[0]
    if day_first and not month_first:
        return Conventions(decimal, DateOrder.DMY)
    if month_first and not day_first:
        return Conventions(decimal, DateOrder.MDY)
    if day_first or example:  # both orders seen, or none: the rep says
        return Conventions(decimal, None, True, example or first)
    return Conventions(decimal, None)


_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}(?!\d)")
_POINT_DECIMAL = re.compile(r"\d\.\d{1,2}(?!\d)")


def _decimal_evidence(text: str) -> tuple[int, int]:
    """(1, 0) when `text` has a decimal comma (12 500,50), (0, 1) for a point (12,500.50)."""
    if "," in text and "." in text:
        return (1, 0) if text.rfind(",") > text.rfind(".") else (0, 1)
    if _COMMA_DECIMAL.search(text):
        return 1, 0
    if _POINT_DECIMAL.search(text):
        return 0, 1
    return 0, 0


def parse_date(text: str, order: DateOrder | None) -> dt.date | None:
    """A date written ISO (2024-12-31, with or without a time) or d/m/y, m/d/y as `order`
    says. Raises ValueError for anything else, or a d/m/y date when `order` is None."""
    s = text.strip()
    if not s:
        return None
    m = _ISO.fullmatch(s)
    if m:
        return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    m = NUMERIC_DATE.fullmatch(s)
    if m is None or order is None:
        raise ValueError(s)
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if len(m.group(3)) == 2:
        year += 2000
    day, month = (first, second) if order is DateOrder.DMY else (second, first)
    return dt.date(year, month, day)
