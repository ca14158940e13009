"""Accounts and contacts edited through their dialog, as a rep would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTableView, QWidget

from salescoach.domain.deals import AccountDraft, ContactDraft, DealDraft
from salescoach.services.workspace import Workspace
from salescoach.ui.accounts_dialog import AccountsDialog
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
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " et Fils")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sorted(a.name for a in workspace.pipeline.accounts()) == [
        "Cabinet Moreau",
        "Transports Lefèvre et Fils",
    ]


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


def test_delete_a_contact_after_confirming(qtbot, workspace: Workspace) -> None:
    account = workspace.pipeline.save_account(AccountDraft("Cabinet Moreau"))
    workspace.pipeline.save_contact(ContactDraft("Loïc", "Roux", account_id=account))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    on_next_modal(lambda box: click_button(box, "confirmButton"))
    _click(qtbot, d, "deleteContactButton")
    assert workspace.pipeline.contacts(account) == []
    assert _table_texts(d, "contactsTable") == []


def test_account_with_deals_cannot_be_deleted(qtbot, workspace: Workspace) -> None:
    workspace.pipeline.save_deal(DealDraft("Audit sécurité", "Cabinet Moreau", amount_cents=100))
    d = _opened(qtbot, AccountsDialog(workspace.pipeline))
    messages: list[str] = []

    def confirm_then_read_refusal(box: QWidget) -> None:
        on_next_modal(lambda error: messages.append(error.text()))
        click_button(box, "confirmButton")

    on_next_modal(confirm_then_read_refusal)
    _click(qtbot, d, "deleteAccountButton")
    qtbot.waitUntil(lambda: bool(messages))
    assert "still has 1 deal" in messages[0]
    assert [a.name for a in workspace.pipeline.accounts()] == ["Cabinet Moreau"]


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
    assert len(labels) == 8
    assert all(lab.buddy() is not None for lab in labels)
