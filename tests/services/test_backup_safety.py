"""Backups you can rely on: a killed backup is never taken for one, a damaged database is
never copied silently, and a backup is one self-contained file."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salescoach.domain.deals import DealDraft
from salescoach.domain.messages import DamagedDatabaseError
from salescoach.services import backups
from salescoach.services.workspace import open_workspace
from salescoach.store.database import backup, backup_path
from tests.services.test_backups import _damage_an_index, _titles, _with_deals


def _big_folder(data_dir: Path) -> Path:
    """A data folder whose database is a few megabytes (a copy takes a while)."""
    ws = open_workspace(data_dir)
    ws.pipeline.save_deal(DealDraft("Audit", "Cabinet Moreau"))
    ws.close()
    db = data_dir / "salescoach.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE padding (b BLOB)")
        conn.executemany("INSERT INTO padding VALUES (randomblob(4000))", [()] * 1500)
    conn.close()
    return db


def _backup_command(
    data_dir: Path, *args: str, limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    def cap() -> None:  # writing past `limit` bytes kills the process (SIGXFSZ)
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    # Python ignores SIGXFSZ; the command is run with the default action back: killed.
    code = (
        "import runpy, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_DFL); "
        "sys.argv[0] = 'salescoach'; runpy.run_module('salescoach', run_name='__main__')"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "backup", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=cap,
    )


def _side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal")))


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE kills the writer on POSIX only")
def test_a_backup_killed_half_way_is_not_a_backup_and_is_cleaned_up(data_dir: Path) -> None:
    db = _big_folder(data_dir)
    killed = _backup_command(data_dir, limit=db.stat().st_size // 2)
    assert killed.returncode == -signal.SIGXFSZ  # killed in the middle of writing the copy
    assert backups.backups(data_dir) == []  # no half file under a backup's name
    leftovers = list((data_dir / "backups").iterdir())
    assert leftovers  # the killed copy's temporary file, until the next run
    made = backups.daily(data_dir)  # the next start: today's backup is really taken
    assert made is not None and sqlite3.connect(made).execute("PRAGMA quick_check").fetchone() == (
        "ok",
    )
    assert [b.path for b in backups.backups(data_dir)] == [made]
    assert sorted((data_dir / "backups").iterdir()) == [made]  # the leftover is gone


def test_a_copy_still_being_written_by_a_live_process_is_left_alone(data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    folder = data_dir / "backups"
    folder.mkdir()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = folder / f".salescoach.sqlite.copy-{live.pid}-0123abcd.tmp"
        theirs.write_bytes(b"being written")
        other = folder / "notes.txt"  # not ours: never touched
        other.write_text("keep")
        backups.daily(data_dir)
        assert theirs.exists() and other.exists()
    finally:
        live.kill()
        live.wait()
    backups.back_up(data_dir)  # its writer is gone: a leftover now
    assert not theirs.exists() and other.exists()


def test_backup_refuses_a_damaged_database_and_writes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    _with_deals(data_dir, "Audit")
    _damage_an_index(data_dir / "salescoach.sqlite")
    done = _backup_command(data_dir)
    assert done.returncode == 2
    assert "damaged" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (data_dir / "backups").exists() or list((data_dir / "backups").iterdir()) == []
    chosen = tmp_path / "out"
    chosen.mkdir()
    assert _backup_command(data_dir, str(chosen / "copy.sqlite")).returncode == 2
    assert list(chosen.iterdir()) == []
    french = _backup_command(data_dir, "--lang", "fr")
    assert french.returncode == 2 and "endommag" in french.stderr


def test_the_copy_before_a_migration_refuses_a_damaged_database(data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    db = data_dir / "salescoach.sqlite"
    _damage_an_index(db)

    def files() -> list[str]:  # but the live database's own write-ahead log
        return sorted(p.name for p in data_dir.iterdir() if not p.name.startswith(db.name + "-"))

    before = files()
    with pytest.raises(DamagedDatabaseError):
        backup(db, backup_path(db, "0002"))
    assert files() == before


def test_backups_are_single_files_and_reading_them_leaves_nothing_beside(data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    saved = backups.back_up(data_dir)
    _with_deals(data_dir, "Logiciel de paie")
    db = data_dir / "salescoach.sqlite"
    before_migration = backup(db, backup_path(db, "0002"))
    # checking and restoring from them, as a restore does
    kept = backups.restore(data_dir, saved)
    assert _titles(data_dir) == ["Audit"]
    assert backups.restore(data_dir, kept) is not None
    assert _titles(data_dir) == ["Audit", "Logiciel de paie"]
    assert _side_files(data_dir / "backups") == []
    for copy in (saved, kept, before_migration):
        with copy.open("rb") as f:
            header = f.read(20)
        assert header[18:20] == b"\x01\x01"  # rollback journal: no -wal needed to read it
    assert not any(p.name.startswith(before_migration.name + "-") for p in data_dir.iterdir())


def test_reading_a_backup_made_by_an_older_version_leaves_nothing_beside(data_dir: Path) -> None:
    """Older versions' backups kept the live database's WAL flag: listing, checking and
    restoring them must not leave -wal/-shm files next to them either."""
    _with_deals(data_dir, "Audit")
    folder = data_dir / "backups"
    folder.mkdir()
    old = folder / "salescoach-20261101-090000.sqlite"
    src = sqlite3.connect(data_dir / "salescoach.sqlite")
    dst = sqlite3.connect(old)
    src.backup(dst)  # as they were made: a WAL-mode copy
    dst.close()
    src.close()
    assert old.read_bytes()[18:20] == b"\x02\x02"
    _with_deals(data_dir, "Logiciel de paie")
    backups.restore(data_dir, old)
    assert _titles(data_dir) == ["Audit"]
    assert _side_files(folder) == []
    found, damaged = backups.newest_healthy(data_dir)  # as a damaged start does
    assert found is not None and damaged == []
    assert _side_files(folder) == []
