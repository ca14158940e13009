"""Backups: once a day, the last ten kept, restore that loses nothing, a damaged database
set aside and offered its latest backup."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salescoach.domain.deals import DealDraft
from salescoach.domain.messages import UserError
from salescoach.services import backups
from salescoach.services.workspace import open_workspace


def _titles(data_dir: Path) -> list[str]:
    ws = open_workspace(data_dir)
    try:
        return sorted(d.title for d in ws.pipeline.deal_rows())
    finally:
        ws.close()


def _with_deals(data_dir: Path, *titles: str) -> None:
    ws = open_workspace(data_dir)
    for t in titles:
        ws.pipeline.save_deal(DealDraft(t, "Cabinet Moreau"))
    ws.close()


def test_one_automatic_backup_a_day_and_ten_kept(data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    day = dt.datetime(2026, 11, 1, 9, 0)
    assert backups.daily(data_dir, now=day) is not None
    assert backups.daily(data_dir, now=day + dt.timedelta(hours=3)) is None  # same day
    for n in range(1, 15):
        assert backups.daily(data_dir, now=day + dt.timedelta(days=n)) is not None
    kept = backups.backups(data_dir)
    assert len(kept) == 10
    assert kept[0].taken_at == day + dt.timedelta(days=14)  # newest first, oldest gone
    assert all(os.stat(b.path).st_mode & 0o077 == 0 for b in kept)  # private copies


def test_restore_puts_the_backup_back_and_keeps_the_current_data(data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    saved = backups.back_up(data_dir)
    _with_deals(data_dir, "Logiciel de paie")
    kept = backups.restore(data_dir, saved)
    assert _titles(data_dir) == ["Audit"]
    with sqlite3.connect(kept) as conn:  # what was there before the restore
        assert {r[0] for r in conn.execute("SELECT title FROM deals")} == {
            "Audit",
            "Logiciel de paie",
        }
    conn.close()


def test_a_damaged_database_is_set_aside_by_a_restore(data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    saved = backups.back_up(data_dir)
    db = data_dir / "salescoach.sqlite"
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    db.write_bytes(damaged)
    assert not backups.healthy(data_dir)
    backups.restore(data_dir, saved)
    assert _titles(data_dir) == ["Audit"]
    [aside] = data_dir.glob("salescoach-damaged-*.sqlite")
    assert aside.read_bytes() == damaged  # kept, byte for byte


def test_a_damaged_backup_is_refused(data_dir: Path, tmp_path: Path) -> None:
    _with_deals(data_dir, "Audit")
    bad = tmp_path / "salescoach-20260101-000000.sqlite"
    bad.write_bytes(b"garbage" * 100)
    with pytest.raises(UserError, match="damaged too"):
        backups.restore(data_dir, bad)
    assert _titles(data_dir) == ["Audit"]


def test_backup_command(data_dir: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "salescoach", "backup", *args, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            timeout=60,
        )

    empty = run()
    assert empty.returncode == 2 and "no database to back up" in empty.stderr
    _with_deals(data_dir, "Audit")
    done = run()
    assert done.returncode == 0 and "Backup written to" in done.stdout
    assert len(backups.backups(data_dir)) == 1
    target = tmp_path / "copy.sqlite"
    assert run(str(target)).returncode == 0 and target.exists()
    again = run(str(target))
    assert again.returncode == 2 and "already exists" in again.stderr  # never overwritten


def _damage_an_index(db: Path) -> None:
    """Garble one index page: the file still opens, only the integrity check sees it."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_touches_occurred_at'"
        ).fetchone()[0]
    conn.close()
    with db.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x0d" + b"\xee" * (page_size - 1))


def _a_healthy_then_a_half_backup(data_dir: Path) -> tuple[Path, Path]:
    """An older healthy backup (with "Audit"), and a newer one cut in half, as a backup
    killed half-way used to leave under its final name."""
    _with_deals(data_dir, "Audit")
    healthy = backups.daily(data_dir, now=dt.datetime(2026, 11, 1, 9, 0))
    assert healthy is not None
    half = healthy.with_name("salescoach-20261102-090000.sqlite")
    data = healthy.read_bytes()
    half.write_bytes(data[: len(data) // 2])
    _with_deals(data_dir, "Logiciel de paie")
    return healthy, half
