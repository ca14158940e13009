"""Create or edit a deal; bad input is refused next to the field, nothing saved."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.deals import DealDraft
from salescoach.domain.enums import CURRENCIES, DEFAULT_CURRENCY, ContactRole, DealStage, DealStatus
from salescoach.domain.messages import UserError, ValidationError
from salescoach.domain.rows import ContactRow, DealDetail, DealRow
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.dialogs import (
    add_checked_row,
    buddy_label,
    set_field_error,
    show_error,
)
from salescoach.ui.common.unsaved import EditDialog

if TYPE_CHECKING:
    from salescoach.services.pipeline import PipelineService

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
# The fields the validator can refuse (the currency's message goes under the amount).
CHECKED = {"title", "amount_row", "commission_row", "created_on", "closed_on"}


class DealEditor(EditDialog):
    """The deal form. `saved_row` holds the saved deal after `accept()`."""

    def __init__(
        self,
        pipeline: PipelineService,
        deal_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        status: DealStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._deal_id = deal_id
        self.saved_row: DealRow | None = None
        self.setObjectName("dealEditor")
        self.setWindowTitle(self.tr("New deal") if deal_id is None else self.tr("Edit deal"))
        self.setMinimumWidth(560)
        self._build()
        if deal_id is not None:
            self._load(pipeline.deal_detail(deal_id))
        if status is not None:
            self._set_combo(self.status, status)
        self._status_changed()

    # building ------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setObjectName(name)
            if name in CHECKED:
                self.errors[name] = add_checked_row(form, label, widget)
            else:  # never refused: no error line (each takes room, shown or not)
                form.addRow(buddy_label(label, widget), widget)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. CRM roll-out, 40 seats"))
        add("title", self.tr("&Title"), self.title)

        self._contacts_by_account: dict[str, list[ContactRow]] = {}
        for c in self._pipeline.contacts():
            self._contacts_by_account.setdefault(c.account.casefold(), []).append(c)

        self.account = QComboBox()
        self.account.setEditable(True)
        self.account.addItems(["", *self._pipeline.account_names()])
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.lineEdit().setPlaceholderText(self.tr("Company (new names are added)"))
        self.account.currentTextChanged.connect(self._account_changed)
        add("account", self.tr("&Account"), self.account)

        self.amount = QLineEdit()
        self.amount.setPlaceholderText(formatting.amount_text(1250000))
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(list(CURRENCIES))
        self._set_combo(self.currency, DEFAULT_CURRENCY)
        money_row = QWidget()
        money_layout = QHBoxLayout(money_row)
        money_layout.setContentsMargins(0, 0, 0, 0)
        money_layout.addWidget(self.amount, 1)
        money_layout.addWidget(self.currency)
        self.amount.setObjectName("amount")
        add("amount_row", self.tr("A&mount"), money_row)
        self.errors["amount"] = self.errors.pop("amount_row")

        self.commission = QLineEdit()
        self.commission.setPlaceholderText(formatting.amount_text(100000))
        self.commission_source = QLabel()  # a won deal's: recorded, or from the rep's plan
        self.commission_source.setObjectName("commissionSource")
        commission_row = QWidget()
        commission_layout = QHBoxLayout(commission_row)
        commission_layout.setContentsMargins(0, 0, 0, 0)
        commission_layout.addWidget(self.commission, 1)
        commission_layout.addWidget(self.commission_source)
        self.commission.setObjectName("commission")
        add("commission_row", self.tr("&Commission"), commission_row)
        self.errors["commission"] = self.errors.pop("commission_row")

        self.stage = QComboBox()
        for stage in DealStage:
            self.stage.addItem(labels.stage_label(stage), stage)
        add("stage", self.tr("&Stage"), self.stage)

        self.status = QComboBox()
        for status in DealStatus:
            self.status.addItem(labels.status_label(status), status)
        self.status.currentIndexChanged.connect(self._status_changed)
        add("status", self.tr("Stat&us"), self.status)

        self.created_on = QDateEdit(formatting.to_qdate(dt.date.today()))
        self.created_on.setCalendarPopup(True)
        formatting.bound_dates(self.created_on)
        add("created_on", self.tr("Created &on"), self.created_on)

        self.closed_on = QDateEdit(formatting.to_qdate(dt.date.today()))
        self.closed_on.setCalendarPopup(True)
        formatting.bound_dates(self.closed_on)
        add("closed_on", self.tr("C&losed on"), self.closed_on)

        self.competitor = QLineEdit()
        self.competitor.setPlaceholderText(self.tr("Who else they were looking at, if known"))
        add("competitor", self.tr("Com&petitor"), self.competitor)

        self.contacts = QListWidget()
        self.contacts.setObjectName("dealContacts")
        self.contacts.setMaximumHeight(90)
        self.contact_choice = QComboBox()
        self.contact_choice.setObjectName("contactChoice")
        self.role_choice = QComboBox()
        self.role_choice.setObjectName("roleChoice")
        for role in ContactRole:
            self.role_choice.addItem(labels.role_label(role), role)
        add_contact = QPushButton(self.tr("Add"))
        add_contact.setObjectName("addContactButton")
        add_contact.clicked.connect(self._add_contact)
        remove_contact = QPushButton(self.tr("Remove"))
        remove_contact.setObjectName("removeContactButton")
        remove_contact.clicked.connect(self._remove_contact)
        picker = QHBoxLayout()
        picker.addWidget(self.contact_choice, 2)
        picker.addWidget(self.role_choice, 1)
        picker.addWidget(add_contact)
        picker.addWidget(remove_contact)
        contacts_box = QWidget()
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.setContentsMargins(0, 0, 0, 0)
        contacts_layout.addWidget(self.contacts)
        contacts_layout.addLayout(picker)
        add("contacts", self.tr("Contacts"), contacts_box)
        self.ignore_edits(self.contact_choice, self.role_choice)  # pickers; the list counts

        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        add("notes", self.tr("&Notes"), self.notes)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._account_changed(self.account.currentText())

    # behaviour -----------------------------------------------------------------------
    @staticmethod
    def _set_combo(combo: QComboBox, value: object) -> None:
        i = combo.findData(value)
        if i < 0:
            i = combo.findText(str(value))
        combo.setCurrentIndex(max(i, 0))

    def _status_changed(self) -> None:
        self.closed_on.setEnabled(labels.combo_enum(self.status, DealStatus) is not DealStatus.OPEN)

    def _account_changed(self, name: str) -> None:
        """Offer the contacts of the chosen account, and those who have no account."""
        wanted = name.strip().casefold()
        self.contact_choice.clear()
        for c in self._contacts_by_account.get(wanted, []) + self._contacts_by_account.get("", []):
            self.contact_choice.addItem(c.full_name, c.id)

    def _add_contact(self) -> None:
        contact_id = self.contact_choice.currentData()
        if contact_id is None:
            return
        role = labels.combo_enum(self.role_choice, ContactRole) or ContactRole.USER
        for i in range(self.contacts.count()):
            if self.contacts.item(i).data(CONTACT_ROLE)[0] == contact_id:
                self.contacts.takeItem(i)
                break
        name = self.contact_choice.currentText()
        self._append_contact(contact_id, name, role)

    def _append_contact(self, contact_id: uuid.UUID, name: str, role: ContactRole) -> None:
        item = QListWidgetItem(f"{name} — {labels.role_label(role)}")
        item.setData(CONTACT_ROLE, (contact_id, role))
        self.contacts.addItem(item)

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.takeItem(row)

    def _load(self, detail: DealDetail) -> None:
        row = detail.row
        self.title.setText(row.title)
        self.account.setCurrentText(row.account)
        self.amount.setText(formatting.amount_text(row.amount_cents))
        self._set_combo(self.currency, row.currency)
        self.commission.setText(formatting.amount_text(row.commission_cents))
        self._set_combo(self.stage, row.stage)
        self._set_combo(self.status, row.status)
        self.created_on.setDate(formatting.to_qdate(row.created_on))
        if row.closed_on:
            self.closed_on.setDate(formatting.to_qdate(row.closed_on))
        self.competitor.setText(row.competitor)
        self.notes.setPlainText(detail.notes)
        for contact_id, name, role in detail.contacts:
            self._append_contact(contact_id, name, role)
        self._show_commission_source(row.id)

    def _show_commission_source(self, deal_id: uuid.UUID) -> None:
        """A won deal says where its commission comes from: recorded on it, or the rep's
        commission plan (what it earns then)."""
        from salescoach.services.commission import CommissionService

        earned = CommissionService(self._pipeline.store).for_deal(deal_id)
        if earned is None or not earned.cents:
            self.commission_source.clear()
        elif earned.recorded:
            self.commission_source.setText(self.tr("recorded"))
        else:
            self.commission_source.setText(
                self.tr("from your plan: {amount}").format(
                    amount=formatting.money(earned.cents, earned.currency)
                )
            )

    def draft(self) -> DealDraft:
        """The form's content; unparsable amounts become None for the validator."""
        amount_text = self.amount.text().strip()
        commission_text = self.commission.text().strip()
        return DealDraft(
            title=self.title.text(),
            account_name=self.account.currentText(),
            amount_cents=formatting.parse_money(amount_text) if amount_text else 0,
            currency=self.currency.currentText(),
            commission_cents=formatting.parse_money(commission_text) if commission_text else 0,
            stage=labels.combo_enum(self.stage, DealStage) or DealStage.LEAD,
            status=labels.combo_enum(self.status, DealStatus) or DealStatus.OPEN,
            created_on=formatting.to_date(self.created_on.date()),
            closed_on=formatting.to_date(self.closed_on.date()),
            competitor=self.competitor.text(),
            notes=self.notes.toPlainText(),
            contacts=[
                self.contacts.item(i).data(CONTACT_ROLE) for i in range(self.contacts.count())
            ],
        )

    def save(self) -> None:
        for label in self.errors.values():
            set_field_error(label, None)
        try:
            self.saved_row = self._pipeline.save_deal(self.draft(), self._deal_id)
        except ValidationError as exc:
            for field, message in exc.fields.items():
                fallback = self.errors["amount" if field == "currency" else "title"]
                set_field_error(self.errors.get(field, fallback), message)
            target = self.findChild(QWidget, next(iter(exc.fields)))
            if target is not None:
                target.setFocus()
            return
        except UserError as exc:
            show_error(self, self.tr("Cannot save the deal"), exc)
            return
        self.accept()
