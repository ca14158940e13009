"""The contacts table: the people at accounts, found by name, company or email."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, func, literal, select
from sqlalchemy.orm import Session

from salescoach.domain.deals import ContactDraft
from salescoach.domain.rows import ContactRow
from salescoach.store.models import Account, Contact

contact_name = func.trim(Contact.first_name + literal(" ") + Contact.last_name)


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
        contact_name + " " + func.coalesce(Account.name, "") + " " + Contact.email
    )
    for word in words:
        stmt = stmt.where(haystack.contains(word.casefold(), autoescape=True))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [ContactRow(*r) for r in session.execute(stmt)]


def exists(session: Session, contact_id: uuid.UUID) -> bool:
    return session.get(Contact, contact_id) is not None


def account_id(session: Session, contact_id: uuid.UUID) -> uuid.UUID | None:
    """The contact's account (None without one, or if the contact is gone)."""
    contact = session.get(Contact, contact_id)
    return None if contact is None else contact.account_id


def save(
    session: Session,
    draft: ContactDraft,
    contact_id: uuid.UUID | None,
    account_id: uuid.UUID | None,
) -> uuid.UUID | None:
    """Create (no `contact_id`) or update a contact, at `account_id`; None if it no
    longer exists."""
    contact = Contact() if contact_id is None else session.get(Contact, contact_id)
    if contact is None:
        return None
    contact.first_name = draft.first_name.strip()
    contact.last_name = draft.last_name.strip()
    contact.account_id = account_id
    contact.job_title = draft.job_title.strip()
    contact.email = draft.email.strip()
    contact.phone = draft.phone.strip()
    contact.notes = draft.notes
    session.add(contact)
    session.flush()
    return contact.id


def set_referred_by(session: Session, contact_id: uuid.UUID, referrer_id: uuid.UUID) -> bool:
    """Record who referred a contact; False if the contact no longer exists."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return False
    contact.referred_by_id = referrer_id
    return True


def delete(session: Session, contact_id: uuid.UUID) -> bool:
    contact = session.get(Contact, contact_id)
    if contact is None:
        return False
    session.delete(contact)
    return True


# for an import (on its connection, ids as 32 hex digits) -------------------------------
def ids_by_email_and_name(
    conn: Connection,
) -> tuple[dict[str, str], dict[tuple[str, str], tuple[str, str]]]:
    """Every contact's id by folded email; and (id, folded email) by (folded full name,
    account id or "")."""
    by_email: dict[str, str] = {}
    by_name: dict[tuple[str, str], tuple[str, str]] = {}
    for id_, name, email, account in conn.exec_driver_sql(
        "SELECT id, casefold(trim(first_name || ' ' || last_name)), casefold(trim(email)), "
        "coalesce(account_id, '') FROM contacts ORDER BY created_at"
    ):
        if email:
            by_email.setdefault(email, id_)
        by_name.setdefault((" ".join(name.split()), account), (id_, email))
    return by_email, by_name
