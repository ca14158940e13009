"""Bulk reads and writes of any table for importing, exporting and the demo, through the
DB-API (what an import reads of one table lives with that table's module).

Like the demo generator, rows go in with executemany in the caller's one transaction, as
tuples already in the forms SQLAlchemy's types use on SQLite (UUIDs as 32 hex digits,
ISO dates): at 100,000 deals and a million touches, ORM objects would cost several times
the insert. Table and column names come from the schema, never from a file.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine

from salescoach.store.models import Base

CHUNK = 500  # ids per `IN (…)`: under SQLite's limit on bound parameters


def _check(table: str, columns: Sequence[str]) -> None:
    known = Base.metadata.tables[table].c
    for c in columns:
        if c not in known:
            raise KeyError(f"{table}.{c}")


def insert(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Any]) -> None:
    """INSERT many rows (tuples in `columns` order) in the connection's transaction."""
    if not rows:
        return
    _check(table, columns)
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def update(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """UPDATE rows by id: each row is the new values in `columns` order, then the id."""
    if not rows:
        return
    _check(table, columns)
    sets = ", ".join(f"{c} = ?" for c in columns)
    conn.exec_driver_sql(f"UPDATE {table} SET {sets} WHERE id = ?", [tuple(r) for r in rows])


def begin_write(conn: Connection) -> None:
    """Hold the write lock from here to the end of the caller's transaction: pysqlite
    begins only before the first write."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


BULK_CACHE = -131072  # KiB: 128 MiB while loading
NORMAL_CACHE = -2000  # SQLite's default, 2 MiB


def bulk_mode(conn: Connection, defer_foreign_keys: bool = False) -> None:
    """A large page cache for the load (undone by `end_bulk_mode` once the transaction is
    over); with `defer_foreign_keys`, keys are checked at commit, so rows may arrive
    before the rows they point to."""
    conn.exec_driver_sql(f"PRAGMA cache_size = {BULK_CACHE}")
    if defer_foreign_keys:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def end_bulk_mode(conn: Connection) -> None:
    """The usual page cache again, the load's pages freed: the connection goes back to the
    pool, and kept up to 128 MiB for as long as the app ran after an import."""
    conn.exec_driver_sql(f"PRAGMA cache_size = {NORMAL_CACHE}")
    conn.exec_driver_sql("PRAGMA shrink_memory")


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection reading one state of the data from its first read to its last, even
    while the app writes (WAL): pysqlite would not begin a transaction for reads alone."""
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()


def count(conn: Connection, table: str) -> int:
    _check(table, [])
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def read(conn: Connection, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of `table` as stored, oldest first (then by id: the same order each time)."""
    _check(table, columns)
    result = conn.exec_driver_sql(
        f"SELECT {', '.join(columns)} FROM {table} ORDER BY created_at, id"
    )
    while batch := result.fetchmany(5000):
        yield from batch


def _rows_where_in(
    conn: Connection, select: str, column: str, values: Iterable[Any]
) -> Iterator[Sequence[Any]]:
    """`select` ("SELECT … FROM t") for the rows whose `column` is among `values` (None
    and repeats left out), asked `CHUNK` values at a time."""
    wanted = list({v for v in values if v is not None})
    for start in range(0, len(wanted), CHUNK):
        part = tuple(wanted[start : start + CHUNK])
        marks = ", ".join("?" * len(part))
        yield from conn.exec_driver_sql(f"{select} WHERE {column} IN ({marks})", part)


def existing(conn: Connection, table: str, column: str, values: Iterable[Any]) -> set[Any]:
    """Which of `values` are already in `table.column`."""
    _check(table, [column])
    return {r[0] for r in _rows_where_in(conn, f"SELECT {column} FROM {table}", column, values)}


def rows_by(
    conn: Connection, table: str, key: str, columns: Sequence[str], values: Iterable[Any]
) -> dict[Any, tuple[Any, ...]]:
    """The rows whose `key` is among `values`, by key (each as `columns`)."""
    _check(table, [key, *columns])
    select = f"SELECT {key}, {', '.join(columns)} FROM {table}"
    return {r[0]: tuple(r[1:]) for r in _rows_where_in(conn, select, key, values)}


def keys_taken(
    conn: Connection, table: str, columns: Sequence[str], firsts: Iterable[Any]
) -> dict[tuple[Any, ...], Any]:
    """The ids of the rows whose `columns` start with one of `firsts`, by their values."""
    _check(table, ["id", *columns])
    select = f"SELECT {', '.join(columns)}, id FROM {table}"
    return {tuple(r[:-1]): r[-1] for r in _rows_where_in(conn, select, columns[0], firsts)}


class Ids:
    """New primary keys for a bulk load, as 32 hex digits shaped like UUIDv4.

    The time of the load, then a counter, then random bits: a million inserts append to
    the primary-key indexes instead of splitting pages all over the file (see the demo).
    """

    def __init__(self) -> None:
        self._prefix = f"{time.time_ns() // 1_000_000:012x}"
        self._count = 0
        self._rng = random.Random(os.urandom(16))

    def __call__(self) -> str:
        self._count += 1
        c = self._count
        return (
            f"{self._prefix}4{(c >> 12) & 0xFFF:03x}{0x8000 | (c & 0xFFF):04x}"
            f"{self._rng.getrandbits(48):012x}"
        )
