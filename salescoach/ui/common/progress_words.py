"""The words and numbers the charts share (the Progress view, the manager's Team area):
period names, money without cents, percentages, a period's exact figures. Translated in
the "Progress" context, where they were first written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from salescoach.domain.money import currency_symbol
from salescoach.domain.progress import Grouping, Metric, PeriodTotals
from salescoach.ui.common import formatting

# Called by this name, with literal arguments, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


# numbers --------------------------------------------------------------------------------
def percent(fraction: float, signed: bool = False) -> str:
    """12% in English, 12 % in French; "+12%" when `signed`."""
    value = round(fraction * 100)
    number = QLocale().toString(abs(value) if signed else value)
    if signed:
        number = ("+" if value >= 0 else "−") + number
    return formatting.percent_sign(number)


def money_whole(cents: int | float, currency: str) -> str:
    """An amount rounded to the unit: 12 500 € in French, €12,500 in English."""
    return QLocale().toCurrencyString(round(cents / 100), currency_symbol(currency), 0)


def compact(value: float) -> str:
    """An axis label: 950, 12k, 1.2M (in the locale's digits)."""
    locale = QLocale()
    size = abs(value)
    if size >= 1_000_000:
        digits = 0 if size >= 10_000_000 else 1
        return translate("Progress", "{value}M").format(
            value=locale.toString(value / 1_000_000, "f", digits)
        )
    if size >= 1_000:
        digits = 0 if size >= 10_000 else 1
        return translate("Progress", "{value}k").format(
            value=locale.toString(value / 1_000, "f", digits)
        )
    return locale.toString(round(value))


# names ----------------------------------------------------------------------------------
def metric_label(metric: Metric) -> str:
    return (
        translate("Progress", "Revenue")
        if metric is Metric.REVENUE
        else translate("Progress", "Commission")
    )


def grouping_label(grouping: Grouping) -> str:
    return {
        Grouping.MONTH: translate("Progress", "Month"),
        Grouping.QUARTER: translate("Progress", "Quarter"),
        Grouping.YEAR: translate("Progress", "Year"),
    }[grouping]


def per_period(grouping: Grouping) -> str:
    return {
        Grouping.MONTH: translate("Progress", "per month"),
        Grouping.QUARTER: translate("Progress", "per quarter"),
        Grouping.YEAR: translate("Progress", "per year"),
    }[grouping]


def average_label(grouping: Grouping) -> str:
    return {
        Grouping.MONTH: translate("Progress", "3-month average"),
        Grouping.QUARTER: translate("Progress", "3-quarter average"),
        Grouping.YEAR: translate("Progress", "3-year average"),
    }[grouping]


def month_name(day: dt.date) -> str:
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def quarter_label(day: dt.date) -> str:
    return formatting.quarter_of_day(day)


def period_label(start: dt.date, grouping: Grouping) -> str:
    if grouping is Grouping.MONTH:
        return f"{month_name(start)} {start.year}"
    if grouping is Grouping.QUARTER:
        return quarter_label(start)
    return str(start.year)


def date_label(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


# sentences ------------------------------------------------------------------------------
def readout(
    p: PeriodTotals,
    grouping: Grouping,
    metric: Metric,
    currency: str,
    average: float | None,
    target: float | None,
) -> str:
    """The exact figures of one period (shown while the mouse is over it)."""
    period = period_label(p.start, grouping)
    parts = [
        translate("Progress", "{period}: {won} won, {lost} lost ({rate} won)").format(
            period=period, won=p.won, lost=p.lost, rate=percent(p.won / p.closed)
        )
        if p.closed
        else translate("Progress", "{period}: no deal closed").format(period=period),
        translate("Progress", "{metric} {amount}").format(
            metric=metric_label(metric), amount=money_whole(p.value(metric), currency)
        ),
    ]
    if average is not None:
        parts.append(
            translate("Progress", "{label} {amount}").format(
                label=average_label(grouping), amount=money_whole(average, currency)
            )
        )
    if target is not None:
        parts.append(
            translate("Progress", "goal {amount}").format(amount=money_whole(target, currency))
        )
    return " · ".join(parts)
