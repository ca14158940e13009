"""Pipeline use cases: deals, touches, accounts and contacts, validated and saved."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

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
from salescoach.store import accounts, contacts, deals, debriefs, followups, touches
from salescoach.store.database import Store

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
    def deal_rows(self, known: Mapping[int, DealRow] | None = None) -> list[DealRow]:
        """Every deal; those unchanged since `known` (the rows read before) as those rows."""
        with self.store.session() as s:
            return deals.deal_rows(s, known=known)

    def newest_deal_rows(self, limit: int) -> tuple[list[DealRow], int]:
        """The `limit` newest deals (the table's first screen) and how many there are."""
        with self.store.session() as s:
            return deals.newest_deal_rows(s, limit), deals.count(s)

    def deal_row(self, deal_id: uuid.UUID) -> DealRow:
        with self.store.session() as s:
            rows = deals.deal_rows(s, [deal_id])
        if not rows:
            raise _gone()
        return rows[0]

    def deal_count(self) -> int:
        with self.store.session() as s:
            return deals.count(s)

    def deal_detail(self, deal_id: uuid.UUID) -> DealDetail:
        with self.store.session() as s:
            deal = deals.get(s, deal_id)
            if deal is None:
                raise _gone()
            rows = deals.deal_rows(s, [deal_id])
            return DealDetail(rows[0], deal.notes, tuple(deals.deal_contacts(s, deal_id)))

    def save_deal(self, draft: DealDraft, deal_id: uuid.UUID | None = None) -> DealRow:
        """Create (no `deal_id`) or update a deal; the account is found or created by name."""
        validate_deal(draft)
        with self.store.session() as s:
            account_id = accounts.find_or_add(s, draft.account_name)
            new_id = deals.save(s, draft, account_id, deal_id)
            if new_id is None:
                raise _gone()
            if deal_id is not None:  # a debrief follows its deal out of (or back into) "lost"
                lost = draft.closed_on if draft.status is DealStatus.LOST else None
                debriefs.sync_lost_on(s, deal_id, lost)
        return self.deal_row(new_id)

    def delete_deal(self, deal_id: uuid.UUID) -> None:
        """Delete a deal with its touches and contact roles (the contacts stay)."""
        with self.store.session() as s:
            if not deals.delete(s, deal_id):
                raise _gone()

    # touches -------------------------------------------------------------------------
    def touches(self, deal_id: uuid.UUID) -> list[TouchRow]:
        with self.store.session() as s:
            return touches.touch_rows(s, deal_id)

    def touch_count(self, deal_id: uuid.UUID) -> int:
        with self.store.session() as s:
            return touches.count_for_deal(s, deal_id)

    def log_touch(self, draft: TouchDraft) -> uuid.UUID:
        """Store a touch; the prospect's stay-in-touch cadence starts again from it."""
        validate_touch(draft)
        with self.store.session() as s:
            deal = deals.get(s, draft.deal_id) if draft.deal_id is not None else None
            if draft.deal_id is not None and deal is None:
                raise _gone()
            person = None
            if draft.contact_id is not None:
                person = contacts.account_id(s, draft.contact_id)
            touch = touches.add(s, draft)
            found = {deal.account_id if deal else None, person, draft.account_id}
            followups.touched(s, [a for a in found if a is not None], draft.contact_id, touch)
            return touch.id

    def delete_touch(self, touch_id: uuid.UUID) -> None:
        with self.store.session() as s:
            if not touches.delete(s, touch_id):
                raise _gone()

    # accounts and contacts -----------------------------------------------------------
    def accounts(self) -> list[AccountRow]:
        with self.store.session() as s:
            return accounts.account_rows(s)

    def account_ids(self) -> dict[str, uuid.UUID]:
        """Every account's id by its name, in name order."""
        with self.store.session() as s:
            return accounts.ids_by_name(s)

    def account_names(self) -> list[str]:
        with self.store.session() as s:
            return accounts.names(s)

    def save_account(self, draft: AccountDraft, account_id: uuid.UUID | None = None) -> uuid.UUID:
        validate_account(draft)
        with self.store.session() as s:
            saved = accounts.save(s, draft, account_id)
            if saved is None:
                raise _gone()
            return saved

    def delete_account(self, account_id: uuid.UUID) -> None:
        """Delete an account that has no deals; its contacts stay, without an account."""
        with self.store.session() as s:
            name = accounts.name(s, account_id)
            if name is None:
                raise _gone()
            n = deals.count_for_account(s, account_id)
            if n:
                raise UserError(
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Pipeline",
                            "{name} still has {count} deal(s); delete or move them first.",
                        ),
                        name=name,
                        count=n,
                    )
                )
            followups.detach(s, account_id=account_id)  # their calendar events cancelled
            accounts.delete(s, account_id)

    def contacts(self, account_id: uuid.UUID | None = None) -> list[ContactRow]:
        with self.store.session() as s:
            return contacts.contact_rows(s, account_id)

    def search_contacts(self, text: str, limit: int = 20) -> list[ContactRow]:
        """Contacts whose name, company or email contains every word of `text`."""
        with self.store.session() as s:
            return contacts.contact_rows(s, words=text.split(), limit=limit)

    def contact(self, contact_id: uuid.UUID) -> ContactRow | None:
        with self.store.session() as s:
            found = contacts.contact_rows(s, ids=[contact_id])
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
            account_id = draft.account_id
            if account_name is not None:
                account_id = accounts.find_or_add(s, account_name)
            saved = contacts.save(s, draft, contact_id, account_id)
            if saved is None:
                raise _gone()
            return saved

    def delete_contact(self, contact_id: uuid.UUID) -> None:
        with self.store.session() as s:
            if not contacts.exists(s, contact_id):
                raise _gone()
            followups.detach(s, contact_id=contact_id)  # their calendar events cancelled
            contacts.delete(s, contact_id)
