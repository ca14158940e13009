"""The commission plan: set a rate from a date, read the plan, say what a deal earns.

The Numbers view, the Progress chart, the status bar's value of a touch and `stats` add up
each win's commission as store/commission_rates.py computes it, so a new rate shows in
them at their next read (the status bar's value is kept a few minutes: `NumbersService.
forget`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from salescoach.domain.commission import (
    CommissionRate,
    accelerator_extra,
    earned,
    first_day,
    parse_percent,
)
from salescoach.domain.date_bounds import checked
from salescoach.domain.enums import DealStatus
from salescoach.domain.progress import Grouping, Metric, TotalsRow, period_key
from salescoach.store import commission_rates, deals, goals
from salescoach.store.database import Store

# (close date, deal id hex, cents): what the accelerator adds to a win
Extra = tuple[dt.date, str, int]


def accelerator(session: Session, currency: str) -> list[Extra]:
    """What the plan's accelerator adds to each win beyond the year's revenue goal (goals in
    `currency` only); nothing read when the plan has no accelerator."""
    plan = commission_rates.rates(session)
    if not any(r.above_goal_bp is not None for r in plan):
        return []
    out: list[Extra] = []
    for year, goal in goals.goals(session).items():
        if goal.metric is not Metric.REVENUE or goal.currency != currency:
            continue
        wins = commission_rates.wins(session, currency, year)
        days = {w.key: w.closed_on for w in wins}
        out += [
            (days[k], k, e) for k, e in accelerator_extra(plan, wins, goal.amount_cents).items()
        ]
    return out


def extra_between(extras: list[Extra], since: dt.date | None, until: dt.date | None) -> int:
    return sum(
        e for day, _, e in extras
        if (since is None or day >= since) and (until is None or day <= until)
    )  # fmt: skip


def with_extras(rows: list[TotalsRow], extras: list[Extra], grouping: Grouping) -> list[TotalsRow]:
    """Period totals with the accelerator's commission added to the periods it falls in."""
    if not extras:
        return rows
    add: dict[str, int] = {}
    for day, _, e in extras:
        key = period_key(day, grouping)
        add[key] = add.get(key, 0) + e
    return [(k, w, lo, r, c + add.get(k, 0)) for k, w, lo, r, c in rows]


@dataclass(frozen=True, slots=True)
class DealCommission:
    """What a deal earns: its recorded commission, or the plan's on its amount."""

    cents: int
    recorded: bool  # False: from the plan (or nothing: no plan and none recorded)
    currency: str


class CommissionService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def plan(self) -> list[CommissionRate]:
        with self.store.session() as s:
            return commission_rates.rates(s)

    def set_rate(
        self, percent: str, starts_on: dt.date | None = None, above_goal: str | None = None
    ) -> CommissionRate:
        """Set the rate ("8", "8,5 %") from `starts_on` (None: for every win), and the rate
        beyond the year's revenue goal (None: the same rate)."""
        rate = CommissionRate(
            checked(first_day(starts_on)),
            parse_percent(percent),
            None if above_goal is None else parse_percent(above_goal),
        )
        with self.store.session() as s:
            commission_rates.set_rate(s, rate)
        return rate

    def remove_rate(self, starts_on: dt.date | None = None) -> bool:
        with self.store.session() as s:
            return commission_rates.remove_rate(s, first_day(starts_on))

    def for_deal(self, deal_id: uuid.UUID) -> DealCommission | None:
        """What a won deal earns and where that comes from (the deal editor); None for a
        deal not won, or gone."""
        with self.store.session() as s:
            deal = deals.get(s, deal_id)
            if deal is None or deal.status is not DealStatus.WON:
                return None
            plan = commission_rates.rates(s)
            cents, recorded = earned(plan, deal.amount_cents, deal.closed_on, deal.commission_cents)
            key = deal.id.hex
            cents += sum(e for _, k, e in accelerator(s, deal.currency) if k == key)
            return DealCommission(cents, recorded, deal.currency)

    def earned(
        self, amount_cents: int, closed_on: dt.date | None, recorded_cents: int
    ) -> tuple[int, bool]:
        """What a win of `amount_cents` closed on `closed_on` earns (the editor, as typed)."""
        return earned(self.plan(), amount_cents, closed_on, recorded_cents)
