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
from PySide6.QtWidgets import QLabel, QMessageBox

from salescoach.domain.deals import DealDraft
from salescoach.domain.messages import UserError
from salescoach.services import backups
from salescoach.services.workspace import open_workspace
from salescoach.ui.shell.app import run_gui
from tests.conftest import on_next_modal


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


def test_the_window_offers_the_latest_backup_for_a_damaged_database(qtbot, data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    backups.back_up(data_dir)
    db = data_dir / "salescoach.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 3000)  # damaged beyond opening
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_next_modal(answer)
    os.environ["SALESCOACH_STARTUP_PROBE"] = "ready"
    try:
        assert run_gui(data_dir) == 0
    finally:
        del os.environ["SALESCOACH_STARTUP_PROBE"]
    assert "Restore the newest healthy backup" in seen[0]
    assert _titles(data_dir) == ["Audit"]
    assert len(list(data_dir.glob("salescoach-damaged-*.sqlite"))) == 1


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


def test_damage_found_after_opening_offers_the_backup(qtbot, data_dir: Path) -> None:
    _with_deals(data_dir, "Audit")
    backups.back_up(data_dir)
    _damage_an_index(data_dir / "salescoach.sqlite")
    assert not backups.healthy(data_dir)
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.button(QMessageBox.StandardButton.Yes).click()

    from salescoach.ui.shell.main_window import MainWindow

    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    on_next_modal(answer)
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(lambda: w.workspace is not None and backups.healthy(data_dir), timeout=10_000)
    assert "is damaged" in seen[0] and "Restore the newest healthy backup" in seen[0]
    assert len(list(data_dir.glob("salescoach-damaged-*.sqlite"))) == 1
    w.close()


def test_the_day_s_backup_comes_a_moment_after_start_and_never_after_closing(
    qtbot, tmp_path: Path
) -> None:
    """The integrity check and the day's backup wait a moment (start-up's own reads first);
    a window closed before then starts no backup it could not finish."""
    from salescoach.ui.shell.main_window import CHECK_DELAY_MS, MainWindow

    windows = {}
    for name in ("kept open", "closed at once"):
        folder = tmp_path / name
        _with_deals(folder, "Audit")
        w = MainWindow(folder)
        qtbot.addWidget(w)
        w.show()
        with qtbot.waitSignal(w.ready, timeout=10_000):
            w.open_workspace()
        windows[name] = w
    windows["closed at once"].close()
    assert backups.backups(tmp_path / "kept open") == []  # not yet: the rep's first moments
    qtbot.waitUntil(lambda: len(backups.backups(tmp_path / "kept open")) == 1, timeout=10_000)
    qtbot.wait(CHECK_DELAY_MS // 2)
    assert backups.backups(tmp_path / "closed at once") == []
    windows["kept open"].close()


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


def test_at_start_the_newest_healthy_backup_is_offered(qtbot, data_dir: Path) -> None:
    healthy, half = _a_healthy_then_a_half_backup(data_dir)
    (data_dir / "salescoach.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x00" * 3000)
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_next_modal(answer)
    os.environ["SALESCOACH_STARTUP_PROBE"] = "ready"
    try:
        assert run_gui(data_dir) == 0  # not given up on because the newest backup is bad
    finally:
        del os.environ["SALESCOACH_STARTUP_PROBE"]
    assert len(seen) == 1  # one question
    assert "Restore the newest healthy backup" in seen[0]
    assert "1 newer backup failed the integrity check" in seen[0]
    assert _titles(data_dir) == ["Audit"]  # the data of the healthy backup
    assert half.exists() and healthy.exists()


def test_after_opening_the_newest_healthy_backup_is_offered_and_others_listed(
    qtbot, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from salescoach.ui.data.backups_dialog import BackupsDialog
    from salescoach.ui.shell.main_window import MainWindow

    healthy, half = _a_healthy_then_a_half_backup(data_dir)
    _damage_an_index(data_dir / "salescoach.sqlite")
    seen: list[str] = []
    listed: list[list[str]] = []

    def pick_from_the_list(dialog: BackupsDialog) -> None:
        model = dialog.model
        listed.append([model.index(r, 2).data() for r in range(model.rowCount())])
        # the healthy one is preselected: Restore, then confirm
        on_next_modal(lambda box: box.findChild(QPushButton, "confirmButton").click())
        dialog.findChild(QPushButton, "restoreButton").click()

    def answer(box: QMessageBox) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        on_next_modal(pick_from_the_list)
        box.findChild(QPushButton, "chooseBackupButton").click()

    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    on_next_modal(answer)
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    qtbot.waitUntil(lambda: bool(listed), timeout=15_000)
    qtbot.waitUntil(lambda: w.workspace is not None and backups.healthy(data_dir), timeout=10_000)
    assert "Restore the newest healthy backup" in seen[0]
    assert listed[0] == [f"{half.name} (damaged)", healthy.name]
    assert _titles(data_dir) == ["Audit"]
    w.close()
