"""The quick "log a touch" form."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.deals import TouchDraft
from salescoach.domain.enums import TouchKind
from salescoach.domain.messages import UserError, ValidationError
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.dialogs import add_checked_row, set_field_error, show_error
from salescoach.ui.common.unsaved import EditDialog

if TYPE_CHECKING:
    from salescoach.services.pipeline import PipelineService


class TouchDialog(EditDialog):
    """Log a call, email, meeting… on a deal, with one of its contacts; or, given `people`,
    with a prospect outside any deal (a follow-up)."""

    def __init__(
        self,
        pipeline: PipelineService,
        deal_id: uuid.UUID | None,
        deal_title: str,
        parent: QWidget | None = None,
        people: list[tuple[uuid.UUID, str]] | None = None,
        account_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._deal_id = deal_id
        self._account_id = account_id  # a company's follow-up answered
        self.touch_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Log a touch: {deal}").format(deal=deal_title))
        self.setMinimumWidth(440)

        self.kind = QComboBox()
        self.kind.setObjectName("touchKind")
        for kind in TouchKind:
            self.kind.addItem(labels.kind_label(kind), kind)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("touchWhen")
        self.when.setCalendarPopup(True)
        formatting.bound_dates(self.when)
        self.contact = QComboBox()
        self.contact.setObjectName("touchContact")
        self.contact.addItem(self.tr("(nobody in particular)"), None)
        if people is None and deal_id is not None:
            people = [
                (contact_id, f"{name} — {labels.role_label(role)}")
                for contact_id, name, role in pipeline.deal_detail(deal_id).contacts
            ]
        for contact_id, name in people or []:
            self.contact.addItem(name, contact_id)
        if self.contact.count() > 1:
            self.contact.setCurrentIndex(1)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("touchOutcome")
        self.outcome.setPlaceholderText(self.tr("e.g. Call back Thursday, quote sent"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("touchNote")
        self.note.setMaximumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        self.when_error = add_checked_row(form, self.tr("&When"), self.when)
        form.addRow(self.tr("W&ith"), self.contact)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveTouchButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.outcome.setFocus()

    def save(self) -> None:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        draft = TouchDraft(
            kind=labels.combo_enum(self.kind, TouchKind) or TouchKind.CALL,
            occurred_at=dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            deal_id=self._deal_id,
            contact_id=self.contact.currentData(),
            outcome=self.outcome.text(),
            note=self.note.toPlainText(),
            account_id=self._account_id,
        )
        set_field_error(self.when_error, None)
        try:
            self.touch_id = self._pipeline.log_touch(draft)
        except ValidationError as exc:
            set_field_error(self.when_error, next(iter(exc.fields.values())))
            return
        except UserError as exc:
            show_error(self, self.tr("Cannot log the touch"), exc)
            return
        self.accept()
