"""Find anything: an FTS5 index per kind of record, kept in step by triggers and filled
from the rows already there; and each stage's chance for the weighted forecast.

The statements are frozen here as they were at this revision (not imported from
`store/search_index.py` or `store/stage_probabilities.py`): a migration must write the
same thing whatever the application code becomes later.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from collections.abc import Iterator

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Accents and case ignored; prefixes of 2 and 3 characters indexed as well.
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
# Each table indexed, and its columns holding words worth finding.
_SOURCES = (
    ("deals", ("title", "competitor", "notes")),
    ("accounts", ("name", "sector", "city", "notes")),
    ("contacts", ("first_name", "last_name", "job_title", "email", "notes")),
    ("touches", ("outcome", "note")),
    ("debriefs", ("competitor", "prospect_said", "lessons", "next_action", "note_1", "note_2",
                  "note_3", "note_4", "note_5", "note_6")),
)  # fmt: skip
_PROBABILITIES = (("lead", 10), ("qualified", 20), ("proposal", 40), ("negotiation", 60),
                  ("closing", 80))  # fmt: skip


def _has_text(row: str, columns: tuple[str, ...]) -> str:
    return " OR ".join(f"{row}.{c} != ''" for c in columns)


def _index_statements() -> Iterator[str]:
    """Each FTS5 table and its three triggers (rows without text are not indexed)."""
    for table, columns in _SOURCES:
        fts = f"{table}_fts"
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        delete_old = (
            f"INSERT INTO {fts} ({fts}, rowid, {cols}) SELECT 'delete', old.rowid, {old} "
            f"WHERE {_has_text('old', columns)};"
        )
        insert_new = (
            f"INSERT INTO {fts} (rowid, {cols}) SELECT new.rowid, {new} "
            f"WHERE {_has_text('new', columns)};"
        )
        yield (
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content = '{table}', "
            f"content_rowid = 'rowid', {_TOKENIZE})"
        )
        yield f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert_new} END"
        yield f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete_old} END"
        yield (
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} "
            f"BEGIN {delete_old} {insert_new} END"
        )
    for table, columns in _SOURCES:  # the rows already there
        yield (
            f"INSERT INTO {table}_fts (rowid, {', '.join(columns)}) "
            f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {_has_text(table, columns)}"
        )


def upgrade() -> None:
    conn = op.get_bind()
    for statement in _index_statements():
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(
        "CREATE TABLE stage_probabilities (stage VARCHAR(20) NOT NULL PRIMARY KEY, "
        "percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100))"
    )
    for stage, percent in _PROBABILITIES:
        conn.exec_driver_sql(
            "INSERT INTO stage_probabilities (stage, percent) VALUES (?, ?)", (stage, percent)
        )


def downgrade() -> None:
    for table, _columns in _SOURCES:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER {table}_fts_{trigger}")
        op.execute(f"DROP TABLE {table}_fts")
    op.execute("DROP TABLE stage_probabilities")
