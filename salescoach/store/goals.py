"""The goals table: the rep's goal for each year."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from salescoach.domain.goals import GoalDraft, GoalRow
from salescoach.store.models import Goal


def _goal_columns() -> tuple[Any, ...]:
    return (
        Goal.year,
        Goal.metric,
        Goal.amount_cents,
        Goal.currency,
        Goal.target_period,
        Goal.target_cents,
    )


def goals(session: Session) -> dict[int, GoalRow]:
    """Every year's goal, by year."""
    return {
        r[0]: GoalRow(*r) for r in session.execute(select(*_goal_columns()).order_by(Goal.year))
    }


def goal(session: Session, year: int) -> GoalRow | None:
    row = session.execute(select(*_goal_columns()).where(Goal.year == year)).first()
    return None if row is None else GoalRow(*row)


def save(session: Session, draft: GoalDraft) -> None:
    """Set (or replace) the goal of `draft.year`."""
    found = session.scalars(select(Goal).where(Goal.year == draft.year)).first()
    goal = found or Goal(year=draft.year)
    goal.metric = draft.metric
    goal.amount_cents = draft.amount_cents or 0
    goal.currency = draft.currency
    goal.target_period = draft.target_period
    goal.target_cents = draft.target_cents
    session.add(goal)
    session.flush()


def delete_year(session: Session, year: int) -> None:
    session.execute(delete(Goal).where(Goal.year == year))
