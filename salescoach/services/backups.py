"""Backups and integrity for the window and the command line (the store does the copying)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salescoach.services.datadir import database_path
from salescoach.store import backups as store_backups
from salescoach.store.backups import BackupInfo
from salescoach.store.sqlite_copy import is_healthy

__all__ = [
    "BackupInfo",
    "back_up",
    "backups",
    "daily",
    "healthy",
    "newest_healthy",
    "remove_killed_copies",
    "restore",
]


def backups(data_dir: Path) -> list[BackupInfo]:
    """The backups of the data folder's database, newest first."""
    return store_backups.list_backups(database_path(data_dir))


def back_up(data_dir: Path, target: Path | None = None) -> Path:
    """A backup now (safe while the app is open); into `target` (a file or a folder) if given."""
    return store_backups.take_backup(database_path(data_dir), target)


def daily(data_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """The automatic backup: at most one a day, the last ten kept."""
    return store_backups.daily_backup(database_path(data_dir), now=now)


def healthy(data_dir: Path) -> bool:
    return is_healthy(database_path(data_dir), live=True)


def newest_healthy(data_dir: Path) -> tuple[BackupInfo | None, list[BackupInfo]]:
    """The newest backup that passes the integrity check, and the newer ones that failed it
    (reads the files whole: off the GUI thread)."""
    return store_backups.newest_healthy(database_path(data_dir))


def remove_killed_copies(data_dir: Path) -> list[Path]:
    """Delete what backups and restores killed half-way left (our temporary files only)."""
    return store_backups.remove_killed_copies(database_path(data_dir))


def restore(data_dir: Path, source: Path) -> Path:
    """Replace the (closed) database by `source`; returns where the current one was kept."""
    return store_backups.restore(database_path(data_dir), source)
