"""The reviews table: one row per week reviewed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salescoach.domain.review import ReviewDraft, ReviewRow
from salescoach.store.models import Review


def _columns() -> tuple[Any, ...]:
    return (
        Review.week,
        Review.energy,
        Review.word,
        Review.focus,
        Review.focus_kind,
        Review.focus_kept,
        Review.done_on,
    )


def reviews(session: Session, limit: int | None = None) -> list[ReviewRow]:
    """The reviews, newest week first."""
    stmt = select(*_columns()).order_by(Review.week.desc()).limit(limit)
    return [ReviewRow(*r) for r in session.execute(stmt)]


def review(session: Session, week: dt.date) -> ReviewRow | None:
    row = session.execute(select(*_columns()).where(Review.week == week)).first()
    return None if row is None else ReviewRow(*row)


def before(session: Session, week: dt.date) -> ReviewRow | None:
    """The latest review of a week before `week`."""
    stmt = select(*_columns()).where(Review.week < week).order_by(Review.week.desc()).limit(1)
    row = session.execute(stmt).first()
    return None if row is None else ReviewRow(*row)


def count_and_last(session: Session) -> tuple[int, dt.date | None]:
    """How many reviews, and the day the latest was done."""
    n, last = session.execute(select(func.count(), func.max(Review.done_on))).one()
    return int(n), last


def save(session: Session, draft: ReviewDraft, done_on: dt.date) -> None:
    """Store the review of `draft.week` (replacing one done earlier that week), and whether
    the previous review's focus was kept."""
    found = session.scalars(select(Review).where(Review.week == draft.week)).first()
    row = found or Review(week=draft.week)
    row.energy = draft.energy or 0
    row.word = draft.word
    row.focus = draft.focus
    row.focus_kind = draft.focus_kind
    row.done_on = done_on
    session.add(row)
    if draft.last_focus_kept is not None:
        previous = session.scalars(
            select(Review).where(Review.week < draft.week).order_by(Review.week.desc()).limit(1)
        ).first()
        if previous is not None:
            previous.focus_kept = draft.last_focus_kept
    session.flush()
