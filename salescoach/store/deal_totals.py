"""Deals added up in SQL, reads only (the deals module writes them): per month, quarter or
year for the Progress chart, per day and per year; per currency and per month for the
Numbers view and `stats`.

The Progress totals are one GROUP BY over `ix_deals_closed_on_totals`, which holds every column
they read: SQLite never touches the deals' wide rows. Dates are compared and grouped as
the ISO text SQLAlchemy stores (`substr(closed_on, 1, 7)` is the month), and the few rows
come back as plain tuples: at 100,000 deals, per-row type processing would cost more than
the query (see debriefs.py).

Money is added up in one currency only, the one the caller passes (the workspace's main
currency): there are no exchange rates offline, so deals in other currencies count in the
won and lost figures but not in revenue or commission.

The Numbers view's counts come back as a handful of rows, never one per deal: at 100,000
deals, those closed in a period use the (status, closed_on) index; over all time one
plain scan of the deals (three times faster than 97,000 index look-ups) also counts the
deals per currency.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStatus
from salescoach.domain.numbers import Outcome
from salescoach.domain.progress import Grouping, Metric, TotalsRow
from salescoach.store import commission_rates
from salescoach.store.models import Deal

_CLOSED = (DealStatus.WON, DealStatus.LOST)


def _closed_day() -> Any:
    return type_coerce(Deal.closed_on, String)  # the stored ISO text, as is


def period_key(grouping: Grouping, day: Any = None) -> Any:
    """'2025-03', '2025-Q1' or '2025' from a close date as stored, by default the deal's
    (domain.progress.period_key)."""
    day = _closed_day() if day is None else day
    if grouping is Grouping.MONTH:
        return func.substr(day, 1, 7)
    if grouping is Grouping.YEAR:
        return func.substr(day, 1, 4)
    quarter = (cast(func.substr(day, 6, 2), Integer) + 2) // 3
    return func.substr(day, 1, 4) + literal("-Q") + cast(quarter, String)


def _won_in(currency: str, column: Any) -> Any:
    won = and_(Deal.status == DealStatus.WON, Deal.currency == currency)
    return func.coalesce(func.sum(case((won, column), else_=0)), 0)


def period_totals(session: Session, grouping: Grouping, currency: str) -> list[TotalsRow]:
    """(period, won, lost, revenue cents, commission cents) for every period with a closed
    deal, oldest first; money in `currency` only.

    Added up per close day first, in the order of the index (SQLite sorts nothing), then per
    period: the sort for the GROUP BY is of ~3,500 days, not of 100,000 deals (~60 -> ~30
    ms).
    """
    days = (
        select(
            _closed_day().label("day"),
            func.sum(case((Deal.status == DealStatus.WON, 1), else_=0)).label("won"),
            func.sum(case((Deal.status == DealStatus.LOST, 1), else_=0)).label("lost"),
            _won_in(currency, Deal.amount_cents).label("revenue"),
            _won_in(currency, commission_rates.earned(session)).label("commission"),
        )
        # A close date means won or lost (the services clear it on open deals). No filter on
        # the status here: SQLite would pick ix_deals_status_closed_on and read every row.
        .where(Deal.closed_on.is_not(None))
        .group_by(Deal.closed_on)
        .subquery()
    )
    key = period_key(grouping, days.c.day).label("period")
    stmt = (
        select(
            key,
            func.sum(days.c.won),
            func.sum(days.c.lost),
            func.sum(days.c.revenue),
            func.sum(days.c.commission),
        )
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
        select(day, func.sum(Deal.amount_cents), func.sum(commission_rates.earned(session)))
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
    column = Deal.amount_cents if metric is Metric.REVENUE else commission_rates.earned(session)
    stmt = select(func.coalesce(func.sum(column), 0)).where(
        Deal.closed_on >= dt.date(year, 1, 1),
        Deal.closed_on <= dt.date(year, 12, 31),
        Deal.status == DealStatus.WON,
        Deal.currency == currency,
    )
    return int(session.scalar(stmt) or 0)


# the Numbers view and stats ---------------------------------------------------------
def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _closed_window(since: dt.date | None, until: dt.date | None) -> list[ColumnElement[bool]]:
    if since is None and until is None:
        return []  # every deal: a scan (closed_on is NULL on open deals)
    where: list[ColumnElement[bool]] = [Deal.status.in_(_CLOSED)]
    if since is not None:
        where.append(Deal.closed_on >= since)
    if until is not None:
        where.append(Deal.closed_on <= until)
    return where


def currency_counts(session: Session) -> list[tuple[str, int]]:
    """Deals per currency, the most used first (ties by code)."""
    n = func.count()
    stmt = select(Deal.currency, n).group_by(Deal.currency).order_by(n.desc(), Deal.currency)
    return [(str(c), int(k)) for c, k in session.execute(stmt)]


def outcomes(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> tuple[list[tuple[str, int]], list[Outcome]]:
    """Deals per currency (most used first, over all time), and per currency the deals won
    and lost between `since` and `until` (by close date), the commission of the wins
    (recorded, else the commission plan's) and how many wins earn none.

    Over all time both come from one scan of the deals; for a period, the counts per
    currency are a second (cheaper) query.
    """
    won = Deal.status == DealStatus.WON
    commission = commission_rates.earned(session)  # recorded, else the plan's
    sums = [
        func.count(),
        _count_if(won),
        _count_if(Deal.status == DealStatus.LOST),
        func.coalesce(func.sum(case((won, commission), else_=0)), 0),
        _count_if(won & (commission == 0)),
    ]
    if since is None and until is None:
        # Per (close day, status, currency) first, the order of ix_deals_closed_on_totals,
        # which SQLite walks without sorting; then per currency: the GROUP BY sorts ~7,000
        # groups instead of 100,000 deals (~45 -> ~30 ms). A period walks the (status,
        # closed_on) index instead, whose order would not spare the sort.
        groups = (
            select(Deal.currency, *(x.label(f"s{i}") for i, x in enumerate(sums)))
            .group_by(Deal.closed_on, Deal.status, Deal.currency)
            .subquery()
        )
        stmt = select(groups.c.currency, *(func.sum(c) for c in list(groups.c)[1:])).group_by(
            groups.c.currency
        )
    else:
        stmt = (
            select(Deal.currency, *sums)
            .where(*_closed_window(since, until))
            .group_by(Deal.currency)
        )
    rows = [
        (str(c), int(n), Outcome(str(c), int(w), int(lo), int(m), int(z)))
        for c, n, w, lo, m, z in session.execute(stmt)
    ]
    if since is None and until is None:
        counts = sorted(((c, n) for c, n, _ in rows), key=lambda cn: (-cn[1], cn[0]))
    else:
        counts = currency_counts(session)
    return counts, [o for *_, o in rows if o.won or o.lost]


def open_deals(session: Session, since: dt.date | None = None, until: dt.date | None = None) -> int:
    """Deals still open that were created between `since` and `until`."""
    where = [Deal.status == DealStatus.OPEN]
    if since is not None:
        where.append(Deal.created_on >= since)
    if until is not None:
        where.append(Deal.created_on <= until)
    return session.scalar(select(func.count()).select_from(Deal).where(*where)) or 0


def deals_created(session: Session, since: dt.date, until: dt.date) -> int:
    stmt = select(func.count()).select_from(Deal).where(Deal.created_on.between(since, until))
    return session.scalar(stmt) or 0


def monthly_closes(session: Session, since: dt.date) -> list[tuple[str, int, int]]:
    """(month "YYYY-MM", won, lost) for every month from `since` with a deal closed."""
    month = func.substr(type_coerce(Deal.closed_on, String), 1, 7)
    stmt = (
        select(
            month,
            _count_if(Deal.status == DealStatus.WON),
            _count_if(Deal.status == DealStatus.LOST),
        )
        .where(Deal.status.in_(_CLOSED), Deal.closed_on >= since)
        .group_by(month)
        .order_by(month)
    )
    return [(str(m), int(w), int(lo)) for m, w, lo in session.execute(stmt)]


# the demo's goals ------------------------------------------------------------------------
def won_by_year(conn: Connection, currency: str) -> dict[int, int]:
    """Cents won per year in `currency` (on the demo's bulk-load connection)."""
    return dict(
        conn.exec_driver_sql(
            "SELECT CAST(substr(closed_on, 1, 4) AS INTEGER), sum(amount_cents) FROM deals "
            "WHERE status = 'won' AND currency = ? GROUP BY 1",
            (currency,),
        ).fetchall()
    )


def first_close(conn: Connection) -> str | None:
    """The earliest close date, as stored (ISO)."""
    return conn.exec_driver_sql("SELECT min(closed_on) FROM deals").scalar()
