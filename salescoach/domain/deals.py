"""What a deal is made of when edited, and the rules that refuse bad input."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field

from salescoach.domain import currencies
from salescoach.domain.date_bounds import field_error
from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg

CTX = "Validation"


@dataclass
class DealDraft:
    """A deal as typed in the editor or the command line, before it is saved."""

    title: str
    account_name: str = ""
    amount_cents: int | None = 0
    currency: str = "EUR"
    commission_cents: int | None = 0
    stage: DealStage = DealStage.LEAD
    status: DealStatus = DealStatus.OPEN
    created_on: dt.date = field(default_factory=dt.date.today)
    closed_on: dt.date | None = None
    competitor: str = ""
    notes: str = ""
    contacts: list[tuple[uuid.UUID, ContactRole]] = field(default_factory=list)


def validate_deal(draft: DealDraft) -> None:
    """Raise `ValidationError` naming each bad field; return quietly when all is well.

    `amount_cents`/`commission_cents` of None mean the text typed was not a number.
    """
    errors: dict[str, Message] = {}
    if not draft.title.strip():
        errors["title"] = msg(CTX, QT_TRANSLATE_NOOP("Validation", "A deal needs a title."))
    for name, value in (("amount", draft.amount_cents), ("commission", draft.commission_cents)):
        if value is None:
            errors[name] = msg(
                CTX, QT_TRANSLATE_NOOP("Validation", "Type a number, such as 12,500.50.")
            )
        elif value < 0:
            errors[name] = msg(
                CTX, QT_TRANSLATE_NOOP("Validation", "An amount cannot be negative.")
            )
    if (
        draft.amount_cents is not None
        and draft.commission_cents is not None
        and draft.commission_cents > draft.amount_cents > 0
    ):
        errors["commission"] = msg(
            CTX, QT_TRANSLATE_NOOP("Validation", "The commission cannot be larger than the amount.")
        )
    if not currencies.is_currency(draft.currency):
        errors["currency"] = msg(
            CTX, QT_TRANSLATE_NOOP("Validation", "Unknown currency {code}."), code=draft.currency
        )
    if (error := field_error(draft.created_on)) is not None:
        errors["created_on"] = error
    if draft.status is DealStatus.OPEN:
        draft.closed_on = None
    elif draft.closed_on is None:
        errors["closed_on"] = msg(
            CTX, QT_TRANSLATE_NOOP("Validation", "A won or lost deal needs a close date.")
        )
    elif (error := field_error(draft.closed_on)) is not None:
        errors["closed_on"] = error
    elif draft.closed_on < draft.created_on:
        errors["closed_on"] = msg(
            CTX,
            QT_TRANSLATE_NOOP("Validation", "The close date cannot be before the creation date."),
        )
    if errors:
        raise ValidationError(errors)


@dataclass
class TouchDraft:
    """A touch as logged in the quick "log a touch" dialog."""

    kind: TouchKind
    occurred_at: dt.datetime
    deal_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    outcome: str = ""
    note: str = ""
    # The company whose follow-up it answers, when neither a deal nor a person says it
    # (logged from the Follow-ups with nobody in particular): its cadence starts again.
    account_id: uuid.UUID | None = None


def validate_touch(draft: TouchDraft, now: dt.datetime | None = None) -> None:
    """A touch cannot be logged more than a day ahead (a typo in the year, usually)."""
    now = now or dt.datetime.now()
    if (error := field_error(draft.occurred_at)) is not None:
        raise ValidationError({"occurred_at": error})
    if draft.occurred_at > now + dt.timedelta(days=1):
        raise ValidationError(
            {
                "occurred_at": msg(
                    CTX, QT_TRANSLATE_NOOP("Validation", "A touch cannot be in the future.")
                )
            }
        )


@dataclass
class AccountDraft:
    name: str
    sector: str = ""
    city: str = ""
    notes: str = ""


def validate_account(draft: AccountDraft) -> None:
    if not draft.name.strip():
        raise ValidationError(
            {"name": msg(CTX, QT_TRANSLATE_NOOP("Validation", "An account needs a name."))}
        )


@dataclass
class ContactDraft:
    first_name: str
    last_name: str
    account_id: uuid.UUID | None = None
    job_title: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def validate_contact(draft: ContactDraft) -> None:
    errors: dict[str, Message] = {}
    if not (draft.first_name.strip() or draft.last_name.strip()):
        errors["last_name"] = msg(CTX, QT_TRANSLATE_NOOP("Validation", "A contact needs a name."))
    if draft.email.strip() and not _EMAIL.fullmatch(draft.email.strip()):
        errors["email"] = msg(
            CTX, QT_TRANSLATE_NOOP("Validation", "This does not look like an email address.")
        )
    if errors:
        raise ValidationError(errors)
