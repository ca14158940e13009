"""The Numbers view: what a touch is worth to the rep, from their history or from typed-in
numbers (what-if), and the lead-volume planner beside it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import ValidationError
from salescoach.domain.numbers import TouchNumbers, parse_ratio, what_if
from salescoach.domain.periods import Period, period_range
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.area import Area
from salescoach.ui.common.dialogs import add_checked_row, run_dialog, set_field_error
from salescoach.ui.common.tooltips import paragraph_tip
from salescoach.ui.common.touch_note import amount_about
from salescoach.ui.numbers.explain import what_if_tip
from salescoach.ui.numbers.figures import FiguresPanel, heading, set_big
from salescoach.ui.numbers.planner import PlannerPanel

if TYPE_CHECKING:
    from salescoach.services.numbers import Overview
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events

PERIODS = (Period.LAST_12_MONTHS, Period.THIS_YEAR, Period.LAST_YEAR, Period.ALL)


class WhatIfPanel(QWidget):
    """Typed-in average commission and touches per sale; the value updates as they type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfPanel")
        self.currency = "EUR"
        self._history: TouchNumbers | None = None
        intro = QLabel(
            self.tr(
                "Divide your average commission by the number of calls and emails it takes "
                "to make a sale: that is what each of them is worth, the ones that end in a "
                "no included."
            )
        )
        intro.setWordWrap(True)
        self.commission = QLineEdit()
        self.commission.setObjectName("whatIfCommission")
        self.commission.setPlaceholderText(
            self.tr("such as {amount}").format(amount=formatting.count_text(2300))
        )
        self.touches = QLineEdit()
        self.touches.setObjectName("whatIfTouches")
        self.touches.setPlaceholderText(self.tr("such as 50, or 50:1"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = {
            "commission": add_checked_row(
                form, self.tr("Average &commission per sale"), self.commission
            ),
            "touches": add_checked_row(form, self.tr("Touches &per sale"), self.touches),
        }
        for edit in (self.commission, self.touches):
            edit.textChanged.connect(self.update_value)
        self.value = QLabel("—")
        self.value.setObjectName("whatIfValue")
        set_big(self.value, 20)
        self.sentence = QLabel()
        self.sentence.setObjectName("whatIfSentence")
        self.sentence.setWordWrap(True)
        self.from_history = QPushButton(self.tr("Start from m&y numbers"))
        self.from_history.setObjectName("whatIfFromHistory")
        self.from_history.clicked.connect(self.fill_from_history)
        self.from_history.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("Value of one touch")))
        layout.addWidget(self.value)
        layout.addWidget(self.sentence)
        row = QHBoxLayout()
        row.addWidget(self.from_history)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.update_value()

    def set_history(self, figures: TouchNumbers) -> None:
        """The period's figures, offered as a starting point (and used once if empty)."""
        self._history = figures
        self.currency = figures.currency
        usable = figures.avg_commission_per_win_cents is not None and bool(figures.touches_per_win)
        self.from_history.setEnabled(usable)
        if usable and not self.commission.text() and not self.touches.text():
            self.fill_from_history()
        else:
            self.update_value()

    def fill_from_history(self) -> None:
        f = self._history
        if f is None or f.avg_commission_per_win_cents is None or not f.touches_per_win:
            return
        self.commission.setText(formatting.number_text(f.avg_commission_per_win_cents / 100, 0))
        self.touches.setText(formatting.ratio_text(f.touches_per_win))

    def update_value(self) -> None:
        cents = formatting.parse_money(self.commission.text())
        per_sale = parse_ratio(self.touches.text(), QLocale().decimalPoint())
        typed = {
            "commission": self.commission.text().strip(),
            "touches": self.touches.text().strip(),
        }
        try:
            result = what_if(cents, per_sale)
        except ValidationError as exc:
            for name, label in self.errors.items():
                # An empty field is not an error yet: the rep has not typed it.
                set_field_error(label, exc.fields.get(name) if typed[name] else None)
            self.value.setText("—")
            self.value.setToolTip("")
            self.sentence.setText(
                self.tr("Type an average commission and the touches a sale takes.")
            )
            return
        for label in self.errors.values():
            set_field_error(label, None)
        amount = amount_about(result.value_cents, self.currency)
        self.value.setText(amount)
        self.value.setToolTip(paragraph_tip(what_if_tip(result, self.currency)))
        self.sentence.setText(
            self.tr(
                "With {touches} touches per sale, each call or email is worth about {amount}, "
                "even the ones that end in a no."
            ).format(touches=formatting.number_text(result.touches_per_sale), amount=amount)
        )


