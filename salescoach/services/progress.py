"""Long-term progress use cases: the chart's data, goals, the sales call of the month,
marking a deal won and what the win adds. The Progress view and `stats --json` share them."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from salescoach.domain.commission import earned
from salescoach.domain.enums import DEFAULT_CURRENCY, DealStatus
from salescoach.domain.goals import (
    GoalDraft,
    GoalRow,
    NominationDraft,
    NominationRow,
    TouchChoice,
    WinEffect,
    validate_goal,
    validate_nomination,
)
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.money import cents_to_major
from salescoach.domain.periods import add_months
from salescoach.domain.progress import (
    Grouping,
    Metric,
    PeriodTotals,
    Streak,
    fill_periods,
    period_key,
    rolling_average,
    win_streak,
)
from salescoach.domain.rows import DealRow
from salescoach.services.commission import Extra, accelerator, with_extras
from salescoach.store import (
    commission_rates,
    deals,
    debriefs,
    goals,
    nominations,
    preferences,
    touches,
)
from salescoach.store import deal_totals as pq
from salescoach.store.database import Store

CTX = "Progress"


def _gone() -> UserError:
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Progress", "This record no longer exists; it may have been deleted."
            ),
        )
    )


@dataclass(frozen=True)
class ProgressData:
    """Everything the Progress view shows, read in one go off the GUI thread."""

    today: dt.date
    currency: str
    series: dict[Grouping, list[PeriodTotals]]
    this_year: list[tuple[dt.date, int, int]]  # (day, revenue, commission) won that day
    last_year: list[tuple[dt.date, int, int]]
    goals: dict[int, GoalRow]
    nominations: list[NominationRow]
    streak: Streak = field(default_factory=lambda: Streak(0, False))

    @property
    def empty(self) -> bool:
        """No deal won or lost yet: nothing to chart."""
        return not self.series[Grouping.MONTH]

    @property
    def goal(self) -> GoalRow | None:
        return self.goals.get(self.today.year)

    def year_to_date(self, metric: Metric) -> int:
        return sum(r if metric is Metric.REVENUE else c for _, r, c in self.this_year)


def series(
    store: Store, grouping: Grouping, currency: str, today: dt.date | None = None
) -> list[PeriodTotals]:
    """The totals per period from the first closed deal up to today's period, gaps as zeros."""
    with store.session() as s:
        rows = with_extras(pq.period_totals(s, grouping, currency), accelerator(s, currency),
                           grouping)  # fmt: skip
    return fill_periods(rows, grouping, today or dt.date.today())


def monthly_json(store: Store, currency: str, today: dt.date | None = None) -> list[dict[str, Any]]:
    """`stats --json`'s `monthly` list: the Progress chart's monthly series, money in the
    currency's major unit (deals in other currencies count as won or lost, not in money)."""
    return [
        {
            "month": period_key(p.start, Grouping.MONTH),
            "won": p.won,
            "lost": p.lost,
            "revenue": cents_to_major(p.revenue_cents),
            "commission": cents_to_major(p.commission_cents),
        }
        for p in series(store, Grouping.MONTH, currency, today)
    ]


def _with_day_extras(
    days: list[tuple[dt.date, int, int]], extras: list[Extra]
) -> list[tuple[dt.date, int, int]]:
    """Day totals with the accelerator's commission added to the days it falls on."""
    add: dict[dt.date, int] = {}
    for day, _, e in extras:
        add[day] = add.get(day, 0) + e
    return [(d, r, c + add.get(d, 0)) for d, r, c in days]


