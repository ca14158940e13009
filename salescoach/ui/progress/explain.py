"""How the Progress view's figures are computed, with the rep's own figures: the tooltips
of the readout, the caption, the goal and the streak.

Built from the same series and facts the view shows, never read again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from salescoach.domain.goals import GoalRow
from salescoach.domain.periods import add_months
from salescoach.domain.progress import CaptionFacts, Grouping, Metric, PeriodTotals, Streak
from salescoach.domain.progress import days_in_year as year_days
from salescoach.ui.progress.text import (
    average_label,
    metric_label,
    money_whole,
    month_name,
    percent,
    period_label,
    quarter_label,
)

# Called by this name, with literal arguments, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def _metric_source(metric: Metric) -> str:
    if metric is Metric.REVENUE:
        return translate("ProgressExplained", "the amounts of the deals won")
    return translate("ProgressExplained", "the commission on the deals won")


def readout_tip(
    periods: Sequence[PeriodTotals],
    i: int,
    grouping: Grouping,
    metric: Metric,
    currency: str,
    average: float | None,
    goal: GoalRow | None,
) -> str:
    """The readout's period: its rate, its total, the rolling average and the goal."""
    p = periods[i]
    period = period_label(p.start, grouping)
    lines = []
    if p.closed:
        lines.append(
            translate(
                "ProgressExplained",
                "Won ÷ closed = {won} ÷ ({won} + {lost}) = {rate}, deals closed in {period}.",
            ).format(won=p.won, lost=p.lost, rate=percent(p.won / p.closed), period=period)
        )
    lines.append(
        translate(
            "ProgressExplained", "{metric}: {source} closed in {period}, added up: {amount}."
        ).format(
            metric=metric_label(metric),
            source=_metric_source(metric),
            period=period,
            amount=money_whole(p.value(metric), currency),
        )
    )
    if average is not None:
        window = periods[i - 2 : i + 1]
        lines.append(
            translate("ProgressExplained", "{label} = ({values}) ÷ 3 = {average}.").format(
                label=average_label(grouping),
                values=" + ".join(money_whole(q.value(metric), currency) for q in window),
                average=money_whole(average, currency),
            )
        )
    if goal is not None and goal.metric is metric and goal.currency == currency:
        target, set_by_rep = goal.target_for(grouping)
        if set_by_rep and grouping is not Grouping.YEAR:
            lines.append(
                translate("ProgressExplained", "Goal: the target you set, {amount}.").format(
                    amount=money_whole(target, currency)
                )
            )
        elif grouping is not Grouping.YEAR:
            lines.append(
                translate(
                    "ProgressExplained",
                    "Goal: the {year} goal spread evenly, {goal} ÷ {parts} = {amount}.",
                ).format(
                    year=goal.year,
                    goal=money_whole(goal.amount_cents, currency),
                    parts=grouping.per_year,
                    amount=money_whole(target, currency),
                )
            )
    return "\n".join(lines)


def _months_text(first: dt.date, count: int) -> str:
    months = [add_months(first, k) for k in range(count)]
    if count == 1:
        return month_name(months[0])
    return f"{month_name(months[0])}–{month_name(months[-1])}"


def caption_tip(f: CaptionFacts, metric: Metric, today: dt.date, currency: str) -> str:
    """Each fact of the caption with the totals it compares."""
    money = money_whole
    lines = []
    if f.weakest_month is not None:
        lines.append(
            translate(
                "ProgressExplained",
                "Weakest month: the finished month of {year} with the least {metric}, "
                "{month} ({amount}).",
            ).format(
                year=today.year,
                metric=metric_label(metric).lower(),
                month=month_name(f.weakest_month),
                amount=money(f.weakest_cents, currency),
            )
        )
    if f.quarter is not None and f.quarter_change is not None:
        lines.append(
            translate(
                "ProgressExplained",
                "{quarter} against the same months a year before: {now} against {before}, "
                "({now} − {before}) ÷ {before} = {change}.",
            ).format(
                quarter=quarter_label(f.quarter),
                now=money(f.quarter_cents, currency),
                before=money(f.quarter_before_cents, currency),
                change=percent(f.quarter_change, signed=True),
            )
        )
    if f.year_change is not None and f.months_compared:
        lines.append(
            translate(
                "ProgressExplained",
                "{year} so far ({months}) against the same months of {last}: {now} against "
                "{before}, ({now} − {before}) ÷ {before} = {change}.",
            ).format(
                year=today.year,
                months=_months_text(dt.date(today.year, 1, 1), f.months_compared),
                last=today.year - 1,
                now=money(f.year_cents, currency),
                before=money(f.year_before_cents, currency),
                change=percent(f.year_change, signed=True),
            )
        )
    if f.goal_cents and f.goal_share is not None:
        lines.append(goal_tip(f.goal_cents, f.reached_cents, f.pace_today_cents, today, currency))
    if not lines:
        return translate(
            "ProgressExplained",
            "The comparisons appear once this year has a finished month and last year has "
            "figures to compare with.",
        )
    return "\n".join(lines)


def goal_tip(goal_cents: int, reached: int, pace: int, today: dt.date, currency: str) -> str:
    """The share of the yearly goal reached and the even pace it is compared with."""
    money = money_whole
    day = today.timetuple().tm_yday
    days = year_days(today.year)
    return translate(
        "ProgressExplained",
        "Reached: {reached} of {goal} = {share}. Pace today: {goal} × {day} ÷ {days} days = "
        "{pace}; {reached} − {pace} = {gap}.",
    ).format(
        reached=money(reached, currency),
        goal=money(goal_cents, currency),
        share=percent(reached / goal_cents),
        day=day,
        days=days,
        pace=money(pace, currency),
        gap=("+" if reached >= pace else "−") + money(abs(reached - pace), currency),
    )


def streak_tip(streak: Streak, months: Sequence[PeriodTotals], today: dt.date) -> str:
    """The months counted, from the most recent back."""
    won = {m.start: m.won for m in months}
    month = today.replace(day=1)
    if not streak.this_month:
        month = add_months(month, -1)
    counted = []
    for _ in range(min(streak.months, 6)):
        counted.append(
            translate("ProgressExplained", "{month}: {won} won").format(
                month=period_label(month, Grouping.MONTH), won=won.get(month, 0)
            )
        )
        month = add_months(month, -1)
    if streak.months > 6:
        counted.append("…")
    text = translate(
        "ProgressExplained",
        "Months in a row with at least one deal won, counted back from this month (from "
        "last month while this one has no win yet: it does not break the streak before it "
        "ends).",
    )
    return "\n".join([text, *counted])
