"""Backups of the database with SQLite's online backup API: automatic once a day, on
demand, before a restore; the integrity check; setting a damaged file aside.

Automatic backups go to `backups/` in the data folder, named by their time
(`salescoach-20261125-091500.sqlite`), the last `KEEP` kept. Nothing here ever overwrites
a file: a damaged database is renamed, a backup gets a new name. Every copy is whole and
checked before it gets its name, and a damaged database is never copied (see sqlite_copy).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.store.sqlite_copy import (
    checked_copy,
    discard,
    is_healthy,
    publish,
    remove_leftovers,
)

CTX = "Backups"
KEEP = 10
FOLDER = "backups"
_NAME = re.compile(r"salescoach-(\d{8}-\d{6})(?:-\d+)?\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int


def backup_folder(db: Path) -> Path:
    return db.parent / FOLDER


def list_backups(db: Path) -> list[BackupInfo]:
    """The automatic and on-demand backups of `db`, newest first."""
    folder = backup_folder(db)
    found = []
    for p in folder.glob("salescoach-*.sqlite") if folder.is_dir() else []:
        m = _NAME.match(p.name)
        if m:
            taken = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
            found.append(BackupInfo(p, taken, p.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _free_name(folder: Path, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"salescoach-{stamp}.sqlite"
    n = 1
    while target.exists():  # two backups in the same second: never overwrite
        target = folder / f"salescoach-{stamp}-{n}.sqlite"
        n += 1
    return target


def _cannot_write(target: Path, error: BaseException) -> UserError:
    full = isinstance(error, OSError) and error.errno == errno.ENOSPC
    code = getattr(error, "sqlite_errorcode", None)
    if full or (code is not None and code & 0xFF == sqlite3.SQLITE_FULL):
        return UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "The disk is full: cannot write the backup to {path}; nothing was changed.",
                ),
                path=str(target),
            )
        )
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Backups", "Cannot write the backup to {path}; nothing was changed."),
            path=str(target),
        )
    )


def _exists(target: Path) -> UserError:
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Backups", "{path} already exists; choose another name."),
            path=str(target),
        )
    )


def take_backup(db: Path, target: Path | None = None, now: dt.datetime | None = None) -> Path:
    """Copy the (possibly open) database to `target`, or to a new file in `backups/`.

    The copy is written under a temporary name, checked and only then named: a damaged
    database is refused (`DamagedDatabaseError`), and nothing is ever overwritten.
    """
    now = now or dt.datetime.now()
    if not db.exists():
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Backups", "There is no database to back up in {folder} yet."),
                folder=str(db.parent),
            )
        )
    chosen = target if target is not None and not target.is_dir() else None
    if target is None:
        folder = backup_folder(db)
        folder.mkdir(mode=0o700, exist_ok=True)
    else:
        folder = target.parent if chosen else target
    if chosen is not None and (chosen.exists() or chosen.is_symlink()):
        raise _exists(chosen)
    remove_leftovers(folder)
    try:
        temp = checked_copy(db, folder, db.name)
    except (OSError, sqlite3.Error) as exc:
        raise _cannot_write(target or folder, exc) from exc
    try:
        while True:
            final = chosen or _free_name(folder, now)
            try:
                return publish(temp, final)
            except FileExistsError as exc:
                if chosen is not None:
                    raise _exists(final) from exc
                # another backup took that name meanwhile: the next free one
            except OSError as exc:
                raise _cannot_write(final, exc) from exc
    finally:
        discard(temp)


def prune(db: Path, keep: int = KEEP) -> list[Path]:
    """Delete the oldest backups beyond `keep`; returns what was deleted."""
    old = [b.path for b in list_backups(db)[keep:]]
    for p in old:
        p.unlink(missing_ok=True)
    return old


def remove_killed_copies(db: Path) -> list[Path]:
    """Delete the temporary files of backups and restores killed half-way (ours only)."""
    return remove_leftovers(db.parent) + remove_leftovers(backup_folder(db))


def daily_backup(db: Path, keep: int = KEEP, now: dt.datetime | None = None) -> Path | None:
    """A backup unless one was taken today already; then keep the last `keep`."""
    now = now or dt.datetime.now()
    remove_killed_copies(db)
    latest = next(iter(list_backups(db)), None)
    if latest is not None and latest.taken_at.date() == now.date():
        return None
    made = take_backup(db, now=now)
    prune(db, keep)
    return made


def newest_healthy(db: Path) -> tuple[BackupInfo | None, list[BackupInfo]]:
    """The newest backup that passes the integrity check, and the newer ones that did not
    (reads each file whole: run it off the GUI thread)."""
    damaged: list[BackupInfo] = []
    for b in list_backups(db):
        if is_healthy(b.path):
            return b, damaged
        damaged.append(b)
    return None, damaged


def set_aside(db: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, never overwriting."""
    now = now or dt.datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = db.with_name(f"salescoach-damaged-{stamp}.sqlite")
    n = 1
    while aside.exists():
        aside = db.with_name(f"salescoach-damaged-{stamp}-{n}.sqlite")
        n += 1
    os.rename(db, aside)
    for suffix in ("-wal", "-shm"):
        extra = db.with_name(db.name + suffix)
        if extra.exists():
            os.rename(extra, aside.with_name(aside.name + suffix))
    return aside


def restore(db: Path, source: Path, now: dt.datetime | None = None) -> Path:
    """Put `source` in place of `db` (which must not be open). The current file is first
    backed up when healthy, or set aside when damaged; returns where it went."""
    if not is_healthy(source):
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Backups", "The backup {path} is damaged too; choose another one."
                ),
                path=str(source),
            )
        )
    remove_leftovers(db.parent)
    try:  # copied whole and checked first: a failure here leaves `db` as it was
        incoming = checked_copy(source, db.parent, db.name, live=False)
    except (OSError, sqlite3.Error) as exc:
        raise _cannot_write(db, exc) from exc
    try:
        kept = take_backup(db, now=now) if is_healthy(db, live=True) else set_aside(db, now)
        for suffix in ("-wal", "-shm"):  # a log left by the old file must not replay on the new
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, db)
    finally:
        discard(incoming)
    return kept
