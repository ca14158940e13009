"""The Progress view's right-hand column: this year against the goal, the streak of months
with a win, and the "sales call of the month" nominations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.goals import NominationRow
from salescoach.domain.progress import Grouping, Metric, pace_cents
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.tooltips import paragraph_tip
from salescoach.ui.progress import text as text
from salescoach.ui.progress.explain import goal_tip, streak_tip
from salescoach.ui.progress.year_chart import YearChart

if TYPE_CHECKING:
    from salescoach.services.progress import ProgressData

translate = QCoreApplication.translate


def _heading(title: str) -> QLabel:
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label


def nomination_text(n: NominationRow) -> str:
    t = n.touch
    who = t.contact or t.account
    first = f"{text.period_label(n.month, Grouping.MONTH)} — {labels.kind_label(t.kind)}"
    if who:
        first += f", {who}"
    detail = f"{t.deal} ({formatting.date_text(t.occurred_at.date())})" if t.deal else ""
    reason = translate("Progress", "“{reason}”").format(reason=n.reason) if n.reason else ""
    return "\n".join(line for line in (first, detail, reason) if line)


class ProgressSide(QWidget):
    """This year, the goal, the streak, the sales calls of the month."""

    edit_goal = Signal()
    nominate = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressSide")
        self.year_chart: YearChart | None = None  # built a moment later (set_year_chart)
        self.goal_label = QLabel()
        self.goal_label.setObjectName("goalSummary")
        self.goal_label.setWordWrap(True)
        self.goal_button = QPushButton(self.tr("Set the &goal…"))
        self.goal_button.setObjectName("setGoalButton")
        self.goal_button.clicked.connect(self.edit_goal)
        self.streak_label = QLabel()
        self.streak_label.setObjectName("streakLabel")
        self.streak_label.setWordWrap(True)
        self.nominations = QListWidget()
        self.nominations.setObjectName("nominationsList")
        self.nominations.setWordWrap(True)
        self.nominations.setAlternatingRowColors(True)
        self.nominations.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.nominate_button = QPushButton(self.tr("&Nominate a call…"))
        self.nominate_button.setObjectName("nominateButton")
        self.nominate_button.setToolTip(
            self.tr("Pick this month's best call, email or meeting and say why it worked.")
        )
        self.nominate_button.clicked.connect(self.nominate)

        goal_row = QHBoxLayout()
        goal_row.addStretch(1)
        goal_row.addWidget(self.goal_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.goal_label)
        layout.addLayout(goal_row)
        layout.addWidget(_heading(self.tr("Streak")))
        layout.addWidget(self.streak_label)
        layout.addWidget(_heading(self.tr("Sales call of the month")))
        layout.addWidget(self.nominations, 2)
        nominate_row = QHBoxLayout()
        nominate_row.addStretch(1)
        nominate_row.addWidget(self.nominate_button)
        layout.addLayout(nominate_row)

    def set_year_chart(self, chart: YearChart) -> None:
        self.year_chart = chart
        # At 1,024 by 600 the panel's words need about 260 pixels: a taller minimum made the
        # layout draw the chart over the goal's words (in December, the streak has 2 lines).
        chart.setMinimumHeight(150)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, chart, 3)

    def show_year(self, data: ProgressData, metric: Metric) -> None:
        """This year's running total against the goal, in `metric` (the goal's, if set)."""
        goal = data.goal
        if goal is not None and goal.currency == data.currency:
            metric = goal.metric  # the year's chart follows the goal
        column = 1 if metric is Metric.REVENUE else 2
        this_year = [(d[0], d[column]) for d in data.this_year]
        last_year = [(d[0], d[column]) for d in data.last_year]
        chart_goal = goal if goal is not None and goal.metric is metric else None
        assert self.year_chart is not None, "shown once the charts are built"
        self.year_chart.show_year(data.today, this_year, last_year, chart_goal, data.currency)

    def show_data(self, data: ProgressData, metric: Metric, year_chart: bool = True) -> None:
        """The goal, the streak and their words; the year's chart too unless `year_chart`
        is False (then drawn by `show_year`, in a turn of the event loop of its own)."""
        if year_chart:
            self.show_year(data, metric)
        goal = data.goal
        reached = data.year_to_date(goal.metric) if goal else 0
        pace = pace_cents(goal.amount_cents, data.today.year, data.today) if goal else 0
        self.goal_label.setText(text.goal_summary(goal, data.today.year, reached, pace))
        self.goal_label.setToolTip(
            paragraph_tip(goal_tip(goal.amount_cents, reached, pace, data.today, goal.currency))
            if goal
            else ""
        )
        self.goal_button.setText(
            self.tr("Change the &goal…") if goal is not None else self.tr("Set the &goal…")
        )
        self.streak_label.setText(text.streak_text(data.streak))
        self.streak_label.setToolTip(
            paragraph_tip(streak_tip(data.streak, data.series[Grouping.MONTH], data.today))
        )
        self.nominations.clear()
        for n in data.nominations:
            item = QListWidgetItem(nomination_text(n))
            item.setData(Qt.ItemDataRole.UserRole, n.id.hex)
            self.nominations.addItem(item)
        if not data.nominations:
            item = QListWidgetItem(
                self.tr(
                    "No nomination yet. Each month, pick your best call and say why it "
                    "worked: it is the one to repeat."
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.nominations.addItem(item)
