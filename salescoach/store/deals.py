"""The deals table and the contacts' roles on deals (deal_contacts): the rows the
Pipeline shows, and every write of a deal. The table views never see ORM objects."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Enum, Select, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from salescoach.domain.deals import DealDraft
from salescoach.domain.debrief import DebriefState
from salescoach.domain.enums import ContactRole, DealStatus
from salescoach.domain.rows import DealRow
from salescoach.store.contacts import contact_name as _contact_name
from salescoach.store.models import Account, Contact, Deal, DealContact, Debrief

_STATE = Enum(DebriefState, native_enum=False, values_callable=lambda e: [m.value for m in e])


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
            type_coerce(Deal.id, String),  # the stored hex, made an int by `deal_rows`
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


def deal_rows(
    session: Session,
    ids: Sequence[uuid.UUID] | None = None,
    known: Mapping[int, DealRow] | None = None,
) -> list[DealRow]:
    """All deals (or those in `ids`), newest first, as rows for the table; a row equal to
    its deal's row in `known` (the previous read, by `DealRow.key`) is that row, not a copy.

    Read again after an import, the 100,000 deals already shown were made anew, then the
    old ones freed: their holes (about 50 MiB) stayed in the process for good."""
    same = known.get if known else None
    stmt = _deal_rows_select(ids)
    if ids is not None:
        stmt = stmt.where(Deal.id.in_(ids)).order_by(Deal.created_on.desc())
    # A ten-year history repeats its accounts, contacts, products and days thousands of
    # times: one shared object per distinct value (interned, so the Debriefs view's rows
    # share them too) keeps the rows in memory half the size.
    text = sys.intern
    days: dict[str, dt.date] = {}
    # Amounts repeat too (7,200 distinct among 100,000 deals): each int above 256 is an
    # object of its own, 10 MiB for the amounts and commissions of 200,000 deals.
    numbers: dict[int, int] = {}
    number = numbers.setdefault

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
        amount, commission = number(r[4], r[4]), number(r[6], r[6])
        row = DealRow(int(r[0], 16), title, account, names, amount, currency, commission,
                      r[7], r[8], day(r[9]), closed, competitor, r[12])  # fmt: skip
        if same is not None and (previous := same(row.key)) == row:
            row = previous  # the new one is freed now: the next row takes its place
        rows.append(row)
    if ids is None:
        # Sorted here rather than by ORDER BY, which walked the created_on index and fetched
        # each deal from wherever it lay: 1.47 s to 0.87 s of SQLite for 100,000 deals.
        rows = _newest_first(rows)
    return rows


def _newest_first(rows: list[DealRow]) -> list[DealRow]:
    """`rows` by creation day, newest first; those created the same day in the reverse of
    the order given (the last stored first), as a stable sort of the reversed list would.

    Grouped by day in Python rather than sorted: `list.sort` compares in C and kept the
    interpreter lock for the whole sort, 40 to 190 ms during which the window could not
    run a line of Python after an import. Grouped, the lock is handed over between rows,
    and a few thousand days sort at once (also faster: 23-67 ms against 135-210 ms for
    200,000 deals in random order)."""
    by_day: dict[dt.date, list[DealRow]] = {}
    for row in reversed(rows):
        day = by_day.get(row.created_on)
        if day is None:
            by_day[row.created_on] = [row]
        else:
            day.append(row)
    ordered: list[DealRow] = []
    for created in sorted(by_day, reverse=True):
        ordered += by_day[created]
    return ordered


def newest_deal_rows(session: Session, limit: int) -> list[DealRow]:
    """The `limit` most recently created deals, in the order `deal_rows()` gives them: a
    window's first screen, read through the created_on index in milliseconds."""
    # Walked backwards, the index gives deals created the same day last stored first, as
    # the full read's reversed scan and stable sort do.
    ids = list(session.scalars(select(Deal.id).order_by(Deal.created_on.desc()).limit(limit)))
    place = {deal_id.int: i for i, deal_id in enumerate(ids)}
    return sorted(deal_rows(session, ids), key=lambda r: place[r.key])