class NumbersView(Area):
    """Period picker, history or what-if on the left, the lead planner on the right."""

    loaded = Signal()  # the figures of the chosen period are shown

    EMPTY, CONTENT = range(2)

    def __init__(self, workspace: Workspace, events: Events, parent: QWidget | None = None):
        super().__init__(workspace, events, parent)
        events.deals_changed.connect(self.mark_stale)
        self.overview: Overview | None = None
        self._running = False
        self._again = False
        self._build()

    def _build(self) -> None:
        self.period = QComboBox()
        self.period.setObjectName("numbersPeriod")
        for p in PERIODS:
            self.period.addItem(labels.period_label(p), p.value)
        self.period.currentIndexChanged.connect(self.reload)
        self.history_mode = QRadioButton(self.tr("From &my history"))
        self.history_mode.setObjectName("historyMode")
        self.what_if_mode = QRadioButton(self.tr("&What if…"))
        self.what_if_mode.setObjectName("whatIfMode")
        self.history_mode.setChecked(True)
        modes = QButtonGroup(self)
        for button in (self.history_mode, self.what_if_mode):
            modes.addButton(button)
        self.history_mode.toggled.connect(self._mode_changed)
        self.status = QLabel()
        self.status.setObjectName("numbersStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.history_mode)
        bar.addWidget(self.what_if_mode)
        bar.addSpacing(12)
        bar.addWidget(self.period)
        bar.addWidget(self.status, 1)

        self.figures = FiguresPanel()
        self.empty = QLabel(
            self.tr(
                "Your numbers appear once you log deals and touches. In the Pipeline, add "
                "each deal (Ctrl+N), log every call, email or meeting with Ctrl+T, and mark "
                "deals won or lost when they close, with their commission. To look around "
                "first, load the demo history from the Pipeline of an empty data folder. "
                "Meanwhile, the what-if mode and the planner work with numbers you type."
            )
        )
        self.empty.setObjectName("numbersEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history = QStackedWidget()
        self.history.addWidget(self.empty)
        self.history.addWidget(self.figures)
        self.what_if = WhatIfPanel()
        self.left = QStackedWidget()
        self.left.addWidget(self.history)
        self.left.addWidget(self.what_if)
        self.planner = PlannerPanel()

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.left, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 0, 1)
        grid.addWidget(self.planner, 0, 2)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(2, 9)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.status.setText(self.tr("Reading your numbers…"))

    # settings (the Settings menu) ---------------------------------------------------------
    def open_commission(self) -> None:
        """Settings › Commission plan: every figure uses a new rate at once."""
        from salescoach.services.commission import CommissionService
        from salescoach.ui.numbers.commission_dialog import CommissionDialog

        dialog = CommissionDialog(CommissionService(self.workspace.store), self)
        if run_dialog(dialog) and dialog.saved:
            self._settings_changed()

    def choose_currency(self) -> None:
        """Settings › Main currency."""
        from salescoach.ui.numbers.currency_dialog import CurrencyDialog

        if run_dialog(CurrencyDialog(self.workspace, self)):
            self._settings_changed()

    def _settings_changed(self) -> None:
        self.workspace.numbers.forget()  # the status bar's value of a touch too
        self.events.deals_changed.emit()  # Progress and the deals read their figures again
        self.reload()

    # data ----------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # Read again at every next showing, not only after a change of deals: the figures
        # count every touch, logged from any area, and a read in the background is cheap.
        self._stale = True

    def selected_period(self) -> Period:
        return Period(self.period.currentData())

    def reload(self) -> None:
        """Read the chosen period's figures and the planner's history off the GUI thread."""
        self._fresh()
        if self._running:
            self._again = True  # the period changed while reading: read again after
            return
        self._running, self._again = True, False
        since, until = period_range(self.selected_period(), dt.date.today())
        numbers = self.workspace.numbers
        self.run(
            lambda: numbers.overview(since, until),
            self._loaded,
            self.tr("Cannot read your numbers"),
            self._read_failed,
        )

    def _loaded(self, overview: Overview) -> None:
        self._running = False
        if self._again:
            self.reload()
            return
        self.overview = overview
        self.history.setCurrentIndex(self.CONTENT if overview.has_data else self.EMPTY)
        self.figures.show_numbers(overview.numbers)
        self.what_if.set_history(overview.numbers)
        self.planner.set_history(overview.planner)
        self.status.setText(
            self.tr("Figures in {currency}.").format(currency=overview.numbers.currency)
            if overview.has_data
            else ""
        )
        self.loaded.emit()

    def _read_failed(self) -> None:
        self._running = False
        self.status.setText("")

    def _mode_changed(self) -> None:
        self.left.setCurrentWidget(self.history if self.history_mode.isChecked() else self.what_if)
        self.period.setEnabled(self.history_mode.isChecked())
        if self.what_if_mode.isChecked():
            self.what_if.commission.setFocus()
