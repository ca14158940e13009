"""Money, dates and numbers in the user's locale (QLocale everywhere, one place)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from salescoach.domain.date_bounds import FIRST_DAY, LAST_DAY
from salescoach.domain.money import currency_symbol, parse_amount


def money(cents: float, currency: str, decimals: int = 2) -> str:
    """12 500,00 € in French, €12,500.00 in English."""
    return QLocale().toCurrencyString(cents / 100, currency_symbol(currency), decimals)


def amount_text(cents: int) -> str:
    """An amount as the user would type it, without currency (for editing)."""
    return QLocale().toString(cents / 100, "f", 2)


def parse_money(text: str) -> int | None:
    """Cents from what the user typed, reading the decimal mark of their locale."""
    return parse_amount(text, QLocale().decimalPoint())


def four_digit_years(pattern: str) -> str:
    """A locale's short pattern with the year in full: en_US's "M/d/yy" reads 11/29/26,
    and 2000 and 2100 both print as 00."""
    return re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", pattern)


def date_format() -> str:
    """The locale's short date pattern, four-digit year (11/29/2026, 29/11/2026)."""
    return four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def datetime_format() -> str:
    return four_digit_years(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def date_text(day: dt.date | None, pattern: str | None = None) -> str:
    """`day` in the locale's short format; `pattern`: that format, already asked for (a
    table formatting many dates)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern or date_format())


def datetime_text(moment: dt.datetime) -> str:
    qdt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
    )
    return QLocale().toString(qdt, datetime_format())


def quarter_text(year: int, quarter: int) -> str:
    """The one way a quarter is written: "Q4 2026" in English, "T4 2026" in French."""
    return QCoreApplication.translate("Formatting", "Q{quarter} {year}").format(
        quarter=quarter, year=year
    )


def quarter_of_day(day: dt.date) -> str:
    return quarter_text(day.year, (day.month - 1) // 3 + 1)


def quarter_key_text(key: str) -> str:
    """A quarter as the domain names it ("2026-Q4") in the user's language."""
    match = re.fullmatch(r"(\d{4})-Q([1-4])", key)
    return quarter_text(int(match[1]), int(match[2])) if match else key


def count_text(n: int) -> str:
    return QLocale().toString(n)


def number_text(value: float, decimals: int = 1) -> str:
    """At most `decimals` decimals, none when whole: "12", "12.5" ("12,5" in French)."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def percent_text(share: float, decimals: int = 0) -> str:
    """0.245 → "25%" in English, "25 %" in French (a narrow no-break space)."""
    return percent_sign(number_text(share * 100, decimals))


def percent_sign(number: str) -> str:
    """A number already written, with the percent sign as the language writes it."""
    return QCoreApplication.translate("Formatting", "{number}%").format(number=number)


def ratio_text(per_win: float) -> str:
    """The article's "50:1": touches per win, whole from 10 on ("1,000:1", "7.5:1")."""
    return f"{number_text(per_win, 0 if per_win >= 9.95 else 1)}:1"


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def bound_dates(edit: QDateTimeEdit) -> None:
    """Only the years salescoach accepts (domain.date_bounds): Qt's own range ends in 9999,
    a date the monthly series cannot go to."""
    edit.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))
    # Four-digit years in the field too (Qt's en_US default shows 11/29/26).
    edit.setDisplayFormat(date_format() if isinstance(edit, QDateEdit) else datetime_format())
