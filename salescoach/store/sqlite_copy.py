"""Whole, checked copies of a SQLite database, and reading one without leaving files behind.

A copy is written under a temporary name in its final folder, checked (`PRAGMA
quick_check`), flushed to disk, and only then given its final name: a copy killed half-way
is never mistaken for a backup. The temporary name holds the writer's process id, so the
next run can tell a dead writer's leftovers from a copy still being written.

Copies are self-contained single files (rollback journal, not WAL): reading one never
creates `-wal`/`-shm` files next to it.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
import time
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, DamagedDatabaseError, msg

CTX = "Backups"
# `.salescoach.sqlite.copy-1234-0a1b2c3d.tmp`, and SQLite's journal of it.
_TEMP = re.compile(r"^\..+\.copy-(\d+)-[0-9a-f]{8}\.tmp(?:-journal|-wal|-shm)?$")
# Close enough to the process start for "older than this process" (imported at start-up).
PROCESS_STARTED = time.time()


def damaged_source(path: Path) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Backups",
                "The database {path} is damaged; a copy of it would be damaged too, so none "
                "was made. Restore a healthy backup (File › Backups…).",
            ),
            path=str(path),
        )
    )


def read_only_uri(path: Path, live: bool = False) -> str:
    """A URI to read `path`; a backup (not `live`) without writing next to it.

    A backup without a pending write-ahead log is read as immutable: a reader of a WAL-mode
    file would otherwise leave `-wal` and `-shm` files beside it. Never the live database:
    another process may write it meanwhile (its -wal files are its own anyway).
    """
    pending_wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if live or pending_wal else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def is_healthy(path: Path, live: bool = False) -> bool:
    """SQLite's quick integrity check (reads the whole file: run it off the GUI thread)."""
    try:
        conn = sqlite3.connect(read_only_uri(path, live), uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check(1)").fetchone() == ("ok",))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _is_corruption(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible everywhere (Windows): the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def checked_copy(source: Path, folder: Path, name: str, live: bool = True) -> Path:
    """Copy `source` (the `live` database, or a backup) into a temporary file in `folder`,
    check and flush it; returns it.

    Raises `DamagedDatabaseError` (nothing left behind) when the copy is not sound, which
    means the source is damaged; `OSError`/`sqlite3.Error` when it cannot be written.
    """
    temp = folder / f".{name}.copy-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(read_only_uri(source, live), uri=True)
        dst = sqlite3.connect(temp)
        try:
            try:
                src.backup(dst)
                # The copy carries the source's WAL flag: a reader would leave -wal/-shm.
                dst.execute("PRAGMA journal_mode=DELETE")
                sound = dst.execute("PRAGMA quick_check(1)").fetchone() == ("ok",)
            except sqlite3.Error as exc:
                if _is_corruption(exc):
                    raise damaged_source(source) from exc
                raise
        finally:
            dst.close()
            src.close()
        if not sound:
            raise damaged_source(source)
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        discard(temp)
        raise
    return temp


def discard(temp: Path) -> None:
    """Delete a temporary copy (and any journal SQLite left beside it)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        temp.with_name(temp.name + suffix).unlink(missing_ok=True)


def publish(temp: Path, target: Path) -> Path:
    """Give the checked copy `temp` its final name, never overwriting: `FileExistsError`
    (`temp` left for the caller to retry or discard)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(temp, target)
    else:
        temp.unlink()
    _fsync_folder(target.parent)
    return target


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return False  # no cheap test: go by age alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the temporary copies that killed writers left in `folder`.

    Only our own temporary names, and only those no running copy may still be writing:
    their writer has exited, or they are older than this process (its id reused since).
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for p in entries:
        m = _TEMP.match(p.name)
        if not m:
            continue
        pid = int(m.group(1))
        try:
            older = p.lstat().st_mtime < PROCESS_STARTED
        except OSError:
            continue
        if pid == os.getpid():
            stale = older  # a copy of ours is being written, unless the id was reused
        elif _alive(pid):
            stale = False  # another process may still be writing it
        else:
            stale = older or os.name == "posix"
        if stale:
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed
