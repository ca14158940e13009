"""The words and numbers of the Progress view, in the user's language: period names, money
without cents, percentages, and the caption built from the facts the domain computes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from salescoach.domain.goals import GoalRow
from salescoach.domain.money import currency_symbol
from salescoach.domain.progress import CaptionFacts, Grouping, Metric, PeriodTotals, Streak

# Called by this name, with literal arguments, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


# numbers --------------------------------------------------------------------------------
def percent(fraction: float, signed: bool = False) -> str:
    """12% in English, 12 % in French; "+12%" when `signed`."""
    value = round(fraction * 100)
    number = QLocale().toString(abs(value) if signed else value)
    if signed:
        number = ("+" if value >= 0 else "−") + number
    return translate("Progress", "{value}%").format(value=number)


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
    return translate("Progress", "Q{quarter} {year}").format(
        quarter=(day.month - 1) // 3 + 1, year=day.year
    )


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


def _quarter_sentence(f: CaptionFacts) -> str | None:
    if f.quarter is None or f.quarter_change is None:
        return None
    q, pct = quarter_label(f.quarter), percent(abs(f.quarter_change))
    last = quarter_label(f.quarter.replace(year=f.quarter.year - 1))
    if f.quarter_finished:
        if f.quarter_change > 0:
            return translate("Progress", "{quarter} is {pct} above {last}.").format(
                quarter=q, pct=pct, last=last
            )
        if f.quarter_change < 0:
            return translate("Progress", "{quarter} is {pct} below {last}.").format(
                quarter=q, pct=pct, last=last
            )
        return translate("Progress", "{quarter} is level with {last}.").format(quarter=q, last=last)
    if f.quarter_change > 0:
        return translate(
            "Progress", "{quarter} so far is {pct} above the same months last year."
        ).format(quarter=q, pct=pct)
    if f.quarter_change < 0:
        return translate(
            "Progress", "{quarter} so far is {pct} below the same months last year."
        ).format(quarter=q, pct=pct)
    return None


def _but_sentence(f: CaptionFacts, month: str) -> str | None:
    """The article's point in one sentence: a bad month inside a better quarter."""
    if f.quarter is None or f.quarter_change is None or f.quarter_change <= 0:
        return None
    q, pct = quarter_label(f.quarter), percent(f.quarter_change)
    if f.quarter_finished:
        return translate(
            "Progress",
            "{month} was your weakest month this year, but {quarter} is {pct} above {last}.",
        ).format(
            month=month,
            quarter=q,
            pct=pct,
            last=quarter_label(f.quarter.replace(year=f.quarter.year - 1)),
        )
    return translate(
        "Progress",
        "{month} was your weakest month this year, but {quarter} so far is {pct} above the "
        "same months last year.",
    ).format(month=month, quarter=q, pct=pct)


def caption(f: CaptionFacts, today: dt.date, currency: str) -> str:
    """A few sentences that put this year's weak spots inside the longer run."""
    sentences = []
    month = month_name(f.weakest_month) if f.weakest_month is not None else None
    but = _but_sentence(f, month) if month else None
    if but is not None:
        sentences.append(but)
    else:
        if month is not None:
            sentences.append(
                translate("Progress", "{month} was your weakest month this year.").format(
                    month=month
                )
            )
        quarter = _quarter_sentence(f)
        if quarter is not None:
            sentences.append(quarter)
    if f.year_change is not None and f.months_compared:
        text = (
            translate(
                "Progress",
                "Over its first %n month(s), {year} is {pct} above last year.",
                "",
                f.months_compared,
            )
            if f.year_change >= 0
            else translate(
                "Progress",
                "Over its first %n month(s), {year} is {pct} below last year.",
                "",
                f.months_compared,
            )
        )
        sentences.append(text.format(year=today.year, pct=percent(abs(f.year_change))))
    if f.goal_share is not None and f.pace_gap_cents is not None:
        text = (
            translate(
                "Progress", "You have reached {share} of your {year} goal, {gap} ahead of pace."
            )
            if f.pace_gap_cents >= 0
            else translate(
                "Progress", "You have reached {share} of your {year} goal, {gap} behind pace."
            )
        )
        sentences.append(
            text.format(
                share=percent(f.goal_share),
                year=today.year,
                gap=money_whole(abs(f.pace_gap_cents), currency),
            )
        )
    return " ".join(sentences) or translate(
        "Progress",
        "Each deal you close adds to this chart: the long run counts more than one month.",
    )


def goal_summary(goal: GoalRow | None, year: int, reached_cents: int, pace: int) -> str:
    if goal is None:
        return translate(
            "Progress", "No goal for {year} yet. Set one to see where you should stand today."
        ).format(year=year)
    lines = [
        translate("Progress", "{year} goal: {amount} ({metric})").format(
            year=year,
            amount=money_whole(goal.amount_cents, goal.currency),
            metric=metric_label(goal.metric).lower(),
        ),
        (
            translate("Progress", "{share} reached, {gap} ahead of pace")
            if reached_cents >= pace
            else translate("Progress", "{share} reached, {gap} behind pace")
        ).format(
            share=percent(reached_cents / goal.amount_cents),
            gap=money_whole(abs(reached_cents - pace), goal.currency),
        ),
    ]
    if goal.target_period is not None and goal.target_cents is not None:
        lines.append(
            translate("Progress", "Target {per}: {amount}").format(
                per=per_period(goal.target_period),
                amount=money_whole(goal.target_cents, goal.currency),
            )
        )
    return "\n".join(lines)


def streak_text(streak: Streak) -> str:
    if streak.months == 0:
        return translate(
            "Progress", "No win last month or this month yet: your next win starts a streak."
        )
    text = translate("Progress", "%n month(s) in a row with at least one win.", "", streak.months)
    if not streak.this_month:
        text += " " + translate("Progress", "Win a deal this month to keep it going.")
    return text
