"""Open the SQLite store: create it, or back it up and migrate it, then hand out sessions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from salescoach.domain.disk_full import disk_full_error, is_disk_full
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.store.models import Base
from salescoach.store.probe import SchemaState, not_a_database, probe
from salescoach.store.schema import HEAD
from salescoach.store.seeds import seed_loss_reasons

BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).parent / "migrations"

CTX = "Database"


def _casefold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # SQLite's lower() folds ASCII only: "ÉLODIE" would not match "élodie".
    dbapi_conn.create_function("casefold", 1, _casefold, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable across application crashes in WAL mode, and much faster than FULL.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    """An engine on `path` with WAL, foreign keys and a busy timeout on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def backup_path(path: Path, revision: str, now: dt.datetime | None = None) -> Path:
    """Where the copy taken before a migration goes: next to the database, dated."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}-backup-{stamp}-schema{revision}{path.suffix}")


def backup(path: Path, target: Path) -> Path:
    """Copy a (possibly live) database with SQLite's online backup API."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def run_migrations(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` with Alembic (imported only when needed: it is slow)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


class Store:
    """The open database: an engine and a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as s, s.begin():
            try:
                yield s
            except exc.IntegrityError:
                raise  # a bug in our own writes, not a damaged file: keep the real error
            except exc.DatabaseError as e:
                raise database_error(self.path, e) from e

    def close(self) -> None:
        self.engine.dispose()


def database_error(path: Path, error: exc.DatabaseError) -> UserError:
    """Turn SQLite's low-level failures into a message a rep can act on."""
    if is_disk_full(error):  # not damage: a restore would not help, some space will
        return disk_full_error(path)
    text = str(error.orig)
    if "locked" in text or "busy" in text:
        return UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Database", "The database is busy in another program. Nothing was changed."
                ),
            )
        )
    if "readonly" in text or "read-only" in text:
        return UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Database", "The database {path} is read-only."),
                path=str(path),
            )
        )
    return not_a_database(path)


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def open_store(path: Path) -> Store:
    """Open `path`, creating or migrating it; a file we cannot trust is left untouched."""
    state = probe(path)
    if state.state is SchemaState.MISSING and not path.exists():
        create_private_file(path)
    engine = make_engine(path)
    try:
        if state.state is SchemaState.MISSING:
            Base.metadata.create_all(engine)
            with engine.begin() as conn:
                seed_loss_reasons(conn)
                conn.exec_driver_sql(
                    "CREATE TABLE IF NOT EXISTS alembic_version "
                    "(version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
                )
                conn.exec_driver_sql("DELETE FROM alembic_version")
                conn.exec_driver_sql(
                    "INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,)
                )
        elif state.state is SchemaState.OLDER:
            assert state.revision is not None
            backup(path, backup_path(path, state.revision))
            run_migrations(engine)
    except exc.DatabaseError as e:
        engine.dispose()
        raise database_error(path, e) from e
    return Store(path, engine)
