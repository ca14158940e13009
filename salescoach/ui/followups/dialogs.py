"""Small forms of the Follow-ups area: a cadence, a snooze, a thank-you, a referral."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.followups import CadenceUnit, after
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, ValidationError, msg
from salescoach.ui.common import formatting
from salescoach.ui.common.contact_picker import ContactPicker
from salescoach.ui.common.dialogs import (
    add_checked_row,
    first_focusable,
    run_dialog,
    set_field_error,
    show_error,
)
from salescoach.ui.common.unsaved import EditDialog

if TYPE_CHECKING:
    from salescoach.services.followups import FollowUpService
    from salescoach.services.pipeline import PipelineService
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import CadenceRequest


CTX = "FollowUpDialogs"


def unit_label(unit: CadenceUnit) -> str:
    """For the unit picker, after a number: "every 3 [months]"."""
    return {
        CadenceUnit.DAYS: QCoreApplication.translate("FollowUpDialogs", "days"),
        CadenceUnit.WEEKS: QCoreApplication.translate("FollowUpDialogs", "weeks"),
        CadenceUnit.MONTHS: QCoreApplication.translate("FollowUpDialogs", "months"),
    }[unit]


def cadence_text(every: int, unit: CadenceUnit) -> str:
    """The cadence in words: every 2 weeks, every month."""
    if unit is CadenceUnit.DAYS:
        return QCoreApplication.translate("FollowUpDialogs", "every %n day(s)", "", every)
    if unit is CadenceUnit.WEEKS:
        return QCoreApplication.translate("FollowUpDialogs", "every %n week(s)", "", every)
    return QCoreApplication.translate("FollowUpDialogs", "every %n month(s)", "", every)


class _Form(EditDialog):
    """A form with Save/Cancel whose `attempt` raises ValidationError keyed like `errors`."""

    def __init__(self, title: str, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def row(self, key: str, label: str, field: QWidget) -> None:
        first = not self.errors
        self.errors[key] = add_checked_row(self.form, label, field)
        if first:  # the first field has the focus (the buttons, made first, had it)
            first_focusable(field).setFocus()

    def attempt(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        for label in self.errors.values():
            set_field_error(label, None)
        try:
            self.attempt()
        except ValidationError as exc:
            for key, message in exc.fields.items():
                set_field_error(self.errors.get(key, next(iter(self.errors.values()))), message)
            return
        except UserError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self.accept()


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(formatting.to_qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    formatting.bound_dates(edit)
    return edit


class CadenceDialog(_Form):
    """Stay in touch with a company (or a person) every N days, weeks or months."""

    def __init__(
        self,
        followups: FollowUpService,
        pipeline: PipelineService,
        account: str = "",
        deal_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(self.tr("Stay in touch"), "cadenceDialog", parent)
        self._followups = followups
        self._deal_id = deal_id
        self._today = today or dt.date.today()
        self.who = QComboBox()
        self.who.setObjectName("cadenceAccount")
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.lineEdit().setPlaceholderText(self.tr("A company"))
        self._accounts = pipeline.account_ids()
        self.who.addItems(["", *self._accounts])
        self.person = ContactPicker(pipeline.search_contacts, pipeline.contact)
        self.person.setObjectName("cadencePerson")
        self.person.setPlaceholderText(self.tr("or a person without a company"))
        self.every = QSpinBox()
        self.every.setObjectName("cadenceEvery")
        self.every.setRange(0, 365)  # 0 can be typed; saving explains what to do
        self.unit = QComboBox()
        self.unit.setObjectName("cadenceUnit")
        for unit in CadenceUnit:
            self.unit.addItem(unit_label(unit), unit.value)
        often = QWidget()
        often_row = QHBoxLayout(often)
        often_row.setContentsMargins(0, 0, 0, 0)
        often_row.addWidget(self.every)
        often_row.addWidget(self.unit, 1)
        self.first = _date_edit(self._today, "cadenceFirst")
        self.row("who", self.tr("&Company"), self.who)
        self.row("person", self.tr("or &person"), self.person)
        self.row("every", self.tr("&Every"), often)
        self.row("next_on", self.tr("&First follow-up"), self.first)
        self.who.currentTextChanged.connect(self._who_changed)
        self.every.valueChanged.connect(self._often_changed)
        self.unit.currentIndexChanged.connect(self._often_changed)
        self.every.setValue(3)
        self.unit.setCurrentIndex(self.unit.findData(CadenceUnit.MONTHS.value))
        if account:
            self.who.setCurrentText(account)

    def _unit(self) -> CadenceUnit:
        return CadenceUnit(self.unit.currentData())

    def _often_changed(self) -> None:
        if self.every.value() >= 1:
            self.first.setDate(
                formatting.to_qdate(after(self._today, self.every.value(), self._unit()))
            )

    def _who_changed(self, name: str) -> None:
        """A company that already has a cadence shows it, to be changed rather than doubled."""
        account_id = self._accounts.get(name.strip())
        current = self._followups.cadence(account_id) if account_id else None
        if current is not None:
            every, unit, next_on = current
            self.every.setValue(every)
            self.unit.setCurrentIndex(self.unit.findData(unit.value))
            self.first.setDate(formatting.to_qdate(next_on))

    def attempt(self) -> None:
        account_id = self._accounts.get(self.who.currentText().strip())
        if self.who.currentText().strip() and account_id is None:
            raise ValidationError(
                {
                    "who": msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "FollowUpDialogs", "No company has this name; pick one from the list."
                        ),
                    )
                }
            )
        self._followups.set_cadence(
            account_id,
            None if account_id else self.person.contact_id,
            self.every.value(),
            self._unit(),
            formatting.to_date(self.first.date()),
            deal_id=self._deal_id,
        )


def answer_cadence(request: CadenceRequest, workspace: Workspace) -> None:
    """Another area asked to stay in touch with a company (from a deal, or its account)."""
    dialog = CadenceDialog(
        workspace.followups,
        workspace.pipeline,
        request.account,
        request.deal_id,
        parent=request.parent,
    )
    request.saved = bool(run_dialog(dialog))


class SnoozeDialog(_Form):
    """Put a follow-up off to a later day."""

    def __init__(
        self,
        followups: FollowUpService,
        follow_up_id: uuid.UUID,
        who: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(self.tr("Snooze: {who}").format(who=who), "snoozeDialog", parent)
        self._followups = followups
        self._id = follow_up_id
        self._today = today or dt.date.today()
        self.until = _date_edit(self._today + dt.timedelta(days=7), "snoozeUntil")
        quick = QWidget()
        quick_row = QHBoxLayout(quick)
        quick_row.setContentsMargins(0, 0, 0, 0)
        quick_row.addWidget(self.until, 1)
        for text, days in ((self.tr("+1 week"), 7), (self.tr("+1 month"), 30)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(self._later(days))
            quick_row.addWidget(button)
        self.row("until", self.tr("&Until"), quick)

    def _later(self, days: int) -> Callable[[], None]:
        return lambda: self.until.setDate(
            formatting.to_qdate(self._today + dt.timedelta(days=days))
        )

    def attempt(self) -> None:
        self._followups.snooze(self._id, formatting.to_date(self.until.date()), self._today)


class ThanksDialog(_Form):
    """Record a thank-you or reward given to someone who referred prospects."""

    def __init__(
        self,
        followups: FollowUpService,
        advocate_id: uuid.UUID,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Thank {name}").format(name=name), "thanksDialog", parent)
        self._followups = followups
        self._id = advocate_id
        self.what = QLineEdit()
        self.what.setObjectName("thanksWhat")
        self.what.setPlaceholderText(self.tr("e.g. Lunch, a bottle of wine, a referral in return"))
        self.given_on = _date_edit(dt.date.today(), "thanksOn")
        self.row("what", self.tr("&What"), self.what)
        self.row("given_on", self.tr("&On"), self.given_on)

    def attempt(self) -> None:
        self._followups.thank(self._id, self.what.text(), formatting.to_date(self.given_on.date()))


class ReferralDialog(_Form):
    """Record by hand that someone referred a prospect."""

    def __init__(
        self, followups: FollowUpService, pipeline: PipelineService, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add a referral"), "referralDialog", parent)
        self._followups = followups
        self.advocate = ContactPicker(pipeline.search_contacts, pipeline.contact)
        self.advocate.setObjectName("referralAdvocate")
        self.referred = ContactPicker(pipeline.search_contacts, pipeline.contact)
        self.referred.setObjectName("referralReferred")
        for picker in (self.advocate, self.referred):
            picker.setPlaceholderText(self.tr("Type a name or a company…"))
        self.row("advocate", self.tr("&Who referred"), self.advocate)
        self.row("referred", self.tr("&Referred person"), self.referred)

    def attempt(self) -> None:
        missing = msg(
            CTX,
            QT_TRANSLATE_NOOP("FollowUpDialogs", "Pick someone from the suggestions."),
        )
        if self.advocate.contact_id is None:
            raise ValidationError({"advocate": missing})
        if self.referred.contact_id is None:
            raise ValidationError({"referred": missing})
        self._followups.add_referral(self.advocate.contact_id, self.referred.contact_id)