def deal_contacts(session: Session, deal_id: uuid.UUID) -> list[tuple[uuid.UUID, str, ContactRole]]:
    stmt = (
        select(Contact.id, _contact_name, DealContact.role)
        .join(DealContact, DealContact.contact_id == Contact.id)
        .where(DealContact.deal_id == deal_id)
        .order_by(DealContact.created_at)
    )
    return [(r[0], r[1], r[2]) for r in session.execute(stmt)]


def deal_counts(session: Session) -> dict[DealStatus, int]:
    """How many deals are open, won and lost (every status present, zero if none)."""
    counts = dict.fromkeys(DealStatus, 0)
    for status, n in session.execute(select(Deal.status, func.count()).group_by(Deal.status)):
        counts[status] = n
    return counts


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Deal)) or 0


def any_deal(conn: Connection) -> bool:
    """Whether the database holds a deal (on a connection: the demo's bulk load)."""
    return bool(conn.scalar(select(func.count()).select_from(Deal)))


def get(session: Session, deal_id: uuid.UUID) -> Deal | None:
    """The deal, to read (its writes are the functions below)."""
    return session.get(Deal, deal_id)


def count_for_account(session: Session, account_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).where(Deal.account_id == account_id)) or 0


def save(
    session: Session, draft: DealDraft, account_id: uuid.UUID | None, deal_id: uuid.UUID | None
) -> uuid.UUID | None:
    """Create (no `deal_id`) or update a deal and its contacts' roles from `draft`; None
    if the deal no longer exists. An open deal has no close date."""
    if deal_id is None:
        deal = Deal()
        session.add(deal)
    else:
        found = session.get(Deal, deal_id)
        if found is None:
            return None
        deal = found
    deal.title = draft.title.strip()
    deal.account_id = account_id
    deal.amount_cents = draft.amount_cents or 0
    deal.currency = draft.currency
    deal.commission_cents = draft.commission_cents or 0
    deal.stage = draft.stage
    deal.status = draft.status
    deal.created_on = draft.created_on
    deal.closed_on = draft.closed_on if draft.status is not DealStatus.OPEN else None
    deal.competitor = draft.competitor.strip()
    deal.notes = draft.notes
    wanted = dict(draft.contacts)
    for link in list(deal.roles):
        if link.contact_id not in wanted:
            deal.roles.remove(link)
        else:
            link.role = wanted.pop(link.contact_id)
    for contact_id, role in wanted.items():
        deal.roles.append(DealContact(contact_id=contact_id, role=role))
    session.flush()
    return deal.id


def close(session: Session, deal_id: uuid.UUID, status: DealStatus, on: dt.date) -> dt.date | None:
    """Set a deal won or lost, closed on `on` (not before it was created); returns the
    close date, None if the deal no longer exists."""
    deal = session.get(Deal, deal_id)
    if deal is None:
        return None
    deal.status = status
    deal.closed_on = max(on, deal.created_on)
    return deal.closed_on


def set_competitor(session: Session, deal_id: uuid.UUID, competitor: str) -> None:
    deal = session.get(Deal, deal_id)  # usually already loaded: no read
    if deal is not None:
        deal.competitor = competitor


def delete(session: Session, deal_id: uuid.UUID) -> bool:
    """Delete a deal with its touches and contact roles; False if it was already gone."""
    deal = session.get(Deal, deal_id)
    if deal is None:
        return False
    session.delete(deal)
    return True


# for an import (on its connection, ids as 32 hex digits) -------------------------------
def external_ids(conn: Connection) -> set[str]:
    return {
        r[0]
        for r in conn.exec_driver_sql("SELECT external_id FROM deals WHERE external_id IS NOT NULL")
    }


def has_external_ids(conn: Connection) -> bool:
    """Whether any deal was imported (an import's look-ups are skipped otherwise)."""
    found = conn.exec_driver_sql("SELECT 1 FROM deals WHERE external_id IS NOT NULL LIMIT 1")
    return found.first() is not None
