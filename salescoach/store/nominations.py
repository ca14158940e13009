"""The call_nominations table: the "sales call of the month", and the touches to choose
it from."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Connection, case, func, select
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStatus
from salescoach.domain.goals import NominationRow, TouchChoice
from salescoach.store.contacts import contact_name as _contact_name
from salescoach.store.models import Account, CallNomination, Contact, Deal, Touch


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


def nominate(session: Session, month: dt.date, touch_id: uuid.UUID, reason: str) -> uuid.UUID:
    """Make a touch the sales call of `month` (replacing that month's nomination)."""
    found = session.scalars(select(CallNomination).where(CallNomination.month == month)).first()
    nomination = found or CallNomination(month=month)
    nomination.touch_id = touch_id
    nomination.reason = reason
    session.add(nomination)
    session.flush()
    return nomination.id


def delete(session: Session, nomination_id: uuid.UUID) -> None:
    nomination = session.get(CallNomination, nomination_id)
    if nomination is not None:
        session.delete(nomination)


def call_on_won_deal(conn: Connection, since: str, before: str, offset: int) -> str | None:
    """The id (hex) of the `offset`-th call, meeting or video call on a won deal from
    `since` to just `before` (ISO), oldest first: the demo's nominations."""
    return conn.exec_driver_sql(
        "SELECT touches.id FROM touches JOIN deals ON deals.id = touches.deal_id "
        "WHERE touches.occurred_at >= ? AND touches.occurred_at < ? "
        "AND touches.kind IN ('call', 'meeting', 'video_call') AND deals.status = 'won' "
        "ORDER BY touches.occurred_at LIMIT 1 OFFSET ?",
        (since, before, offset),
    ).scalar()
