"""Know your numbers: the figures of a period, the planner's history, the current value of
a touch. Shared by the Numbers view, the status bar and `salescoach stats`."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, replace
from typing import Any

from salescoach.domain.enums import DEFAULT_CURRENCY
from salescoach.domain.money import cents_to_major
from salescoach.domain.numbers import TouchNumbers, touch_numbers
from salescoach.domain.periods import Period, add_months, period_range, quarter_start
from salescoach.domain.planner import PlannerHistory, last_full_months, planner_history
from salescoach.services.commission import accelerator, extra_between
from salescoach.store import commission_rates, deal_totals, preferences, touch_counts
from salescoach.store.database import Store

PLANNER_QUARTERS = 8  # quarters of conversion rates offered to the planner
VALUE_KEPT_SECONDS = 600  # how long the status bar's value of a touch is reused


@dataclass(frozen=True)
class TouchValue:
    """What one touch is worth at the rep's current numbers (the last 12 months)."""

    cents: float
    currency: str


@dataclass(frozen=True)
class Overview:
    """Everything the Numbers view shows from the history, read in one go."""

    numbers: TouchNumbers
    planner: PlannerHistory
    has_data: bool  # any deal or touch at all, in any period
    has_plan: bool = False  # a commission plan: wins without one recorded earn its rate


class NumbersService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._value: tuple[float, TouchValue | None] | None = None  # (when, value)

    def numbers(self, since: dt.date | None = None, until: dt.date | None = None) -> TouchNumbers:
        """The figures for touches logged and deals closed from `since` to `until`."""
        with self.store.session() as s:
            currencies, found = deal_totals.outcomes(s, since, until)
            chosen = preferences.get(s, preferences.MAIN_CURRENCY)
            main = chosen or (currencies[0][0] if currencies else DEFAULT_CURRENCY)
            touches = touch_counts.touches_by_kind(s, since, until)
            rest = [c for c, _ in currencies if c != main]
            others = touch_counts.touches_on_currencies(s, rest, since, until)
            extra = extra_between(accelerator(s, main), since, until)
        if extra:  # the plan's higher rate beyond the year's goal
            found = [
                replace(o, commission_cents=o.commission_cents + extra) if o.currency == main else o
                for o in found
            ]
        figures = touch_numbers(main, found, touches, others)
        if (since, until) == period_range(Period.LAST_12_MONTHS, dt.date.today()):
            self._remember(figures)
        return figures

    def planner(self, today: dt.date | None = None) -> PlannerHistory:
        """Conversion by quarter, wins per month and touches per lead, to prefill the planner."""
        today = today or dt.date.today()
        months = last_full_months(today)
        first = dt.date.fromisoformat(f"{months[0]}-01")
        last = dt.date.fromisoformat(f"{today:%Y-%m}-01") - dt.timedelta(days=1)
        with self.store.session() as s:
            monthly = deal_totals.monthly_closes(
                s, add_months(quarter_start(today), -3 * (PLANNER_QUARTERS - 1))
            )
            touches = touch_counts.touch_count(s, first, last)
            created = deal_totals.deals_created(s, first, last)
        return planner_history(monthly, touches, created, today)

    def overview(self, since: dt.date | None, until: dt.date | None) -> Overview:
        """The view's read: the period's figures and the planner's history."""
        figures = self.numbers(since, until)
        planner = self.planner()
        has_data = bool(figures.all_touches or figures.won or figures.lost or figures.others)
        with self.store.session() as s:
            if not has_data:
                has_data = bool(deal_totals.currency_counts(s) or touch_counts.touch_count(s))
            has_plan = bool(commission_rates.rates(s))
        return Overview(figures, planner, has_data, has_plan)

    # the status bar's "that touch was worth about 23 €" ---------------------------------
    def touch_value(self) -> TouchValue | None:
        """What one touch is worth over the last 12 months; None without a win or a touch.

        Kept for a few minutes (a touch more or less does not move it); `forget` drops it.
        """
        kept = self._value
        if kept is not None and time.monotonic() - kept[0] < VALUE_KEPT_SECONDS:
            return kept[1]
        since, until = period_range(Period.LAST_12_MONTHS, dt.date.today())
        return self._remember(self.numbers(since, until))

    def forget(self) -> None:
        """Deals changed: compute the value of a touch again next time."""
        self._value = None

    def _remember(self, figures: TouchNumbers) -> TouchValue | None:
        cents = figures.per_touch_value_cents
        value = TouchValue(cents, figures.currency) if cents else None
        self._value = (time.monotonic(), value)
        return value

    # the command line ------------------------------------------------------------------
    def open_deals(self, since: dt.date | None = None, until: dt.date | None = None) -> int:
        with self.store.session() as s:
            return deal_totals.open_deals(s, since, until)


def _major(cents: float | None) -> float | None:
    return None if cents is None else round(cents_to_major(round(cents)), 2)


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def numbers_json(n: TouchNumbers) -> dict[str, Any]:
    """The per-touch keys of `stats --json` (money in the major unit, 2 decimals)."""
    return {
        "currency": n.currency,
        "commission": _major(n.commission_cents),
        "avg_commission_per_win": _major(n.avg_commission_per_win_cents),
        "touches_per_win": _ratio(n.touches_per_win),
        "per_touch_value": _major(n.per_touch_value_cents),
        "wins_without_commission": n.wins_without_commission,
        "touches_by_kind": {line.kind.value: line.touches for line in n.by_kind},
        "other_currencies": [
            {
                "currency": o.currency,
                "won": o.won,
                "lost": o.lost,
                "commission": _major(o.commission_cents),
                "touches": o.touches,
            }
            for o in n.others
        ],
    }
