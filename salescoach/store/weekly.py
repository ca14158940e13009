"""The weekly review's reads: a few weeks of touches (per week and kind) and of deals
(day by day; the service adds the days up into weeks), and the referral asks of the
debriefs.

Each is index ranges (touches by kind and date, deals by creation and by close date), a
few hundred rows at most on a 100,000-deal history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.store.models import Deal, Debrief, Touch


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def touches_by_week(
    session: Session, mondays: Sequence[dt.date]
) -> dict[tuple[dt.date, TouchKind], int]:
    """Touches logged in each week (from its Monday, seven days), per kind.

    One count per week and kind, each a range of the (kind, occurred_at) index: a GROUP BY
    the day would read every touch of those weeks and sort them (~180 ms for twelve weeks
    of the 100,000-deal history, against a few milliseconds).
    """
    keys = [(monday, kind) for monday in mondays for kind in TouchKind]
    if not keys:
        return {}
    counts = [
        select(func.count())
        .select_from(Touch)
        .where(
            Touch.kind == kind,
            Touch.occurred_at >= dt.datetime.combine(monday, dt.time()),
            Touch.occurred_at < dt.datetime.combine(monday + dt.timedelta(days=7), dt.time()),
        )
        .scalar_subquery()
        for monday, kind in keys
    ]
    row = session.execute(select(*counts)).one()
    return {key: int(n) for key, n in zip(keys, row, strict=True)}


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
