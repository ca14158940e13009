"""Find anything (Ctrl+K) and the Pipeline's value, driven through the window as a rep
would: typing in the search box, the results grouped by kind, Enter showing the record in
its area; Settings › Chances of winning by stage changing the forecast in the header."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QSpinBox, QTreeWidget, QWidget

from salescoach.domain.deals import AccountDraft, ContactDraft, DealDraft, TouchDraft
from salescoach.domain.debrief import DebriefDraft
from salescoach.domain.enums import DealStage, DealStatus, TouchKind
from salescoach.services.workspace import open_workspace
from salescoach.ui.common import formatting
from salescoach.ui.common.worker import wait_for_background_work
from salescoach.ui.shell.find_dialog import FindDialog
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import click_button, on_next_modal


@pytest.fixture
def filled(data_dir: Path) -> dict[str, object]:
    """A few records of every kind, written before the window opens."""
    ws = open_workspace(data_dir)
    try:
        p = ws.pipeline
        paie = p.save_deal(DealDraft("Logiciel de paie", "Boulangerie Dupont", 1_000_000,
                                     stage=DealStage.PROPOSAL))  # fmt: skip
        p.save_deal(DealDraft("Audit sécurité", "Hôtel Nguyen", 500_000))
        account = p.save_account(AccountDraft("Paie Express", city="Lyon"))
        p.save_contact(ContactDraft("Élodie", "Paiero", account))
        at = dt.datetime(2025, 3, 1, 10)
        p.log_touch(TouchDraft(TouchKind.CALL, at, paie.id, note="Parle de la paie en mai"))
        won = DealDraft("Gagné", "Acme", 9_000_000, status=DealStatus.WON,
                        closed_on=dt.date.today())  # fmt: skip
        p.save_deal(won)
        audit = p.save_deal(DealDraft("Audit réseau", "Garage Petit", 0))
        ws.debriefs.mark_lost(audit.id, dt.date(2025, 4, 1))
        ws.debriefs.save_draft(DebriefDraft(audit.id, lessons="Rappeler le directeur plus tôt"))
        return {"paie": paie.id, "account": account}
    finally:
        ws.close()


@pytest.fixture
def window(qtbot, data_dir: Path, filled: dict[str, object]) -> Iterator[MainWindow]:
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):  # keyboard shortcuts only reach the active window
        w.show()
        w.activateWindow()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    yield w
    w.close()


def _groups(tree: QTreeWidget) -> dict[str, list[str]]:
    top = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {g.text(0): [g.child(j).text(0) for j in range(g.childCount())] for g in top if g}


def test_typing_finds_every_kind_grouped_accents_and_case_ignored(qtbot, workspace) -> None:
    p = workspace.pipeline
    deal = p.save_deal(DealDraft("Logiciel de paie", "Boulangerie Dupont"))
    p.save_contact(ContactDraft("Élodie", "Paillard"))
    at = dt.datetime(2025, 3, 1, 10)
    p.log_touch(TouchDraft(TouchKind.CALL, at, deal.id, note="Parle de la paie en mai"))
    dialog = FindDialog(workspace.search)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QLineEdit, "findBox")
    tree = dialog.findChild(QTreeWidget, "findResults")
    with qtbot.waitSignal(dialog.results_shown, check_params_cb=lambda t: t == "PAI"):
        QTest.keyClicks(box, "PAI")  # one search per keystroke; only the last one's shown
    assert _groups(tree) == {
        "Deals": ["Logiciel de paie — Boulangerie Dupont"],
        "People": ["Élodie Paillard"],
        "Touch notes": ["Logiciel de paie — Parle de la paie en mai"],
    }
    assert tree.currentItem().text(0) == "Logiciel de paie — Boulangerie Dupont"

    with qtbot.waitSignal(dialog.results_shown):
        box.setText("elodie")
    assert _groups(tree) == {"People": ["Élodie Paillard"]}
    with qtbot.waitSignal(dialog.results_shown):
        box.setText("e")
    assert _groups(tree) == {}
    assert dialog.findChild(QLabel, "findNote").text() == "Type at least two letters."
    with qtbot.waitSignal(dialog.results_shown):
        box.setText("zzz")
    assert _groups(tree) == {}
    assert "Nothing matches “zzz”" in dialog.findChild(QLabel, "findNote").text()


def test_ctrl_k_then_enter_selects_the_deal_in_the_pipeline(qtbot, window, filled) -> None:
    pipeline = window.pipeline
    pipeline.findChild(QLineEdit, "dealFilter").setText("Audit")  # hides the deal found
    window.show_area("numbers")
    seen: dict[str, object] = {}

    def search(dialog: QWidget) -> None:
        assert isinstance(dialog, FindDialog)
        box = dialog.findChild(QLineEdit, "findBox")
        assert dialog.focusWidget() is box  # type straight away
        with qtbot.waitSignal(dialog.results_shown):
            QTest.keyClicks(box, "paie")
        seen.update(_groups(dialog.results))
        QTest.keyClick(box, Qt.Key.Key_Return)  # the first result: the deal

    on_next_modal(search)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)

    assert list(seen) == ["Deals", "Accounts", "People", "Touch notes"]
    assert window.stack.currentWidget() is window.pipeline_area
    assert pipeline.current_deal_id() == filled["paie"]
    assert pipeline.findChild(QLineEdit, "dealFilter").text() == ""  # the filter let it be


def test_a_touch_note_opens_its_deal_and_escape_opens_nothing(qtbot, window, filled) -> None:
    def pick_note(dialog: QWidget) -> None:
        box = dialog.findChild(QLineEdit, "findBox")
        with qtbot.waitSignal(dialog.results_shown):
            box.setText("mai")
        assert _groups(dialog.results) == {
            "Touch notes": ["Logiciel de paie — Parle de la paie en mai"]
        }
        QTest.keyClick(box, Qt.Key.Key_Enter)

    on_next_modal(pick_note)
    window.action("find").trigger()
    assert window.pipeline.current_deal_id() == filled["paie"]

    window.pipeline.table.clearSelection()
    on_next_modal(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    window.action("find").trigger()
    assert window.pipeline.current_deal_id() is None


def test_an_account_found_opens_the_accounts_dialog_on_it(qtbot, window, filled) -> None:
    shown: list[str] = []

    def pick(dialog: QWidget) -> None:
        box = dialog.findChild(QLineEdit, "findBox")
        with qtbot.waitSignal(dialog.results_shown):
            box.setText("express")
        on_next_modal(read_accounts)
        QTest.keyClick(box, Qt.Key.Key_Return)

    def read_accounts(dialog: QWidget) -> None:
        shown.append(dialog.objectName())
        shown.append(dialog.account_box.title())
        dialog.reject()

    on_next_modal(pick)
    window.action("find").trigger()
    assert shown == ["accountsDialog", "Account: Paie Express"]


def test_a_debrief_found_opens_in_the_debriefs_area(qtbot, window) -> None:
    shown: list[str] = []

    def pick(dialog: QWidget) -> None:
        box = dialog.findChild(QLineEdit, "findBox")
        with qtbot.waitSignal(dialog.results_shown):
            box.setText("directeur")
        assert _groups(dialog.results) == {
            "Debriefs": ["Audit réseau — Rappeler le directeur plus tôt"]
        }
        on_next_modal(read_debrief)
        QTest.keyClick(box, Qt.Key.Key_Return)

    def read_debrief(dialog: QWidget) -> None:
        shown.extend([dialog.objectName(), dialog.windowTitle()])
        dialog.reject()

    on_next_modal(pick)
    window.action("find").trigger()
    assert shown == ["debriefDialog", "Debrief: Audit réseau"]
    assert window.stack.currentWidget() is window.debriefs_area
    wait_for_background_work()  # the Debriefs view's reads land before the window closes
    qtbot.wait(20)


def _value_label(window: MainWindow) -> QLabel:
    label = window.pipeline.findChild(QLabel, "pipelineValue")
    assert label is not None
    return label


def test_the_pipeline_header_shows_the_open_total_and_the_forecast(qtbot, window, data_dir):
    label = _value_label(window)
    money = formatting.money
    # Open: 10,000 at proposal (40 %) + 5,000 at lead (10 %); the won deal is not open.
    expected = f"Open: {money(1_500_000, 'EUR', 0)} · forecast {money(450_000, 'EUR', 0)}"
    qtbot.waitUntil(lambda: label.text() == expected)
    assert "2 open deals in EUR" in label.toolTip()

    def set_chances(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        dialog.findChild(QSpinBox, "chance_proposal").setValue(75)
        dialog.findChild(QSpinBox, "chance_lead").setValue(0)
        dialog.accept()

    on_next_modal(set_chances)
    window.action("chances").trigger()
    expected = f"Open: {money(1_500_000, 'EUR', 0)} · forecast {money(750_000, 'EUR', 0)}"
    qtbot.waitUntil(lambda: label.text() == expected)
    with sqlite3.connect(data_dir / "salescoach.sqlite") as conn:
        saved = dict(conn.execute("SELECT stage, percent FROM stage_probabilities"))
    assert saved == {"lead": 0, "qualified": 20, "proposal": 75, "negotiation": 60, "closing": 80}

    def cancel(dialog: QWidget) -> None:
        dialog.findChild(QSpinBox, "chance_proposal").setValue(5)
        on_next_modal(lambda box: click_button(box, "discardButton"))  # "Discard your changes?"
        dialog.reject()

    on_next_modal(cancel)
    window.action("chances").trigger()
    assert window.workspace.forecast.probabilities()[DealStage.PROPOSAL] == 75
