"""Yearly goals, the "sales call of the month", and what a win adds: plain data and the
rules that refuse bad input."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from salescoach.domain import currencies
from salescoach.domain.date_bounds import field_error
from salescoach.domain.enums import DEFAULT_CURRENCY, DealStatus, TouchKind
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg
from salescoach.domain.progress import Grouping, Metric

CTX = "Goals"

FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class GoalDraft:
    """A yearly goal as typed; `None` amounts mean the text typed was not a number."""

    year: int
    amount_cents: int | None
    metric: Metric = Metric.REVENUE
    currency: str = DEFAULT_CURRENCY
    target_period: Grouping | None = None  # an optional monthly or quarterly target
    target_cents: int | None = None


def _amount_error(cents: int | None) -> Message | None:
    if cents is None:
        return msg(CTX, QT_TRANSLATE_NOOP("Goals", "Type a number, such as 120 000."))
    if cents < 0:
        return msg(CTX, QT_TRANSLATE_NOOP("Goals", "A goal cannot be negative."))
    if cents == 0:
        return msg(CTX, QT_TRANSLATE_NOOP("Goals", "A goal must be more than zero."))
    return None


def validate_goal(draft: GoalDraft) -> None:
    """Raise `ValidationError` naming each bad field (amount, target, year, currency)."""
    errors: dict[str, Message] = {}
    if not FIRST_YEAR <= draft.year <= LAST_YEAR:
        errors["year"] = msg(
            CTX,
            QT_TRANSLATE_NOOP("Goals", "Choose a year between {first} and {last}."),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    error = _amount_error(draft.amount_cents)
    if error is not None:
        errors["amount"] = error
    if draft.target_period is Grouping.YEAR:
        draft.target_period = None  # the yearly goal is the yearly target
    if draft.target_period is None:
        draft.target_cents = None
    else:
        error = _amount_error(draft.target_cents)
        if error is not None:
            errors["target"] = error
    if not currencies.is_currency(draft.currency):
        errors["currency"] = msg(
            CTX, QT_TRANSLATE_NOOP("Goals", "Unknown currency {code}."), code=draft.currency
        )
    if errors:
        raise ValidationError(errors)


@dataclass(frozen=True, slots=True)
class GoalRow:
    year: int
    metric: Metric
    amount_cents: int
    currency: str
    target_period: Grouping | None = None
    target_cents: int | None = None

    def target_for(self, grouping: Grouping) -> tuple[int, bool]:
        """The target for one period of `grouping`, and whether the rep set it (True) or it
        is the yearly goal spread evenly (False)."""
        if grouping is Grouping.YEAR:
            return self.amount_cents, True
        if grouping is self.target_period and self.target_cents is not None:
            return self.target_cents, True
        return round(self.amount_cents / grouping.per_year), False


# the sales call of the month --------------------------------------------------------------
def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


@dataclass
class NominationDraft:
    month: dt.date  # any day of the month; stored as its first day
    touch_id: uuid.UUID | None
    reason: str = ""


def validate_nomination(draft: NominationDraft, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    errors: dict[str, Message] = {}
    draft.month = month_start(draft.month)
    if draft.month > month_start(today):
        errors["month"] = msg(CTX, QT_TRANSLATE_NOOP("Goals", "That month has not started yet."))
    elif (error := field_error(draft.month)) is not None:
        errors["month"] = error
    if draft.touch_id is None:
        errors["touch"] = msg(
            CTX, QT_TRANSLATE_NOOP("Goals", "Choose the call, email or meeting you nominate.")
        )
    if not draft.reason.strip():
        errors["reason"] = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Goals", "Say in a few words why it was good: that is what you learn from."
            ),
        )
    if errors:
        raise ValidationError(errors)


@dataclass(frozen=True, slots=True)
class TouchChoice:
    """A touch the rep may nominate, with the deal it belongs to."""

    id: uuid.UUID
    kind: TouchKind
    occurred_at: dt.datetime
    deal: str
    account: str
    contact: str
    outcome: str
    deal_status: DealStatus | None


@dataclass(frozen=True, slots=True)
class NominationRow:
    id: uuid.UUID
    month: dt.date
    reason: str
    touch: TouchChoice


# what a win adds --------------------------------------------------------------------------
@dataclass(frozen=True)
class WinEffect:
    """What marking a deal won did: to the year's total, to the goal, to the streak."""

    title: str
    year: int
    metric: Metric
    currency: str
    added_cents: int  # the deal's amount or commission (the goal's metric); 0 if not counted
    counted: bool  # False: the deal is in another currency than the year's figures
    total_cents: int  # the year's total after the win
    goal_cents: int | None
    streak_months: int

    @property
    def share_after(self) -> float | None:
        return self.total_cents / self.goal_cents if self.goal_cents else None

    @property
    def share_added(self) -> float | None:
        return self.added_cents / self.goal_cents if self.goal_cents else None
