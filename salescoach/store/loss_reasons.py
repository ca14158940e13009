"""The loss_reasons table: the rep's editable list of reasons a deal was lost."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from salescoach.domain.debrief import LossReasonRow
from salescoach.store.models import LossReason


def loss_reasons(session: Session, include_hidden: bool = True) -> list[LossReasonRow]:
    stmt = select(
        LossReason.id, LossReason.code, LossReason.label, LossReason.controllable, LossReason.hidden
    ).order_by(LossReason.position, LossReason.created_at)
    if not include_hidden:
        stmt = stmt.where(LossReason.hidden.is_(False))
    return [LossReasonRow(*r) for r in session.execute(stmt)]


def add(session: Session, label: str, controllable: bool) -> uuid.UUID:
    """A new reason of the rep's own (`label` already checked) at the end of the list."""
    last = session.scalar(select(func.max(LossReason.position))) or 0
    reason = LossReason(label=label, controllable=controllable, position=last + 1, hidden=False)
    session.add(reason)
    session.flush()
    return reason.id


def update(
    session: Session, reason_id: uuid.UUID, label: str, controllable: bool, hidden: bool
) -> bool:
    """Rename (an empty label: a seeded reason's translated name), re-default or hide a
    reason; False if it no longer exists."""
    reason = session.get(LossReason, reason_id)
    if reason is None:
        return False
    reason.label = label
    reason.controllable = controllable
    reason.hidden = hidden
    session.flush()
    return True


# for an import (on its connection, ids as 32 hex digits) -------------------------------
def ids_by_code_and_label(conn: Connection) -> tuple[dict[str, str], dict[str, str]]:
    """Loss reasons' ids by seeded code, and the rep's own by folded label."""
    by_code: dict[str, str] = {}
    by_label: dict[str, str] = {}
    for id_, code, label in conn.exec_driver_sql(
        "SELECT id, code, casefold(label) FROM loss_reasons ORDER BY position"
    ):
        if code:
            by_code[code] = id_
        if label.strip():
            by_label.setdefault(" ".join(label.split()), id_)
    return by_code, by_label


def controllable(conn: Connection, reason_id: str) -> bool:
    """A reason's default control (on an import's connection; the id as 32 hex digits)."""
    return bool(
        conn.exec_driver_sql(
            "SELECT controllable FROM loss_reasons WHERE id = ?", (reason_id,)
        ).scalar()
    )
