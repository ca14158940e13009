"""The follow_ups table: the Follow-ups view's rows, referral advocates, and every write of a
cadence (set, snoozed, stopped, restarted by a touch)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session, aliased

from salescoach.domain.enums import ContactRole, DealStatus
from salescoach.domain.followups import AdvocateRow, CadenceUnit, FollowUpRow, next_after_touch
from salescoach.store.models import (
    Account,
    Contact,
    Deal,
    DealContact,
    Debrief,
    FollowUp,
    ReferralThanks,
    Touch,
    utcnow,
)

_name = func.trim(Contact.first_name + literal(" ") + Contact.last_name)


def _person_on_deal() -> Any:
    """Who to ask for: the lost deal's decision maker, else its first contact."""
    return (
        select(_name)
        .join(DealContact, DealContact.contact_id == Contact.id)
        .where(DealContact.deal_id == FollowUp.deal_id)
        .order_by(
            case((DealContact.role == ContactRole.DECISION_MAKER.value, 0), else_=1),
            DealContact.created_at,
        )
        .limit(1)
        .scalar_subquery()
    )


def follow_up_rows(session: Session) -> list[FollowUpRow]:
    """Every active follow-up, soonest first, with who, why and the last touch."""
    return _rows(session, FollowUp.active.is_(True))


def stopped_since(session: Session, since: dt.datetime) -> list[FollowUpRow]:
    """Follow-ups stopped (made inactive) at or after `since` (naive UTC), for the calendar
    to cancel; `who` is "" for those whose prospect was deleted (see `detach`)."""
    return _rows(session, FollowUp.active.is_(False), FollowUp.updated_at >= since)


def _rows(session: Session, *where: ColumnElement[bool]) -> list[FollowUpRow]:
    person = aliased(Contact)
    stmt = (
        select(
            FollowUp.id,
            FollowUp.account_id,
            FollowUp.contact_id,
            func.coalesce(Account.name, func.trim(person.first_name + " " + person.last_name)),
            case(
                (FollowUp.contact_id.is_not(None), ""),
                else_=func.coalesce(_person_on_deal(), ""),
            ),
            FollowUp.every,
            FollowUp.unit,
            type_coerce(FollowUp.next_on, String),
            FollowUp.deal_id,
            func.coalesce(Deal.title, ""),
            type_coerce(Deal.closed_on, String),
            func.coalesce(Debrief.prospect_said, ""),
            Touch.occurred_at,
            func.coalesce(Touch.outcome, ""),
            FollowUp.updated_at,
        )
        .outerjoin(Account, Account.id == FollowUp.account_id)
        .outerjoin(person, person.id == FollowUp.contact_id)
        .outerjoin(Deal, Deal.id == FollowUp.deal_id)
        .outerjoin(Debrief, Debrief.deal_id == FollowUp.deal_id)
        .outerjoin(Touch, Touch.id == FollowUp.last_touch_id)
        .where(*where)
        .order_by(FollowUp.next_on, Account.name)
    )
    rows = []
    for r in session.execute(stmt):
        rows.append(
            FollowUpRow(
                id=r[0], account_id=r[1], contact_id=r[2], who=r[3] or "", person=r[4],
                every=r[5], unit=CadenceUnit(r[6]), next_on=dt.date.fromisoformat(r[7]),
                deal_id=r[8], deal_title=r[9], lost_on=_day(r[10]), said=r[11],
                last_touch_on=r[12], last_touch=r[13], updated_at=r[14],
            )
        )  # fmt: skip
    return rows


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def due_counts(session: Session, today: dt.date) -> tuple[int, int]:
    """(overdue, due today) among active follow-ups."""
    overdue, due = session.execute(
        select(
            func.count().filter(FollowUp.next_on < today),
            func.count().filter(FollowUp.next_on == today),
        ).where(FollowUp.active.is_(True))
    ).one()
    return int(overdue), int(due)


def active_for(
    session: Session, account_id: uuid.UUID | None, contact_id: uuid.UUID | None
) -> FollowUp | None:
    """The prospect's active cadence (an account, or a person without an account)."""
    if account_id is not None:
        where = FollowUp.account_id == account_id
    elif contact_id is not None:
        where = FollowUp.contact_id == contact_id
    else:
        return None
    return session.scalars(
        select(FollowUp).where(where, FollowUp.active.is_(True)).order_by(FollowUp.next_on)
    ).first()


def detach(
    session: Session, account_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None
) -> None:
    """Before the prospect is deleted: keep its follow-ups, stopped and no longer linked to
    it, instead of letting the database cascade delete them, so that the calendar export
    can still cancel their events. Those already stopped keep the day they were stopped."""
    if account_id is not None:
        where = FollowUp.account_id == account_id
    elif contact_id is not None:
        where = FollowUp.contact_id == contact_id
    else:
        return
    session.execute(
        update(FollowUp)
        .where(where)
        .values(
            account_id=None,
            contact_id=None,
            active=False,
            updated_at=case((FollowUp.active.is_(True), utcnow()), else_=FollowUp.updated_at),
        )
        .execution_options(synchronize_session=False)
    )


