"""Money, dates and numbers in the user's locale (QLocale everywhere, one place)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from salescoach.domain.money import currency_symbol, parse_amount


def money(cents: int, currency: str) -> str:
    """12 500,00 € in French, €12,500.00 in English."""
    return QLocale().toCurrencyString(cents / 100, currency_symbol(currency), 2)


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


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
