"""Reference data every database starts with: the seeded loss reasons."""

from __future__ import annotations

from sqlalchemy import Connection, Table, insert, select

from salescoach.domain.debrief import LOSS_REASON_SEEDS, seed_reason_id
from salescoach.store.models import LossReason, utcnow


def seed_loss_reasons(conn: Connection) -> None:
    """Add the seeded reasons a database lacks (a new one, or one just migrated)."""
    table = LossReason.__table__
    assert isinstance(table, Table)
    have = set(conn.scalars(select(table.c.code).where(table.c.code.is_not(None))))
    now = utcnow()
    rows = [
        {
            "id": seed_reason_id(seed.code),
            "code": seed.code,
            "label": "",
            "controllable": seed.controllable,
            "position": position,
            "hidden": False,
            "created_at": now,
            "updated_at": now,
        }
        for position, seed in enumerate(LOSS_REASON_SEEDS)
        if seed.code not in have
    ]
    if rows:
        conn.execute(insert(table), rows)
