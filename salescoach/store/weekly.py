"""The weekly review's reads: a few weeks of touches and deals, day by day (the service
adds the days up into weeks), and the referral asks of the debriefs.

Each is one index range (touches by date, deals by creation and by close date), a few
thousand rows at most on a 100,000-deal history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.store.models import Deal, Debrief, Touch


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def touches_by_day(
    session: Session, since: dt.date, until: dt.date
) -> list[tuple[dt.date, TouchKind, int]]:
    """Touches logged from `since` to `until` (both included), per day and kind."""
    day = func.date(Touch.occurred_at)
    stmt = (
        select(day, Touch.kind, func.count())
        .where(
            Touch.occurred_at >= dt.datetime.combine(since, dt.time()),
            Touch.occurred_at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()),
        )
        .group_by(day, Touch.kind)
    )
    return [(_day(d), TouchKind(k), int(n)) for d, k, n in session.execute(stmt)]


def created_by_day(session: Session, since: dt.date, until: dt.date) -> list[tuple[dt.date, int]]:
    stmt = (
        select(Deal.created_on, func.count())
        .where(Deal.created_on.between(since, until))
        .group_by(Deal.created_on)
    )
    return [(_day(d), int(n)) for d, n in session.execute(stmt)]


def closed_by_day(
    session: Session, since: dt.date, until: dt.date, currency: str
) -> list[tuple[dt.date, int, int, int]]:
    """(day, won, lost, commission won in `currency`) for deals closed from `since` to
    `until`."""
    won = Deal.status == DealStatus.WON
    stmt = (
        select(
            Deal.closed_on,
            func.sum(case((won, 1), else_=0)),
            func.sum(case((Deal.status == DealStatus.LOST, 1), else_=0)),
            func.sum(case((won & (Deal.currency == currency), Deal.commission_cents), else_=0)),
        )
        .where(
            Deal.closed_on.between(since, until), Deal.status.in_((DealStatus.WON, DealStatus.LOST))
        )
        .group_by(Deal.closed_on)
    )
    return [(_day(d), int(w), int(lo), int(c)) for d, w, lo, c in session.execute(stmt)]


def referral_asks(session: Session) -> tuple[int, int]:
    """(finished debriefs, those in which a referral was asked)."""
    done = Debrief.completed_at.is_not(None)
    n, asked = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Debrief.referral_asked, 1), else_=0)), 0),
        ).where(done)
    ).one()
    return int(n), int(asked)
