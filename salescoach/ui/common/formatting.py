"""Money, dates and numbers in the user's locale (QLocale everywhere, one place)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit

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


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def datetime_text(moment: dt.datetime) -> str:
    qdt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
    )
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def count_text(n: int) -> str:
    return QLocale().toString(n)


def number_text(value: float, decimals: int = 1) -> str:
    """At most `decimals` decimals, none when whole: "12", "12.5" ("12,5" in French)."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def percent_text(share: float, decimals: int = 0) -> str:
    """0.245 → "25 %" (the app writes a space before % in both languages)."""
    return f"{number_text(share * 100, decimals)}\u00a0%"


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
