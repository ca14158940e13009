"""Nothing typed is lost: every dialog where the rep types asks "Discard your changes?"
before Escape, Cancel or the close button throws them away, and asks nothing when nothing
was changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from salescoach.domain.deals import ContactDraft, DealDraft
from salescoach.domain.followups import CadenceUnit
from salescoach.services.commission import CommissionService
from salescoach.services.workspace import Workspace
from salescoach.ui.common.contact_dialog import NewContactDialog
from salescoach.ui.common.touch_dialog import TouchDialog
from salescoach.ui.debriefs.loss_reasons_dialog import LossReasonsDialog
from salescoach.ui.followups.dialogs import (
    CadenceDialog,
    ReferralDialog,
    SnoozeDialog,
    ThanksDialog,
)
from salescoach.ui.numbers.commission_dialog import CommissionDialog
from salescoach.ui.numbers.currency_dialog import CurrencyDialog
from salescoach.ui.pipeline.chances_dialog import ChancesDialog
from salescoach.ui.pipeline.deal_editor import DealEditor
from salescoach.ui.progress.goal_dialog import GoalDialog
from salescoach.ui.progress.nomination_dialog import NominationDialog
from tests.conftest import click_button, on_next_modal


def _follow_up(ws: Workspace) -> SnoozeDialog:
    ws.pipeline.save_deal(DealDraft("Paie", "Boulangerie Dupont", 500_000))
    account = ws.pipeline.account_ids()["Boulangerie Dupont"]
    ws.followups.set_cadence(account, None, 2, CadenceUnit.WEEKS, next_on=dt.date(2026, 1, 1))
    return SnoozeDialog(ws.followups, ws.followups.rows()[0].id, "Boulangerie Dupont")


def _touch(ws: Workspace) -> TouchDialog:
    deal = ws.pipeline.save_deal(DealDraft("Paie", "Boulangerie Dupont", 500_000))
    return TouchDialog(ws.pipeline, deal.id, deal.title)


def _thanks(ws: Workspace) -> ThanksDialog:
    claire = ws.pipeline.save_contact(ContactDraft("Claire", "Martin"))
    return ThanksDialog(ws.followups, claire, "Claire Martin")


# Each dialog, and the field a rep types in (a line or text edit), or presses Down in (a
# spin or date box, a list to choose from).
DIALOGS: dict[str, tuple[Callable[[Workspace], QDialog], str]] = {
    "deal editor": (lambda ws: DealEditor(ws.pipeline), "title"),
    "log a touch": (_touch, "touchOutcome"),
    "stay in touch": (lambda ws: CadenceDialog(ws.followups, ws.pipeline), "cadenceEvery"),
    "snooze": (_follow_up, "snoozeUntil"),
    "thank-you": (_thanks, "thanksWhat"),
    "referral": (lambda ws: ReferralDialog(ws.followups, ws.pipeline), "referralAdvocate"),
    "new contact": (lambda ws: NewContactDialog(ws.pipeline), "contact_last_name"),
    "commission": (lambda ws: CommissionDialog(CommissionService(ws.store)), "commissionRate"),
    "goal": (lambda ws: GoalDialog(ws.progress, 2026, "EUR"), "goalAmount"),
    "nomination": (lambda ws: NominationDialog(ws.progress, []), "nominationReason"),
    "loss reasons": (lambda ws: LossReasonsDialog(ws.debriefs), "reasonName"),
    "chances": (lambda ws: ChancesDialog(ws.forecast.probabilities()), "chance_lead"),
    "currency": (lambda ws: CurrencyDialog(ws), "mainCurrency"),
}


def _shown(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    # A test that leaves typed changes: closed at the end without the question.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _type(qtbot, dialog: QDialog, name: str) -> Callable[[], object]:  # type: ignore[no-untyped-def]
    """Change the field as a rep does; returns what the field holds, to compare later."""
    field = dialog.findChild(QWidget, name)
    assert field is not None, name
    field.setFocus()
    if isinstance(field, QLineEdit):
        qtbot.keyClicks(field, "Typed by hand")
        return field.text
    if isinstance(field, QPlainTextEdit):
        qtbot.keyClicks(field, "Typed by hand")
        return field.toPlainText
    if isinstance(field, QAbstractSpinBox):
        qtbot.keyClick(field, Qt.Key.Key_Down)  # Up on month 12 stays
        return field.text
    assert isinstance(field, QComboBox)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    return field.currentIndex


def _escape(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


@pytest.mark.parametrize("which", list(DIALOGS))
def test_escape_after_typing_asks_before_discarding(qtbot, workspace: Workspace, which: str):  # type: ignore[no-untyped-def]
    make, field = DIALOGS[which]
    dialog = _shown(qtbot, make(workspace))
    value = _type(qtbot, dialog, field)
    typed = value()
    asked: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def reply(box: QWidget) -> None:
            asked.append(box.objectName())
            click_button(box, button)

        return reply

    on_next_modal(answer("keepEditingButton"))
    _escape(qtbot, dialog)
    assert asked == ["discardBox"]
    assert dialog.isVisible() and value() == typed  # still there, as typed

    on_next_modal(answer("discardButton"))
    dialog.close()  # the window's close button asks the same
    assert asked == ["discardBox", "discardBox"]
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("which", list(DIALOGS))
def test_an_untouched_dialog_closes_without_a_word(qtbot, workspace: Workspace, which: str):  # type: ignore[no-untyped-def]
    make, _field = DIALOGS[which]
    dialog = _shown(qtbot, make(workspace))
    asked: list[str] = []
    on_next_modal(lambda box: asked.append(box.objectName()), timeout_ms=300)
    _escape(qtbot, dialog)
    qtbot.wait(350)
    assert asked == [] and not dialog.isVisible()


def test_typing_then_putting_it_back_asks_nothing(qtbot, workspace: Workspace) -> None:
    dialog = _shown(qtbot, DealEditor(workspace.pipeline))
    title = dialog.findChild(QLineEdit, "title")
    qtbot.keyClicks(title, "Paie")
    for _ in "Paie":
        qtbot.keyClick(title, Qt.Key.Key_Backspace)
    asked: list[str] = []
    on_next_modal(lambda box: asked.append(box.objectName()), timeout_ms=300)
    _escape(qtbot, dialog)
    qtbot.wait(350)
    assert asked == [] and not dialog.isVisible()


def test_the_question_is_in_french(qtbot, workspace: Workspace, french_ui: None) -> None:
    dialog = _shown(qtbot, DealEditor(workspace.pipeline))
    _type(qtbot, dialog, "title")
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.extend(b.text() for b in box.findChildren(QAbstractButton) if b.text())
        click_button(box, "keepEditingButton")

    on_next_modal(read)
    _escape(qtbot, dialog)
    assert seen[0] == "Abandonner vos modifications ?"
    assert set(seen[1:]) == {"&Abandonner", "&Continuer la saisie"}
