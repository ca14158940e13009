"""Follow-up use cases: cadences, snoozing, stopping, referral advocates, the calendar."""

from __future__ import annotations

import datetime as dt
import uuid

from salescoach.domain.date_bounds import field_error
from salescoach.domain.followups import (
    AdvocateRow,
    CadenceUnit,
    FollowUpRow,
    after,
    validate_cadence,
    validate_snooze,
)
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, ValidationError, msg
from salescoach.store import contacts, referral_thanks
from salescoach.store import followups as fq
from salescoach.store.database import Store

CTX = "FollowUpService"

# How long a calendar export keeps cancelling a stopped follow-up's event: long enough for
# a rep who exports now and then, short enough that the file does not grow for ever.
CANCEL_FOR_DAYS = 90


def _gone() -> UserError:
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "FollowUpService", "This follow-up no longer exists; nothing was changed."
            ),
        )
    )


class FollowUpService:
    """What the Follow-ups view, the debrief and `salescoach followups` do to the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self) -> list[FollowUpRow]:
        with self.store.session() as s:
            return fq.follow_up_rows(s)

    def stopped(self, today: dt.date | None = None) -> list[FollowUpRow]:
        """Follow-ups stopped (or whose prospect was deleted) in the last `CANCEL_FOR_DAYS`
        days: the calendar export writes their events as cancelled."""
        since = dt.datetime.combine(
            (today or dt.date.today()) - dt.timedelta(CANCEL_FOR_DAYS), dt.time()
        )
        with self.store.session() as s:
            return fq.stopped_since(s, since)

    def due_counts(self, today: dt.date | None = None) -> tuple[int, int]:
        """(overdue, due today)."""
        with self.store.session() as s:
            return fq.due_counts(s, today or dt.date.today())

    def cadence(
        self, account_id: uuid.UUID | None, contact_id: uuid.UUID | None = None
    ) -> tuple[int, CadenceUnit, dt.date] | None:
        """The prospect's current cadence (every, unit, next date), if any."""
        with self.store.session() as s:
            f = fq.active_for(s, account_id, contact_id)
            return None if f is None else (f.every, CadenceUnit(f.unit), f.next_on)

    def set_cadence(
        self,
        account_id: uuid.UUID | None,
        contact_id: uuid.UUID | None,
        every: int | None,
        unit: CadenceUnit,
        next_on: dt.date | None = None,
        deal_id: uuid.UUID | None = None,
        today: dt.date | None = None,
    ) -> uuid.UUID:
        """Stay in touch with an account (or a person without one) every `every` `unit`s;
        the first follow-up on `next_on`, else one period from today."""
        validate_cadence(every, next_on)
        assert every is not None
        if account_id is None and contact_id is None:
            raise ValidationError(
                {
                    "who": msg(
                        CTX,
                        QT_TRANSLATE_NOOP("FollowUpService", "Choose who to stay in touch with."),
                    )
                }
            )
        next_on = next_on or after(today or dt.date.today(), every, unit)
        with self.store.session() as s:
            found = fq.active_for(s, account_id, contact_id)
            return fq.schedule(s, found, account_id, contact_id, every, unit, next_on, deal_id)

    def snooze(self, follow_up_id: uuid.UUID, until: dt.date, today: dt.date | None = None) -> None:
        validate_snooze(until, today or dt.date.today())
        with self.store.session() as s:
            if not fq.snooze(s, follow_up_id, until):
                raise _gone()

    def stop(self, follow_up_id: uuid.UUID) -> None:
        """Stop following this prospect (the cadence is kept, inactive, for the record)."""
        with self.store.session() as s:
            if not fq.stop(s, follow_up_id):
                raise _gone()

    # referral advocates ------------------------------------------------------------------
    def advocates(self) -> list[AdvocateRow]:
        with self.store.session() as s:
            return fq.advocate_rows(s)

    def add_referral(self, advocate_id: uuid.UUID, referred_id: uuid.UUID) -> None:
        """Record by hand that `advocate_id` referred `referred_id`."""
        if advocate_id == referred_id:
            raise ValidationError(
                {
                    "referred": msg(
                        CTX,
                        QT_TRANSLATE_NOOP("FollowUpService", "Someone cannot refer themselves."),
                    )
                }
            )
        with self.store.session() as s:
            if not contacts.exists(s, advocate_id):
                raise _gone()
            if not contacts.set_referred_by(s, referred_id, advocate_id):
                raise _gone()

    def thank(self, advocate_id: uuid.UUID, what: str, given_on: dt.date | None = None) -> None:
        """Record a thank-you or a reward given for referrals."""
        if not what.strip():
            raise ValidationError(
                {
                    "what": msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "FollowUpService", "Say what you gave, e.g. a thank-you lunch."
                        ),
                    )
                }
            )
        if (error := field_error(given_on)) is not None:
            raise ValidationError({"given_on": error})
        with self.store.session() as s:
            if not contacts.exists(s, advocate_id):
                raise _gone()
            referral_thanks.add(s, advocate_id, what.strip(), given_on or dt.date.today())

    def thanks_given(self, advocate_id: uuid.UUID) -> list[tuple[dt.date, str]]:
        with self.store.session() as s:
            return referral_thanks.given(s, advocate_id)
