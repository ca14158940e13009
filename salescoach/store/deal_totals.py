"""Closed deals added up per month, quarter or year in SQL (the Progress chart), per day
and per year; reads only (the deals module writes the deals).

The totals are one GROUP BY over `ix_deals_closed_on_totals`, which holds every column
they read: SQLite never touches the deals' wide rows. Dates are compared and grouped as
the ISO text SQLAlchemy stores (`substr(closed_on, 1, 7)` is the month), and the few rows
come back as plain tuples: at 100,000 deals, per-row type processing would cost more than
the query (see debriefs.py).

Money is added up in one currency only, the one the caller passes (the workspace's main
currency): there are no exchange rates offline, so deals in other currencies count in the
won and lost figures but not in revenue or commission.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, String, and_, case, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStatus
from salescoach.domain.progress import Grouping, Metric, TotalsRow
from salescoach.store.models import Deal


def _closed_day() -> Any:
    return type_coerce(Deal.closed_on, String)  # the stored ISO text, as is


def period_key(grouping: Grouping) -> Any:
    """'2025-03', '2025-Q1' or '2025' from a deal's close date (domain.progress.period_key)."""
    day = _closed_day()
    if grouping is Grouping.MONTH:
        return func.substr(day, 1, 7)
    if grouping is Grouping.YEAR:
        return func.substr(day, 1, 4)
    quarter = (cast(func.substr(day, 6, 2), Integer) + 2) // 3
    return func.substr(day, 1, 4) + literal("-Q") + cast(quarter, String)


def main_currency(session: Session) -> str | None:
    """The currency most deals are in (the one `stats` reports)."""
    return session.scalar(
        select(Deal.currency).group_by(Deal.currency).order_by(func.count().desc()).limit(1)
    )


def _won_in(currency: str, column: Any) -> Any:
    won = and_(Deal.status == DealStatus.WON, Deal.currency == currency)
    return func.coalesce(func.sum(case((won, column), else_=0)), 0)


def period_totals(session: Session, grouping: Grouping, currency: str) -> list[TotalsRow]:
    """(period, won, lost, revenue cents, commission cents) for every period with a closed
    deal, oldest first; money in `currency` only."""
    key = period_key(grouping).label("period")
    stmt = (
        select(
            key,
            func.sum(case((Deal.status == DealStatus.WON, 1), else_=0)),
            func.sum(case((Deal.status == DealStatus.LOST, 1), else_=0)),
            _won_in(currency, Deal.amount_cents),
            _won_in(currency, Deal.commission_cents),
        )
        # A close date means won or lost (the services clear it on open deals). No filter on
        # the status here: SQLite would pick ix_deals_status_closed_on and read every row.
        .where(Deal.closed_on.is_not(None))
        .group_by(key)
        .order_by(key)
    )
    return [(k, w, lo, r, c) for k, w, lo, r, c in session.connection().execute(stmt)]


def day_totals(
    session: Session, currency: str, since: dt.date, until: dt.date
) -> list[tuple[dt.date, int, int]]:
    """(day, revenue cents, commission cents) of the deals won each day from `since` to
    `until` included, in `currency`."""
    day = _closed_day()
    stmt = (
        select(day, func.sum(Deal.amount_cents), func.sum(Deal.commission_cents))
        .where(
            Deal.closed_on >= since,
            Deal.closed_on <= until,
            Deal.status == DealStatus.WON,
            Deal.currency == currency,
        )
        .group_by(day)
        .order_by(day)
    )
    return [(dt.date.fromisoformat(d), r, c) for d, r, c in session.connection().execute(stmt)]


def year_total(session: Session, year: int, metric: Metric, currency: str) -> int:
    """What the deals won in `year` (in `currency`) brought, by `metric`."""
    column = Deal.amount_cents if metric is Metric.REVENUE else Deal.commission_cents
    stmt = select(func.coalesce(func.sum(column), 0)).where(
        Deal.closed_on >= dt.date(year, 1, 1),
        Deal.closed_on <= dt.date(year, 12, 31),
        Deal.status == DealStatus.WON,
        Deal.currency == currency,
    )
    return int(session.scalar(stmt) or 0)
