"""The laptop's side of a sync, on its SQLite database: what to push, what was pushed,
writing what was pulled. Rows travel as JSON objects of their stored column values."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from salescoach.domain.team_clock import COUNTER_LIMIT, HybridClock, Outcome
from salescoach.domain.team_clock import parse as parse_stamp
from salescoach.store.team.local_tables import SYNCED_TABLES, create_triggers, drop_triggers

# A debrief's free text stays on the laptop unless the rep shares it.
PRIVATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "debriefs": (
        *(f"note_{n}" for n in range(1, 7)),
        "prospect_said",
        "lessons",
        "next_action",
    )
}
CLOCK_KEY, NODE_KEY, JOINED_KEY, APPLYING_KEY = "clock", "node", "joined", "applying"
CURSOR_KEY = "pulled_seq"


@dataclass(frozen=True)
class Change:
    """One row to push: its new version (None: deleted), stamped, and the version it was
    made from (None: never synced)."""

    table: str
    row_id: str  # 32 hex digits, as SQLite holds our UUIDs
    hlc: str
    base: str | None
    changed_at: str
    json: str | None  # the row's values as a JSON object (written by SQLite), None: deleted
    displaced: bool = False  # deleted because another row took its place

    @property
    def data(self) -> dict[str, Any] | None:
        """The values as a dict (read when the server holds another version: rarely)."""
        return None if self.json is None else dict(json.loads(self.json))


@dataclass(frozen=True)
class Pulled:
    """One version from the server."""

    table: str
    row_id: str
    hlc: str
    deleted: bool
    data: dict[str, Any] | None


def get_state(conn: Connection, key: str) -> str | None:
    value = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).scalar()
    return None if value is None else str(value)


def set_state(conn: Connection, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, value)
    )


def is_joined(conn: Connection) -> bool:
    return get_state(conn, JOINED_KEY) is not None


def join(conn: Connection, node: str) -> None:
    """Start recording changes, and queue every existing row for the first push."""
    if is_joined(conn):
        return
    set_state(conn, JOINED_KEY, "1")
    set_state(conn, NODE_KEY, node)
    create_triggers(conn)
    for table in SYNCED_TABLES:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_changes (table_name, row_id, changed_at, deleted) "
            f"SELECT '{table}', id, strftime('%Y-%m-%d %H:%M:%f', 'now'), 0 FROM {table}"
        )


def leave(conn: Connection) -> None:
    """Forget where this laptop stood with its team: the next team it joins gets every
    row (queued again by `join`) and is pulled from its first change. Changes are no
    longer noted meanwhile. The clock is kept (stamps only move forward) and so is the
    conflicts list (the rep's own overwritten versions)."""
    drop_triggers(conn)
    for table in ("sync_changes", "sync_rows", "team_lists"):
        conn.exec_driver_sql(f"DELETE FROM {table}")
    conn.exec_driver_sql("DELETE FROM sync_state WHERE key != ?", (CLOCK_KEY,))


def waiting(conn: Connection) -> int:
    """How many changed rows wait for a push."""
    return int(conn.exec_driver_sql("SELECT count(*) FROM sync_changes").scalar() or 0)


def displaced(conn: Connection) -> int:
    """How many rows, deleted because a pulled row took their place, wait for a push."""
    query = "SELECT count(*) FROM sync_changes WHERE displaced AND hlc IS NULL"
    return int(conn.exec_driver_sql(query).scalar() or 0)


def conflicts(conn: Connection) -> list[tuple[str, str, str, bool, str | None]]:
    """The conflicts list, newest first: table, row id, stamp, deleted?, values (JSON)."""
    rows = conn.exec_driver_sql(
        "SELECT table_name, row_id, hlc, deleted, data FROM sync_conflicts ORDER BY hlc DESC"
    )
    return [(str(t), str(i), str(h), bool(d), data) for t, i, h, d, data in rows]


def _clock(conn: Connection) -> HybridClock:
    node = get_state(conn, NODE_KEY)
    assert node is not None, "not joined"
    return HybridClock.restore(node, get_state(conn, CLOCK_KEY))


def _physical_ms(changed_at: str) -> int:
    moment = dt.datetime.fromisoformat(changed_at).replace(tzinfo=dt.UTC)
    return int(moment.timestamp() * 1000)


def stamp(conn: Connection) -> None:
    """Give each waiting change its stamp, in the order of (changed_at, table, row) as the
    clock ticks for each; one UPDATE per distinct moment (joining queues a whole history
    at one moment: a million rows are then one statement, not a million)."""
    clock = _clock(conn)
    moments = conn.exec_driver_sql(
        "SELECT changed_at, count(*) FROM sync_changes WHERE hlc IS NULL "
        "GROUP BY changed_at ORDER BY changed_at"
    ).all()
    for changed_at, n in moments:
        wall, counter, node = parse_stamp(clock.tick(_physical_ms(changed_at)))
        clock.skip(n - 1)  # as if it ticked once for each row of the moment
        conn.exec_driver_sql(
            "UPDATE sync_changes SET hlc = printf('%013d.%06d.%s', ? + (? + o.i) / ?, "
            "(? + o.i) % ?, ?) "
            "FROM (SELECT rowid AS r, row_number() OVER (ORDER BY table_name, row_id) - 1 AS i "
            "FROM sync_changes WHERE hlc IS NULL AND changed_at = ?) AS o "
            "WHERE sync_changes.rowid = o.r",
            (wall, counter, COUNTER_LIMIT, counter, COUNTER_LIMIT, node, changed_at),
        )
    set_state(conn, CLOCK_KEY, clock.state())


def prepare(conn: Connection, share_text: bool) -> list[Change]:
    """Stamp the waiting changes (a stamp, once given, is kept: a push cut short and sent
    again is then recognised as the same version) and read them for the push, each row's
    values as JSON made by SQLite itself."""
    stamp(conn)
    changes = []
    for table in SYNCED_TABLES:
        hidden = set() if share_text else set(PRIVATE_COLUMNS.get(table, ()))
        names = [n for n in sorted(_columns(conn, table)) if n not in hidden]
        values = ", ".join(f"'{n}', t.{n}" for n in names)
        result = conn.exec_driver_sql(
            "SELECT c.row_id, c.hlc, c.changed_at, c.deleted, r.hlc, c.displaced, "
            f"CASE WHEN t.id IS NOT NULL AND NOT c.deleted THEN json_object({values}) END "
            "FROM sync_changes c "
            "LEFT JOIN sync_rows r ON r.table_name = c.table_name AND r.row_id = c.row_id "
            f"LEFT JOIN {table} t ON t.id = c.row_id "
            "WHERE c.table_name = ?",
            (table,),
        )
        changes += [
            Change(table, row_id, hlc, base, changed_at, data, bool(displaced and deleted))
            for row_id, hlc, changed_at, deleted, base, displaced, data in result
        ]
    return changes


def copy_chunks(conn: Connection, share_text: bool, rows: int = 50_000) -> Iterator[str]:
    """The stamped changes as lines of PostgreSQL's COPY text format (table, id, stamp,
    deleted, values as JSON), `rows` lines a chunk: SQLite writes each line itself, so a
    first push of a million rows builds no Python object per row.

    Read outside any transaction of ours (each table's SELECT is its own read): the
    laptop stays writable meanwhile; a row changed after its stamp lost the stamp, and
    is not read."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    for table in SYNCED_TABLES:
        hidden = set() if share_text else set(PRIVATE_COLUMNS.get(table, ()))
        columns = {str(r[1]) for r in cursor.execute(f"PRAGMA table_info({table})")}
        names = [n for n in sorted(columns) if n not in hidden]
        values = ", ".join(f"'{n}', t.{n}" for n in names)
        # COPY's text format escapes a backslash; JSON has no raw tab or newline in it.
        cursor.execute(
            "SELECT c.table_name || char(9) || c.row_id || char(9) || c.hlc || char(9) || "
            "CASE WHEN t.id IS NOT NULL AND NOT c.deleted "
            f"THEN 'f' || char(9) || replace(json_object({values}), '\\', '\\\\') "
            "ELSE 't' || char(9) || '\\N' END "
            "FROM sync_changes c "
            f"LEFT JOIN {table} t ON t.id = c.row_id "
            "WHERE c.table_name = ? AND c.hlc IS NOT NULL",
            (table,),
        )
        while batch := cursor.fetchmany(rows):
            yield "\n".join(line for (line,) in batch) + "\n"


def _read_rows(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        result = conn.exec_driver_sql(
            f"SELECT * FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk)
        )
        names = list(result.keys())
        for row in result:
            found[row[0] if names[0] == "id" else row[names.index("id")]] = dict(
                zip(names, row, strict=True)
            )
    return found


@dataclass(frozen=True)
class Pushed:
    """A pushed change, what the rule made of it, and the server's version when it won."""

    change: Change
    outcome: Outcome
    winner: Pulled | None = None


def mark_pushed(conn: Connection, pushed: Sequence[Pushed], everything: bool = True) -> None:
    """Forget the pushed changes (unless the row changed again meanwhile: its change was
    then noted anew, without a stamp), remember which version each row now holds, and
    write the server's version where ours lost (it may be one this laptop skipped at an
    earlier pull while its own change waited).

    Every stamped change was read by `prepare` (or `copy_chunks`) and pushed: those that
    kept their stamp are what was pushed and not changed since (set-based, for a first
    sync's million). `everything`: something was pushed (`pushed` is empty after a first
    push, whose changes are all new)."""
    winners = [item.winner for item in pushed if item.winner is not None]
    lost = [(i.change.table, i.change.row_id, i.change.hlc) for i in pushed if i.winner]
    if lost:
        conn.exec_driver_sql(
            "DELETE FROM sync_changes WHERE table_name = ? AND row_id = ? AND hlc = ?", lost
        )
    if pushed or everything:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_rows (table_name, row_id, hlc) "
            "SELECT table_name, row_id, hlc FROM sync_changes WHERE hlc IS NOT NULL"
        )
        conn.exec_driver_sql("DELETE FROM sync_changes WHERE hlc IS NOT NULL")
    if winners:
        apply(conn, winners, [], [], None)


