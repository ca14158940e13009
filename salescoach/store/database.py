"""Open the SQLite store: create it, or back it up and migrate it, then hand out sessions.

Creating and migrating run on a connection of their own: foreign keys off (SQLite's
documented way to rebuild a table without its cascades firing), pysqlite's own
transaction handling off so that the DDL is inside our `BEGIN IMMEDIATE … COMMIT`, and
`PRAGMA foreign_key_check` before the commit. A kill at any moment leaves the old schema
or the new one, never a mix.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from salescoach.domain.disk_full import disk_full_error, is_disk_full
from salescoach.domain.messages import (
    QT_TRANSLATE_NOOP,
    UpgradeFailedError,
    UserError,
    msg,
)
from salescoach.store.models import Base
from salescoach.store.probe import SchemaState, not_a_database, probe
from salescoach.store.schema import HEAD
from salescoach.store.search_index import create_search_index
from salescoach.store.seeds import seed_loss_reasons
from salescoach.store.sqlite_copy import (
    checked_copy,
    discard,
    publish,
    read_only_uri,
    remove_leftovers,
)
from salescoach.store.stage_probabilities import create_stage_probabilities
from salescoach.store.team import local_tables  # its tables are in Base.metadata too

BUSY_TIMEOUT_MS = 5000
POOL_KEPT, POOL_EXTRA = 2, 13  # connections kept open, and opened for a while beyond them
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


def _set_read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.create_function("casefold", 1, _casefold, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def database_url(path: Path, read_only: bool = False) -> URL:
    """The URL of `path` as an object: a folder named `Q1?2024` or `Clients%2025` stays a
    folder name (a URL string would read `?` as the start of its query)."""
    if not read_only:
        return URL.create("sqlite", database=str(path))
    # Read-only needs SQLite's URI form; as_uri() percent-encodes what a URI must not hold.
    return URL.create(
        "sqlite", database=path.resolve().as_uri(), query={"uri": "true", "mode": "ro"}
    )


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on `path` with WAL, foreign keys and a busy timeout on every connection;
    `read_only` opens it so that nothing can be written (for the read-only commands)."""
    engine = create_engine(
        database_url(path, read_only),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # Two connections kept between uses, not five: each idle one held its page cache
        # and prepared statements, 13 MiB in all on a large history. More are opened when
        # more threads read at once (a millisecond each), and closed after.
        pool_size=POOL_KEPT,
        max_overflow=POOL_EXTRA,
    )
    event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_pragmas)
    return engine


def _set_schema_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite would commit before DDL and begin only before DML: it must keep out.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # Off while tables are rebuilt: dropping the old table would cascade (every
    # deal_contacts row went with contacts in 0003). Checked before commit instead.
    cur.execute("PRAGMA foreign_keys=OFF")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _begin_immediate(conn: Connection) -> None:
    # IMMEDIATE: take the write lock first, so a second process waits, then sees our work.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def schema_engine(path: Path) -> Engine:
    """An engine for creating and migrating: one transaction holds the DDL too."""
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        database_url(path),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        poolclass=NullPool,
    )
    event.listen(engine, "connect", _set_schema_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def backup_path(path: Path, revision: str, now: dt.datetime | None = None) -> Path:
    """Where the copy taken before a migration goes: next to the database, dated."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}-backup-{stamp}-schema{revision}{path.suffix}")


def backup(path: Path, target: Path) -> Path:
    """Copy a (possibly live) database to `target` with SQLite's online backup API.

    The copy is whole and checked before it gets its name, never overwrites a file
    (`FileExistsError`), and a damaged source raises `DamagedDatabaseError`, nothing written.
    """
    if target.exists():
        raise FileExistsError(target)
    remove_leftovers(target.parent)
    temp = checked_copy(path, target.parent, target.name)
    try:
        return publish(temp, target)
    finally:
        discard(temp)  # gone already once published


def run_migrations(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` with Alembic (imported only when needed: it is slow).

    `engine` should come from `schema_engine`: all of it is then one transaction, rolled
    back whole when a step fails or the foreign keys no longer hold.
    """
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        local_tables.restore_triggers(conn)  # a rebuilt table lost a joined laptop's
        _check_foreign_keys(conn)


def _check_foreign_keys(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise _SchemaStepError(f"{len(broken)} broken reference(s) in {', '.join(tables)}")


class _SchemaStepError(Exception):
    """A migration would leave rows pointing nowhere: rolled back."""


def create_schema(engine: Engine) -> None:
    """Create every table, the seeded rows and the revision mark, all or nothing."""
    with engine.begin() as conn:
        has_version = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_version is not None:
            return  # another process created it while we waited for the lock
        Base.metadata.create_all(conn)
        seed_loss_reasons(conn)
        create_search_index(conn)  # not ORM tables: the same statements as 0010's
        create_stage_probabilities(conn)
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,))


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
    if state.state is SchemaState.MISSING:
        _change_schema(path, None)
    elif state.state is SchemaState.OLDER:
        assert state.revision is not None
        _change_schema(path, state.revision)
    return Store(path, make_engine(path))


