"""The referral_thanks table: what the rep gave the people who referred others to them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from salescoach.store.models import ReferralThanks


def add(session: Session, contact_id: uuid.UUID, what: str, given_on: dt.date) -> None:
    session.add(ReferralThanks(contact_id=contact_id, what=what, given_on=given_on))


def given(session: Session, contact_id: uuid.UUID) -> list[tuple[dt.date, str]]:
    """(day, what) given to one contact, the latest first."""
    return [
        (r.given_on, r.what)
        for r in session.scalars(
            select(ReferralThanks)
            .where(ReferralThanks.contact_id == contact_id)
            .order_by(ReferralThanks.given_on.desc())
        )
    ]
