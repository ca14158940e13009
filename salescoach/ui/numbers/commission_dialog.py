"""Settings › Commission plan: the rate on won amounts, from a date, and optionally a higher
rate beyond the year's revenue goal. Bad input is refused next to its field."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.commission import CommissionRate, parse_percent
from salescoach.domain.date_bounds import FIRST_DAY
from salescoach.domain.messages import ValidationError
from salescoach.services.commission import CommissionService
from salescoach.ui.common import formatting
from salescoach.ui.common.dialogs import add_checked_row, set_field_error
from salescoach.ui.common.unsaved import EditDialog


def _percent(bp: int) -> str:
    return formatting.number_text(bp / 100, 2).rstrip("0").rstrip(".,")


class CommissionDialog(EditDialog):
    """`saved` is True once a rate was saved."""

    def __init__(self, service: CommissionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.saved = False
        self.setObjectName("commissionDialog")
        self.setWindowTitle(self.tr("Commission plan"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "No CRM export carries your commission. A won deal with no commission "
                "recorded earns this rate on its amount; a recorded commission is kept."
            )
        )
        intro.setWordWrap(True)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("commissionPlan")
        self.plan_label.setWordWrap(True)
        form = QFormLayout()
        self.rate = QLineEdit()
        self.rate.setObjectName("commissionRate")
        self.rate.setPlaceholderText(self.tr("such as 8"))
        self.rate_error = add_checked_row(form, self.tr("&Rate on won amounts (%)"), self.rate)
        self.from_date = QCheckBox(self.tr("&Only for deals won from"))
        self.from_date.setObjectName("commissionFromDate")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("commissionDay")
        self.day.setCalendarPopup(True)
        self.day.setEnabled(False)
        self.from_date.toggled.connect(self.day.setEnabled)
        form.addRow(self.from_date, self.day)
        self.above = QLineEdit()
        self.above.setObjectName("commissionAboveGoal")
        self.above.setPlaceholderText(self.tr("optional, such as 12"))
        self.above_error = add_checked_row(
            form, self.tr("Rate &beyond the yearly revenue goal (%)"), self.above
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveCommission")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.plan_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_plan(service.plan())

    def _show_plan(self, plan: list[CommissionRate]) -> None:
        if not plan:
            self.plan_label.setText(self.tr("No plan yet: wins without a commission earn nothing."))
            return
        lines = []
        for r in plan:
            line = (
                self.tr("%1 % of each won amount").replace("%1", _percent(r.rate_bp))
                if r.starts_on == FIRST_DAY
                else self.tr("From %1: %2 % of each won amount")
                .replace("%1", formatting.date_text(r.starts_on))
                .replace("%2", _percent(r.rate_bp))
            )
            if r.above_goal_bp is not None:
                line += self.tr(", %1 % beyond the goal").replace("%1", _percent(r.above_goal_bp))
            lines.append(line)
        self.plan_label.setText("\n".join(lines))
        self.rate.setText(_percent(plan[-1].rate_bp))
        above = plan[-1].above_goal_bp
        self.above.setText("" if above is None else _percent(above))

    def save(self) -> None:
        above = self.above.text().strip() or None
        ok = True
        for text, label in ((self.rate.text(), self.rate_error), (above, self.above_error)):
            set_field_error(label, None)
            try:
                if text is not None:
                    parse_percent(text)
            except ValidationError as exc:
                set_field_error(label, next(iter(exc.fields.values())))
                ok = False
        if not ok:
            return
        day = self.day.date().toPython() if self.from_date.isChecked() else None
        self._service.set_rate(self.rate.text(), day, above)  # type: ignore[arg-type]
        self.saved = True
        self.accept()
