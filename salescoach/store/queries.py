"""Read queries returning plain rows; the table views never see ORM objects."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Enum, Select, String, case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from salescoach.domain.debrief import DebriefState
from salescoach.domain.enums import ContactRole, DealStatus
from salescoach.domain.rows import AccountRow, ContactRow, DealRow, TouchRow
from salescoach.store.models import Account, Contact, Deal, DealContact, Debrief, Touch

_STATE = Enum(DebriefState, native_enum=False, values_callable=lambda e: [m.value for m in e])
_contact_name = func.trim(Contact.first_name + literal(" ") + Contact.last_name)


def _deal_rows_select(ids: Sequence[uuid.UUID] | None = None) -> Select[*tuple[Any, ...]]:
    names_select = (
        select(
            DealContact.deal_id.label("deal_id"),
            func.group_concat(_contact_name, ", ").label("names"),
        )
        .join(Contact, Contact.id == DealContact.contact_id)
        .group_by(DealContact.deal_id)
    )
    if ids is not None:  # one deal's names, not every deal's grouped then filtered
        names_select = names_select.where(DealContact.deal_id.in_(ids))
    names = names_select.subquery()
    return (
        select(
            Deal.id,
            Deal.title,
            func.coalesce(Account.name, ""),
            func.coalesce(names.c.names, ""),
            Deal.amount_cents,
            Deal.currency,
            Deal.commission_cents,
            Deal.stage,
            Deal.status,
            type_coerce(Deal.created_on, String),
            type_coerce(Deal.closed_on, String),
            Deal.competitor,
            debrief_state(),
        )
        .outerjoin(Account, Account.id == Deal.account_id)
        .outerjoin(names, names.c.deal_id == Deal.id)
        .outerjoin(Debrief, Debrief.deal_id == Deal.id)
    )


def debrief_state() -> Any:
    """Pending, draft or done for a lost deal (outer-joined to its debrief), else NULL."""
    state = case(
        (Deal.status != DealStatus.LOST, None),
        (Debrief.completed_at.is_not(None), DebriefState.DONE.value),
        (Debrief.id.is_not(None), DebriefState.DRAFT.value),
        else_=DebriefState.PENDING.value,
    )
    return type_coerce(state, _STATE)


def deal_rows(session: Session, ids: Sequence[uuid.UUID] | None = None) -> list[DealRow]:
    """All deals (or those in `ids`), newest first, as rows for the table."""
    stmt = _deal_rows_select(ids)
    if ids is not None:
        stmt = stmt.where(Deal.id.in_(ids)).order_by(Deal.created_on.desc())
    # A ten-year history repeats its accounts, contacts, products and days thousands of
    # times: one shared object per distinct value (interned, so the Debriefs view's rows
    # share them too) keeps the rows in memory half the size.
    text = sys.intern
    days: dict[str, dt.date] = {}

    def day(iso: str) -> dt.date:
        found = days.get(iso)
        if found is None:
            found = days[iso] = dt.date.fromisoformat(iso)
        return found

    rows = []
    # Read in batches: the driver's copies of a batch are dropped before the next one.
    for r in session.execute(stmt.execution_options(yield_per=5000)):
        title, account, names, currency, competitor = (
            text(v) for v in (r[1], r[2], r[3], r[5], r[11])
        )
        closed = day(r[10]) if r[10] is not None else None
        rows.append(
            DealRow(r[0], title, account, names, r[4], currency, r[6], r[7], r[8], day(r[9]),
                    closed, competitor, r[12])
        )  # fmt: skip
    if ids is None:
        # Sorted here rather than by ORDER BY, which walked the created_on index and fetched
        # each deal from wherever it lay: 1.47 s to 0.87 s of SQLite for 100,000 deals, for
        # a 40 ms sort. Reversed first, so deals created the same day come in the order the
        # index gave them (the last stored first).
        rows.reverse()
        rows.sort(key=_created_on, reverse=True)
    return rows


def _created_on(row: DealRow) -> dt.date:
    return row.created_on


def deal_contacts(session: Session, deal_id: uuid.UUID) -> list[tuple[uuid.UUID, str, ContactRole]]:
    stmt = (
        select(Contact.id, _contact_name, DealContact.role)
        .join(DealContact, DealContact.contact_id == Contact.id)
        .where(DealContact.deal_id == deal_id)
        .order_by(DealContact.created_at)
    )
    return [(r[0], r[1], r[2]) for r in session.execute(stmt)]


def touch_rows(session: Session, deal_id: uuid.UUID) -> list[TouchRow]:
    """A deal's touches, newest first."""
    stmt = (
        select(
            Touch.id,
            Touch.kind,
            Touch.occurred_at,
            func.coalesce(_contact_name, ""),
            Touch.outcome,
            Touch.note,
        )
        .outerjoin(Contact, Contact.id == Touch.contact_id)
        .where(Touch.deal_id == deal_id)
        .order_by(Touch.occurred_at.desc())
    )
    return [TouchRow(*r) for r in session.execute(stmt)]


def account_rows(session: Session) -> list[AccountRow]:
    counts = select(Deal.account_id, func.count().label("n")).group_by(Deal.account_id).subquery()
    stmt = (
        select(
            Account.id,
            Account.name,
            Account.sector,
            Account.city,
            Account.notes,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.account_id == Account.id)
        .order_by(func.lower(Account.name))
    )
    return [AccountRow(*r) for r in session.execute(stmt)]


def contact_rows(
    session: Session,
    account_id: uuid.UUID | None = None,
    words: Sequence[str] = (),
    limit: int | None = None,
    ids: Sequence[uuid.UUID] | None = None,
) -> list[ContactRow]:
    """Contacts by last then first name: of one account, matching `words`, or by id."""
    stmt = (
        select(
            Contact.id,
            Contact.account_id,
            func.coalesce(Account.name, ""),
            Contact.first_name,
            Contact.last_name,
            Contact.job_title,
            Contact.email,
            Contact.phone,
        )
        .outerjoin(Account, Account.id == Contact.account_id)
        .order_by(func.lower(Contact.last_name), func.lower(Contact.first_name))
    )
    if account_id is not None:
        stmt = stmt.where(Contact.account_id == account_id)
    if ids is not None:
        stmt = stmt.where(Contact.id.in_(ids))
    haystack = func.casefold(
        _contact_name + " " + func.coalesce(Account.name, "") + " " + Contact.email
    )
    for word in words:
        stmt = stmt.where(haystack.contains(word.casefold(), autoescape=True))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [ContactRow(*r) for r in session.execute(stmt)]


def deal_counts(session: Session) -> dict[DealStatus, int]:
    """How many deals are open, won and lost (every status present, zero if none)."""
    counts = dict.fromkeys(DealStatus, 0)
    for status, n in session.execute(select(Deal.status, func.count()).group_by(Deal.status)):
        counts[status] = n
    return counts
