"""A full disk, for real: a small tmpfs (where the tests may mount one) or a file size
limit (RLIMIT_FSIZE, which makes writes fail with EFBIG as a full disk fails them with
ENOSPC). It says "the disk is full" and to free some space, never that the database is
damaged (which would send the rep to a needless restore) nor "Unexpected error"."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import crm_files
from tests.cli.test_cli import run

FULL = "The disk is full: there is no room left to write"
AFTER = "Nothing was written. Free some space and try again."


@contextmanager
def small_disk(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted at `path`, unmounted afterwards."""
    path.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the RLIMIT_FSIZE tests still run")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
        capture_output=True, text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _deals(folder: Path) -> int:
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        n = int(conn.execute("SELECT count(*) FROM deals").fetchone()[0])
    conn.close()
    return n


def _is_disk_full(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert FULL in done.stderr and AFTER in done.stderr
    assert "damaged" not in done.stderr and "Unexpected" not in done.stderr


def test_an_import_on_a_full_disk_says_so_and_writes_nothing(tmp_path: Path) -> None:
    big = crm_files.big_pipedrive(tmp_path / "big.csv", 20_000)
    small = crm_files.pipedrive(tmp_path / "small.csv")
    with small_disk(tmp_path / "disk", "1m") as disk:
        folder = disk / "data"
        first = run("import", str(small), "--data-dir", str(folder), "--lang", "en")
        assert first.returncode == 0, first.stderr
        done = run("import", str(big), "--data-dir", str(folder), "--lang", "en")
        _is_disk_full(done)
        assert _deals(folder) == 4
        french = run("import", str(big), "--data-dir", str(folder), "--lang", "fr")
        assert "Le disque est plein" in french.stderr
        with sqlite3.connect(folder / "salescoach.sqlite") as conn:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.close()


def test_a_demo_on_a_full_disk_says_so(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "300k") as disk:
        done = run("demo", "--deals", "600", "--data-dir", str(disk / "data"), "--lang", "en")
        _is_disk_full(done)


def test_an_export_to_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--deals", "300", "--data-dir", str(folder)).returncode == 0
    with small_disk(tmp_path / "disk", "64k") as disk:
        for fmt in ("csv", "json"):
            out = disk / f"export-{fmt}"
            done = run("export", "--format", fmt, "--out", str(out), "--data-dir", str(folder),
                       "--lang", "en")  # fmt: skip
            _is_disk_full(done)
            assert list(disk.iterdir()) == []


def _limited(limit: int) -> None:
    # Ignored, SIGXFSZ no longer kills the process: the write fails with EFBIG instead.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_over_the_file_size_limit_says_the_disk_is_full(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--deals", "300", "--data-dir", str(folder)).returncode == 0
    out = tmp_path / "out" / "export"
    out.parent.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "salescoach", "export", "--format", fmt, "--out", str(out),
         "--data-dir", str(folder), "--lang", "en"],
        capture_output=True, text=True, timeout=120, preexec_fn=lambda: _limited(50_000),
    )  # fmt: skip
    _is_disk_full(done)
    assert list(out.parent.iterdir()) == []
