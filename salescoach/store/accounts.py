"""The accounts table: the companies deals are with."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from salescoach.domain.deals import AccountDraft
from salescoach.domain.rows import AccountRow
from salescoach.store.models import Account, Deal


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


def ids_by_name(session: Session) -> dict[str, uuid.UUID]:
    """Every account's id by its name, in name order."""
    stmt = select(Account.name, Account.id).order_by(func.lower(Account.name))
    return {name: account_id for name, account_id in session.execute(stmt)}


def names(session: Session) -> list[str]:
    return list(session.scalars(select(Account.name).order_by(func.lower(Account.name))))


def name(session: Session, account_id: uuid.UUID) -> str | None:
    """The account's name; None if it no longer exists."""
    account = session.get(Account, account_id)
    return None if account is None else account.name


def find_or_add(session: Session, name: str) -> uuid.UUID | None:
    """The account called `name` (case-insensitive), created if new; None for a blank name."""
    name = name.strip()
    if not name:
        return None
    found = session.scalars(
        select(Account.id).where(func.lower(Account.name) == name.lower()).limit(1)
    ).first()
    if found is not None:
        return found
    account = Account(name=name)
    session.add(account)
    session.flush()
    return account.id


def save(session: Session, draft: AccountDraft, account_id: uuid.UUID | None) -> uuid.UUID | None:
    """Create (no `account_id`) or update an account; None if it no longer exists."""
    account = Account() if account_id is None else session.get(Account, account_id)
    if account is None:
        return None
    account.name = draft.name.strip()
    account.sector = draft.sector.strip()
    account.city = draft.city.strip()
    account.notes = draft.notes
    session.add(account)
    session.flush()
    return account.id


def delete(session: Session, account_id: uuid.UUID) -> None:
    """Delete an account (its contacts stay, without an account)."""
    account = session.get(Account, account_id)
    if account is not None:
        session.delete(account)


# for an import (on its connection, ids as 32 hex digits) -------------------------------
def ids_by_folded_name(conn: Connection) -> dict[str, str]:
    """Every account's id (hex) by its name folded (SQL `casefold()`, then spaces squeezed
    as the import compares names)."""
    out: dict[str, str] = {}
    for id_, name in conn.exec_driver_sql(
        "SELECT id, casefold(name) FROM accounts ORDER BY created_at"
    ):
        out.setdefault(" ".join(name.split()), id_)
    return out
