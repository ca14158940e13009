"""The rep's preferences that the command line must see as well as the window (kept in the
database, not in settings.ini): one row per key."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salescoach.store.models import Deal, Preference

MAIN_CURRENCY = "main_currency"


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(Preference.value).where(Preference.key == key))


def put(session: Session, key: str, value: str | None) -> None:
    """Set `key` (None: remove it, back to the default)."""
    found = session.scalars(select(Preference).where(Preference.key == key)).first()
    if value is None:
        if found is not None:
            session.delete(found)
        return
    row = found or Preference(key=key)
    row.value = value
    session.add(row)


def most_frequent_currency(session: Session) -> str | None:
    """The currency most deals are in (ties: the first code)."""
    n = func.count()
    stmt = select(Deal.currency).group_by(Deal.currency).order_by(n.desc(), Deal.currency).limit(1)
    return session.scalar(stmt)


def main_currency(session: Session) -> str | None:
    """The rep's choice, else the currency most deals are in (None: no choice, no deal)."""
    return get(session, MAIN_CURRENCY) or most_frequent_currency(session)
