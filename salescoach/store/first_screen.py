"""The deals table's first screen read with the standard library's sqlite3 only, read-only:
shown while SQLAlchemy and the store are still being imported (~0.5 s at start-up).

The same rows, in the same order, as `deals.newest_deal_rows`, by the same SQL. Anything
unusual (no database yet, an older schema, a damaged file, a value we do not know) gives
None, silently: the normal read that follows says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from salescoach.domain.debrief import DebriefState
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.messages import UserError
from salescoach.domain.rows import DealRow
from salescoach.store.probe import SchemaState, probe

# What `deals.newest_deal_rows` runs, as SQLAlchemy writes it for SQLite (the same SQL, so
# that SQLite plans it alike: deals created the same day, contacts' names, in one order).
_NEWEST = "SELECT deals.id FROM deals ORDER BY deals.created_on DESC LIMIT ? OFFSET ?"
_ROWS = """
SELECT deals.id, deals.title, coalesce(accounts.name, ?) AS coalesce_1,
  coalesce(anon_1.names, ?) AS coalesce_3, deals.amount_cents, deals.currency,
  deals.commission_cents, deals.stage, deals.status, deals.created_on AS created_on,
  deals.closed_on AS closed_on, deals.competitor,
  CASE WHEN (deals.status != ?) THEN NULL WHEN (debriefs.completed_at IS NOT NULL) THEN ?
  WHEN (debriefs.id IS NOT NULL) THEN ? ELSE ? END AS anon_2
FROM deals LEFT OUTER JOIN accounts ON accounts.id = deals.account_id
  LEFT OUTER JOIN (
    SELECT deal_contacts.deal_id AS deal_id,
      group_concat(trim(contacts.first_name || ? || contacts.last_name), ?) AS names
    FROM deal_contacts JOIN contacts ON contacts.id = deal_contacts.contact_id
    WHERE deal_contacts.deal_id IN ({ids}) GROUP BY deal_contacts.deal_id
  ) AS anon_1 ON anon_1.deal_id = deals.id
  LEFT OUTER JOIN debriefs ON debriefs.deal_id = deals.id
WHERE deals.id IN ({ids}) ORDER BY deals.created_on DESC"""


def newest_deal_rows(path: Path, limit: int) -> tuple[list[DealRow], int] | None:
    """The `limit` most recently created deals of the database at `path` and how many it
    holds; None unless it is an up-to-date salescoach database read without a hitch."""
    try:
        if probe(path).state is not SchemaState.CURRENT:
            return None  # created or upgraded by the normal opening first
        # As `probe` reads: immutable unless a write-ahead log is pending (then the log is
        # read too); the folder's lock keeps writers away meanwhile.
        pending_wal = path.with_name(path.name + "-wal").exists()
        mode = "mode=ro" if pending_wal else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        try:
            return _read(conn, limit)
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError, UserError):
        return None  # silent: the normal read that follows reports it


def _read(conn: sqlite3.Connection, limit: int) -> tuple[list[DealRow], int]:
    count = int(conn.execute("SELECT count(*) FROM deals").fetchone()[0])
    ids = [r[0] for r in conn.execute(_NEWEST, (limit, 0))]
    if not ids:
        return [], count
    marks = ", ".join("?" * len(ids))
    lost, states = DealStatus.LOST.value, (DebriefState.DONE, DebriefState.DRAFT)
    params = ("", "", lost, *(s.value for s in states), DebriefState.PENDING.value, " ", ", ")
    found = {r[0]: r for r in conn.execute(_ROWS.format(ids=marks), (*params, *ids, *ids))}
    return [_row(found[deal_id]) for deal_id in ids], count


def _row(r: tuple[Any, ...]) -> DealRow:
    """A row as `deals.deal_rows` makes it (SQLAlchemy's types: hex ids, ISO days, values)."""
    closed, debrief = r[10], r[12]
    return DealRow(
        int(r[0], 16), r[1], r[2], r[3], r[4], r[5], r[6], DealStage(r[7]), DealStatus(r[8]),
        dt.date.fromisoformat(r[9]), None if closed is None else dt.date.fromisoformat(closed),
        r[11], None if debrief is None else DebriefState(debrief),
    )  # fmt: skip
