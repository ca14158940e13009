"""Team sync's record on the laptop (no server needed): changes are noted only once the
laptop has joined a team, and a migration that rebuilds a table keeps them noted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from salescoach.domain.deals import AccountDraft
from salescoach.services.workspace import open_workspace
from salescoach.store.database import run_migrations, schema_engine
from salescoach.store.team import local_sync


def _triggers(db: Path) -> int:
    """Team sync's triggers (the search index keeps its own, always there)."""
    with sqlite3.connect(db) as conn:
        found = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' "
            "ESCAPE '\\'"
        )
        return int(found.fetchone()[0])


def _waiting(db: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT table_name, deleted FROM sync_changes ORDER BY 1, 2").fetchall()


def test_changes_are_noted_only_once_joined(data_dir: Path) -> None:
    db = data_dir / "salescoach.sqlite"
    ws = open_workspace(data_dir)
    try:
        first = ws.pipeline.save_account(AccountDraft(name="Atelier Roux"))
        assert _triggers(db) == 0 and _waiting(db) == []  # outside a team: nothing per write
        with ws.store.engine.begin() as conn:
            local_sync.join(conn, "node1")
        queued = len(_waiting(db))
        assert ("accounts", 0) in _waiting(db)  # every existing row waits for the first push
        with ws.store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM sync_changes")
        ws.pipeline.save_account(AccountDraft(name="Garage Petit"))
        ws.pipeline.delete_account(first)
        assert _waiting(db) == [("accounts", 0), ("accounts", 1)]
    finally:
        ws.close()
    assert queued > 1

    # A migration that rebuilds a table drops its triggers: they are made again.
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER sync_accounts_insert")
    engine = schema_engine(db)
    try:
        run_migrations(engine)
    finally:
        engine.dispose()
    ws = open_workspace(data_dir)
    try:
        ws.pipeline.save_account(AccountDraft(name="Cave Lefèvre"))
    finally:
        ws.close()
    assert len(_waiting(db)) == 3


def test_a_history_stamped_in_bulk_past_a_million_changes_keeps_its_order(
    data_dir: Path,
) -> None:
    ws = open_workspace(data_dir)
    try:
        for name in ("Atelier Roux", "Garage Petit", "Cave Lefèvre"):
            ws.pipeline.save_account(AccountDraft(name=name))
        with ws.store.engine.begin() as conn:
            local_sync.join(conn, "node1")
            conn.exec_driver_sql("UPDATE sync_changes SET changed_at = '2026-11-30 10:00:00'")
            # The clock has stamped 999,998 changes in that very millisecond already.
            moment = 1_796_032_800_000
            local_sync.set_state(conn, local_sync.CLOCK_KEY, f"{moment:013d}.999998.node1")
            local_sync.stamp(conn)
            stamps = [s for (s,) in conn.exec_driver_sql("SELECT hlc FROM sync_changes")]
            clock = local_sync.get_state(conn, local_sync.CLOCK_KEY)
    finally:
        ws.close()
    assert len(stamps) > 3 and len({len(s) for s in stamps}) == 1  # 6 counter digits each
    ordered = sorted(stamps)
    assert ordered[0] == f"{moment:013d}.999999.node1"
    assert ordered[1] == f"{moment + 1:013d}.000000.node1"
    assert clock == ordered[-1]  # the next change is stamped after all of them
