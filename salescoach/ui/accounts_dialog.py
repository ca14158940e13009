"""Accounts and their contacts: a filterable list on the left, the selected one's forms."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.deals import AccountDraft, ContactDraft
from salescoach.domain.messages import UserError, ValidationError
from salescoach.domain.rows import AccountRow, ContactRow
from salescoach.ui.dialogs import add_checked_row, confirm, set_field_error, show_error
from salescoach.ui.rows_model import Column, RowsModel

if TYPE_CHECKING:
    from salescoach.services.pipeline import PipelineService


class _Form(QFormLayout):
    """Line edits with an error label under each, by field name."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, name: str, label: str, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        self.errors[name] = add_checked_row(self, label, edit)
        self.fields[name] = edit
        return edit

    def show_errors(self, error: ValidationError | None) -> None:
        for name, label in self.errors.items():
            set_field_error(label, error.fields.get(name) if error else None)

    def text(self, name: str) -> str:
        return self.fields[name].text()

    def fill(self, values: dict[str, str]) -> None:
        for name, edit in self.fields.items():
            edit.setText(values.get(name, ""))
        self.show_errors(None)


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class AccountsDialog(QDialog):
    """Create, rename and delete accounts; add, edit and delete their contacts."""

    changed = Signal()

    def __init__(self, pipeline: PipelineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts and contacts"))
        self.resize(1000, 640)
        self._pipeline = pipeline
        self._accounts: list[AccountRow] = []
        self._account_id: uuid.UUID | None = None
        self._contact_id: uuid.UUID | None = None
        self._build()
        self._load_accounts()
        self._select_first()

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
        self.accounts_table = self._table("accountsTable", self.account_model)
        self.accounts_table.selectionModel().currentRowChanged.connect(self._account_chosen)
        self.empty = QLabel(self.tr("No accounts yet. Type a company name on the right and save."))
        self.empty.setObjectName("accountsEmpty")
        self.empty.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.accounts_table, 1)
        left_layout.addWidget(self.empty)

        self.account_form = _Form()
        self.account_form.add("name", self.tr("&Name"), "accountName")
        self.account_form.add("sector", self.tr("Sec&tor"), "accountSector")
        self.account_form.add("city", self.tr("Cit&y"), "accountCity")
        account_buttons = QHBoxLayout()
        account_buttons.addWidget(
            _button(self.tr("New account"), "newAccountButton", self.new_account)
        )
        account_buttons.addStretch(1)
        self.delete_account_button = _button(
            self.tr("Delete account…"), "deleteAccountButton", self.delete_account
        )
        account_buttons.addWidget(self.delete_account_button)
        account_buttons.addWidget(
            _button(self.tr("Save account"), "saveAccountButton", self.save_account)
        )
        self.account_box = QGroupBox(self.tr("Account"))
        box_layout = QVBoxLayout(self.account_box)
        box_layout.addLayout(self.account_form)
        box_layout.addLayout(account_buttons)

        self.contact_model: RowsModel[ContactRow] = RowsModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.full_name),
                Column(lambda: self.tr("Job title"), lambda r: r.job_title),
                Column(lambda: self.tr("Email"), lambda r: r.email),
            ],
            self,
        )
        self.contacts_table = self._table("contactsTable", self.contact_model)
        self.contacts_table.selectionModel().currentRowChanged.connect(self._contact_chosen)
        self.contact_form = _Form()
        self.contact_form.add("first_name", self.tr("&First name"), "contactFirstName")
        self.contact_form.add("last_name", self.tr("&Last name"), "contactLastName")
        self.contact_form.add("job_title", self.tr("&Job title"), "contactJobTitle")
        self.contact_form.add("email", self.tr("&Email"), "contactEmail")
        self.contact_form.add("phone", self.tr("&Phone"), "contactPhone")
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(
            _button(self.tr("New contact"), "newContactButton", self.new_contact)
        )
        contact_buttons.addStretch(1)
        self.delete_contact_button = _button(
            self.tr("Delete contact…"), "deleteContactButton", self.delete_contact
        )
        contact_buttons.addWidget(self.delete_contact_button)
        contact_buttons.addWidget(
            _button(self.tr("Save contact"), "saveContactButton", self.save_contact)
        )
        self.contact_box = QGroupBox(self.tr("Contacts of this account"))
        contact_layout = QVBoxLayout(self.contact_box)
        contact_layout.addWidget(self.contacts_table, 1)
        contact_layout.addLayout(self.contact_form)
        contact_layout.addLayout(contact_buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.account_box)
        right_layout.addWidget(self.contact_box, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_account)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_focused)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._save_focused)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.accounts_table, self.delete_account
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.contacts_table, self.delete_contact
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _table(self, name: str, model: RowsModel[AccountRow] | RowsModel[ContactRow]) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # accounts ------------------------------------------------------------------------
    def _load_accounts(self) -> None:
        self._accounts = self._pipeline.accounts()
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = self.filter.text().casefold().strip()
        rows = [a for a in self._accounts if needle in f"{a.name} {a.city}".casefold()]
        self.account_model.set_rows(rows)
        self.empty.setVisible(not self._accounts)
        if rows and self._account_id not in {a.id for a in rows}:
            self._select_account(rows[0].id)  # the selection was filtered out
        else:
            self._select_account(self._account_id)

    def _select_first(self) -> None:
        if self.account_model.rowCount():
            self._select_account(self.account_model.row_at(0).id)
        else:
            self.new_account()

    def _select_account(self, account_id: uuid.UUID | None) -> None:
        for row, account in enumerate(self.account_model.rows()):
            if account.id == account_id:
                index = self.account_model.index(row, 0)
                unchanged = self.accounts_table.currentIndex() == index
                self.accounts_table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.accounts_table.scrollTo(index)
                if unchanged:  # same row, new content: no signal, so refresh by hand
                    self._account_chosen()
                return

    def _account_chosen(self) -> None:
        index = self.accounts_table.currentIndex()
        if not index.isValid():
            return
        account = self.account_model.row_at(index.row())
        self._account_id = account.id
        self.account_form.fill(
            {"name": account.name, "sector": account.sector, "city": account.city}
        )
        self.account_box.setTitle(self.tr("Account: {name}").format(name=account.name))
        self._load_contacts()

    def new_account(self) -> None:
        """Clear the account form for a new company."""
        self._account_id = None
        self.accounts_table.setCurrentIndex(QModelIndex())
        self.accounts_table.clearSelection()
        self.account_form.fill({})
        self.account_box.setTitle(self.tr("New account"))
        self.contact_model.set_rows([])
        self.new_contact()
        self.contact_box.setEnabled(False)
        self.delete_account_button.setEnabled(False)
        self.account_form.fields["name"].setFocus()

    def save_account(self) -> None:
        draft = AccountDraft(
            self.account_form.text("name"),
            self.account_form.text("sector"),
            self.account_form.text("city"),
        )
        try:
            self._account_id = self._pipeline.save_account(draft, self._account_id)
        except ValidationError as error:
            self.account_form.show_errors(error)
            return
        except UserError as error:
            show_error(self, self.tr("Accounts and contacts"), error)
            return
        self._load_accounts()
        self.changed.emit()

    def delete_account(self) -> None:
        account = self._current_account()
        if account is None:
            return
        question = self.tr("Delete the account {name}? Its contacts are kept.").format(
            name=account.name
        )
        if not confirm(self, self.tr("Delete account"), question, self.tr("Delete")):
            return
        try:
            self._pipeline.delete_account(account.id)
        except UserError as error:
            show_error(self, self.tr("Delete account"), error)
            return
        self._account_id = None
        self._load_accounts()
        self._select_first()
        self.changed.emit()

    def _current_account(self) -> AccountRow | None:
        return next((a for a in self._accounts if a.id == self._account_id), None)

    # contacts ------------------------------------------------------------------------
    def _load_contacts(self) -> None:
        self.contact_box.setEnabled(True)
        self.delete_account_button.setEnabled(True)
        self.contact_model.set_rows(self._pipeline.contacts(self._account_id))
        if self.contact_model.rowCount():
            self._select_contact(self._contact_id or self.contact_model.row_at(0).id)
        else:
            self.new_contact()

    def _select_contact(self, contact_id: uuid.UUID) -> None:
        rows = [c.id for c in self.contact_model.rows()]
        self.contacts_table.selectRow(rows.index(contact_id) if contact_id in rows else 0)
        self._contact_chosen()  # also when the row number did not change

    def _contact_chosen(self) -> None:
        index = self.contacts_table.currentIndex()
        if not index.isValid():
            return
        c = self.contact_model.row_at(index.row())
        self._contact_id = c.id
        self.contact_form.fill(
            {
                "first_name": c.first_name,
                "last_name": c.last_name,
                "job_title": c.job_title,
                "email": c.email,
                "phone": c.phone,
            }
        )
        self.delete_contact_button.setEnabled(True)

    def new_contact(self) -> None:
        """Clear the contact form for a new person at this account."""
        self._contact_id = None
        self.contacts_table.setCurrentIndex(QModelIndex())
        self.contacts_table.clearSelection()
        self.contact_form.fill({})
        self.delete_contact_button.setEnabled(False)

    def save_contact(self) -> None:
        f = self.contact_form
        draft = ContactDraft(
            f.text("first_name"),
            f.text("last_name"),
            account_id=self._account_id,
            job_title=f.text("job_title"),
            email=f.text("email"),
            phone=f.text("phone"),
        )
        try:
            self._contact_id = self._pipeline.save_contact(draft, self._contact_id)
        except ValidationError as error:
            f.show_errors(error)
            return
        except UserError as error:
            show_error(self, self.tr("Accounts and contacts"), error)
            return
        self._load_contacts()
        self.changed.emit()

    def delete_contact(self) -> None:
        if self._contact_id is None:
            return
        contact = next(c for c in self.contact_model.rows() if c.id == self._contact_id)
        question = self.tr("Delete the contact {name}?").format(name=contact.full_name)
        if not confirm(self, self.tr("Delete contact"), question, self.tr("Delete")):
            return
        try:
            self._pipeline.delete_contact(contact.id)
        except UserError as error:
            show_error(self, self.tr("Delete contact"), error)
            return
        self._contact_id = None
        self._load_contacts()
        self.changed.emit()

    def _save_focused(self) -> None:
        """Ctrl+S saves the form the cursor is in."""
        focus = self.focusWidget()
        if focus is not None and self.contact_box.isAncestorOf(focus):
            self.save_contact()
        else:
            self.save_account()
