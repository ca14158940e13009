"""The last step of the debrief: ask every "no" for a referral, and stay top of mind."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.debrief import DebriefDraft
from salescoach.domain.enums import ContactRole
from salescoach.domain.rows import ContactRow
from salescoach.ui.common import labels
from salescoach.ui.common.contact_picker import ContactPicker
from salescoach.ui.common.dialogs import field_error_label
from salescoach.ui.debriefs.pages import Page, hint, title

DealContacts = tuple[tuple[uuid.UUID, str, ContactRole], ...]


class ReferralPage(Page):
    """Referral asked, obtained, from whom, for whom; the stay-in-touch cadence."""

    new_contact = Signal()
    write = Signal()  # the rep wants the writing coach's referral ask

    def __init__(
        self,
        search: Callable[[str], list[ContactRow]],
        describe: Callable[[uuid.UUID], ContactRow | None],
        deal_contacts: DealContacts,
        next_date: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._next_date = next_date
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Ask for a referral")))
        layout.addWidget(
            hint(
                self.tr("Even a prospect who said no can point you to someone who is a better fit.")
            )
        )
        self.asked = QCheckBox(self.tr("I asked them for a referral"))
        self.asked.setObjectName("referralAsked")
        self.obtained = QCheckBox(self.tr("They referred me to someone"))
        self.obtained.setObjectName("referralObtained")
        self.obtained.toggled.connect(self._obtained_toggled)
        self.write_button = QPushButton(self.tr("&Write the referral ask…"))
        self.write_button.setObjectName("writeReferralAsk")
        self.write_button.clicked.connect(self.write)
        asked = QHBoxLayout()
        asked.addWidget(self.asked, 1)
        asked.addWidget(self.write_button)
        layout.addLayout(asked)
        layout.addWidget(self.obtained)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.referred = ContactPicker(search, describe)
        self.referred.setObjectName("referredContact")
        self.referred.setPlaceholderText(self.tr("Type a name or a company…"))
        self.referred.picked.connect(self.edited)
        self.create = QPushButton(self.tr("New contact…"))
        self.create.setObjectName("newReferralButton")
        self.create.setAutoDefault(False)
        self.create.clicked.connect(self.new_contact)
        who = QHBoxLayout()
        who.addWidget(self.referred, 1)
        who.addWidget(self.create)
        box = QVBoxLayout()
        box.addLayout(who)
        self.referral_error = field_error_label(self.referred)
        box.addWidget(self.referral_error)
        form.addRow(self.tr("Referred person"), box)
        self.referrer = self._referrer_combo(deal_contacts)
        form.addRow(self.tr("Referred by"), self.referrer)
        layout.addLayout(form)

        layout.addSpacing(12)
        layout.addWidget(title(self.tr("Stay top of mind")))
        cadence = QHBoxLayout()
        self.stay = QCheckBox(self.tr("Stay in touch every"))
        self.stay.setObjectName("stayInTouch")
        self.months = QSpinBox()
        self.months.setObjectName("cadenceMonths")
        self.months.setRange(0, 60)  # 0 can be typed; the check then explains what to do
        self.months.setSuffix(self.tr(" month(s)"))
        self.next_label = QLabel()
        self.next_label.setObjectName("nextFollowUp")
        cadence.addWidget(self.stay)
        cadence.addWidget(self.months)
        cadence.addWidget(self.next_label, 1)
        layout.addLayout(cadence)
        self.cadence_error = field_error_label(self.months)
        layout.addWidget(self.cadence_error)
        layout.addStretch(1)
        self.stay.toggled.connect(self._update_next)
        self.months.valueChanged.connect(self._update_next)
        self._watch(self.asked, self.obtained, self.stay, self.months, self.referrer)
        self._obtained_toggled(False)

    def _referrer_combo(self, deal_contacts: DealContacts) -> QComboBox:
        """Who on the deal gave the referral: the decision maker unless the rep says who."""
        combo = QComboBox()
        combo.setObjectName("referrerContact")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        combo.addItem(self.tr("(the company)"), None)
        for contact_id, name, role in deal_contacts:
            combo.addItem(f"{name} ({labels.role_label(role)})", contact_id.hex)
        boss = next((c for c, _, r in deal_contacts if r is ContactRole.DECISION_MAKER), None)
        if boss is not None:
            combo.setCurrentIndex(combo.findData(boss.hex))
        return combo

    def _obtained_toggled(self, on: bool) -> None:
        for w in (self.referred, self.create, self.referrer):
            w.setEnabled(on)
        if on:
            self.asked.setChecked(True)  # you cannot be referred without asking

    def _update_next(self) -> None:
        on = self.stay.isChecked()
        self.months.setEnabled(on)
        months = self.months.value()
        self.next_label.setText(
            self.tr("next: {date}").format(date=self._next_date(months))
            if on and months >= 1
            else ""
        )

    def fill(self, draft: DebriefDraft) -> None:
        self.asked.setChecked(draft.referral_asked)
        self.obtained.setChecked(draft.referral_obtained)
        self.referred.set_contact(draft.referred_contact_id)
        if draft.referrer_contact_id is not None:
            i = self.referrer.findData(draft.referrer_contact_id.hex)
            self.referrer.setCurrentIndex(max(i, 0))
        self.stay.setChecked(draft.stay_in_touch)
        self.months.setValue(draft.cadence_months or 0)
        self._update_next()

    def collect(self, draft: DebriefDraft) -> None:
        draft.referral_asked = self.asked.isChecked()
        draft.referral_obtained = self.obtained.isChecked()
        draft.referred_contact_id = self.referred.contact_id
        referrer = self.referrer.currentData()
        draft.referrer_contact_id = uuid.UUID(referrer) if referrer else None
        draft.stay_in_touch = self.stay.isChecked()
        draft.cadence_months = self.months.value()
