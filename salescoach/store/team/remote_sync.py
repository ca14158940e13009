"""The server's side of a sync: pushing a rep's changes under the last-writer rule,
pulling what is new since the last pull. Everything runs in the caller's transaction.

Pushes of one rep are serialised by a transaction-level advisory lock, taken before any
sequence number is drawn; a pull takes the same lock shared. A pull therefore never
misses a change whose sequence number is below one it has seen (a later-committing
transaction with a lower number is exactly what the lock rules out).
"""

from __future__ import annotations

import json
import queue
import threading
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from salescoach.domain.team_clock import Outcome, decide
from salescoach.store.team.local_sync import Change, Pulled, Pushed
from salescoach.store.team.schema import SCHEMA


def _cursor(conn: Connection) -> Any:
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver.cursor()


def _lock(conn: Connection, what: str, shared: bool = False) -> None:
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    conn.exec_driver_sql(f"SELECT {function}(hashtext(%(k)s))", {"k": what})


def _rows_key(conn: Connection) -> str:
    user = conn.exec_driver_sql("SELECT current_user").scalar()
    return f"salescoach rows {user}"


SHARED_KEY = "salescoach shared lists"


def _uuid(hex_id: str) -> uuid.UUID:
    return uuid.UUID(hex=hex_id)


# Written when a row is made or saved, not what it says: two laptops seeding the same
# loss reasons, or typing the same fix, did not disagree.
_TIMESTAMPS = ("created_at", "updated_at")


def same_content(current: tuple[Any, ...] | None, ours: dict[str, Any] | None) -> bool:
    if current is None:
        return False
    theirs = current[2]
    if current[1] or theirs is None or ours is None:
        return bool(current[1]) and ours is None  # both deleted
    return all(theirs.get(k) == v for k, v in ours.items() if k not in _TIMESTAMPS)


