"""`stats`, `followups`, `export` and `backup` only read: they create no folder and no
database, migrate nothing, and say what to do instead; `upgrade` upgrades."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salescoach.store.database import run_migrations, schema_engine
from salescoach.store.schema import HEAD

READERS = [["stats"], ["stats", "--json"], ["followups"], ["export", "--out", "{out}"]]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salescoach", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_folder_without_a_database_is_left_alone(tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "nothing-here"
    args = [a.format(out=tmp_path / "out") for a in command]
    done = run(*args, "--data-dir", str(folder))
    assert done.returncode == 2
    assert "no salescoach database" in done.stderr
    assert not folder.exists()
    assert not (tmp_path / "out").exists()


def test_readers_racing_on_a_new_folder_never_call_it_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "salescoach", *cmd, "--data-dir", str(folder)],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        for cmd in (["stats"], ["followups"], ["stats", "--json"], ["backup"])
    ]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 2
        assert "damaged" not in err and "no" in err
    assert not folder.exists()


def _old_folder(tmp_path: Path, revision: str = "0006") -> Path:
    folder = tmp_path / "old"
    folder.mkdir(mode=0o700)
    engine = schema_engine(folder / "salescoach.sqlite")
    run_migrations(engine, revision)
    engine.dispose()
    return folder


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_an_old_schema_is_not_migrated_by_a_reader(tmp_path: Path, command: list[str]) -> None:
    folder = _old_folder(tmp_path)
    db = folder / "salescoach.sqlite"
    before, files = _digest(db), sorted(p.name for p in folder.iterdir())
    args = [a.format(out=tmp_path / "out") for a in command]
    done = run(*args, "--data-dir", str(folder))
    assert done.returncode == 2
    assert "older version" in done.stderr and "salescoach upgrade" in done.stderr
    assert _digest(db) == before
    assert sorted(p.name for p in folder.iterdir()) == files  # no copy, no -wal


def test_upgrade_then_read(tmp_path: Path) -> None:
    folder = _old_folder(tmp_path)
    backed = run("backup", str(tmp_path / "copy.sqlite"), "--data-dir", str(folder))
    assert backed.returncode == 0, backed.stderr  # an old database can be copied as it is

    done = run("upgrade", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert "upgraded from schema 0006" in done.stdout
    conn = sqlite3.connect(folder / "salescoach.sqlite")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    conn.close()
    assert len(list(folder.glob("salescoach-backup-*-schema0006.sqlite"))) == 1

    again = run("upgrade", "--data-dir", str(folder))
    assert again.returncode == 0 and "up to date" in again.stdout
    assert run("stats", "--json", "--data-dir", str(folder)).returncode == 0

    nothing = run("upgrade", "--data-dir", str(tmp_path / "none"))
    assert nothing.returncode == 2 and "no salescoach database" in nothing.stderr
    assert not (tmp_path / "none").exists()


def test_another_programs_alembic_database_is_not_called_newer(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    db = folder / "salescoach.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d40')")
    conn.commit()
    conn.close()
    before = _digest(db)
    for args in (["stats"], ["demo", "--deals", "5"]):
        done = run(*args, "--data-dir", str(folder))
        assert done.returncode == 2
        assert "not a salescoach database" in done.stderr
        assert "newer" not in done.stderr
    assert _digest(db) == before
