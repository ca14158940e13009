"""The words and numbers of the Progress view, in the user's language: period names, money
without cents, percentages, and the caption built from the facts the domain computes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from salescoach.domain.goals import GoalRow
from salescoach.domain.progress import CaptionFacts, Streak
from salescoach.ui.common.progress_words import (  # noqa: F401 (the views use text.*)
    average_label,
    compact,
    date_label,
    grouping_label,
    metric_label,
    money_whole,
    month_name,
    per_period,
    percent,
    period_label,
    quarter_label,
    readout,
)

# Called by this name, with literal arguments, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


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
