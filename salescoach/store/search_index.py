"""The full-text index behind "Find anything": one SQLite FTS5 table per kind of record,
kept in step with its table by triggers, so that every write (the forms, an import, the
demo, a cascade of deletes) updates it in the same transaction, whoever makes it.

The FTS5 tables are "external content" (`content='deals'`): they hold the index only and
read the text back from the record's own table by its rowid, so the words are stored once.
The triggers index only rows with some text (most imported touches have none). The rowid
of a table with a UUID key could change under `VACUUM`, which salescoach never runs;
`rebuild_search_index` would set the index right again.

`create_search_index` makes the index of a new database; migration 0010, which introduced
it, holds its own frozen copy of the same statements (`tests/store/test_migrations.py`
checks that both end with the same schema).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from salescoach.domain.search import HitKind, SearchHit

# Accents and case ignored ("elodie" finds "Élodie"); prefixes of 2 and 3 characters
# indexed as well, so that the first letters typed do not walk the whole vocabulary.
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

# The table indexed for each kind, and its columns holding words worth finding.
SOURCES: dict[HitKind, tuple[str, tuple[str, ...]]] = {
    HitKind.DEAL: ("deals", ("title", "competitor", "notes")),
    HitKind.ACCOUNT: ("accounts", ("name", "sector", "city", "notes")),
    HitKind.CONTACT: ("contacts", ("first_name", "last_name", "job_title", "email", "notes")),
    HitKind.TOUCH: ("touches", ("outcome", "note")),
    HitKind.DEBRIEF: (
        "debriefs",
        (
            "competitor",
            "prospect_said",
            "lessons",
            "next_action",
            *(f"note_{n}" for n in range(1, 7)),
        ),
    ),
}


def _has_text(row: str, columns: tuple[str, ...]) -> str:
    return " OR ".join(f"{row}.{c} != ''" for c in columns)


def index_statements() -> list[str]:
    """The FTS5 tables and their triggers, in creation order."""
    statements: list[str] = []
    for table, columns in SOURCES.values():
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
        statements += [
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content = '{table}', "
            f"content_rowid = 'rowid', {TOKENIZE})",
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert_new} END",
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete_old} END",
            # Only when an indexed column is written: winning a deal reindexes nothing.
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} "
            f"BEGIN {delete_old} {insert_new} END",
        ]
    return statements


def fill_statements() -> list[str]:
    """Index the rows already there (after creating the index, or to rebuild it)."""
    return [
        f"INSERT INTO {table}_fts (rowid, {', '.join(columns)}) "
        f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {_has_text(table, columns)}"
        for table, columns in SOURCES.values()
    ]


def create_search_index(conn: Connection) -> None:
    """Create the index on `conn` and fill it from the rows there."""
    for statement in index_statements() + fill_statements():
        conn.exec_driver_sql(statement)


@contextmanager
def indexed_at_the_end(conn: Connection) -> Iterator[None]:
    """For a bulk load in `conn`'s transaction (begun already): the triggers are dropped
    meanwhile and the index rebuilt once at the end. Row by row, the triggers made up most
    of the 100,000-deal demo's time. In the same transaction: a failure, or a kill, leaves
    the triggers and the index as they were."""
    names = [f"{table}_fts_{op}" for table, _c in SOURCES.values() for op in _TRIGGER_OPS]
    for name in names:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for statement in index_statements():
        if statement.startswith("CREATE TRIGGER"):
            conn.exec_driver_sql(statement)
    rebuild_search_index(conn)


_TRIGGER_OPS = ("insert", "delete", "update")


def rebuild_search_index(conn: Connection) -> None:
    """Empty every index and fill it again from its table."""
    for table, _columns in SOURCES.values():
        conn.exec_driver_sql(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('delete-all')")
    for statement in fill_statements():
        conn.exec_driver_sql(statement)


# The newest first (the highest rowids): FTS5 walks its matches backwards and stops at the
# limit, where ranking by relevance would score every match of one typed letter first.
_SNIPPET = "snippet({fts}, -1, '', '', '…', 10)"
_QUERIES: dict[HitKind, str] = {
    HitKind.DEAL: (
        "SELECT d.id, d.title, coalesce(a.name, ''), NULL FROM deals_fts f "
        "JOIN deals d ON d.rowid = f.rowid LEFT JOIN accounts a ON a.id = d.account_id "
        "WHERE deals_fts MATCH :q ORDER BY f.rowid DESC LIMIT :n"
    ),
    HitKind.ACCOUNT: (
        "SELECT a.id, a.name, trim(a.city || ' ' || a.sector), NULL FROM accounts_fts f "
        "JOIN accounts a ON a.rowid = f.rowid "
        "WHERE accounts_fts MATCH :q ORDER BY f.rowid DESC LIMIT :n"
    ),
    HitKind.CONTACT: (
        "SELECT c.id, trim(c.first_name || ' ' || c.last_name), "
        "coalesce(a.name, c.email), NULL FROM contacts_fts f "
        "JOIN contacts c ON c.rowid = f.rowid LEFT JOIN accounts a ON a.id = c.account_id "
        "WHERE contacts_fts MATCH :q ORDER BY f.rowid DESC LIMIT :n"
    ),
    HitKind.TOUCH: (
        "SELECT t.id, coalesce(d.title, ''), "
        + _SNIPPET.format(fts="touches_fts")
        + ", t.deal_id FROM touches_fts f JOIN touches t ON t.rowid = f.rowid "
        "LEFT JOIN deals d ON d.id = t.deal_id "
        "WHERE touches_fts MATCH :q ORDER BY f.rowid DESC LIMIT :n"
    ),
    HitKind.DEBRIEF: (
        "SELECT b.id, d.title, "
        + _SNIPPET.format(fts="debriefs_fts")
        + ", b.deal_id FROM debriefs_fts f JOIN debriefs b ON b.rowid = f.rowid "
        "JOIN deals d ON d.id = b.deal_id "
        "WHERE debriefs_fts MATCH :q ORDER BY f.rowid DESC LIMIT :n"
    ),
}


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def search(session: Session, query: str, per_kind: int) -> list[SearchHit]:
    """At most `per_kind` hits of each kind for an FTS5 `query`, kinds in `HitKind`'s
    order, the newest records first within each."""
    hits: list[SearchHit] = []
    for kind, sql in _QUERIES.items():
        rows = session.execute(text(sql), {"q": query, "n": per_kind})
        for record_id, title, detail, deal_id in rows:
            hits.append(
                SearchHit(
                    kind,
                    _uuid(record_id),
                    str(title or ""),
                    str(detail or ""),
                    None if deal_id is None else _uuid(deal_id),
                )
            )
    return hits
