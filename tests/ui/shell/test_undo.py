"""Edit › Undo and Redo through the window: after each action Ctrl+Z (pressed with the
focus anywhere, here in the sidebar) puts back exactly the rows that were there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton, QWidget

from salescoach.domain.deals import ContactDraft, DealDraft, TouchDraft
from salescoach.domain.enums import ContactRole, DealStatus, TouchKind
from salescoach.domain.followups import CadenceUnit
from salescoach.services.workspace import open_workspace
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import click_button, on_next_modal
from tests.db_rows import db_rows

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """A deal with a contact, two touches, a follow-up with its company; and a won one."""
    ws = open_workspace(data_dir)
    p = ws.pipeline
    claire = p.save_contact(ContactDraft("Claire", "Martin"))
    role = ContactRole.DECISION_MAKER
    deal = p.save_deal(DealDraft("Paie", "Boulangerie Dupont", 500_000, contacts=[(claire, role)]))
    for day in (3, 5):
        p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2026, 1, day, 10), deal.id, claire))
    account = p.account_ids()["Boulangerie Dupont"]
    ws.followups.set_cadence(account, None, 2, CadenceUnit.WEEKS, next_on=dt.date(2026, 1, 1))
    p.save_deal(
        DealDraft("Tablettes", "Transports Lefèvre", 90_000, status=DealStatus.WON,
                  closed_on=dt.date(2026, 2, 1), created_on=dt.date(2026, 1, 1))
    )  # fmt: skip
    ws.close()
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):  # keyboard shortcuts only reach the active window
        w.show()
        w.activateWindow()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    yield w
    w.close()


def _select(window: MainWindow, title: str) -> None:
    view = window.pipeline
    row = next(r for r in range(view.model.rowCount()) if view.model.deal_at(r).title == title)
    view.table.selectRow(row)


def _undo_from_the_sidebar(qtbot, window: MainWindow) -> None:
    window.activateWindow()  # back from a dialog (the offscreen platform does not do it)
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, CTRL)


def _titles(window: MainWindow) -> list[str]:
    m = window.pipeline.model
    return [m.deal_at(r).title for r in range(m.rowCount())]


def _answer(button: str) -> Callable[[QWidget], None]:
    return lambda dialog: click_button(dialog, button)


def test_a_deleted_deal_comes_back_whole(qtbot, window: MainWindow, data_dir: Path) -> None:
    before = db_rows(data_dir)
    _select(window, "Paie")
    on_next_modal(_answer("confirmButton"))
    window.pipeline.delete_deal()
    assert "Paie" not in _titles(window)
    offer = window.statusBar().findChild(QPushButton, "undoButton")
    assert offer.isVisible()  # the status bar offers to undo it
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before
    qtbot.waitUntil(lambda: "Paie" in _titles(window), timeout=5000)
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    qtbot.waitUntil(lambda: "Paie" not in _titles(window), timeout=5000)


def test_undo_mark_won_without_a_second_celebration(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    before = db_rows(data_dir)
    won: list[object] = []
    window.events.deal_won.connect(won.append)
    _select(window, "Paie")
    window.pipeline.mark_won()
    assert len(won) == 1
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before
    window.action("redo").trigger()
    assert db_rows(data_dir) != before
    assert len(won) == 1  # redone without the bell


def test_undo_mark_lost_removes_the_debrief_begun(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    before = db_rows(data_dir)
    _select(window, "Paie")

    def answer_one(dialog: QWidget) -> None:
        dialog.findChild(QAbstractButton, "q1_yes").click()  # a draft is kept on closing
        dialog.reject()

    on_next_modal(answer_one)
    window.pipeline.debrief_deal()
    assert db_rows(data_dir)["debriefs"] != []
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before


def test_mark_lost_is_not_offered_on_a_won_deal(window: MainWindow) -> None:
    _select(window, "Tablettes")
    assert not window.pipeline.losses.button.isEnabled()


def test_undo_log_and_delete_a_touch(qtbot, window: MainWindow, data_dir: Path) -> None:
    before = db_rows(data_dir)
    _select(window, "Paie")

    def log(dialog: QWidget) -> None:
        click_button(dialog, "saveTouchButton")

    on_next_modal(log)
    window.pipeline.log_touch()
    assert len(db_rows(data_dir)["touches"]) == 3
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before

    touches = window.pipeline.touch_model
    qtbot.waitUntil(lambda: touches.rowCount() == 2, timeout=5000)  # read again after undo
    window.pipeline.touches.selectRow(0)
    on_next_modal(_answer("confirmButton"))
    window.pipeline.delete_touch()
    assert len(db_rows(data_dir)["touches"]) == 1
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before


def test_undo_snooze_and_stop(qtbot, window: MainWindow, data_dir: Path) -> None:
    before = db_rows(data_dir)
    window.show_area("followups")
    view = window.followups
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    on_next_modal(_answer("saveButton"))
    view.snooze()
    assert db_rows(data_dir)["follow_ups"] != before["follow_ups"]
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before

    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    on_next_modal(_answer("confirmButton"))
    view.stop()
    assert db_rows(data_dir)["follow_ups"] != before["follow_ups"]
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before


def test_undo_a_touch_logged_from_the_follow_ups(qtbot, window: MainWindow, data_dir: Path) -> None:
    """Off any deal (the company's follow-up): the touch goes, the cadence comes back."""
    before = db_rows(data_dir)
    window.show_area("followups")
    view = window.followups
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)

    def log(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "touchOutcome"), "Call back in March")
        click_button(dialog, "saveTouchButton")

    on_next_modal(log)
    qtbot.mouseClick(view.findChild(QPushButton, "logFollowUpButton"), Qt.MouseButton.LeftButton)
    logged = db_rows(data_dir)
    assert len(logged["touches"]) == 3 and logged["follow_ups"] != before["follow_ups"]
    assert window.undo.button.isVisible()  # offered in the status bar too
    _undo_from_the_sidebar(qtbot, window)
    assert db_rows(data_dir) == before
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert db_rows(data_dir) == logged


def test_ctrl_f_from_the_sidebar_goes_to_the_filter(qtbot, window: MainWindow) -> None:
    window.show_area("numbers")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    assert window.stack.currentWidget() is window.pipeline_area
    assert window.pipeline.search.hasFocus()