def open_store_read_only(path: Path) -> Store:
    """Open an up-to-date database for reading only: nothing is created or migrated."""
    state = probe(path)
    if state.state is SchemaState.MISSING:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Database",
                    "There is no salescoach database in {folder} yet: open the app on it, "
                    "or import a file, first.",
                ),
                folder=str(path.parent),
            )
        )
    if state.state is SchemaState.OLDER:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The database in {folder} was written by an older version of salescoach "
                    "(schema {revision}). Open the app once, or run `salescoach upgrade`, to "
                    "upgrade it; nothing was changed.",
                ),
                folder=str(path.parent),
                revision=state.revision,
            )
        )
    return Store(path, make_engine(path, read_only=True))


def _change_schema(path: Path, revision: str | None) -> None:
    """Create the schema (`revision` None) or upgrade it from `revision`, atomically."""
    copy = None if revision is None else _backup_before_upgrade(path, revision)
    engine = schema_engine(path)
    try:
        if revision is None:
            create_schema(engine)
        else:
            run_migrations(engine)
    except exc.DatabaseError as e:
        if revision is None or _is_busy_or_full(e):
            raise database_error(path, e) from e
        raise upgrade_failed(path, revision, copy, str(e.orig)) from e
    except _SchemaStepError as e:
        assert revision is not None
        raise upgrade_failed(path, revision, copy, str(e)) from e
    finally:
        engine.dispose()


def _is_busy_or_full(error: exc.DatabaseError) -> bool:
    text = str(error.orig)
    return any(word in text for word in ("locked", "busy", "readonly", "read-only", "full"))


def upgrade_failed(path: Path, revision: str, copy: Path | None, reason: str) -> UpgradeFailedError:
    """The upgrade was rolled back: say so, and where the copy taken before it is."""
    return UpgradeFailedError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "salescoach could not upgrade {path} from schema {revision} ({reason}). "
                "The upgrade was undone: your data is as it was. A copy taken before the "
                "upgrade is at {copy}.",
            ),
            path=str(path),
            revision=revision,
            reason=reason,
            copy=str(copy),
        ),
        revision,
        copy,
    )


def upgrade_copies(path: Path, revision: str) -> list[Path]:
    """The copies taken before upgrading `path` from `revision`, newest first."""
    pattern = f"{path.stem}-backup-*-schema{revision}{path.suffix}"
    return sorted(path.parent.glob(pattern), key=lambda p: p.name, reverse=True)


def _backup_before_upgrade(path: Path, revision: str) -> Path:
    """One copy per source revision: an earlier attempt's copy of the same data is reused."""
    mark = fingerprint(path, live=True)
    for copy in upgrade_copies(path, revision):
        try:
            if fingerprint(copy) == mark:
                return copy
        except sqlite3.DatabaseError:
            continue  # a damaged copy is not a copy: take a new one
    target = backup_path(path, revision)
    try:
        return backup(path, target)  # whole or not at all: nothing to clean up here
    except (OSError, sqlite3.Error) as e:
        if is_disk_full(e):
            raise disk_full_error(target.parent) from e
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Database",
                    "Cannot copy {path} before upgrading it ({reason}); nothing was changed.",
                ),
                path=str(path),
                reason=getattr(e, "strerror", None) or str(e),
            )
        ) from e


def fingerprint(path: Path, live: bool = False) -> tuple[object, ...]:
    """What tells two copies of a database apart cheaply: its schema, and for each table its
    row count, highest row id and latest update (every write of ours sets updated_at).
    `live`: the database itself (a copy is read without leaving -wal/-shm beside it)."""
    conn = sqlite3.connect(read_only_uri(path, live=live), uri=True)
    try:
        statements = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql != ''")
        # A rebuilt table lists its constraints in an order of the moment: lines sorted.
        marks: list[object] = []
        marks += sorted(
            (str(name), *sorted(line.strip().rstrip(",") for line in str(sql).splitlines()))
            for name, sql in statements
        )
        listed = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        # The search index's virtual tables and their shadow tables (some WITHOUT ROWID)
        # follow the tables they index, whose marks are taken: left out.
        virtual = [str(n) for n, sql in listed if str(sql).upper().startswith("CREATE VIRTUAL")]
        tables = [str(n) for n, _sql in listed if not any(str(n).startswith(v) for v in virtual)]
        for table in tables:
            columns = {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}
            latest = ", max(updated_at)" if "updated_at" in columns else ""
            query = f'SELECT count(*), max(rowid){latest} FROM "{table}"'
            marks.append((table, *conn.execute(query).fetchone()))
        return tuple(marks)
    finally:
        conn.close()
