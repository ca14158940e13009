"""Look at a database file without changing a byte of it (stdlib sqlite3 only, fast)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, DamagedDatabaseError, UserError, msg
from salescoach.store.schema import HEAD, REVISIONS

CTX = "Database"
SQLITE_HEADER = b"SQLite format 3\x00"


class SchemaState(Enum):
    MISSING = "missing"  # no file yet, or an empty file: create the schema
    CURRENT = "current"
    OLDER = "older"  # migrate, after a backup


@dataclass(frozen=True)
class Probe:
    state: SchemaState
    revision: str | None


def not_a_database(path: Path) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} is not a salescoach database, or it is damaged. "
                "It was left untouched; restore a backup or choose another data folder.",
            ),
            path=str(path),
        )
    )


def _ours_but_newer(revision: str, tables: set[str]) -> bool:
    """Our revisions are numbered 0001, 0002…; ours have our first tables."""
    return (
        len(revision) == len(HEAD)
        and revision.isdigit()
        and revision > HEAD
        and {"accounts", "deals", "touches"} <= tables
    )


def probe(path: Path) -> Probe:
    """Tell what opening `path` will need; raise `UserError` for files we must not touch."""
    if not path.exists() or path.stat().st_size == 0:
        return Probe(SchemaState.MISSING, None)
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Database", "Cannot read {path}: {reason}"),
                path=str(path),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise not_a_database(path)
    try:
        # Without a pending write-ahead log, read as immutable: a WAL-mode reader would
        # otherwise leave -wal and -shm files next to a database we are about to refuse.
        pending_wal = path.with_name(path.name + "-wal").exists()
        mode = "mode=ro" if pending_wal else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None or row[0] is None else str(row[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise not_a_database(path) from exc
    if revision is None:
        if tables:
            raise not_a_database(path)
        return Probe(SchemaState.MISSING, None)
    if revision == HEAD:
        return Probe(SchemaState.CURRENT, revision)
    if revision in REVISIONS:
        return Probe(SchemaState.OLDER, revision)
    if not _ours_but_newer(revision, tables):
        raise not_a_database(path)  # another program's Alembic database
    raise UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} was written by a newer version of salescoach (schema {revision}). "
                "Install the newer version to open it; the file was left untouched.",
            ),
            path=str(path),
            revision=revision,
        )
    )
