"""The main window and the app's start: navigation, shortcuts, refusals that lose nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QWidget

from salescoach.ui.pipeline.view import PipelineView
from salescoach.ui.shell.app import run_gui
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import on_next_modal


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):  # keyboard shortcuts only reach the active window
        w.show()
        w.activateWindow()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    yield w
    w.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_navigation_shows_each_area_and_what_it_will_hold(qtbot, window: MainWindow) -> None:
    nav = window.findChild(QListWidget, "navigation")
    names = [nav.item(i).text() for i in range(nav.count())]
    assert names == ["Pipeline", "Debriefs", "Progress", "Follow-ups", "Numbers"]
    nav.setCurrentRow(2)
    assert window.stack.currentWidget() is window.progress_area and window.progress_area.built
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert nav.currentRow() == 3
    assert window.stack.currentWidget() is window.followups_area
    assert window.followups_area.built  # built when first shown
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.numbers_area and window.numbers_area.built
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pipeline_area


def test_first_run_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.pipeline.stack.currentIndex() == PipelineView.WELCOME
    assert window.pipeline.welcome.findChild(QWidget, "loadDemoButton").isVisible()


def test_ctrl_n_from_another_area_opens_the_deal_editor(qtbot, window: MainWindow) -> None:
    window.nav.setCurrentRow(4)
    seen: list[str] = []
    on_next_modal(lambda dialog: seen.append(dialog.objectName()))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["dealEditor"]
    assert window.stack.currentWidget() is window.pipeline_area


def test_demo_data_loads_from_the_welcome_page(qtbot, window: MainWindow) -> None:
    view = window.pipeline
    with qtbot.waitSignal(window.events.deals_changed, timeout=60_000):
        qtbot.mouseClick(
            view.welcome.findChild(QWidget, "loadDemoButton"), Qt.MouseButton.LeftButton
        )
    assert view.stack.currentIndex() == PipelineView.TABLE
    assert view.model.rowCount() == window.workspace.pipeline.deal_count() > 100


def test_corrupt_database_is_refused_and_left_untouched(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    db = data_dir / "salescoach.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    before = _digest(db)
    seen: list[str] = []
    on_next_modal(lambda box: seen.append(box.findChild(QLabel, "qt_msgbox_label").text()))
    assert run_gui(data_dir) == 2
    assert "not a salescoach database" in seen[0]
    assert _digest(db) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["salescoach.sqlite"]


def test_second_instance_on_the_same_folder_is_refused(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    first = QLockFile(str(data_dir / "salescoach.lock"))
    assert first.tryLock(0)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())

    on_next_modal(read)
    try:
        assert run_gui(data_dir) == 2
    finally:
        first.unlock()
    assert "already open" in seen[0]
    assert not (data_dir / "salescoach.sqlite").exists()


def test_the_navigation_counts_follow_ups_due_at_start(qtbot, data_dir: Path) -> None:
    import datetime as dt

    from salescoach.domain.deals import AccountDraft
    from salescoach.domain.followups import CadenceUnit
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    for name, days in (("Cabinet Moreau", -3), ("Garage Petit", 0), ("Transports Lefèvre", 9)):
        account = ws.pipeline.save_account(AccountDraft(name))
        ws.followups.set_cadence(
            account, None, 1, CadenceUnit.MONTHS, dt.date.today() + dt.timedelta(days=days)
        )
    ws.close()
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    nav = w.findChild(QListWidget, "navigation")
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    qtbot.waitUntil(lambda: nav.item(3).text() == "Follow-ups (2)", timeout=5000)
    # The announcing count may finish after the navigation shows it (a busy machine).
    qtbot.waitUntil(lambda: w.alerts.last_message != "", timeout=5000)
    assert w.alerts.last_message == "1 follow-up overdue, 1 due today."
    w.close()
