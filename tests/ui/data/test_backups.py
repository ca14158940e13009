"""Backups in the window: a damaged database offered its newest healthy backup at start
and when the check finds damage after opening; the day's backup a moment after start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from salescoach.services import backups
from salescoach.ui.shell.app import run_gui
from tests.conftest import on_next_modal
from tests.services.test_backups import (
    _a_healthy_then_a_half_backup,
    _damage_an_index,
    _titles,
    _with_deals,
)


@pytest.fixture(autouse=True)
def short_idle(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The window is idle after half a second here (ten seconds for a rep)."""
    from salescoach.ui.data import backup_actions

    monkeypatch.setattr(backup_actions, "IDLE_S", 0.5)


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
    from salescoach.ui.shell.main_window import MainWindow

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
    qtbot.wait(1000)
    assert backups.backups(tmp_path / "closed at once") == []
    windows["kept open"].close()


def test_the_day_s_backup_waits_until_the_window_has_finished_its_reads(
    qtbot, tmp_path: Path
) -> None:
    """While the window still reads (an area's data, an import) or the rep moves from area
    to area, the day's backup does not start: it would share the cores with that work and
    the window would stutter."""
    import threading

    from salescoach.ui.common import idle
    from salescoach.ui.common.worker import run_in_background
    from salescoach.ui.data.backup_actions import IDLE_S
    from salescoach.ui.shell.main_window import MainWindow

    _with_deals(tmp_path, "Audit")
    w = MainWindow(tmp_path)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    release = threading.Event()
    ended: list[object] = []
    run_in_background(lambda: release.wait(30), ended.append, ended.append)
    qtbot.wait(int((idle.IDLE_S + IDLE_S) * 1000) + 1000)
    assert backups.backups(tmp_path) == []  # still reading: no backup yet
    release.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=5_000)
    for row in (1, 0, 1, 0):  # the rep moves from area to area: still not idle
        w.nav.setCurrentRow(row)
        qtbot.wait(int(IDLE_S * 1000 * 0.6))
        assert backups.backups(tmp_path) == []
    qtbot.waitUntil(lambda: len(backups.backups(tmp_path)) == 1, timeout=25_000)
    w.close()


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
