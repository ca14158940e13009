"""The commission plan's rates, and the commission a won deal earns, as SQL.

`earned(session)` is what the Numbers, Progress and `stats` queries add up instead of the
recorded commission: the recorded one when there is one, else the amount times the rate
in force on the close date. It reads only columns of `ix_deals_closed_on_totals`, so the
Progress totals stay covered by that index.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, literal, select
from sqlalchemy.orm import Session

from salescoach.domain.commission import CommissionRate, Win
from salescoach.domain.enums import DealStatus
from salescoach.store.models import CommissionPlanRate as Rate
from salescoach.store.models import Deal


def rates(session: Session) -> list[CommissionRate]:
    """The plan, oldest rate first."""
    stmt = select(Rate.starts_on, Rate.rate_bp, Rate.above_goal_bp).order_by(Rate.starts_on)
    return [
        CommissionRate(d, int(bp), None if up is None else int(up))
        for d, bp, up in session.execute(stmt)
    ]


def set_rate(session: Session, rate: CommissionRate) -> None:
    """Add a rate from its date, or change the one of that date."""
    found = session.scalars(select(Rate).where(Rate.starts_on == rate.starts_on)).first()
    row = found or Rate(starts_on=rate.starts_on)
    row.rate_bp = rate.rate_bp
    row.above_goal_bp = rate.above_goal_bp
    session.add(row)


def remove_rate(session: Session, starts_on: dt.date) -> bool:
    found = session.scalars(select(Rate).where(Rate.starts_on == starts_on)).first()
    if found is not None:
        session.delete(found)
    return found is not None


def earned_column(plan: list[CommissionRate]) -> Any:
    """The commission of a deal (meant for won ones) under `plan`, in cents."""
    if not plan:
        return Deal.commission_cents
    by_date = sorted(plan, key=lambda r: r.starts_on, reverse=True)
    rate = case(*((Deal.closed_on >= r.starts_on, literal(r.rate_bp)) for r in by_date), else_=0)
    return case(
        (Deal.commission_cents != 0, Deal.commission_cents),
        else_=(Deal.amount_cents * rate + 5000) // 10000,  # rounded to the cent
    )


def earned(session: Session) -> Any:
    """`earned_column` for the plan in the database."""
    return earned_column(rates(session))


def wins(session: Session, currency: str, year: int) -> list[Win]:
    """The deals won in `year` in `currency` (for the accelerator)."""
    stmt = select(Deal.id, Deal.closed_on, Deal.amount_cents, Deal.commission_cents).where(
        Deal.status == DealStatus.WON,
        Deal.currency == currency,
        Deal.closed_on >= dt.date(year, 1, 1),
        Deal.closed_on <= dt.date(year, 12, 31),
    )
    return [Win(i.hex, d, int(a), int(c)) for i, d, a, c in session.execute(stmt) if d]
