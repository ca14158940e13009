"""Pipeline use cases: deals, touches, accounts and contacts, validated and saved."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salescoach.domain.deals import (
    AccountDraft,
    ContactDraft,
    DealDraft,
    TouchDraft,
    validate_account,
    validate_contact,
    validate_deal,
    validate_touch,
)
from salescoach.domain.enums import DealStatus
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.rows import AccountRow, ContactRow, DealDetail, DealRow, TouchRow
from salescoach.store import debrief_queries, followup_queries, queries
from salescoach.store.database import Store
from salescoach.store.models import Account, Contact, Deal, DealContact, Touch

CTX = "Pipeline"


def _gone() -> UserError:
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Pipeline", "This record no longer exists; it may have been deleted."
            ),
        )
    )


class PipelineService:
    """What the Pipeline view and the command line do to the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # deals ---------------------------------------------------------------------------
    def deal_rows(self) -> list[DealRow]:
        with self.store.session() as s:
            return queries.deal_rows(s)

    def deal_row(self, deal_id: uuid.UUID) -> DealRow:
        with self.store.session() as s:
            rows = queries.deal_rows(s, [deal_id])
        if not rows:
            raise _gone()
        return rows[0]

    def deal_count(self) -> int:
        with self.store.session() as s:
            return s.scalar(select(func.count()).select_from(Deal)) or 0

    def deal_detail(self, deal_id: uuid.UUID) -> DealDetail:
        with self.store.session() as s:
            deal = s.get(Deal, deal_id)
            if deal is None:
                raise _gone()
            rows = queries.deal_rows(s, [deal_id])
            return DealDetail(rows[0], deal.notes, tuple(queries.deal_contacts(s, deal_id)))

    def save_deal(self, draft: DealDraft, deal_id: uuid.UUID | None = None) -> DealRow:
        """Create (no `deal_id`) or update a deal; the account is found or created by name."""
        validate_deal(draft)
        with self.store.session() as s:
            account = _account_by_name(s, draft.account_name)
            if deal_id is None:
                deal = Deal()
                s.add(deal)
            else:
                found = s.get(Deal, deal_id)
                if found is None:
                    raise _gone()
                deal = found
            deal.title = draft.title.strip()
            deal.account = account
            deal.amount_cents = draft.amount_cents or 0
            deal.currency = draft.currency
            deal.commission_cents = draft.commission_cents or 0
            deal.stage = draft.stage
            deal.status = draft.status
            deal.created_on = draft.created_on
            deal.closed_on = draft.closed_on if draft.status is not DealStatus.OPEN else None
            if deal_id is not None:  # a debrief follows its deal out of (or back into) "lost"
                lost = deal.closed_on if draft.status is DealStatus.LOST else None
                debrief_queries.sync_lost_on(s, deal_id, lost)
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
            s.flush()
            new_id = deal.id
        return self.deal_row(new_id)

    def delete_deal(self, deal_id: uuid.UUID) -> None:
        """Delete a deal with its touches and contact roles (the contacts stay)."""
        with self.store.session() as s:
            deal = s.get(Deal, deal_id)
            if deal is None:
                raise _gone()
            s.delete(deal)

    # touches -------------------------------------------------------------------------
    def touches(self, deal_id: uuid.UUID) -> list[TouchRow]:
        with self.store.session() as s:
            return queries.touch_rows(s, deal_id)

    def touch_count(self, deal_id: uuid.UUID) -> int:
        with self.store.session() as s:
            return s.scalar(select(func.count()).where(Touch.deal_id == deal_id)) or 0

    def log_touch(self, draft: TouchDraft) -> uuid.UUID:
        """Store a touch; the prospect's stay-in-touch cadence starts again from it."""
        validate_touch(draft)
        with self.store.session() as s:
            deal = s.get(Deal, draft.deal_id) if draft.deal_id is not None else None
            if draft.deal_id is not None and deal is None:
                raise _gone()
            contact = s.get(Contact, draft.contact_id) if draft.contact_id is not None else None
            touch = Touch(
                kind=draft.kind,
                occurred_at=draft.occurred_at,
                deal_id=draft.deal_id,
                contact_id=draft.contact_id,
                outcome=draft.outcome.strip(),
                note=draft.note,
            )
            s.add(touch)
            s.flush()
            accounts = {deal.account_id if deal else None, contact.account_id if contact else None}
            followup_queries.touched(
                s, [a for a in accounts if a is not None], draft.contact_id, touch
            )
            return touch.id

    def delete_touch(self, touch_id: uuid.UUID) -> None:
        with self.store.session() as s:
            touch = s.get(Touch, touch_id)
            if touch is None:
                raise _gone()
            s.delete(touch)

    # accounts and contacts -----------------------------------------------------------
    def accounts(self) -> list[AccountRow]:
        with self.store.session() as s:
            return queries.account_rows(s)

    def account_ids(self) -> dict[str, uuid.UUID]:
        """Every account's id by its name, in name order."""
        with self.store.session() as s:
            stmt = select(Account.name, Account.id).order_by(func.lower(Account.name))
            return {name: account_id for name, account_id in s.execute(stmt)}

    def account_names(self) -> list[str]:
        with self.store.session() as s:
            return list(s.scalars(select(Account.name).order_by(func.lower(Account.name))))

    def save_account(self, draft: AccountDraft, account_id: uuid.UUID | None = None) -> uuid.UUID:
        validate_account(draft)
        with self.store.session() as s:
            account = Account() if account_id is None else s.get(Account, account_id)
            if account is None:
                raise _gone()
            account.name = draft.name.strip()
            account.sector = draft.sector.strip()
            account.city = draft.city.strip()
            account.notes = draft.notes
            s.add(account)
            s.flush()
            return account.id

    def delete_account(self, account_id: uuid.UUID) -> None:
        """Delete an account that has no deals; its contacts stay, without an account."""
        with self.store.session() as s:
            account = s.get(Account, account_id)
            if account is None:
                raise _gone()
            n = s.scalar(select(func.count()).where(Deal.account_id == account_id)) or 0
            if n:
                raise UserError(
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Pipeline",
                            "{name} still has {count} deal(s); delete or move them first.",
                        ),
                        name=account.name,
                        count=n,
                    )
                )
            followup_queries.detach(s, account_id=account_id)  # their calendar events cancelled
            s.delete(account)

    def contacts(self, account_id: uuid.UUID | None = None) -> list[ContactRow]:
        with self.store.session() as s:
            return queries.contact_rows(s, account_id)

    def search_contacts(self, text: str, limit: int = 20) -> list[ContactRow]:
        """Contacts whose name, company or email contains every word of `text`."""
        with self.store.session() as s:
            return queries.contact_rows(s, words=text.split(), limit=limit)

    def contact(self, contact_id: uuid.UUID) -> ContactRow | None:
        with self.store.session() as s:
            found = queries.contact_rows(s, ids=[contact_id])
        return found[0] if found else None

    def save_contact(
        self,
        draft: ContactDraft,
        contact_id: uuid.UUID | None = None,
        account_name: str | None = None,
    ) -> uuid.UUID:
        """Create or update a contact; `account_name` (found or created) replaces
        `draft.account_id`, in the same transaction."""
        validate_contact(draft)
        with self.store.session() as s:
            contact = Contact() if contact_id is None else s.get(Contact, contact_id)
            if contact is None:
                raise _gone()
            contact.first_name = draft.first_name.strip()
            contact.last_name = draft.last_name.strip()
            if account_name is None:
                contact.account_id = draft.account_id
            else:
                contact.account = _account_by_name(s, account_name)
            contact.job_title = draft.job_title.strip()
            contact.email = draft.email.strip()
            contact.phone = draft.phone.strip()
            contact.notes = draft.notes
            s.add(contact)
            s.flush()
            return contact.id

    def delete_contact(self, contact_id: uuid.UUID) -> None:
        with self.store.session() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise _gone()
            followup_queries.detach(s, contact_id=contact_id)  # their calendar events cancelled
            s.delete(contact)


def _account_by_name(s: Session, name: str) -> Account | None:
    """The account called `name` (case-insensitive), created if new; None for a blank name."""
    name = name.strip()
    if not name:
        return None
    found = s.scalars(
        select(Account).where(func.lower(Account.name) == name.lower()).limit(1)
    ).first()
    if found is not None:
        return found
    account = Account(name=name)
    s.add(account)
    return account