class ProgressService:
    """What the Progress view and the win celebration do to the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def currency(self) -> str:
        with self.store.session() as s:
            return preferences.main_currency(s) or DEFAULT_CURRENCY

    # the chart ---------------------------------------------------------------------------
    def load(self, today: dt.date | None = None) -> ProgressData:
        today = today or dt.date.today()
        year = today.year
        with self.store.session() as s:
            currency = preferences.main_currency(s) or DEFAULT_CURRENCY
            extras = accelerator(s, currency)
            rows = {g: with_extras(pq.period_totals(s, g, currency), extras, g) for g in Grouping}
            this_year = _with_day_extras(
                pq.day_totals(s, currency, dt.date(year, 1, 1), dt.date(year, 12, 31)), extras
            )
            last_year = _with_day_extras(
                pq.day_totals(s, currency, dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)),
                extras,
            )
            by_year = goals.goals(s)
            nominated = nominations.nominations(s)
        filled = {g: fill_periods(r, g, today) for g, r in rows.items()}
        return ProgressData(
            today, currency, filled, this_year, last_year, by_year, nominated,
            win_streak(filled[Grouping.MONTH], today),
        )  # fmt: skip

    def export_csv(
        self, path: Path, data: ProgressData, grouping: Grouping, metric: Metric
    ) -> None:
        """The chart's series as CSV: one line per period, money in major units."""
        periods = data.series[grouping]
        average = rolling_average([p.value(metric) for p in periods])
        with path.open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(
                ["period", "start", "won", "lost", "revenue", "commission", "currency",
                 f"{metric.value}_rolling_average_3", "goal"]
            )  # fmt: skip
            for p, avg in zip(periods, average, strict=True):
                goal = data.goals.get(p.start.year)
                target = goal.target_for(grouping)[0] if goal and goal.metric is metric else None
                out.writerow(
                    [period_key(p.start, grouping), p.start.isoformat(), p.won, p.lost,
                     f"{cents_to_major(p.revenue_cents):.2f}",
                     f"{cents_to_major(p.commission_cents):.2f}", data.currency,
                     "" if avg is None else f"{avg / 100:.2f}",
                     "" if target is None else f"{cents_to_major(target):.2f}"]
                )  # fmt: skip

    # goals -------------------------------------------------------------------------------
    def goal(self, year: int) -> GoalRow | None:
        with self.store.session() as s:
            return goals.goal(s, year)

    def save_goal(self, draft: GoalDraft) -> GoalRow:
        """Set (or replace) the goal of `draft.year`."""
        validate_goal(draft)
        with self.store.session() as s:
            goals.save(s, draft)
            saved = goals.goal(s, draft.year)
        assert saved is not None
        return saved

    def delete_goal(self, year: int) -> None:
        with self.store.session() as s:
            goals.delete_year(s, year)

    # the sales call of the month ---------------------------------------------------------
    def touch_choices(self, month: dt.date) -> list[TouchChoice]:
        """The touches of one month, those on won deals first."""
        start = dt.datetime(month.year, month.month, 1)
        end = dt.datetime.combine(add_months(start.date(), 1), dt.time())
        with self.store.session() as s:
            return nominations.touch_choices(s, start, end)

    def nominations(self) -> list[NominationRow]:
        with self.store.session() as s:
            return nominations.nominations(s)

    def nominate(self, draft: NominationDraft, today: dt.date | None = None) -> uuid.UUID:
        """Make a touch the sales call of its month (replacing that month's nomination)."""
        validate_nomination(draft, today)
        with self.store.session() as s:
            if draft.touch_id is None or not touches.exists(s, draft.touch_id):
                raise _gone()
            return nominations.nominate(s, draft.month, draft.touch_id, draft.reason.strip())

    def delete_nomination(self, nomination_id: uuid.UUID) -> None:
        with self.store.session() as s:
            nominations.delete(s, nomination_id)

    # winning -----------------------------------------------------------------------------
    def mark_won(self, deal_id: uuid.UUID, on: dt.date | None = None) -> DealRow:
        """Set a deal won, closed today unless said otherwise (a lost deal's debrief stays,
        out of the insights, as when it is reopened)."""
        with self.store.session() as s:
            if deals.close(s, deal_id, DealStatus.WON, on or dt.date.today()) is None:
                raise _gone()
            debriefs.sync_lost_on(s, deal_id, None)
            return deals.deal_rows(s, [deal_id])[0]

    def win_effect(self, deal_id: uuid.UUID, today: dt.date | None = None) -> WinEffect:
        """What a just-won deal adds to its year's total and goal, and the streak now."""
        today = today or dt.date.today()
        with self.store.session() as s:
            deal = deals.get(s, deal_id)
            if deal is None:
                raise _gone()
            year = (deal.closed_on or today).year
            goal = goals.goal(s, year)
            currency = goal.currency if goal else preferences.main_currency(s) or DEFAULT_CURRENCY
            metric = goal.metric if goal else Metric.REVENUE
            counted = deal.currency == currency
            plan = commission_rates.rates(s)
            commission, _ = earned(plan, deal.amount_cents, deal.closed_on, deal.commission_cents)
            extras = accelerator(s, currency)
            commission += sum(e for _, k, e in extras if k == deal.id.hex)
            added = deal.amount_cents if metric is Metric.REVENUE else commission
            total = pq.year_total(s, year, metric, currency)
            if metric is Metric.COMMISSION:
                total += sum(e for day, _, e in extras if day.year == year)
            months = with_extras(pq.period_totals(s, Grouping.MONTH, currency), extras,
                                 Grouping.MONTH)  # fmt: skip
            title = deal.title
        streak = win_streak(fill_periods(months, Grouping.MONTH, today), today)
        return WinEffect(
            title, year, metric, currency, added if counted else 0, counted, total,
            goal.amount_cents if goal else None, streak.months,
        )  # fmt: skip