def apply(
    conn: Connection,
    rows: Sequence[Pulled],
    conflicts: Sequence[Pulled],
    shared: Sequence[Pulled],
    cursor: int | None,
) -> int:
    """Write what was pulled, in one transaction, without it counting as local changes;
    a row changed here since is left alone (its next push settles it). The count of rows
    written."""
    set_state(conn, APPLYING_KEY, "1")
    # Children may arrive before the parent's row in another table: checked at commit.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    clock = _clock(conn) if is_joined(conn) else None
    written = 0
    held, dirty = _held_and_dirty(conn, [(row.table, row.row_id) for row in rows])
    by_table: dict[str, list[Pulled]] = {}
    for row in rows:
        if clock is not None:
            clock.observe(row.hlc)
        if held.get((row.table, row.row_id)) == row.hlc or (row.table, row.row_id) in dirty:
            continue
        by_table.setdefault(row.table, []).append(row)
    for table in reversed(SYNCED_TABLES):  # children's deletions first
        for row in by_table.get(table, []):
            if row.deleted:
                conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row.row_id,))
    for table in SYNCED_TABLES:
        for row in by_table.get(table, []):
            if not row.deleted and row.data is not None:
                upsert(conn, table, row.data)
        stamps = [(table, row.row_id, row.hlc) for row in by_table.get(table, [])]
        if stamps:
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_rows (table_name, row_id, hlc) VALUES (?, ?, ?)",
                stamps,
            )
        written += len(stamps)
    for row in shared:
        if row.table == "loss_reasons" and not row.deleted and row.data is not None:
            upsert(conn, "loss_reasons", row.data)
        elif row.deleted:
            conn.exec_driver_sql(
                "DELETE FROM team_lists WHERE kind = ? AND id = ?", (row.table, row.row_id)
            )
        else:
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO team_lists (kind, id, hlc, data) VALUES (?, ?, ?, ?)",
                (row.table, row.row_id, row.hlc, json.dumps(row.data)),
            )
    for row in conflicts:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_conflicts (table_name, row_id, hlc, deleted, data) "
            "VALUES (?, ?, ?, ?, ?)",
            (row.table, row.row_id, row.hlc, row.deleted, json.dumps(row.data, sort_keys=True)),
        )
    if clock is not None:
        set_state(conn, CLOCK_KEY, clock.state())
    if cursor is not None:
        set_state(conn, CURSOR_KEY, str(cursor))
    conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (APPLYING_KEY,))
    return written


