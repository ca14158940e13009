"""An error under a form field never moves the fields below it, and goes as soon as the
rep corrects the field (not at the next Save)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from salescoach.services.commission import CommissionService
from salescoach.services.workspace import Workspace
from salescoach.ui.accounts.dialog import AccountsDialog
from salescoach.ui.common.contact_dialog import NewContactDialog
from salescoach.ui.followups.dialogs import CadenceDialog
from salescoach.ui.numbers.commission_dialog import CommissionDialog
from salescoach.ui.pipeline.deal_editor import DealEditor
from salescoach.ui.progress.goal_dialog import GoalDialog
from tests.conftest import click_button

# A dialog; the field typed wrong and what is typed; the field below it; the Save button.
Case = tuple[Callable[[Workspace], QDialog], str, str, str, str]
CASES: dict[str, Case] = {
    "deal amount": (
        lambda ws: DealEditor(ws.pipeline), "amount", "douze", "commission", "saveButton"
    ),
    "goal": (
        lambda ws: GoalDialog(ws.progress, 2026, "EUR"),
        "goalAmount", "beaucoup", "goalTarget", "saveGoalButton",
    ),
    "commission rate": (
        lambda ws: CommissionDialog(CommissionService(ws.store)),
        "commissionRate", "huit", "commissionFromDate", "saveCommission",
    ),
    "follow-up company": (
        lambda ws: CadenceDialog(ws.followups, ws.pipeline),
        "cadenceAccount", "Nobody Inc", "cadencePerson", "saveButton",
    ),
    "contact e-mail": (
        lambda ws: NewContactDialog(ws.pipeline),
        "contact_email", "claire@", "contact_phone", "saveContactButton",
    ),
    "account name (the form's error line)": (
        lambda ws: AccountsDialog(ws.pipeline),
        "accountName", "   ", "saveAccountButton", "saveAccountButton",
    ),
}  # fmt: skip


def _errors(dialog: QDialog) -> list[str]:
    return [e.text() for e in dialog.findChildren(QLabel, "fieldError") if e.isVisible()]


def _top(widget: QWidget, dialog: QDialog) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


@pytest.mark.parametrize("case", list(CASES))
def test_an_error_moves_nothing_and_goes_once_corrected(qtbot, workspace: Workspace, case: str):  # type: ignore[no-untyped-def]
    make, bad, text, below, save = CASES[case]
    dialog = make(workspace)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, DealEditor):
        qtbot.keyClicks(dialog.title, "Paie")
    if isinstance(dialog, NewContactDialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "contact_last_name"), "Martin")
    field = dialog.findChild(QWidget, bad)
    edit = field if isinstance(field, QLineEdit) else field.findChild(QLineEdit)
    next_field = dialog.findChild(QWidget, below)
    assert edit is not None and next_field is not None
    qtbot.keyClicks(edit, text)
    qtbot.wait(20)
    before = _top(next_field, dialog)

    click_button(dialog, save)
    qtbot.wait(20)  # the layout settles
    assert dialog.isVisible() and _errors(dialog), "refused next to the field"
    assert _top(next_field, dialog) == before, "the error pushed the next field down"

    qtbot.keyClick(edit, "x")  # any edit: the rep is correcting it
    assert _errors(dialog) == []
    qtbot.wait(20)
    assert _top(next_field, dialog) == before
