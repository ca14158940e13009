"""Accounts and contacts edited through their dialog, as a rep would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from salescoach.domain.deals import AccountDraft, ContactDraft, DealDraft
from salescoach.services.workspace import Workspace
from salescoach.ui.accounts.dialog import AccountsDialog
from salescoach.ui.common.events import Events
from tests.conftest import click_button, on_next_modal


def _opened(qtbot, d: AccountsDialog) -> AccountsDialog:
    """Shown and active, so that keyboard shortcuts reach it."""
    qtbot.addWidget(d)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    return d


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> Iterator[AccountsDialog]:
    yield _opened(qtbot, AccountsDialog(workspace.pipeline))


def _edit(d: QWidget, name: str) -> QLineEdit:
    edit = d.findChild(QLineEdit, name)
    assert edit is not None
    return edit


def _click(qtbot, d: QWidget, name: str) -> None:
    qtbot.mouseClick(d.findChild(QWidget, name), Qt.MouseButton.LeftButton)


def _table_texts(d: QWidget, name: str) -> list[str]:
    model = d.findChild(QTableView, name).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _visible_errors(d: QWidget) -> list[str]:
    return [e.text() for e in d.findChildren(QLabel, "fieldError") if e.isVisible()]


def test_empty_state_then_create_an_account_by_typing(
    qtbot, dialog: AccountsDialog, workspace: Workspace
) -> None:
    assert dialog.findChild(QLabel, "accountsEmpty").isVisible()
    qtbot.keyClicks(_edit(dialog, "accountName"), "Boulangerie Dupont")
    qtbot.keyClicks(_edit(dialog, "accountCity"), "Lyon")
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "saveAccountButton")
    assert _table_texts(dialog, "accountsTable") == ["Boulangerie Dupont"]
    assert [(a.name, a.city) for a in workspace.pipeline.accounts()] == [
        ("Boulangerie Dupont", "Lyon")
    ]
    assert not dialog.findChild(QLabel, "accountsEmpty").isVisible()


def test_empty_name_is_refused_next_to_the_field(
    qtbot, dialog: AccountsDialog, workspace: Workspace
) -> None:
    qtbot.keyClicks(_edit(dialog, "accountCity"), "Lyon")
    _click(qtbot, dialog, "saveAccountButton")
    assert _visible_errors(dialog) == ["An account needs a name."]
    assert workspace.pipeline.accounts() == []


def test_rename_an_account_and_filter(qtbot, workspace: Workspace) -> None:
    workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    workspace.pipeline.save_account(AccountDraft("Transports Lefèvre"))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    qtbot.keyClicks(_edit(d, "accountFilter"), "lef")
    assert _table_texts(d, "accountsTable") == ["Transports Lefèvre"]
    name = _edit(d, "accountName")
    assert name.text() == "Transports Lefèvre"
    assert name.cursorPosition() == 0  # long names show their start
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " et Fils")
    with qtbot.waitSignal(d.changed):
        qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sorted(a.name for a in workspace.pipeline.accounts()) == [
        "Cabinet Moreau",
        "Transports Lefèvre et Fils",
    ]
    assert _table_texts(d, "accountsTable") == ["Transports Lefèvre et Fils"]


def test_a_filter_matching_nothing_says_so(qtbot, workspace: Workspace) -> None:
    workspace.pipeline.save_account(AccountDraft("Cabinet Moreau", city="Lyon"))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    qtbot.keyClicks(_edit(d, "accountFilter"), "lyon")  # the city counts too
    assert _table_texts(d, "accountsTable") == ["Cabinet Moreau"]
    qtbot.keyClicks(_edit(d, "accountFilter"), "zzz")
    empty = d.findChild(QLabel, "accountsEmpty")
    assert empty.isVisible() and "matches" in empty.text()
    assert not d.accounts_table.isVisible()


def test_return_in_a_field_saves_and_keeps_the_dialog_open(
    qtbot, dialog: AccountsDialog, workspace: Workspace
) -> None:
    qtbot.keyClicks(_edit(dialog, "accountName"), "Garage Petit")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(_edit(dialog, "accountName"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert [a.name for a in workspace.pipeline.accounts()] == ["Garage Petit"]


def test_ctrl_n_starts_a_new_account_hidden_by_the_filter_no_more(
    qtbot, workspace: Workspace
) -> None:
    workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    qtbot.keyClicks(_edit(d, "accountFilter"), "moreau")
    qtbot.keyClick(d.accounts_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name = _edit(d, "accountName")
    assert name.text() == "" and name.hasFocus()
    assert not d.accounts_table.selectionModel().hasSelection()
    assert not d.findChild(QWidget, "deleteAccountButton").isEnabled()
    qtbot.keyClicks(name, "Garage Petit")
    _click(qtbot, d, "saveAccountButton")
    assert _edit(d, "accountFilter").text() == ""  # cleared, so that the new one shows
    assert _table_texts(d, "accountsTable") == ["Cabinet Moreau", "Garage Petit"]
    assert d.accounts_table.currentIndex().data() == "Garage Petit"


def test_account_notes_are_kept_and_edited(qtbot, workspace: Workspace) -> None:
    workspace.pipeline.save_account(AccountDraft("Cabinet Moreau", notes="Pays à 60 jours."))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    notes = d.findChild(QPlainTextEdit, "accountNotes")
    assert notes.toPlainText() == "Pays à 60 jours."
    qtbot.keyClicks(_edit(d, "accountCity"), "Lyon")
    _click(qtbot, d, "saveAccountButton")
    [account] = workspace.pipeline.accounts()
    assert (account.city, account.notes) == ("Lyon", "Pays à 60 jours.")
    notes.setPlainText("Line one\nLine two")
    with qtbot.waitSignal(d.changed):  # Ctrl+Return saves from the notes box too
        qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pipeline.accounts()[0].notes == "Line one\nLine two"


def test_escape_closes_the_dialog(qtbot, dialog: AccountsDialog) -> None:
    qtbot.keyClick(_edit(dialog, "accountName"), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_add_a_contact_and_refuse_a_bad_email(qtbot, workspace: Workspace) -> None:
    account = workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    _edit(d, "contactFirstName").insert("Hélène")  # QTest can only type ASCII keys
    qtbot.keyClicks(_edit(d, "contactLastName"), "Moreau")
    qtbot.keyClicks(_edit(d, "contactEmail"), "helene.moreau")
    _click(qtbot, d, "saveContactButton")
    assert _visible_errors(d) == ["This does not look like an email address."]
    assert workspace.pipeline.contacts(account) == []

    qtbot.keyClicks(_edit(d, "contactEmail"), "@moreau.fr")
    with qtbot.waitSignal(d.changed):
        _click(qtbot, d, "saveContactButton")
    [contact] = workspace.pipeline.contacts(account)
    assert (contact.full_name, contact.email) == ("Hélène Moreau", "helene.moreau@moreau.fr")
    assert _table_texts(d, "contactsTable") == ["Hélène Moreau"]
    assert _visible_errors(d) == []


def test_a_contact_needs_a_name_and_can_be_edited(qtbot, workspace: Workspace) -> None:
    account = workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    workspace.pipeline.save_contact(ContactDraft("Loïc", "Roux", account_id=account))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    _click(qtbot, d, "newContactButton")
    assert _edit(d, "contactFirstName").hasFocus()
    assert not d.contacts_table.selectionModel().hasSelection()
    qtbot.keyClicks(_edit(d, "contactJobTitle"), "Buyer")
    qtbot.keyClick(_edit(d, "contactJobTitle"), Qt.Key.Key_Return)
    assert _visible_errors(d) == ["A contact needs a name."]
    assert _edit(d, "contactLastName").hasFocus()
    assert len(workspace.pipeline.contacts(account)) == 1

    d.contacts_table.selectRow(0)
    assert _edit(d, "contactLastName").text() == "Roux"
    assert _visible_errors(d) == []
    qtbot.keyClicks(_edit(d, "contactJobTitle"), "Purchasing manager")
    with qtbot.waitSignal(d.changed):
        qtbot.keyClick(
            _edit(d, "contactJobTitle"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    [contact] = workspace.pipeline.contacts(account)
    assert (contact.full_name, contact.job_title) == ("Loïc Roux", "Purchasing manager")


def test_delete_a_contact_after_confirming(qtbot, workspace: Workspace) -> None:
    account = workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    workspace.pipeline.save_contact(ContactDraft("Loïc", "Roux", account_id=account))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    on_next_modal(lambda box: click_button(box, "confirmButton"))
    with qtbot.waitSignal(d.changed):
        _click(qtbot, d, "deleteContactButton")
    assert workspace.pipeline.contacts(account) == []
    assert _table_texts(d, "contactsTable") == []


def test_account_with_deals_cannot_be_deleted(qtbot, workspace: Workspace) -> None:
    workspace.pipeline.save_deal(DealDraft("Audit sécurité", "Cabinet Moreau", amount_cents=100))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    messages: list[tuple[str, str]] = []
    changes: list[bool] = []
    d.changed.connect(lambda: changes.append(True))

    def confirm_then_read_refusal(box: QWidget) -> None:
        assert box.objectName() == "confirmBox"
        on_next_modal(lambda error: messages.append((error.objectName(), error.text())))
        click_button(box, "confirmButton")

    on_next_modal(confirm_then_read_refusal)
    _click(qtbot, d, "deleteAccountButton")
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0][0] == "errorBox"
    assert "Cabinet Moreau still has 1 deal" in messages[0][1]
    assert [a.name for a in workspace.pipeline.accounts()] == ["Cabinet Moreau"]
    assert _table_texts(d, "accountsTable") == ["Cabinet Moreau"]
    assert changes == []


def test_delete_key_deletes_the_account_after_confirming(qtbot, workspace: Workspace) -> None:
    account = workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    workspace.pipeline.save_contact(ContactDraft("Loïc", "Roux", account_id=account))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    on_next_modal(lambda box: click_button(box, "confirmButton"))
    d.accounts_table.setFocus()
    with qtbot.waitSignal(d.changed):
        qtbot.keyClick(d.accounts_table, Qt.Key.Key_Delete)
    assert workspace.pipeline.accounts() == []
    assert [c.full_name for c in workspace.pipeline.contacts()] == ["Loïc Roux"]  # kept
    assert d.findChild(QLabel, "accountsEmpty").isVisible()
    assert _edit(d, "accountName").text() == ""
    assert not d.findChild(QWidget, "contactsTable").isEnabled()


def test_cancelling_the_confirmation_deletes_nothing(qtbot, workspace: Workspace) -> None:
    workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.reject()

    on_next_modal(cancel)
    d.accounts_table.setFocus()
    qtbot.keyClick(d.accounts_table, Qt.Key.Key_Delete)
    assert [a.name for a in workspace.pipeline.accounts()] == ["Cabinet Moreau"]


def test_alt_mnemonics_focus_the_fields(qtbot, dialog: AccountsDialog) -> None:
    labels = [lab for lab in dialog.findChildren(QLabel) if "&" in lab.text()]
    assert len(labels) == 9
    assert all(lab.buddy() is not None for lab in labels)


def test_stay_in_touch_with_an_account(qtbot, workspace: Workspace, events: Events) -> None:
    moreau = workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline, events=events))

    def cadence(dialog: QWidget) -> None:
        assert dialog.findChild(QComboBox, "cadenceAccount").currentText() == "Cabinet Moreau"
        click_button(dialog, "saveButton")

    on_next_modal(cadence)
    _click(qtbot, d, "stayInTouchButton")
    assert workspace.followups.cadence(moreau) is not None