def _held_and_dirty(
    conn: Connection, keys: Sequence[tuple[str, str]]
) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """For the pulled rows only (a laptop holds a million): the version this laptop holds
    of each, and which of them changed here since."""
    held: dict[tuple[str, str], str] = {}
    dirty: set[tuple[str, str]] = set()
    if not keys:
        return held, dirty
    conn.exec_driver_sql(
        "CREATE TEMPORARY TABLE IF NOT EXISTS pulled_keys "
        "(table_name TEXT, row_id TEXT, PRIMARY KEY (table_name, row_id))"
    )
    conn.exec_driver_sql("DELETE FROM pulled_keys")
    conn.exec_driver_sql("INSERT OR IGNORE INTO pulled_keys VALUES (?, ?)", list(keys))
    for t, r, h in conn.exec_driver_sql(
        "SELECT s.table_name, s.row_id, s.hlc FROM pulled_keys k JOIN sync_rows s "
        "ON s.table_name = k.table_name AND s.row_id = k.row_id"
    ):
        held[(t, r)] = h
    for t, r in conn.exec_driver_sql(
        "SELECT c.table_name, c.row_id FROM pulled_keys k JOIN sync_changes c "
        "ON c.table_name = k.table_name AND c.row_id = k.row_id"
    ):
        dirty.add((t, r))
    conn.exec_driver_sql("DELETE FROM pulled_keys")
    return held, dirty


