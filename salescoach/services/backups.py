"""Backups and integrity for the window and the command line (the store does the copying)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salescoach.services.datadir import database_path
from salescoach.store import backups as store_backups
from salescoach.store.backups import BackupInfo

__all__ = ["BackupInfo", "back_up", "backups", "daily", "healthy", "restore"]


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
    return store_backups.is_healthy(database_path(data_dir))


def restore(data_dir: Path, source: Path) -> Path:
    """Replace the (closed) database by `source`; returns where the current one was kept."""
    return store_backups.restore(database_path(data_dir), source)
