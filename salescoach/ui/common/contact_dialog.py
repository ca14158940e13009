"""A quick "new contact" form, for a person met along the way (a referral, say)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.deals import ContactDraft
from salescoach.domain.messages import UserError, ValidationError
from salescoach.ui.common.dialogs import add_checked_row, set_field_error, show_error
from salescoach.ui.common.unsaved import EditDialog

if TYPE_CHECKING:
    from salescoach.services.pipeline import PipelineService


class NewContactDialog(EditDialog):
    """Name, company (new names are added), job title, email, phone. `contact_id` after
    `accept()`."""

    def __init__(self, pipeline: PipelineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self.contact_id: uuid.UUID | None = None
        self.setObjectName("newContactDialog")
        self.setWindowTitle(self.tr("New contact"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {}
        for name, label in (
            ("first_name", self.tr("&First name")),
            ("last_name", self.tr("&Last name")),
        ):
            self._line(form, name, label)
        self.company = QComboBox()
        self.company.setObjectName("contactCompany")
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.addItems(["", *pipeline.account_names()])
        self.company.lineEdit().setPlaceholderText(self.tr("Company (new names are added)"))
        add_checked_row(form, self.tr("&Company"), self.company)
        for name, label in (
            ("job_title", self.tr("&Job title")),
            ("email", self.tr("&Email")),
            ("phone", self.tr("&Phone")),
        ):
            self._line(form, name, label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveContactButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _line(self, form: QFormLayout, name: str, label: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"contact_{name}")
        self.fields[name] = edit
        self.errors[name] = add_checked_row(form, label, edit)

    def save(self) -> None:
        for label in self.errors.values():
            set_field_error(label, None)
        text = {name: edit.text() for name, edit in self.fields.items()}
        try:
            self.contact_id = self._pipeline.save_contact(
                ContactDraft(**text), account_name=self.company.currentText()
            )
        except ValidationError as exc:
            for name, message in exc.fields.items():
                set_field_error(self.errors.get(name, self.errors["last_name"]), message)
            self.fields.get(next(iter(exc.fields)), self.fields["last_name"]).setFocus()
            return
        except UserError as exc:
            show_error(self, self.tr("Cannot save the contact"), exc)
            return
        self.accept()