def touched(
    session: Session,
    account_ids: Iterable[uuid.UUID],
    contact_id: uuid.UUID | None,
    touch: Touch,
) -> None:
    """A touch with a prospect restarts its active cadences from the touch's day, and
    becomes their latest touch unless a later one is already known."""
    accounts = [a for a in account_ids if a is not None]
    where: list[ColumnElement[bool]] = []
    if accounts:
        where.append(FollowUp.account_id.in_(accounts))
    if contact_id is not None:
        where.append(FollowUp.contact_id == contact_id)
    if not where:
        return
    day = touch.occurred_at.date()
    for f in session.scalars(select(FollowUp).where(or_(*where), FollowUp.active.is_(True))):
        f.next_on = next_after_touch(f.next_on, day, f.every, CadenceUnit(f.unit))
        last = session.get(Touch, f.last_touch_id) if f.last_touch_id else None
        if last is None or last.occurred_at <= touch.occurred_at:
            f.last_touch_id = touch.id


def advocate_rows(session: Session) -> list[AdvocateRow]:
    """People who referred someone, with whom, what came of it, and the last thanks."""
    advocate, referred = aliased(Contact), aliased(Contact)
    pairs = session.execute(
        select(
            advocate.id,
            func.trim(advocate.first_name + " " + advocate.last_name),
            func.coalesce(Account.name, ""),
            referred.id,
            func.trim(referred.first_name + " " + referred.last_name),
        )
        .join(referred, referred.referred_by_id == advocate.id)
        .outerjoin(Account, Account.id == advocate.account_id)
        .order_by(advocate.last_name, advocate.first_name, referred.last_name)
    ).all()
    referred_ids = {p[3] for p in pairs}
    deals: dict[uuid.UUID, list[DealStatus]] = {}
    for contact_id, status in session.execute(
        select(DealContact.contact_id, Deal.status)
        .join(Deal, Deal.id == DealContact.deal_id)
        .where(DealContact.contact_id.in_(referred_ids))
    ):
        deals.setdefault(contact_id, []).append(status)
    thanks: dict[uuid.UUID, tuple[str, dt.date | None]] = {}
    for contact_id, what, given_on in session.execute(
        select(ReferralThanks.contact_id, ReferralThanks.what, ReferralThanks.given_on).order_by(
            ReferralThanks.given_on, ReferralThanks.created_at
        )
    ):
        thanks[contact_id] = (what, given_on)
    grouped: dict[uuid.UUID, list[Any]] = {}
    for adv_id, name, account, ref_id, ref_name in pairs:
        entry = grouped.setdefault(adv_id, [name, account, [], 0, 0])
        entry[2].append(ref_name)
        statuses = deals.get(ref_id, [])
        entry[3] += len(statuses)
        entry[4] += sum(1 for s in statuses if s is DealStatus.WON)
    rows = []
    for adv_id, (name, account, referred, opened, won) in grouped.items():
        last, last_on = thanks.get(adv_id, ("", None))
        rows.append(AdvocateRow(adv_id, name, account, tuple(referred), opened, won, last, last_on))
    return rows


# writes ---------------------------------------------------------------------------------
def schedule(
    session: Session,
    found: FollowUp | None,
    account_id: uuid.UUID | None,
    contact_id: uuid.UUID | None,
    every: int,
    unit: CadenceUnit,
    next_on: dt.date,
    deal_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Set the prospect's cadence: `found` (its active one, from `active_for`) changed, or
    a new one for the account (or the person without one). `deal_id`, when given, is the
    lost deal it came from."""
    f = found
    if f is None:
        f = FollowUp(account_id=account_id, contact_id=None if account_id else contact_id)
        session.add(f)
    f.every, f.unit, f.active = every, unit.value, True
    f.next_on = next_on
    if deal_id is not None:
        f.deal_id = deal_id
    session.flush()
    return f.id


def snooze(session: Session, follow_up_id: uuid.UUID, until: dt.date) -> bool:
    """Move an active follow-up to `until`; False if it is gone or stopped."""
    f = session.get(FollowUp, follow_up_id)
    if f is None or not f.active:
        return False
    f.next_on = until
    return True


def stop(session: Session, follow_up_id: uuid.UUID) -> bool:
    """Stop a follow-up (kept, inactive, for the record); False if it is gone."""
    f = session.get(FollowUp, follow_up_id)
    if f is None:
        return False
    f.active = False
    return True
