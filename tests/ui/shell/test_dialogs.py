"""Every dialog is deleted once closed: none stays a child of the window, holding its
data (a whole imported file, a deal's touches) for as long as the window lives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from salescoach.domain.deals import DealDraft
from salescoach.services.workspace import open_workspace
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import on_next_modal


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    ws = open_workspace(data_dir)
    ws.pipeline.save_deal(DealDraft("Audit", "Cabinet Moreau"))
    ws.close()
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    w.pipeline.table.selectRow(0)
    yield w
    w.close()


def _dialogs_left(window: QWidget) -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [d.objectName() or type(d).__name__ for d in window.findChildren(QDialog)]


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("new_deal", "dealEditor"),
        ("log_touch", "TouchDialog"),
        ("accounts", "accountsDialog"),
        ("backups", "backupsDialog"),
        ("export", "exportDialog"),
    ],
)
def test_a_closed_dialog_is_not_kept(qtbot, window: MainWindow, action: str, expected: str) -> None:
    seen: list[str] = []
    on_next_modal(lambda dialog: seen.append(dialog.objectName() or type(dialog).__name__))
    window.action(action).trigger()
    assert seen == [expected]
    assert _dialogs_left(window) == []


def test_a_closed_confirmation_is_not_kept(qtbot, window: MainWindow) -> None:
    seen: list[str] = []
    on_next_modal(lambda box: seen.append(box.objectName()))
    window.pipeline.delete_deal()  # "Delete the deal…?": no
    assert seen == ["confirmBox"]
    assert _dialogs_left(window) == []
    assert window.pipeline.model.rowCount() == 1
