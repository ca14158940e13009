"""The chance of winning a deal at each stage, as the rep set it (Settings), for the
weighted forecast. One row per stage, seeded with the defaults when the table is made.
In a team, the chances the manager published (pulled into `team_lists`) come first."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.forecast import DEFAULT_PROBABILITIES
from salescoach.store.models import Deal

# Not an ORM model: a setting, not a record, so the export leaves it out.
CREATE = (
    "CREATE TABLE stage_probabilities (stage VARCHAR(20) NOT NULL PRIMARY KEY, "
    "percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100))"
)


def create_stage_probabilities(conn: Connection) -> None:
    """Create the table with each stage's default chance."""
    conn.exec_driver_sql(CREATE)
    for stage, percent in DEFAULT_PROBABILITIES.items():
        conn.exec_driver_sql(
            "INSERT INTO stage_probabilities (stage, percent) VALUES (?, ?)",
            (stage.value, percent),
        )


def probabilities(session: Session) -> dict[DealStage, int]:
    """Each stage's chance in percent: the team's where its manager set one, else the
    rep's own (the default for a stage without a row)."""
    rows = session.execute(text("SELECT stage, percent FROM stage_probabilities"))
    saved = {str(stage): int(percent) for stage, percent in rows}
    own = {s: saved.get(s.value, DEFAULT_PROBABILITIES[s]) for s in DealStage}
    return own | team_probabilities(session)


def team_probabilities(session: Session) -> dict[DealStage, int]:
    """The chances the team's manager published, as the last sync brought them down (none
    outside a team); so that every rep's forecast counts a stage alike."""
    rows = session.execute(text("SELECT data FROM team_lists WHERE kind = 'stage_probabilities'"))
    found: dict[DealStage, int] = {}
    for (data,) in rows:
        entry = json.loads(data)
        try:
            percent = int(entry["probability"])
            stage = DealStage(entry["stage"])
        except (KeyError, TypeError, ValueError):
            continue  # an entry a newer version wrote: the rep's own chance applies
        if 0 <= percent <= 100:
            found[stage] = percent
    return found


def set_probabilities(session: Session, values: Mapping[DealStage, int]) -> None:
    for stage, percent in values.items():
        session.execute(
            text(
                "INSERT INTO stage_probabilities (stage, percent) VALUES (:s, :p) "
                "ON CONFLICT (stage) DO UPDATE SET percent = excluded.percent"
            ),
            {"s": stage.value, "p": percent},
        )


def open_by_stage(session: Session, currency: str) -> dict[DealStage, tuple[int, int]]:
    """Open deals in `currency`: each stage's count and amount in cents."""
    rows = session.execute(
        select(Deal.stage, func.count(), func.coalesce(func.sum(Deal.amount_cents), 0))
        .where(Deal.status == DealStatus.OPEN, Deal.currency == currency)
        .group_by(Deal.stage)
    )
    return {DealStage(stage): (int(n), int(cents)) for stage, n, cents in rows}
