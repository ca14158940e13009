"""Plain rows handed from the store to the UI: no ORM objects cross the service layer."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from salescoach.domain.debrief import DebriefState
from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind


@dataclass(frozen=True, slots=True)
class DealRow:
    """One line of the deals table."""

    # The deal's id as an int, its UUID made on demand (`id`): a UUID object per row held
    # 12 MiB for 200,000 deals, and nothing but a lookup ever needs one.
    key: int
    title: str
    account: str
    contacts: str
    amount_cents: int
    currency: str
    commission_cents: int
    stage: DealStage
    status: DealStatus
    created_on: dt.date
    closed_on: dt.date | None
    competitor: str
    debrief: DebriefState | None = None  # set for lost deals only

    @property
    def id(self) -> uuid.UUID:
        return uuid.UUID(int=self.key)

    @property
    def debrief_pending(self) -> bool:
        """Lost, and its debrief not finished yet."""
        return self.status is DealStatus.LOST and self.debrief is not DebriefState.DONE


@dataclass(frozen=True, slots=True)
class DealDetail:
    """Everything the deal editor shows."""

    row: DealRow
    notes: str
    contacts: tuple[tuple[uuid.UUID, str, ContactRole], ...]


@dataclass(frozen=True, slots=True)
class TouchRow:
    id: uuid.UUID
    kind: TouchKind
    occurred_at: dt.datetime
    contact: str
    outcome: str
    note: str


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: uuid.UUID
    name: str
    sector: str
    city: str
    notes: str
    deal_count: int


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: uuid.UUID
    account_id: uuid.UUID | None
    account: str
    first_name: str
    last_name: str
    job_title: str
    email: str
    phone: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
