"""Progress reads: deals added up per month, quarter or year in SQL, goals, nominations.

The totals are one GROUP BY over `ix_deals_closed_on_totals`, which holds every column
they read: SQLite never touches the deals' wide rows. Dates are compared and grouped as
the ISO text SQLAlchemy stores (`substr(closed_on, 1, 7)` is the month), and the few rows
come back as plain tuples: at 100,000 deals, per-row type processing would cost more than
the query (see debrief_queries.py).

Commission is the recorded one, else the commission plan's (store/commission_rates.py).
Money is added up in one currency only, the one the caller passes (the workspace's main
currency): there are no exchange rates offline, so deals in other currencies count in the
won and lost figures but not in revenue or commission.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Integer, String, and_, case, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStatus
from salescoach.domain.goals import GoalRow, NominationRow, TouchChoice
from salescoach.domain.progress import Grouping, Metric, TotalsRow
from salescoach.store import commission_rates
from salescoach.store.models import Account, CallNomination, Contact, Deal, Goal, Touch

_contact_name = func.trim(Contact.first_name + literal(" ") + Contact.last_name)


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
            _won_in(currency, commission_rates.earned(session)),
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


# goals ----------------------------------------------------------------------------------
def _goal_columns() -> tuple[Any, ...]:
    return (
        Goal.year,
        Goal.metric,
        Goal.amount_cents,
        Goal.currency,
        Goal.target_period,
        Goal.target_cents,
    )


def goals(session: Session) -> dict[int, GoalRow]:
    """Every year's goal, by year."""
    return {
        r[0]: GoalRow(*r) for r in session.execute(select(*_goal_columns()).order_by(Goal.year))
    }


def goal(session: Session, year: int) -> GoalRow | None:
    row = session.execute(select(*_goal_columns()).where(Goal.year == year)).first()
    return None if row is None else GoalRow(*row)


# touches and nominations ----------------------------------------------------------------
def _touch_select() -> Any:
    return (
        select(
            Touch.id,
            Touch.kind,
            Touch.occurred_at,
            func.coalesce(Deal.title, ""),
            func.coalesce(Account.name, ""),
            func.coalesce(_contact_name, ""),
            Touch.outcome,
            Deal.status,
        )
        .outerjoin(Deal, Deal.id == Touch.deal_id)
        .outerjoin(Account, Account.id == Deal.account_id)
        .outerjoin(Contact, Contact.id == Touch.contact_id)
    )


def touch_choices(
    session: Session, since: dt.datetime, before: dt.datetime, limit: int | None = None
) -> list[TouchChoice]:
    """The touches logged from `since` to just `before`: those on won deals first, then the
    others, newest first."""
    won_first = case((Deal.status == DealStatus.WON, 0), else_=1)
    stmt = (
        _touch_select()
        .where(Touch.occurred_at >= since, Touch.occurred_at < before)
        .order_by(won_first, Touch.occurred_at.desc())
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [TouchChoice(*r) for r in session.execute(stmt)]


def touch_choice(session: Session, touch_id: uuid.UUID) -> TouchChoice | None:
    row = session.execute(_touch_select().where(Touch.id == touch_id)).first()
    return None if row is None else TouchChoice(*row)


def nominations(session: Session) -> list[NominationRow]:
    """Every "sales call of the month", the latest month first."""
    touches = _touch_select().subquery()
    stmt = (
        select(CallNomination.id, CallNomination.month, CallNomination.reason, touches)
        .join(touches, touches.c.id == CallNomination.touch_id)
        .order_by(CallNomination.month.desc())
    )
    return [NominationRow(r[0], r[1], r[2], TouchChoice(*r[3:])) for r in session.execute(stmt)]
