"""Debrief reads: the list of lost deals with their debriefs, and the insight aggregates.

The aggregates are GROUP BY queries over finished debriefs, optionally limited to deals
lost within a period; they return plain tuples for the domain to interpret.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ColumnElement, Integer, cast, func, select
from sqlalchemy.orm import Session

from salescoach.domain.debrief import Answer, DebriefRow, DebriefState, LossReasonRow
from salescoach.domain.enums import DealStatus
from salescoach.store.models import Account, Deal, Debrief, DebriefAnswer, LossReason
from salescoach.store.queries import debrief_state


def loss_reasons(session: Session, include_hidden: bool = True) -> list[LossReasonRow]:
    stmt = select(
        LossReason.id, LossReason.code, LossReason.label, LossReason.controllable, LossReason.hidden
    ).order_by(LossReason.position, LossReason.created_at)
    if not include_hidden:
        stmt = stmt.where(LossReason.hidden.is_(False))
    return [LossReasonRow(*r) for r in session.execute(stmt)]


def _period(since: dt.date | None, until: dt.date | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if since is not None:
        where.append(Deal.closed_on >= since)
    if until is not None:
        where.append(Deal.closed_on <= until)
    return where


def _done() -> list[ColumnElement[bool]]:
    return [Deal.status == DealStatus.LOST, Debrief.completed_at.is_not(None)]


def debrief_rows(session: Session) -> list[DebriefRow]:
    """Every lost deal with its debrief (or none yet), most recently lost first."""
    reasons = {r.id: r for r in loss_reasons(session)}
    weak = (
        select(DebriefAnswer.debrief_id, func.count().label("n"))
        .where(DebriefAnswer.answer.in_([Answer.NO, Answer.PARTLY]))
        .group_by(DebriefAnswer.debrief_id)
        .subquery()
    )
    stmt = (
        select(
            Deal.id,
            Deal.title,
            func.coalesce(Account.name, ""),
            Deal.closed_on,
            debrief_state(),
            Debrief.reason_id,
            Debrief.controllable,
            func.coalesce(func.nullif(Debrief.competitor, ""), Deal.competitor),
            func.coalesce(weak.c.n, 0),
            func.coalesce(Debrief.referral_asked, False),
            func.coalesce(Debrief.referral_obtained, False),
            Debrief.updated_at,
        )
        .outerjoin(Account, Account.id == Deal.account_id)
        .outerjoin(Debrief, Debrief.deal_id == Deal.id)
        .outerjoin(weak, weak.c.debrief_id == Debrief.id)
        .where(Deal.status == DealStatus.LOST)
        .order_by(Deal.closed_on.desc(), Deal.created_on.desc())
    )
    return [
        DebriefRow(
            deal_id=r[0],
            deal_title=r[1],
            account=r[2],
            lost_on=r[3],
            state=r[4],
            reason=reasons.get(r[5]) if r[5] is not None else None,
            controllable=r[6],
            competitor=r[7] or "",
            weak_answers=r[8],
            referral_asked=bool(r[9]),
            referral_obtained=bool(r[10]),
            updated_at=r[11],
        )
        for r in session.execute(stmt)
    ]


def state_counts(session: Session) -> dict[DebriefState, int]:
    """Lost deals by debrief state (every state present)."""
    counts = dict.fromkeys(DebriefState, 0)
    stmt = (
        select(debrief_state(), func.count())
        .select_from(Deal)
        .outerjoin(Debrief, Debrief.deal_id == Deal.id)
        .where(Deal.status == DealStatus.LOST)
        .group_by(debrief_state())
    )
    for state, n in session.execute(stmt):
        counts[state] = n
    return counts


def answer_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> dict[int, dict[Answer, int]]:
    """For each question, how many finished debriefs answered yes, partly and no."""
    stmt = (
        select(DebriefAnswer.question, DebriefAnswer.answer, func.count())
        .join(Debrief, Debrief.id == DebriefAnswer.debrief_id)
        .join(Deal, Deal.id == Debrief.deal_id)
        .where(DebriefAnswer.answer.is_not(None), *_done(), *_period(since, until))
        .group_by(DebriefAnswer.question, DebriefAnswer.answer)
    )
    counts: dict[int, dict[Answer, int]] = {}
    for question, answer, n in session.execute(stmt):
        if answer is not None:
            counts.setdefault(question, {})[answer] = n
    return counts


def _quarter() -> Any:
    month = cast(func.strftime("%m", Deal.closed_on), Integer)
    return func.printf("%s-Q%d", func.strftime("%Y", Deal.closed_on), (month + 2) / 3)


def _finished(session: Session, since: dt.date | None, until: dt.date | None, *cols: Any) -> Any:
    stmt = (
        select(*cols, func.count())
        .select_from(Debrief)
        .join(Deal, Deal.id == Debrief.deal_id)
        .where(*_done(), *_period(since, until))
        .group_by(*cols)
    )
    return session.execute(stmt)


def controllable_by_quarter(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[tuple[str, bool | None, int]]:
    """(quarter, controllable, count) for finished debriefs."""
    rows = _finished(session, since, until, _quarter(), Debrief.controllable)
    return [(q, c, n) for q, c, n in rows if q is not None]


def reasons_by_quarter(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[tuple[str, uuid.UUID | None, int]]:
    """(quarter, reason id, count) for finished debriefs."""
    rows = _finished(session, since, until, _quarter(), Debrief.reason_id)
    return [(q, r, n) for q, r, n in rows if q is not None]


def reason_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[tuple[uuid.UUID | None, bool | None, int]]:
    """(reason id, controllable, count) for finished debriefs."""
    rows = _finished(session, since, until, Debrief.reason_id, Debrief.controllable)
    return [(r, c, n) for r, c, n in rows]


def competitor_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None, limit: int = 5
) -> list[tuple[str, int]]:
    """The competitors named most often in finished debriefs (or on their deals)."""
    name = func.trim(func.coalesce(func.nullif(Debrief.competitor, ""), Deal.competitor))
    stmt = (
        select(func.min(name), func.count())
        .select_from(Debrief)
        .join(Deal, Deal.id == Debrief.deal_id)
        .where(*_done(), *_period(since, until), name != "")
        .group_by(func.lower(name))
        .order_by(func.count().desc(), func.min(name))
        .limit(limit)
    )
    return [(str(n), int(c)) for n, c in session.execute(stmt)]


def referral_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> tuple[int, int]:
    """(asked, obtained) over finished debriefs."""
    stmt = (
        select(
            func.coalesce(func.sum(cast(Debrief.referral_asked, Integer)), 0),
            func.coalesce(func.sum(cast(Debrief.referral_obtained, Integer)), 0),
        )
        .select_from(Debrief)
        .join(Deal, Deal.id == Debrief.deal_id)
        .where(*_done(), *_period(since, until))
    )
    asked, obtained = session.execute(stmt).one()
    return int(asked), int(obtained)
