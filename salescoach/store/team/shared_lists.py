"""The laptop's side of the team's shared lists: what a manager may publish from their own
Settings, and what a rep's last sync brought down (`team_lists`)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection


def laptop_loss_reasons(conn: Connection) -> list[dict[str, Any]]:
    """Every loss reason of this laptop, as a sync would send it (hidden ones included)."""
    result = conn.exec_driver_sql("SELECT * FROM loss_reasons ORDER BY position, created_at")
    names = list(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result]


def laptop_probabilities(conn: Connection) -> dict[str, int]:
    """Each stage's chance of winning as set in this laptop's Settings."""
    rows = conn.exec_driver_sql("SELECT stage, percent FROM stage_probabilities")
    return {str(stage): int(percent) for stage, percent in rows}


def pulled(conn: Connection, kind: str) -> list[dict[str, Any]]:
    """The entries of the shared list `kind` the last sync brought down."""
    rows = conn.exec_driver_sql("SELECT data FROM team_lists WHERE kind = ? ORDER BY id", (kind,))
    return [json.loads(data) for (data,) in rows]
