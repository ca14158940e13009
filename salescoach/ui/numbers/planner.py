"""The lead-volume planner: leads and touches needed per month and per week to keep the
same sales when conversion falls (prefilled from the rep's quarters, editable)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import ValidationError
from salescoach.domain.numbers import parse_number
from salescoach.domain.planner import LeadPlan, PlannerHistory, QuarterRate, plan_leads, round_up
from salescoach.ui.common import formatting
from salescoach.ui.common.dialogs import add_checked_row, set_field_error
from salescoach.ui.common.tooltips import paragraph_tip
from salescoach.ui.numbers.explain import plan_tips, prefill_tip
from salescoach.ui.numbers.figures import DASH, heading, set_big

FIELDS = ("target", "rate_before", "rate_now", "touches_per_lead")


class PlannerPanel(QWidget):
    """Sales target, conversion before and now, touches per lead → leads and touches needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerPanel")
        self._prefilled = False
        self._closed: dict[str, QuarterRate] = {}
        intro = QLabel(
            self.tr(
                "When conversion falls, the way to keep the same sales is to raise the number "
                "of leads and the outreach, rather than hope to convince more of them."
            )
        )
        intro.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        for name, hint in (
            ("target", self.tr("e.g. 4")),
            ("rate_before", self.tr("e.g. 25")),
            ("rate_now", self.tr("e.g. 18")),
            ("touches_per_lead", self.tr("e.g. 9")),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"planner_{name}")
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(self.update_plan)
            self.edits[name] = edit
        self.quarters = {name: self._quarter_combo(name) for name in ("rate_before", "rate_now")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = {
            "target": add_checked_row(
                form, self.tr("Sa&les to close per month"), self.edits["target"]
            ),
            "rate_before": add_checked_row(
                form, self.tr("Conversion &before (%)"), self._with_quarters("rate_before")
            ),
            "rate_now": add_checked_row(
                form, self.tr("Conversion &now (%)"), self._with_quarters("rate_now")
            ),
            "touches_per_lead": add_checked_row(
                form, self.tr("Touches per l&ead"), self.edits["touches_per_lead"]
            ),
        }
        self.outputs: dict[str, QLabel] = {}
        grid = QGridLayout()
        for col, text in ((1, self.tr("per month")), (2, self.tr("per week"))):
            head = QLabel(text)
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, col)
        for row, (name, text) in enumerate(
            (("leads", self.tr("Leads needed")), ("touches", self.tr("Touches needed"))), start=1
        ):
            grid.addWidget(QLabel(text), row, 0)
            for col, period in ((1, "month"), (2, "week")):
                value = QLabel(DASH)
                value.setObjectName(f"planner_{name}_per_{period}")
                set_big(value, 12)
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.outputs[f"{name}_per_{period}"] = value
                grid.addWidget(value, row, col)
        grid.setColumnStretch(0, 1)
        self.summary = QLabel()
        self.summary.setObjectName("plannerSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(heading(self.tr("How many leads do you need?")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.update_plan()

    def _quarter_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"planner_{name}_quarter")
        combo.addItem(self.tr("from a quarter…"), None)
        combo.activated.connect(lambda _i, name=name: self._quarter_chosen(name))
        # Typing a rate by hand no longer matches the quarter shown.
        self.edits[name].textEdited.connect(lambda _t, combo=combo: combo.setCurrentIndex(0))
        return combo

    def _with_quarters(self, name: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.edits[name].setMaximumWidth(self.fontMetrics().horizontalAdvance("e.g. 100.0") + 16)
        row.addWidget(self.edits[name])
        row.addWidget(self.quarters[name], 1)
        return box

    # history -------------------------------------------------------------------------
    def set_history(self, history: PlannerHistory) -> None:
        """Offer the quarters' conversion rates; prefill the empty fields the first time."""
        for combo in self.quarters.values():
            keep = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("from a quarter…"), None)
            for q in history.closed_quarters:
                combo.addItem(self._quarter_text(q), q.quarter)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        self._closed = {q.quarter: q for q in history.closed_quarters}
        self.setToolTip(
            paragraph_tip(prefill_tip(history))
        )  # over the fields: where they come from
        if self._prefilled:
            return
        self._prefilled = True
        fill = {
            "target": history.wins_per_month,
            "touches_per_lead": history.touches_per_lead,
        }
        for name, value in fill.items():
            if value is not None and not self.edits[name].text():
                self.edits[name].setText(formatting.number_text(value))
        for name, quarter in (("rate_before", history.before), ("rate_now", history.now)):
            if quarter is not None and not self.edits[name].text():
                combo = self.quarters[name]
                combo.setCurrentIndex(combo.findData(quarter.quarter))
                self._quarter_chosen(name)

    def _quarter_text(self, q: QuarterRate) -> str:
        return self.tr("{quarter}: {rate} of {closed}").format(
            quarter=q.quarter,
            rate=formatting.percent_text(q.rate or 0),
            closed=formatting.count_text(q.won + q.lost),
        )

    def _quarter_chosen(self, name: str) -> None:
        q = self._closed.get(self.quarters[name].currentData() or "")
        if q is not None and q.rate is not None:
            self.edits[name].setText(formatting.number_text(q.rate * 100))

    # the plan ------------------------------------------------------------------------
    def values(self) -> dict[str, float | None]:
        point = QLocale().decimalPoint()
        return {name: parse_number(self.edits[name].text(), point) for name in FIELDS}

    def update_plan(self) -> None:
        v = self.values()
        try:
            plan = plan_leads(v["target"], v["rate_before"], v["rate_now"], v["touches_per_lead"])
        except ValidationError as exc:
            for name, label in self.errors.items():
                typed = self.edits[name].text().strip()
                set_field_error(label, exc.fields.get(name) if typed else None)
            for label in self.outputs.values():
                label.setText(DASH)
                label.setToolTip("")
            self.summary.setText(
                self.tr("Fill in the four fields to see the leads and touches you need.")
            )
            return
        for label in self.errors.values():
            set_field_error(label, None)
        self._show(plan)

    def _show(self, plan: LeadPlan) -> None:
        count = formatting.count_text
        for name, tip in plan_tips(plan).items():
            self.outputs[name].setToolTip(paragraph_tip(tip))
        self.outputs["leads_per_month"].setText(count(round_up(plan.leads_per_month)))
        self.outputs["leads_per_week"].setText(count(round_up(plan.leads_per_week)))
        self.outputs["touches_per_month"].setText(count(round_up(plan.touches_per_month)))
        self.outputs["touches_per_week"].setText(count(round_up(plan.touches_per_week)))
        before = round_up(plan.leads_per_month_before)
        extra = round_up(plan.leads_per_month) - before
        share = formatting.percent_text(abs(plan.extra_share))
        if extra > 0:
            change = self.tr("%n more lead(s) a month than before (+{share}).", "", extra)
        elif extra < 0:
            change = self.tr("%n fewer lead(s) a month than before (−{share}).", "", -extra)
        else:
            change = self.tr("as many leads as before.")
        self.summary.setText(
            self.tr(
                "At {before} you needed {leads} leads and {touches} touches a month for the "
                "same sales. At {now}, that is {change}"
            ).format(
                before=formatting.percent_text(plan.rate_before, 1),
                now=formatting.percent_text(plan.rate_now, 1),
                leads=count(before),
                touches=count(round_up(plan.touches_per_month_before)),
                change=change.format(share=share),
            )
        )
