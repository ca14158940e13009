"""Set a year's goal: revenue or commission, with an optional monthly or quarterly target.
Bad input (zero, negative, not a number) is refused next to the field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.goals import FIRST_YEAR, LAST_YEAR, GoalDraft, GoalRow
from salescoach.domain.messages import UserError, ValidationError
from salescoach.domain.money import currency_symbol
from salescoach.domain.progress import Grouping, Metric
from salescoach.ui.common import formatting
from salescoach.ui.common.dialogs import add_checked_row, set_field_error, show_error
from salescoach.ui.common.unsaved import EditDialog
from salescoach.ui.progress import text as text

if TYPE_CHECKING:
    from salescoach.services.progress import ProgressService


class GoalDialog(EditDialog):
    """`saved` holds the goal after `accept()`."""

    def __init__(
        self, progress: ProgressService, year: int, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._progress = progress
        self._currency = currency
        self.saved: GoalRow | None = None
        self.setObjectName("goalDialog")
        self.setWindowTitle(self.tr("Yearly goal"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "A goal for the whole year keeps one bad month in perspective. Each year "
                "keeps its own goal."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setObjectName(name)
            self.errors[name] = add_checked_row(form, label, widget)

        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._load)
        add("year", self.tr("&Year"), self.year)
        self.metric_box = QComboBox()
        for metric in Metric:
            self.metric_box.addItem(text.metric_label(metric), metric.value)
        add("metric", self.tr("&Counted in"), self.metric_box)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(formatting.amount_text(12_000_000))
        add("amount", self.tr("&Goal for the year"), self._with_currency(self.amount))
        self.target_period = QComboBox()
        self.target_period.addItem(self.tr("No monthly or quarterly target"), None)
        self.target_period.addItem(self.tr("A target per month"), Grouping.MONTH.value)
        self.target_period.addItem(self.tr("A target per quarter"), Grouping.QUARTER.value)
        self.target_period.currentIndexChanged.connect(self._period_changed)
        add("target_period", self.tr("&Also"), self.target_period)
        self.target = QLineEdit()
        add("target", self.tr("&Target"), self._with_currency(self.target))
        self.amount.setObjectName("goalAmount")
        self.target.setObjectName("goalTarget")
        # A target that is the yearly goal's even share follows the goal as it is changed;
        # one the rep typed stays (the old share stayed too, and looked like a bug).
        self._target_follows = True
        self.target.textEdited.connect(self._target_typed)
        self.amount.textEdited.connect(self._follow_goal)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveGoalButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load()
        self.amount.setFocus()

    def _with_currency(self, field: QLineEdit) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field, 1)
        box.addWidget(QLabel(currency_symbol(self._currency)))
        return row

    def _period_changed(self) -> None:
        self.target.setEnabled(self.target_period.currentData() is not None)
        self._follow_goal()

    def _target_typed(self) -> None:
        self._target_follows = not self.target.text().strip()

    def _share(self, amount: str) -> int | None:
        """The yearly goal `amount` spread over the chosen periods; None if not a sum."""
        period = self.target_period.currentData()
        try:
            cents = formatting.parse_money(amount) if amount.strip() else None
        except (UserError, ValueError):
            return None
        if period is None or cents is None:
            return None
        return round(cents / Grouping(period).per_year)

    def _follow_goal(self) -> None:
        share = self._share(self.amount.text())
        if self._target_follows and share is not None and share > 0:
            self.target.setText(formatting.amount_text(share))

    def _load(self) -> None:
        """Show the chosen year's goal, if it has one."""
        goal = self._progress.goal(self.year.value())
        self.amount.setText(formatting.amount_text(goal.amount_cents) if goal else "")
        self.metric_box.setCurrentIndex(
            self.metric_box.findData(goal.metric.value if goal else Metric.REVENUE.value)
        )
        period = goal.target_period.value if goal and goal.target_period else None
        self.target_period.setCurrentIndex(max(self.target_period.findData(period), 0))
        target = goal.target_cents if goal else None
        self.target.setText(formatting.amount_text(target) if target else "")
        self._target_follows = target is None or self._share(self.amount.text()) == target
        self._period_changed()
        self.keep_as_is()  # another year's goal shown: nothing typed yet

    def draft(self) -> GoalDraft:
        amount = self.amount.text().strip()
        target = self.target.text().strip()
        period = self.target_period.currentData()
        return GoalDraft(
            year=self.year.value(),
            amount_cents=formatting.parse_money(amount) if amount else None,
            metric=Metric(self.metric_box.currentData()),
            currency=self._currency,
            target_period=Grouping(period) if period else None,
            target_cents=formatting.parse_money(target) if target else None,
        )

    def save(self) -> None:
        for label in self.errors.values():
            set_field_error(label, None)
        try:
            self.saved = self._progress.save_goal(self.draft())
        except ValidationError as exc:
            for name, message in exc.fields.items():
                set_field_error(self.errors.get(name, self.errors["amount"]), message)
            first = {"amount": self.amount, "target": self.target}.get(next(iter(exc.fields)))
            if first is not None:
                first.setFocus()
                first.selectAll()
            return
        except UserError as exc:
            show_error(self, self.tr("Cannot save the goal"), exc)
            return
        self.accept()