# Columns unique by nature: two laptops may each make "the goal for 2026" offline.
NATURAL_KEYS = {
    "goals": "year",
    "call_nominations": "month",
    "debriefs": "deal_id",
    "loss_reasons": "code",
}


def upsert(conn: Connection, table: str, data: dict[str, Any]) -> None:
    """Insert or update one row from its JSON values; free text the version lacks (kept
    private on the laptop that wrote it) is left as this laptop has it.

    When another row holds the same natural key (the goal of the same year…), the one
    with the smaller id stays, on every laptop alike; the other is kept in the conflicts
    list and, on a joined laptop, deleted on the server too at the next push."""
    known = _columns(conn, table)
    # Only the table's own columns: the names become SQL, and they came over the network.
    data = {k: v for k, v in data.items() if k in known}
    if not _settle_natural_key(conn, table, data):
        return
    values = dict(data)
    for column in PRIVATE_COLUMNS.get(table, ()):
        values.setdefault(column, "")  # a new row: the columns are NOT NULL
    names = list(values)
    updates = [n for n in names if n != "id" and n in data]
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{n} = excluded.{n}' for n in updates)}",
        tuple(values[n] for n in names),
    )


def _columns(conn: Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def _settle_natural_key(conn: Connection, table: str, data: dict[str, Any]) -> bool:
    """False when a row with a smaller id holds `data`'s natural key (then `data` is not
    written); otherwise the row in its way, if any, is moved to the conflicts list."""
    column = NATURAL_KEYS.get(table)
    if column is None or data.get(column) is None:
        return True
    rival = conn.exec_driver_sql(
        f"SELECT id FROM {table} WHERE {column} = ? AND id != ?", (data[column], data["id"])
    ).scalar()
    if rival is None:
        return True
    if str(rival) < str(data["id"]):
        return False
    found = _read_rows(conn, table, [str(rival)])[str(rival)]
    stamp = conn.exec_driver_sql(
        "SELECT hlc FROM sync_rows WHERE table_name = ? AND row_id = ?", (table, rival)
    ).scalar()
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_conflicts (table_name, row_id, hlc, deleted, data) "
        "VALUES (?, ?, ?, 0, ?)",
        (table, rival, stamp or "", json.dumps(found, sort_keys=True)),
    )
    conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (rival,))
    if is_joined(conn):  # the pulled rows are written without the triggers: say it here
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_changes (table_name, row_id, changed_at, deleted, "
            "displaced) VALUES (?, ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 1, 1)",
            (table, rival),
        )
    return True