def _json(data: dict[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def push(
    conn: Connection, changes: Sequence[Change]
) -> tuple[list[Pushed], tuple[int, int] | None]:
    """Store the changes each row's rule lets through; keep every overwritten version (the
    server's or ours) in the conflicts list. Each change with its outcome (and the
    server's version when it stays).

    The changes go up with one COPY into a temporary table (COPY cannot write a table
    under row-level security), then one INSERT … ON CONFLICT moves those the rule lets
    through into `team.rows`, where the policies check each row: a first sync of a long
    history is then one statement, not one per row."""
    if not changes:
        return [], None
    _lock(conn, _rows_key(conn))
    cur = _cursor(conn)
    cur.execute(
        "CREATE TEMPORARY TABLE IF NOT EXISTS push_rows (tbl text NOT NULL, id uuid NOT NULL, "
        "hlc text NOT NULL, deleted boolean NOT NULL, data jsonb) ON COMMIT DROP"
    )
    with cur.copy("COPY push_rows (tbl, id, hlc, deleted, data) FROM STDIN") as copy:
        for c in changes:
            copy.write_row((c.table, c.row_id, c.hlc, c.json is None, c.json))
    server: dict[tuple[str, str], tuple[str, bool, Any]] = {}
    cur.execute(f"SELECT EXISTS (SELECT 1 FROM {SCHEMA}.rows WHERE owner = current_user)")
    if cur.fetchone()[0]:  # not the first push of this rep: which rows the server has
        cur.execute(
            f"SELECT r.tbl, replace(r.id::text, '-', ''), r.hlc, r.deleted, r.data "
            f"FROM {SCHEMA}.rows r JOIN push_rows p ON r.tbl = p.tbl AND r.id = p.id "
            "WHERE r.owner = current_user"
        )
        server = {(t, i): (h, d, data) for t, i, h, d, data in cur.fetchall()}
    skipped: list[Change] = []
    kept: list[tuple[object, ...]] = []
    results = []
    for change in changes:
        current = server.get((change.table, change.row_id))
        outcome = decide(change.hlc, change.base, current[0] if current else None)
        if outcome in (Outcome.WIN, Outcome.LOSE) and same_content(current, change.data):
            outcome = Outcome.LOSE_SAME  # nothing to keep: take the server's stamp
        if outcome not in (Outcome.NEW, Outcome.CLEAN, Outcome.WIN):
            skipped.append(change)
        if (
            change.displaced
            and current is not None
            and not current[1]
            and outcome in (Outcome.CLEAN, Outcome.WIN)
        ):
            outcome = Outcome.WIN  # its last version goes to the conflicts list
        if outcome is Outcome.WIN:
            assert current is not None
            kept.append(
                (change.table, _uuid(change.row_id), current[0], current[1], _json(current[2]))
            )
        if outcome is Outcome.LOSE:
            kept.append(
                (change.table, _uuid(change.row_id), change.hlc, change.json is None,
                 change.json)
            )  # fmt: skip
        winner = None
        if outcome in (Outcome.LOSE, Outcome.LOSE_SAME):
            assert current is not None
            winner = Pulled(change.table, change.row_id, current[0], current[1], current[2])
        results.append(Pushed(change, outcome, winner))
    if skipped:
        cur.execute(
            "DELETE FROM push_rows WHERE (tbl, id) IN "
            "(SELECT * FROM unnest(%s::text[], %s::uuid[]))",
            ([c.table for c in skipped], [_uuid(c.row_id) for c in skipped]),
        )
    written = None
    if len(skipped) < len(changes):
        cur.execute(
            f"WITH w AS (INSERT INTO {SCHEMA}.rows (tbl, id, hlc, deleted, data) "
            "SELECT tbl, id, hlc, deleted, data FROM push_rows "
            "ON CONFLICT (owner, tbl, id) DO UPDATE SET hlc = excluded.hlc, "
            "deleted = excluded.deleted, data = excluded.data RETURNING seq) "
            "SELECT min(seq), max(seq) FROM w"
        )
        low, high = cur.fetchone()
        written = (int(low), int(high))
    if kept:
        cur.executemany(
            f"INSERT INTO {SCHEMA}.conflicts (tbl, id, hlc, deleted, data) "
            "VALUES (%s, %s, %s, %s, %s::jsonb) ON CONFLICT DO NOTHING",
            kept,
        )
    return results, written


def has_rows(conn: Connection) -> bool:
    """Whether the server holds any row of the connected rep, under the rep's push lock
    (taken here, for the rest of the transaction)."""
    _lock(conn, _rows_key(conn))
    cur = _cursor(conn)
    cur.execute(f"SELECT EXISTS (SELECT 1 FROM {SCHEMA}.rows WHERE owner = current_user)")
    return bool(cur.fetchone()[0])


def push_new(conn: Connection, chunks: Iterable[str]) -> tuple[int, tuple[int, int] | None]:
    """A rep's first push, when the server has none of their rows (`has_rows`, in the
    same transaction): every change is new, so no rule to apply row by row and no
    conflict to expect (the rep's pushes are serialised by the lock). Each chunk
    of COPY lines goes into a temporary table, then into `team.rows` by one INSERT (the
    policies check each row); the server works on one chunk on a thread of its own while
    the caller's `chunks` makes the next. How many rows, and the sequences they took."""
    cur = _cursor(conn)
    # A chunk stays in memory (temporary tables spill to files past 8 MB by default); only
    # settable before the session's first temporary table, and this session is new.
    cur.execute("SET temp_buffers = '128MB'")
    cur.execute(
        "CREATE TEMPORARY TABLE push_lines (tbl text NOT NULL, id uuid NOT NULL, "
        "hlc text NOT NULL, deleted boolean NOT NULL, data text) ON COMMIT DROP"
    )
    # The push lock keeps the rep's other pushes out: the rep's rows with a sequence from
    # this one to the last this session draws are the ones written here.
    cur.execute(f"SELECT nextval('{SCHEMA}.change_seq')")
    low = int(cur.fetchone()[0])
    waiting: queue.Queue[str | None] = queue.Queue(maxsize=2)
    done: list[int] = []
    failed: list[BaseException] = []

    def server() -> None:
        try:
            while (chunk := waiting.get()) is not None:
                if failed:
                    continue  # drain: the caller stops at the next put
                with cur.copy("COPY push_lines (tbl, id, hlc, deleted, data) FROM STDIN") as c:
                    c.write(chunk)
                cur.execute(
                    f"INSERT INTO {SCHEMA}.rows (tbl, id, hlc, deleted, data) "
                    "SELECT tbl, id, hlc, deleted, data::jsonb FROM push_lines"
                )
                done.append(cur.rowcount)
                cur.execute("TRUNCATE push_lines")
        except BaseException as e:  # given back to the caller's thread
            failed.append(e)

    worker = threading.Thread(target=server, name="team-push", daemon=True)
    worker.start()
    try:
        for chunk in chunks:
            if failed:
                break
            waiting.put(chunk)
    finally:
        waiting.put(None)
        worker.join()
    if failed:
        raise failed[0]
    if not sum(done):
        return 0, None
    cur.execute(f"SELECT currval('{SCHEMA}.change_seq')")
    return sum(done), (low, int(cur.fetchone()[0]))


def pull(
    conn: Connection, since: int, pushed: tuple[int, int] | None = None
) -> tuple[list[Pulled], list[Pulled], list[Pulled], int]:
    """The rep's rows, conflicts and the shared lists changed after sequence `since`, and
    the sequence to ask from next time.

    `pushed`: the sequences this laptop's push just took. Pushes of one rep are serialised
    (the advisory lock), so the rep's rows in that range are the versions this laptop
    wrote: they are not brought back (a first sync would fetch its whole history again)."""
    _lock(conn, _rows_key(conn), shared=True)
    _lock(conn, SHARED_KEY, shared=True)
    cur = _cursor(conn)
    found: list[list[Pulled]] = []
    top = since
    for table, mine in (("rows", True), ("conflicts", True), ("shared", False)):
        owner = "owner = current_user AND " if mine else ""
        skip, params = "", [since]
        if table == "rows" and pushed is not None and pushed[1] > since:
            skip = "AND seq NOT BETWEEN %s AND %s "
            params += list(pushed)
            top = max(top, pushed[1])
        cur.execute(
            f"SELECT tbl, replace(id::text, '-', ''), hlc, deleted, data, seq "
            f"FROM {SCHEMA}.{table} WHERE {owner}seq > %s {skip}ORDER BY seq",
            params,
        )
        batch = []
        for tbl, row_id, hlc, deleted, data, seq in cur:
            batch.append(Pulled(tbl, row_id, hlc, deleted, data))
            top = max(top, seq)
        found.append(batch)
    return found[0], found[1], found[2], top


def read_visible(conn: Connection) -> dict[str, list[Pulled]]:
    """Every live row the connected role may read (row-level security decides), by owner."""
    cur = _cursor(conn)
    cur.execute(
        f"SELECT owner, tbl, replace(id::text, '-', ''), hlc, data FROM {SCHEMA}.rows "
        "WHERE NOT deleted ORDER BY owner"
    )
    by_owner: dict[str, list[Pulled]] = {}
    for owner, tbl, row_id, hlc, data in cur:
        by_owner.setdefault(owner, []).append(Pulled(tbl, row_id, hlc, False, data))
    return by_owner


def read_shared(conn: Connection) -> list[Pulled]:
    cur = _cursor(conn)
    cur.execute(
        f"SELECT tbl, replace(id::text, '-', ''), hlc, deleted, data FROM {SCHEMA}.shared "
        "WHERE NOT deleted"
    )
    return [Pulled(*row) for row in cur]


def publish_shared(
    conn: Connection, table: str, rows: Sequence[tuple[str, str, dict[str, Any] | None]]
) -> None:
    """The manager's shared list `table`: (id, stamp, values or None for deleted) each."""
    from psycopg.types.json import Jsonb

    _lock(conn, SHARED_KEY)
    _cursor(conn).executemany(
        f"INSERT INTO {SCHEMA}.shared (tbl, id, hlc, deleted, data) VALUES (%s, %s, %s, %s, %s) "
        "ON CONFLICT (tbl, id) DO UPDATE SET hlc = excluded.hlc, deleted = excluded.deleted, "
        "data = excluded.data",
        [
            (table, _uuid(row_id), hlc, data is None, None if data is None else Jsonb(data))
            for row_id, hlc, data in rows
        ],
    )
