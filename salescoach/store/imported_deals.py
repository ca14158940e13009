"""Bulk reads and writes of `imported_deals` (what the CRM said of each imported deal at the
last import) and `imports` (one row per import), for the import's one transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.reimport import CrmValues
from salescoach.store import bulk, deals

COLUMNS = ("id", "external_id", "deal_id", "status", "stage", "amount_cents", "currency",
           "closed_on", "lost_reason", "activities", "row_digest", "created_at",
           "updated_at")  # fmt: skip
VALUES = ("status", "stage", "amount_cents", "currency", "closed_on", "lost_reason",
          "activities", "row_digest", "updated_at")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    deal_id: str | None  # None: the rep deleted the deal
    values: CrmValues


def digests(conn: Connection) -> set[str]:
    """The digest of every row read at an import (see reimport.row_digest) whose deal is
    still there (a deleted one is counted as such)."""
    return {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT row_digest FROM imported_deals WHERE row_digest IS NOT NULL "
            "AND deal_id IS NOT NULL"
        )
    }


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def records(conn: Connection, keys: Iterable[str]) -> dict[str, Record]:
    """The records of these source keys, by key."""
    if conn.exec_driver_sql("SELECT 1 FROM imported_deals LIMIT 1").first() is None:
        return {}  # a first import: nothing to look up
    columns = ("id", "deal_id", *VALUES[:7])
    found = bulk.rows_by(conn, "imported_deals", "external_id", columns, keys)
    return {
        key: Record(
            r[0],
            r[1],
            CrmValues(
                DealStatus(r[2]),
                DealStage(r[3]),
                int(r[4]),
                str(r[5]),
                _date(r[6]),
                r[7],
                int(r[8]),
            ),
        )
        for key, r in found.items()
    }


def value_row(v: CrmValues, digest: str | None, now: str) -> tuple[object, ...]:
    """`VALUES` of a record, in order."""
    return (v.status.value, v.stage.value, v.amount_cents, v.currency,
            v.closed_on.isoformat() if v.closed_on else None, v.lost_reason, v.activities,
            digest, now)  # fmt: skip


def insert(conn: Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """New records: (id, external_id, deal_id, *value_row, created_at) each."""
    order = ("id", "external_id", "deal_id", *VALUES, "created_at")
    bulk.insert(conn, "imported_deals", order, rows)


def update(conn: Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """Records again: (*value_row, id) each."""
    bulk.update(conn, "imported_deals", VALUES, rows)


# the log of imports ---------------------------------------------------------------------
def log_import(
    conn: Connection, id_: str, source: str, counts: tuple[int, int, int, int], now: str
) -> None:
    """One import: (added, updated, unchanged, debriefs), stamped `now` like its rows."""
    bulk.insert(conn, "imports",
                ("id", "source", "added", "updated", "unchanged", "debriefs", "created_at",
                 "updated_at"), [(id_, source[:200], *counts, now, now)])  # fmt: skip


@dataclass(frozen=True, slots=True)
class LastImport:
    """The latest import that brought lost deals: when, from which file, how many lost
    deals it brought, and how many of their debriefs are still drafts."""

    at: dt.datetime
    source: str
    debriefs: int
    pending: int


def last_import(conn: Connection) -> LastImport | None:
    row = conn.exec_driver_sql(
        "SELECT created_at, source, debriefs FROM imports ORDER BY created_at DESC LIMIT 1"
    ).first()
    if row is None or not row[2]:
        return None
    pending = conn.exec_driver_sql(
        "SELECT count(*) FROM debriefs WHERE created_at = ? AND completed_at IS NULL", (row[0],)
    ).scalar()
    return LastImport(dt.datetime.fromisoformat(str(row[0])), str(row[1]), int(row[2]),
                      int(pending or 0))  # fmt: skip


# losses the CRM explained and the rep has not debriefed yet -----------------------------
def imported_loss_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[tuple[str, bool | None, uuid.UUID | None, int]]:
    """Draft debriefs of imported deals holding the CRM's loss reason, grouped by (quarter
    "2025-Q3", controllable, reason id hex): how many in each. Finished debriefs are the
    rep's own and counted elsewhere; the six questions of these drafts stay unanswered.

    A history that never imported has none, as one look-up in the external ids' index
    tells (the join cost `stats` ~100 ms at 100,000 deals). Otherwise one scan of the
    debriefs looks up the deal of each draft only: "+" keeps SQLite off the status, reason
    and loss-date indexes, which hold nearly every row (walking the lost deals' index meant
    a look-up of each deal and of its debrief).
    """
    if not deals.has_external_ids(session.connection()):
        return []
    where = ["b.completed_at IS NULL", "+b.reason_id IS NOT NULL", "+b.lost_on IS NOT NULL",
             "d.external_id IS NOT NULL", "+d.status = 'lost'"]  # fmt: skip
    params: list[object] = []
    if since is not None:
        where.append("b.lost_on >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("b.lost_on <= ?")
        params.append(until.isoformat())
    quarter = (
        "substr(b.lost_on, 1, 4) || '-Q' || ((CAST(substr(b.lost_on, 6, 2) AS INTEGER) + 2) / 3)"
    )
    rows = session.connection().exec_driver_sql(
        f"SELECT {quarter}, b.controllable, b.reason_id, count(*) FROM debriefs b "
        f"JOIN deals d ON d.id = b.deal_id WHERE {' AND '.join(where)} "
        "GROUP BY 1, 2, 3",
        tuple(params),
    )
    return [
        (str(q), None if c is None else bool(c), uuid.UUID(r) if r else None, int(n))
        for q, c, r, n in rows
    ]
