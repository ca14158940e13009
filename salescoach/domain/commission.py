"""The rep's commission plan: a rate on won amounts, which can change from a date, and
optionally a higher rate on what is won beyond the year's revenue goal (an accelerator:
8 % up to the goal, 12 % beyond).

No CRM export carries the rep's commission, so without a plan every imported win earned
nothing and a touch was worth €0.00. A won deal with a commission recorded keeps it; one
without earns the rate in force on its close date, and the accelerator's rate on the part
of its amount that takes the year's won revenue past the goal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from salescoach.domain.date_bounds import FIRST_DAY
from salescoach.domain.messages import QT_TRANSLATE_NOOP, ValidationError, msg

CTX = "Commission"
MAX_RATE_BP = 10_000  # 100 %: more is a typo


@dataclass(frozen=True, slots=True)
class CommissionRate:
    """A rate (basis points of a percent: 800 is 8 %) in force from `starts_on` on."""

    starts_on: dt.date
    rate_bp: int
    above_goal_bp: int | None = None  # beyond the year's revenue goal (None: the same)

    @property
    def percent(self) -> float:
        return self.rate_bp / 100


_PERCENT = re.compile(r"(\d{1,3})(?:[.,](\d{1,2}))?")


def parse_percent(text: str) -> int:
    """Basis points from "8", "8.5", "8,5", "8 %"; ValidationError otherwise (0 to 100 %)."""
    s = text.strip().removesuffix("%").strip()
    m = _PERCENT.fullmatch(s)
    bp = int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0")) if m else -1
    if not 0 <= bp <= MAX_RATE_BP:
        raise ValidationError(
            {
                "rate": msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Commission", "“{value}” is not a rate: give a percentage from 0 to 100."
                    ),
                    value=text,
                )
            }
        )
    return bp


def rate_on(rates: Sequence[CommissionRate], day: dt.date | None) -> int:
    """The rate in force on `day` (basis points; 0 before the plan's first date)."""
    found = 0
    for r in sorted(rates, key=lambda r: r.starts_on):
        if day is not None and r.starts_on <= day:
            found = r.rate_bp
    return found


def above_goal_on(rates: Sequence[CommissionRate], day: dt.date) -> int | None:
    """The accelerator's rate in force on `day`, if the plan has one then."""
    found = None
    for r in sorted(rates, key=lambda r: r.starts_on):
        if r.starts_on <= day:
            found = r.above_goal_bp
    return found


@dataclass(frozen=True, slots=True)
class Win:
    """A won deal, as the accelerator needs it."""

    key: str  # the deal's id
    closed_on: dt.date
    amount_cents: int
    recorded_cents: int


def accelerator_extra(
    rates: Sequence[CommissionRate], wins: Sequence[Win], goal_cents: int
) -> dict[str, int]:
    """What the accelerator adds to each win of one year (by key), beyond `earned`: the part
    of its amount past the goal (in close-date order, ties by key) earns the higher rate.
    Every win counts towards the goal; only those without a recorded commission earn it."""
    out: dict[str, int] = {}
    total = 0
    for w in sorted(wins, key=lambda w: (w.closed_on, w.key)):
        total += w.amount_cents
        beyond = max(0, min(w.amount_cents, total - goal_cents))
        above = above_goal_on(rates, w.closed_on)
        if beyond and above is not None and not w.recorded_cents:
            extra = (beyond * (above - rate_on(rates, w.closed_on)) + 5_000) // 10_000
            if extra:
                out[w.key] = extra
    return out


def earned(
    rates: Sequence[CommissionRate], amount_cents: int, closed_on: dt.date | None, recorded: int
) -> tuple[int, bool]:
    """(commission in cents, True when it is the recorded one): the recorded commission,
    else the plan's rate on the amount (rounded to the cent)."""
    if recorded:
        return recorded, True
    return (amount_cents * rate_on(rates, closed_on) + 5_000) // 10_000, False


def first_day(starts_on: dt.date | None) -> dt.date:
    """A rate without a date applies to every win: from the first day salescoach knows."""
    return starts_on or FIRST_DAY
