"""Backups of the database with SQLite's online backup API: automatic once a day, on
demand, before a restore; the integrity check; setting a damaged file aside.

Automatic backups go to `backups/` in the data folder, named by their time
(`salescoach-20261125-091500.sqlite`), the last `KEEP` kept. Nothing here ever overwrites
a file: a damaged database is renamed, a backup gets a new name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.store.database import backup

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


def take_backup(db: Path, target: Path | None = None, now: dt.datetime | None = None) -> Path:
    """Copy the (possibly open) database to `target`, or to a new file in `backups/`."""
    now = now or dt.datetime.now()
    if not db.exists():
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Backups", "There is no database to back up in {folder} yet."),
                folder=str(db.parent),
            )
        )
    if target is None:
        folder = backup_folder(db)
        folder.mkdir(mode=0o700, exist_ok=True)
        target = _free_name(folder, now)
    elif target.is_dir():
        target = _free_name(target, now)
    try:
        return backup(db, target)
    except FileExistsError as exc:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Backups", "{path} already exists; choose another name."),
                path=str(target),
            )
        ) from exc
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Backups", "Cannot write the backup to {path}; nothing was changed."
                ),
                path=str(target),
            )
        ) from exc


def prune(db: Path, keep: int = KEEP) -> list[Path]:
    """Delete the oldest backups beyond `keep`; returns what was deleted."""
    old = [b.path for b in list_backups(db)[keep:]]
    for p in old:
        p.unlink(missing_ok=True)
    return old


def daily_backup(db: Path, keep: int = KEEP, now: dt.datetime | None = None) -> Path | None:
    """A backup unless one was taken today already; then keep the last `keep`."""
    now = now or dt.datetime.now()
    latest = next(iter(list_backups(db)), None)
    if latest is not None and latest.taken_at.date() == now.date():
        return None
    made = take_backup(db, now=now)
    prune(db, keep)
    return made


def is_healthy(path: Path) -> bool:
    """SQLite's quick integrity check (reads the whole file: run it off the GUI thread)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check(1)").fetchone() == ("ok",))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


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
    incoming = db.with_name(f".{db.name}.restoring")
    incoming.unlink(missing_ok=True)
    backup(source, incoming)  # copied whole first: a failure here leaves `db` as it was
    kept = take_backup(db, now=now) if is_healthy(db) else set_aside(db, now)
    for suffix in ("-wal", "-shm"):  # a log left by the old file must not replay on the new
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    os.replace(incoming, db)
    return kept
