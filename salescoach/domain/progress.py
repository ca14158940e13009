"""Long-term progress: periods and their totals, the rolling average, the pace towards a
yearly goal, the streak of months with a win, and the facts the chart's caption puts into
words ("March was your weakest month this year, but Q1 is 12% above Q1 last year").

The store adds deals up per period in SQL; everything here works on those few totals.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from salescoach.domain.date_bounds import clamp, in_bounds
from salescoach.domain.periods import add_months, quarter_start


class Grouping(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def months(self) -> int:
        return {"month": 1, "quarter": 3, "year": 12}[self.value]

    @property
    def per_year(self) -> int:
        return 12 // self.months


class Metric(StrEnum):
    """What the money line and a goal count: the deals' amounts, or the rep's commission."""

    REVENUE = "revenue"
    COMMISSION = "commission"


def period_start(day: dt.date, grouping: Grouping) -> dt.date:
    if grouping is Grouping.MONTH:
        return day.replace(day=1)
    if grouping is Grouping.QUARTER:
        return quarter_start(day)
    return dt.date(day.year, 1, 1)


def next_period(start: dt.date, grouping: Grouping) -> dt.date:
    return add_months(start, grouping.months)


def period_key(start: dt.date, grouping: Grouping) -> str:
    """'2025-03', '2025-Q1' or '2025': the keys the store groups by."""
    if grouping is Grouping.MONTH:
        return f"{start.year}-{start.month:02d}"
    if grouping is Grouping.QUARTER:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def parse_period_key(key: str) -> dt.date:
    """The first day of the period named by `period_key`."""
    year = int(key[:4])
    if len(key) == 4:
        return dt.date(year, 1, 1)
    if key[5] == "Q":
        return dt.date(year, (int(key[6]) - 1) * 3 + 1, 1)
    return dt.date(year, int(key[5:7]), 1)


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """The deals closed in one period: how many won and lost, and what the wins brought."""

    start: dt.date
    won: int = 0
    lost: int = 0
    revenue_cents: int = 0
    commission_cents: int = 0

    def value(self, metric: Metric) -> int:
        return self.revenue_cents if metric is Metric.REVENUE else self.commission_cents

    @property
    def closed(self) -> int:
        return self.won + self.lost


TotalsRow = tuple[str, int, int, int, int]  # (period key, won, lost, revenue, commission)


def fill_periods(
    rows: Iterable[TotalsRow], grouping: Grouping, until: dt.date | None = None
) -> list[PeriodTotals]:
    """Every period from the first with a closed deal to the one holding `until` (or the
    last with data, if later), oldest first, within the years of `date_bounds`. Periods
    without a closed deal are zeros, not gaps: a rolling average must count a blank month
    as a blank month."""
    found: dict[dt.date, PeriodTotals] = {}
    for key, won, lost, revenue, commission in rows:
        start = parse_period_key(key)
        # A close date outside the years salescoach accepts (9999-12-31 written by an older
        # version) is left out: a series to it would overflow or run for thousands of years.
        if in_bounds(start):
            found[start] = PeriodTotals(start, won, lost, revenue, commission)
    if not found:
        return []
    start = min(found)
    last = max(found)
    if until is not None:
        last = max(last, period_start(clamp(until), grouping))
    out = []
    while start <= last:
        out.append(found.get(start, PeriodTotals(start)))
        start = next_period(start, grouping)
    return out


def rolling_average(values: Sequence[float], window: int = 3) -> list[float | None]:
    """The mean of each value and the `window - 1` before it; None until there are enough."""
    out: list[float | None] = []
    total = 0.0
    for i, v in enumerate(values):
        total += v
        if i >= window:
            total -= values[i - window]
        out.append(total / window if i >= window - 1 else None)
    return out


def roll_up(months: Sequence[PeriodTotals], grouping: Grouping) -> list[PeriodTotals]:
    """Monthly totals added up into quarters or years (the same numbers the store's GROUP BY
    gives; used to check it, and for small in-memory series)."""
    out: dict[dt.date, list[int]] = {}
    for m in months:
        t = out.setdefault(period_start(m.start, grouping), [0, 0, 0, 0])
        t[0] += m.won
        t[1] += m.lost
        t[2] += m.revenue_cents
        t[3] += m.commission_cents
    return [PeriodTotals(start, *t) for start, t in sorted(out.items())]


# the year, its goal and the pace ----------------------------------------------------------
def days_in_year(year: int) -> int:
    return 366 if calendar.isleap(year) else 365


def pace_cents(goal_cents: int, year: int, today: dt.date) -> int:
    """Where the rep should stand today to meet `goal_cents` by 31 December, at an even
    pace: nothing before the year, the whole goal after it."""
    if today.year < year:
        return 0
    if today.year > year:
        return goal_cents
    elapsed = today.timetuple().tm_yday
    return round(goal_cents * elapsed / days_in_year(year))


def cumulative(days: Iterable[tuple[dt.date, int]]) -> list[tuple[dt.date, int]]:
    """Running totals of (day, amount) pairs, in day order."""
    total = 0
    out = []
    for day, amount in sorted(days):
        total += amount
        out.append((day, total))
    return out


# streak ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Streak:
    """Consecutive months with at least one win, up to this month.

    A month without a win yet does not break the streak while it is still running:
    `this_month` says whether it already counts.
    """

    months: int
    this_month: bool


def win_streak(months: Sequence[PeriodTotals], today: dt.date) -> Streak:
    """The streak in a monthly series (oldest first, gaps filled)."""
    won = {m.start: m.won for m in months}
    month = today.replace(day=1)
    this_month = won.get(month, 0) > 0
    if not this_month:
        month = add_months(month, -1)
    count = 0
    while won.get(month, 0) > 0:
        count += 1
        month = add_months(month, -1)
    return Streak(count, this_month)


# the caption's facts --------------------------------------------------------------------
def change(now: int, before: int) -> float | None:
    """The relative change from `before` to `now` (0.12 for 12% up); None without a base."""
    return None if before <= 0 else (now - before) / before


@dataclass(frozen=True)
class CaptionFacts:
    """Numbers the caption turns into words; None where a sentence has nothing to say."""

    weakest_month: dt.date | None = None  # the weakest finished month of this year
    quarter: dt.date | None = None  # the quarter holding it
    quarter_finished: bool = True  # False: compared over its finished months only
    quarter_change: float | None = None  # vs the same months a year before
    year_change: float | None = None  # this year's finished months vs the same last year
    months_compared: int = 0  # how many months `year_change` compares
    goal_share: float | None = None  # of the yearly goal reached so far
    pace_gap_cents: int | None = None  # ahead (+) or behind (-) the even pace today
    # The figures that went in, so that the view can show how each fact was computed.
    weakest_cents: int = 0  # the weakest month's total
    quarter_cents: int = 0  # the quarter's finished months this year
    quarter_before_cents: int = 0  # the same months a year before
    year_cents: int = 0  # this year's finished months
    year_before_cents: int = 0  # the same months a year before
    goal_cents: int | None = None
    reached_cents: int = 0  # this year to date, in the goal's metric
    pace_today_cents: int = 0  # where the even pace stands today


def _sum(totals: dict[dt.date, int], months: Iterable[dt.date]) -> int:
    return sum(totals.get(m, 0) for m in months)


def caption_facts(
    months: Sequence[PeriodTotals],
    metric: Metric,
    today: dt.date,
    goal_cents: int | None = None,
    year_to_date_cents: int = 0,
) -> CaptionFacts:
    """What stands out this year, from a monthly series: the weakest finished month, how its
    quarter compares with the same quarter last year, how the year so far compares with
    the same months last year, and where the rep stands against the yearly goal."""
    totals = {m.start: m.value(metric) for m in months}
    this_month = today.replace(day=1)
    finished = [dt.date(today.year, n, 1) for n in range(1, today.month)]
    goal_share = pace_gap = None
    pace = 0
    if goal_cents:
        pace = pace_cents(goal_cents, today.year, today)
        goal_share = year_to_date_cents / goal_cents
        pace_gap = year_to_date_cents - pace
    goal_facts = CaptionFacts(
        goal_share=goal_share,
        pace_gap_cents=pace_gap,
        goal_cents=goal_cents or None,
        reached_cents=year_to_date_cents,
        pace_today_cents=pace,
    )
    if not finished:  # January: no finished month this year yet
        return goal_facts

    def year_before(m: dt.date) -> dt.date:
        return m.replace(year=m.year - 1)

    weakest = min(finished, key=lambda m: (totals.get(m, 0), m))
    quarter = quarter_start(weakest)
    in_quarter = [m for m in finished if quarter_start(m) == quarter]
    quarter_finished = add_months(quarter, 3) <= this_month
    quarter_now = _sum(totals, in_quarter)
    quarter_before = _sum(totals, map(year_before, in_quarter))
    year_now = _sum(totals, finished)
    year_before_total = _sum(totals, map(year_before, finished))
    return replace(
        goal_facts,
        weakest_month=weakest,
        quarter=quarter,
        quarter_finished=quarter_finished,
        quarter_change=change(quarter_now, quarter_before),
        year_change=change(year_now, year_before_total),
        months_compared=len(finished),
        weakest_cents=totals.get(weakest, 0),
        quarter_cents=quarter_now,
        quarter_before_cents=quarter_before,
        year_cents=year_now,
        year_before_cents=year_before_total,
    )
