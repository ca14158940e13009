"""Accounts and their contacts: a filterable list on the left, the selected one's forms."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from salescoach.domain.deals import AccountDraft, ContactDraft
from salescoach.domain.messages import UserError, ValidationError
from salescoach.domain.rows import AccountRow, ContactRow
from salescoach.ui.accounts.widgets import Form, Mode, button_row, deletable_table, stack
from salescoach.ui.common.dialogs import (
    confirm,
    run_dialog,
    show_error,
)
from salescoach.ui.common.events import CadenceRequest
from salescoach.ui.common.rows_model import Column, RowsModel

if TYPE_CHECKING:
    from salescoach.services.pipeline import PipelineService
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import AccountsRequest, Events


class AccountsDialog(QDialog):
    """Create, rename and delete accounts; add, edit and delete their contacts."""

    changed = Signal()  # after every save or delete, so that the pipeline reloads

    def __init__(
        self,
        pipeline: PipelineService,
        parent: QWidget | None = None,
        events: Events | None = None,
    ) -> None:
        super().__init__(parent)
        self._events = events
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts and contacts"))
        self.resize(1000, 680)
        self._pipeline = pipeline
        self._accounts: list[AccountRow] = []
        self._account_id: uuid.UUID | None = None
        self._contact_id: uuid.UUID | None = None
        self._build()
        self._load_accounts()

    # building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("accountFilter")
        self.filter.setPlaceholderText(self.tr("Filter accounts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.account_model: RowsModel[AccountRow] = RowsModel(
            [
                Column(lambda: self.tr("Account"), lambda r: r.name),
                Column(lambda: self.tr("City"), lambda r: r.city),
                Column(lambda: self.tr("Deals"), lambda r: str(r.deal_count), align_right=True),
            ],
            self,
        )
        modes = [Mode.Stretch, Mode.Stretch, Mode.ResizeToContents]
        self.accounts_table = deletable_table(
            "accountsTable", self.account_model, modes, self.delete_account
        )
        self.accounts_table.selectionModel().currentRowChanged.connect(self._account_chosen)
        self.empty = QLabel()  # instead of the table when it has no rows
        self.empty.setObjectName("accountsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(12)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.accounts_table)
        self.list_stack.addWidget(self.empty)
        left = QWidget()
        stack(left, self.filter, self.list_stack)

        self.account_form = Form(self.save_account)
        self.account_form.add("name", self.tr("&Name"), "accountName")
        self.account_form.add("sector", self.tr("Sec&tor"), "accountSector")
        self.account_form.add("city", self.tr("Cit&y"), "accountCity")
        self.account_form.add("notes", self.tr("N&otes"), "accountNotes", notes=True)
        buttons, self.delete_account_button = button_row(
            (self.tr("New account"), "newAccountButton", self.new_account),
            (self.tr("Delete account…"), "deleteAccountButton", self.delete_account),
            (self.tr("Save account"), "saveAccountButton", self.save_account),
        )
        self.stay_button = QPushButton(self.tr("Stay in touch…"))
        self.stay_button.setObjectName("stayInTouchButton")
        self.stay_button.setAutoDefault(False)
        self.stay_button.clicked.connect(self.stay_in_touch)
        self.stay_button.setVisible(self._events is not None)
        buttons.insertWidget(2, self.stay_button)
        self.account_box = QGroupBox()
        stack(self.account_box, self.account_form, buttons)

        self.contact_model: RowsModel[ContactRow] = RowsModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.full_name),
                Column(lambda: self.tr("Job title"), lambda r: r.job_title),
                Column(lambda: self.tr("Email"), lambda r: r.email),
            ],
            self,
        )
        modes = [Mode.Stretch] * 3
        self.contacts_table = deletable_table(
            "contactsTable", self.contact_model, modes, self.delete_contact
        )
        self.contacts_table.selectionModel().currentRowChanged.connect(self._contact_chosen)
        self.contact_form = Form(self.save_contact)
        self.contact_form.add("first_name", self.tr("&First name"), "contactFirstName")
        self.contact_form.add("last_name", self.tr("&Last name"), "contactLastName")
        self.contact_form.add("job_title", self.tr("&Job title"), "contactJobTitle")
        self.contact_form.add("email", self.tr("&Email"), "contactEmail")
        self.contact_form.add("phone", self.tr("&Phone"), "contactPhone")
        buttons, self.delete_contact_button = button_row(
            (self.tr("New contact"), "newContactButton", self.new_contact),
            (self.tr("Delete contact…"), "deleteContactButton", self.delete_contact),
            (self.tr("Save contact"), "saveContactButton", self.save_contact),
        )
        self.contact_box = QGroupBox(self.tr("Contacts of this account"))
        stack(self.contact_box, self.contacts_table, self.contact_form, buttons, grow=0)

        right = QWidget()
        stack(right, self.account_box, self.contact_box)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        stack(self, splitter, close, grow=0)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_account)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_focused)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._save_focused)

    # accounts ------------------------------------------------------------------------
    def _load_accounts(self) -> None:
        """Read the accounts again; keep the one shown if it is still listed."""
        self._accounts = self._pipeline.accounts()
        self._apply_filter()
        if not self.account_model.rowCount():
            self.new_account()

    def _matches(self, *texts: str) -> bool:
        return self.filter.text().casefold().strip() in " ".join(texts).casefold()

    def _apply_filter(self) -> None:
        rows = [a for a in self._accounts if self._matches(a.name, a.sector, a.city)]
        self.account_model.set_rows(rows)
        self.empty.setText(
            self.tr("No account matches this filter.")
            if self._accounts
            else self.tr("No accounts yet. Type a company name on the right and save.")
        )
        self.list_stack.setCurrentWidget(self.accounts_table if rows else self.empty)
        shown = self._account_id in {a.id for a in rows}  # else select the first one left
        self._select_account(self._account_id if shown or not rows else rows[0].id)

    def _select_account(self, account_id: uuid.UUID | None) -> None:
        ids = [a.id for a in self.account_model.rows()]
        if account_id in ids:
            self.accounts_table.selectRow(ids.index(account_id))
            self._account_chosen()  # also when the row number did not change

    def _account_chosen(self) -> None:
        index = self.accounts_table.currentIndex()
        if not index.isValid():
            return
        account = self.account_model.row_at(index.row())
        self._account_id = account.id
        self.account_form.fill(account)
        name = self.fontMetrics().elidedText(account.name, Qt.TextElideMode.ElideRight, 400)
        self.account_box.setTitle(self.tr("Account: {name}").format(name=name))
        self._load_contacts()

    def new_account(self) -> None:
        """Clear the account form for a new company."""
        self._account_id = None
        self.accounts_table.setCurrentIndex(QModelIndex())  # and no selection
        self.account_form.fill(None)
        self.account_box.setTitle(self.tr("New account"))
        self.contact_model.set_rows([])
        self._clear_contact()
        self.contact_box.setEnabled(False)
        self.delete_account_button.setEnabled(False)
        self.stay_button.setEnabled(False)
        self.account_form.fields["name"].setFocus()

    def save_account(self) -> None:
        try:
            draft = AccountDraft(**self.account_form.values())
            self._account_id = self._pipeline.save_account(draft, self._account_id)
        except ValidationError as error:
            self.account_form.show_errors(error)
            return
        except UserError as error:  # deleted meanwhile (from the command line, say)
            show_error(self, self.tr("Accounts and contacts"), error)
            self._account_id = None
            self._load_accounts()
            return
        if not self._matches(draft.name, draft.sector, draft.city):
            with QSignalBlocker(self.filter):  # cleared so that the account just saved shows
                self.filter.clear()
        self._load_accounts()
        self.changed.emit()

    def delete_account(self) -> None:
        account = next((a for a in self._accounts if a.id == self._account_id), None)
        if account is None:
            return
        question = self.tr("Delete the account {name}? Its contacts are kept.").format(
            name=account.name
        )
        if not confirm(self, self.tr("Delete account"), question, self.tr("Delete")):
            return
        try:
            self._pipeline.delete_account(account.id)
        except UserError as error:  # it still has deals
            show_error(self, self.tr("Delete account"), error)
            return
        self._account_id = None
        self._load_accounts()
        self.changed.emit()

    def stay_in_touch(self) -> None:
        """Set how often to get back to this company."""
        account = next((a for a in self._accounts if a.id == self._account_id), None)
        if account is None or self._events is None:
            return
        request = CadenceRequest(self, account.name)
        self._events.cadence_requested.emit(request)  # the Follow-ups area's
        if request.saved:
            self.changed.emit()

    # contacts ------------------------------------------------------------------------
    def _load_contacts(self) -> None:
        self.contact_box.setEnabled(True)
        self.delete_account_button.setEnabled(True)
        self.stay_button.setEnabled(True)
        self.contact_model.set_rows(self._pipeline.contacts(self._account_id))
        ids = [c.id for c in self.contact_model.rows()]
        if ids:
            self.contacts_table.selectRow(
                ids.index(self._contact_id) if self._contact_id in ids else 0
            )
            self._contact_chosen()  # also when the row number did not change
        else:
            self._clear_contact()

    def _contact_chosen(self) -> None:
        index = self.contacts_table.currentIndex()
        if not index.isValid():
            return
        contact = self.contact_model.row_at(index.row())
        self._contact_id = contact.id
        self.contact_form.fill(contact)
        self.delete_contact_button.setEnabled(True)

    def new_contact(self) -> None:
        """Clear the contact form for a new person at this account."""
        self._clear_contact()
        self.contact_form.fields["first_name"].setFocus()

    def _clear_contact(self) -> None:
        self._contact_id = None
        self.contacts_table.setCurrentIndex(QModelIndex())  # and no selection
        self.contact_form.fill(None)
        self.delete_contact_button.setEnabled(False)

    def save_contact(self) -> None:
        try:
            draft = ContactDraft(account_id=self._account_id, **self.contact_form.values())
            self._contact_id = self._pipeline.save_contact(draft, self._contact_id)
        except ValidationError as error:
            self.contact_form.show_errors(error)
            return
        except UserError as error:  # deleted meanwhile
            show_error(self, self.tr("Accounts and contacts"), error)
            self._contact_id = None
        self._load_contacts()
        self.changed.emit()

    def delete_contact(self) -> None:
        contact = next((c for c in self.contact_model.rows() if c.id == self._contact_id), None)
        if contact is None:
            return
        question = self.tr("Delete the contact {name}?").format(name=contact.full_name)
        if not confirm(self, self.tr("Delete contact"), question, self.tr("Delete")):
            return
        try:
            self._pipeline.delete_contact(contact.id)
        except UserError as error:  # deleted meanwhile
            show_error(self, self.tr("Delete contact"), error)
        self._contact_id = None
        self._load_contacts()
        self.changed.emit()

    def _save_focused(self) -> None:
        """Ctrl+S and Ctrl+Return save the form the cursor is in."""
        focus = self.focusWidget()
        if focus is not None and self.contact_box.isAncestorOf(focus):
            self.save_contact()
        else:
            self.save_account()


def answer(request: AccountsRequest, workspace: Workspace, events: Events) -> None:
    """The accounts and contacts, asked for by the Pipeline or the menu: each save or delete
    is heard as `accounts_changed` (the deals show account and contact names)."""
    dialog = AccountsDialog(workspace.pipeline, request.parent, events)
    dialog.changed.connect(events.accounts_changed)
    run_dialog(dialog)
