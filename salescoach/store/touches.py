"""The touches table: calls, emails, meetings… logged with prospects."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from salescoach.domain.deals import TouchDraft
from salescoach.domain.rows import TouchRow
from salescoach.store.contacts import contact_name
from salescoach.store.models import Contact, Touch


def touch_rows(session: Session, deal_id: uuid.UUID) -> list[TouchRow]:
    """A deal's touches, newest first."""
    stmt = (
        select(
            Touch.id,
            Touch.kind,
            Touch.occurred_at,
            func.coalesce(contact_name, ""),
            Touch.outcome,
            Touch.note,
        )
        .outerjoin(Contact, Contact.id == Touch.contact_id)
        .where(Touch.deal_id == deal_id)
        .order_by(Touch.occurred_at.desc())
    )
    return [TouchRow(*r) for r in session.execute(stmt)]


def count_for_deal(session: Session, deal_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).where(Touch.deal_id == deal_id)) or 0


def exists(session: Session, touch_id: uuid.UUID) -> bool:
    return session.get(Touch, touch_id) is not None


def add(session: Session, draft: TouchDraft) -> Touch:
    """Store a touch (flushed: its id is known)."""
    touch = Touch(
        kind=draft.kind,
        occurred_at=draft.occurred_at,
        deal_id=draft.deal_id,
        contact_id=draft.contact_id,
        outcome=draft.outcome.strip(),
        note=draft.note,
    )
    session.add(touch)
    session.flush()
    return touch


def delete(session: Session, touch_id: uuid.UUID) -> bool:
    touch = session.get(Touch, touch_id)
    if touch is None:
        return False
    session.delete(touch)
    return True


def remove_imported(conn: Connection, deal_id: str, count: int) -> None:
    """Take `count` imported touches off a deal (its CRM's activity count went down), the
    latest first. Imported touches are kind "other", no note, the activity column as
    outcome: those the rep logged are never taken."""
    conn.exec_driver_sql(
        "DELETE FROM touches WHERE id IN (SELECT id FROM touches WHERE deal_id = ? AND "
        "kind = 'other' AND note = '' AND outcome != '' ORDER BY occurred_at DESC, id DESC "
        "LIMIT ?)",
        (deal_id, count),
    )
