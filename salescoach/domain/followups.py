"""Staying top of mind: stay-in-touch cadences, when the next follow-up falls, and the
rules that refuse a cadence or a snooze that makes no sense."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from salescoach.domain.date_bounds import field_error
from salescoach.domain.messages import QT_TRANSLATE_NOOP, ValidationError, msg
from salescoach.domain.periods import add_months

CTX = "FollowUps"


class CadenceUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


class Bucket(StrEnum):
    """Where a follow-up stands on the rep's list."""

    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


def after(day: dt.date, every: int, unit: CadenceUnit) -> dt.date:
    """The day `every` `unit`s after `day`."""
    if unit is CadenceUnit.DAYS:
        return day + dt.timedelta(days=every)
    if unit is CadenceUnit.WEEKS:
        return day + dt.timedelta(weeks=every)
    return add_months(day, every)


def next_after_touch(
    current: dt.date, touched_on: dt.date, every: int, unit: CadenceUnit
) -> dt.date:
    """A touch with the prospect starts the cadence again from the touch; it never brings
    a follow-up closer (an old touch logged late, or one after a longer snooze)."""
    return max(current, after(touched_on, every, unit))


def bucket(next_on: dt.date, today: dt.date) -> Bucket:
    """Overdue, today, the rest of this week (to Sunday), or later."""
    if next_on < today:
        return Bucket.OVERDUE
    if next_on == today:
        return Bucket.TODAY
    sunday = today + dt.timedelta(days=6 - today.weekday())
    return Bucket.THIS_WEEK if next_on <= sunday else Bucket.LATER


def validate_cadence(every: int | None, next_on: dt.date | None = None) -> None:
    if (error := field_error(next_on)) is not None:
        raise ValidationError({"next_on": error})
    if every is None or every < 1:
        raise ValidationError(
            {
                "every": msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "FollowUps", "Choose how often: at least every 1 day, week or month."
                    ),
                )
            }
        )


def validate_snooze(until: dt.date, today: dt.date) -> None:
    if (error := field_error(until)) is not None:
        raise ValidationError({"until": error})
    if until <= today:
        raise ValidationError(
            {"until": msg(CTX, QT_TRANSLATE_NOOP("FollowUps", "Snooze to a day after today."))}
        )


@dataclass(slots=True)
class FollowUpRow:
    """One line of the Follow-ups view: who, why, when."""

    id: uuid.UUID
    account_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    who: str  # the company, or the person
    person: str  # someone to ask for at that company, if known
    every: int
    unit: CadenceUnit
    next_on: dt.date
    deal_id: uuid.UUID | None
    deal_title: str  # the deal that was lost (why we follow up)
    lost_on: dt.date | None
    said: str  # what the prospect said when asked why
    last_touch_on: dt.datetime | None
    last_touch: str  # its outcome
    updated_at: dt.datetime  # when the cadence last changed (a calendar's SEQUENCE)

    def bucket(self, today: dt.date) -> Bucket:
        return bucket(self.next_on, today)


@dataclass(frozen=True, slots=True)
class AdvocateRow:
    """Someone who referred people to the rep, and what came of it; or a company (no
    `contact_id`), when a debrief says the company itself gave the referral."""

    contact_id: uuid.UUID | None
    name: str
    account: str
    referred: tuple[str, ...]  # the people they referred
    deals_opened: int  # deals on which a referred person appears
    deals_won: int
    last_thanks: str  # the last thank-you or reward recorded ("" if none)
    last_thanks_on: dt.date | None
