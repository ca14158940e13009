"""The laptop's record of team sync, in its own SQLite file's schema.

Once the laptop has joined a team, triggers on every synced table note each change
(table, row, when, deleted?) in `sync_changes`, except while pulled rows are being
written (an `applying` mark in `sync_state`, in the same transaction). They are created
when joining, not with the schema: a laptop outside a team pays nothing per write (they
cost a demo of 10,000 deals ~40 %). A migration that rebuilds a table drops its
triggers, so `restore_triggers` runs after every migration.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Connection, String, Table, Text, text

from salescoach.store.models import Base

# The rep's tables that sync, parents before children (the order rows are written in).
SYNCED_TABLES: tuple[str, ...] = (
    "loss_reasons",
    "accounts",
    "contacts",
    "deals",
    "deal_contacts",
    "touches",
    "debriefs",
    "follow_ups",
    "referral_thanks",
    "goals",
    "call_nominations",
)

sync_state = Table(
    "sync_state",
    Base.metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
sync_changes = Table(
    "sync_changes",
    Base.metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", String(32), primary_key=True),
    Column("changed_at", String(23), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("hlc", String(80)),  # given just before a push, kept if the push is cut short
    # A row deleted here because another took its place (the goal of the same year): the
    # server keeps its last version in the conflicts list, for every laptop to see.
    Column("displaced", Boolean, nullable=False, server_default=text("0")),
)
sync_rows = Table(
    "sync_rows",
    Base.metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", String(32), primary_key=True),
    Column("hlc", String(80), nullable=False),  # the version this laptop holds
)
sync_conflicts = Table(
    "sync_conflicts",
    Base.metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", String(32), primary_key=True),
    Column("hlc", String(80), primary_key=True),
    Column("deleted", Boolean, nullable=False),
    Column("data", Text),  # the overwritten version, as JSON
)
team_lists = Table(
    "team_lists",
    Base.metadata,
    Column("kind", String(40), primary_key=True),
    Column("id", String(32), primary_key=True),
    Column("hlc", String(80), nullable=False),
    Column("data", Text, nullable=False),
)


def trigger_statements() -> list[str]:
    """CREATE TRIGGER statements noting every insert, update and delete of a synced row."""
    when = "WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying')"
    statements = []
    for table in SYNCED_TABLES:
        for event_name, row, deleted in (
            ("INSERT", "NEW", 0),
            ("UPDATE", "NEW", 0),
            ("DELETE", "OLD", 1),
        ):
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS sync_{table}_{event_name.lower()} "
                f"AFTER {event_name} ON {table} {when} BEGIN "
                "INSERT OR REPLACE INTO sync_changes (table_name, row_id, changed_at, deleted) "
                f"VALUES ('{table}', {row}.id, strftime('%Y-%m-%d %H:%M:%f', 'now'), {deleted}); "
                "END"
            )
    return statements


def create_triggers(conn: Connection) -> None:
    for statement in trigger_statements():
        conn.exec_driver_sql(statement)


def drop_triggers(conn: Connection) -> None:
    for table in SYNCED_TABLES:
        for event_name in ("insert", "update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{table}_{event_name}")


def restore_triggers(conn: Connection) -> None:
    """Recreate the triggers of a joined laptop (a table rebuilt by a migration lost them)."""
    has_state = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
    ).first()
    if has_state is None:
        return
    joined = conn.exec_driver_sql("SELECT 1 FROM sync_state WHERE key = 'joined'").first()
    if joined is not None:
        create_triggers(conn)
