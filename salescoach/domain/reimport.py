"""Importing a CRM export again: which deals are new, which the CRM changed, and how.

The CRM owns a few fields of an imported deal (status, stage, amount and currency, close
date, lost reason, activity count); the rep owns the rest (debrief answers, touches logged
by hand, notes). Re-importing compares the file with what the CRM said at the last import
(`CrmValues`), never with the deal itself: a field the CRM changed is updated, a field the
rep changed in the app and the CRM did not is left as the rep made it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from salescoach.domain.enums import DealStage, DealStatus


class CrmField(StrEnum):
    STATUS = "status"
    STAGE = "stage"
    AMOUNT = "amount"  # with its currency
    CLOSED = "closed_on"
    LOST_REASON = "lost_reason"
    ACTIVITIES = "activities"


@dataclass(frozen=True, slots=True)
class CrmValues:
    """What the CRM said of one deal."""

    status: DealStatus
    stage: DealStage
    amount_cents: int
    currency: str
    closed_on: dt.date | None
    lost_reason: str | None  # None: not known (deals imported before this was kept)
    activities: int


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def changed_fields(old: CrmValues, new: CrmValues) -> list[CrmField]:
    """The fields the CRM changed between two imports (a reason not known is not counted
    as changed here: the caller compares it with the deal's debrief)."""
    out = []
    if old.status is not new.status:
        out.append(CrmField.STATUS)
    if old.stage is not new.stage:
        out.append(CrmField.STAGE)
    if (old.amount_cents, old.currency) != (new.amount_cents, new.currency):
        out.append(CrmField.AMOUNT)
    if old.closed_on != new.closed_on:
        out.append(CrmField.CLOSED)
    if old.lost_reason is not None and _fold(old.lost_reason) != _fold(new.lost_reason or ""):
        out.append(CrmField.LOST_REASON)
    if old.activities != new.activities:
        out.append(CrmField.ACTIVITIES)
    return out


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: CrmField
    old: object  # as the app has it now (a status, cents, a date, a reason, a count)
    new: object  # as the CRM says now


@dataclass(frozen=True, slots=True)
class DealChange:
    """One deal the CRM changed since the last import, for the preview."""

    title: str
    currency: str  # of the amounts shown
    fields: tuple[FieldChange, ...]


@dataclass
class ImportPreview:
    """What importing the file would do, before anything is written."""

    new: int = 0
    changed: list[DealChange] | None = None
    unchanged: int = 0
    deleted: int = 0  # deleted by the rep since they were imported: stay deleted

    def __post_init__(self) -> None:
        if self.changed is None:
            self.changed = []


def identity_key(title: str, account: str, created_on: dt.date | None) -> str:
    """The key of a deal in a file without the CRM's ids: the columns that say which deal
    it is (title, account, creation date when the file has one), as read, so that a
    spreadsheet re-save (column order, quoting, line ends, BOM, encoding, date and number
    formats) keeps it; a change of status, amount or dates does not make it a new deal."""
    text = "\x1f".join((_fold(title), _fold(account), created_on.isoformat() if created_on else ""))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def row_digests(signature: str, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """Each row as read with the given reading settings: equal digests, equal deal. Column
    order and spaces around cells do not count; anything else does."""
    order = sorted(range(len(headers)), key=lambda i: headers[i])
    head = (signature + "\x1d" + "\x1e".join(headers[i] for i in order) + "\x1d").encode()
    out = []
    for r in rows:
        n = len(r)
        text = "\x1f".join(r[i].strip() if i < n else "" for i in order)
        out.append(hashlib.blake2b(head + text.encode(), digest_size=16).hexdigest())
    return out
