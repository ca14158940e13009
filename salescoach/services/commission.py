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

from salescoach.domain.commission import CommissionRate, earned, first_day, parse_percent
from salescoach.domain.date_bounds import checked
from salescoach.domain.enums import DealStatus
from salescoach.store import commission_rates
from salescoach.store.database import Store
from salescoach.store.models import Deal


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

    def set_rate(self, percent: str, starts_on: dt.date | None = None) -> CommissionRate:
        """Set the rate ("8", "8,5 %") from `starts_on` (None: for every win)."""
        rate = CommissionRate(checked(first_day(starts_on)), parse_percent(percent))
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
            deal = s.get(Deal, deal_id)
            if deal is None or deal.status is not DealStatus.WON:
                return None
            plan = commission_rates.rates(s)
            cents, recorded = earned(plan, deal.amount_cents, deal.closed_on, deal.commission_cents)
            return DealCommission(cents, recorded, deal.currency)

    def earned(
        self, amount_cents: int, closed_on: dt.date | None, recorded_cents: int
    ) -> tuple[int, bool]:
        """What a win of `amount_cents` closed on `closed_on` earns (the editor, as typed)."""
        return earned(self.plan(), amount_cents, closed_on, recorded_cents)
