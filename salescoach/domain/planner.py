"""The lead-volume planner, from the transcript (../shared/seeds/000): when conversion falls
at a distance, the way to keep the same sales is to raise the number of leads and the
outreach, not to hope for better conviction.

Leads needed = sales target / conversion rate; touches needed = leads × touches per lead;
a week is 12/52 of a month. "Before" is the same target at the earlier conversion rate.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from salescoach.domain.date_bounds import key_in_bounds
from salescoach.domain.insights import quarters_between
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg

CTX = "Planner"

WEEKS_PER_MONTH = 52 / 12
MAX_TARGET = 10**6  # sales or touches per month
HISTORY_MONTHS = 12  # the target and touches per lead are prefilled from this many months


@dataclass(frozen=True)
class LeadPlan:
    """Leads and touches needed per month and per week, now and at the earlier rate."""

    target_per_month: float  # sales
    rate_before: float  # 0-1, above 0
    rate_now: float
    touches_per_lead: float

    @property
    def leads_per_month(self) -> float:
        return self.target_per_month / self.rate_now

    @property
    def leads_per_week(self) -> float:
        return self.leads_per_month / WEEKS_PER_MONTH

    @property
    def touches_per_month(self) -> float:
        return self.leads_per_month * self.touches_per_lead

    @property
    def touches_per_week(self) -> float:
        return self.touches_per_month / WEEKS_PER_MONTH

    @property
    def leads_per_month_before(self) -> float:
        return self.target_per_month / self.rate_before

    @property
    def touches_per_month_before(self) -> float:
        return self.leads_per_month_before * self.touches_per_lead

    @property
    def extra_leads_per_month(self) -> float:
        """How many more leads a month than at the earlier rate (negative: fewer)."""
        return self.leads_per_month - self.leads_per_month_before

    @property
    def extra_share(self) -> float:
        """The same as a share of before: 0.25 is a quarter more leads (and touches)."""
        return self.rate_before / self.rate_now - 1


def _number() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Planner", "Type a number, such as 4."))


def _check(value: float | None, minimum: float, maximum: float) -> Message | None:
    """The message for a bad value, or None; rates are checked by `_check_rate`."""
    if value is None or not math.isfinite(value):
        return _number()
    if value < minimum:
        return msg(CTX, QT_TRANSLATE_NOOP("Planner", "This cannot be negative."))
    if value > maximum:
        return msg(CTX, QT_TRANSLATE_NOOP("Planner", "That number is too large."))
    return None


MIN_RATE_PCT = 0.01


def _check_rate(value: float | None) -> Message | None:
    if value is None or not math.isfinite(value):
        return msg(CTX, QT_TRANSLATE_NOOP("Planner", "Type a percentage, such as 20."))
    if value < MIN_RATE_PCT:  # a tinier rate would need more leads than a float holds
        return msg(CTX, QT_TRANSLATE_NOOP("Planner", "A conversion rate must be at least 0.01%."))
    if value > 100:
        return msg(CTX, QT_TRANSLATE_NOOP("Planner", "A conversion rate cannot be above 100%."))
    return None


def plan_leads(
    target_per_month: float | None,
    rate_before_pct: float | None,
    rate_now_pct: float | None,
    touches_per_lead: float | None,
) -> LeadPlan:
    """Check the planner's inputs (rates in percent; None: not a number) and plan.

    Raises `ValidationError` keyed "target", "rate_before", "rate_now", "touches_per_lead".
    """
    found = {
        "target": _check(target_per_month, 0, MAX_TARGET),
        "rate_before": _check_rate(rate_before_pct),
        "rate_now": _check_rate(rate_now_pct),
        "touches_per_lead": _check(touches_per_lead, 0, MAX_TARGET),
    }
    errors = {name: m for name, m in found.items() if m is not None}
    if errors:
        raise ValidationError(errors)
    assert target_per_month is not None and touches_per_lead is not None
    assert rate_before_pct is not None and rate_now_pct is not None
    return LeadPlan(
        float(target_per_month),
        rate_before_pct / 100,
        rate_now_pct / 100,
        float(touches_per_lead),
    )


def round_up(value: float) -> int:
    """Leads and touches are whole: 27.2 leads needed means finding 28."""
    return math.ceil(value - 1e-9)


# prefilled from the rep's history --------------------------------------------------------


@dataclass(frozen=True)
class QuarterRate:
    """Deals won and lost in a quarter, and the conversion rate they give."""

    quarter: str  # "2025-Q3"
    won: int
    lost: int

    @property
    def rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None


@dataclass(frozen=True)
class PlannerHistory:
    """What the planner is prefilled with."""

    quarters: tuple[QuarterRate, ...]  # oldest first, empty quarters included
    wins_per_month: float | None  # over the last full months; None without a win
    touches_per_lead: float | None  # touches / deals created, same months

    @property
    def closed_quarters(self) -> tuple[QuarterRate, ...]:
        """The quarters with at least one deal won or lost, newest first."""
        return tuple(q for q in reversed(self.quarters) if q.rate is not None)

    @property
    def now(self) -> QuarterRate | None:
        """The latest quarter with closed deals."""
        found = self.closed_quarters
        return found[0] if found else None

    @property
    def before(self) -> QuarterRate | None:
        """The quarter with closed deals before `now`."""
        found = self.closed_quarters
        return found[1] if len(found) > 1 else None


_MONTH = re.compile(r"(\d{4})-(\d{2})")


def quarter_of(month: str) -> str:
    """ "2025-08" → "2025-Q3"; refuses anything else with `ValidationError`."""
    m = _MONTH.fullmatch(month)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(
            {"month": msg(CTX, QT_TRANSLATE_NOOP("Planner", "Not a month: {month}."), month=month)}
        )
    return f"{m.group(1)}-Q{(int(m.group(2)) - 1) // 3 + 1}"


def last_full_months(today: dt.date, count: int = HISTORY_MONTHS) -> list[str]:
    """The `count` months before the current one, oldest first ("2024-11" … "2025-10")."""
    current = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(current - count, current)]


def planner_history(
    monthly: Iterable[tuple[str, int, int]],
    touches: int,
    deals_created: int,
    today: dt.date,
) -> PlannerHistory:
    """From (month, won, lost) rows and the last full months' touches and new deals."""
    if touches < 0 or deals_created < 0:
        raise ValidationError(
            {"touches": msg(CTX, QT_TRANSLATE_NOOP("Planner", "This cannot be negative."))}
        )
    quarters: dict[str, list[int]] = {}
    wins: dict[str, int] = {}
    for month, won, lost in monthly:
        if won < 0 or lost < 0:
            raise ValidationError(
                {"month": msg(CTX, QT_TRANSLATE_NOOP("Planner", "This cannot be negative."))}
            )
        if not key_in_bounds(quarter_of(month)):
            continue  # closed in 9999 (an older version): a series to it never ends
        counts = quarters.setdefault(quarter_of(month), [0, 0])
        counts[0] += won
        counts[1] += lost
        wins[month] = wins.get(month, 0) + won
    current = quarter_of(f"{today.year:04d}-{today.month:02d}")
    rows: tuple[QuarterRate, ...] = ()
    if quarters:
        first = min(min(quarters), current)
        last = max(max(quarters), current)
        rows = tuple(
            QuarterRate(q, *quarters.get(q, [0, 0])) for q in quarters_between(first, last)
        )
    recent = sum(wins.get(m, 0) for m in last_full_months(today))
    return PlannerHistory(
        rows,
        recent / HISTORY_MONTHS if recent else None,
        touches / deals_created if deals_created else None,
    )
