"""What the debriefs teach: the recurring weak spot, answers per question, controllable
losses and reasons per quarter, competitors met, referrals asked and obtained."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.debrief import LossReasonRow, question
from salescoach.domain.insights import DebriefInsights, QuarterControl, weak_count
from salescoach.ui.common import formatting
from salescoach.ui.common.answer_bars import AnswerBars
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.tooltips import paragraph_tip
from salescoach.ui.common.views import elide_titles
from salescoach.ui.debriefs import explain
from salescoach.ui.debriefs.pages import question_text, reason_label

QUARTERS_SHOWN = 8


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 8px;")
    label.setWordWrap(True)
    return label


def _small_table(name: str, model: RowsModel[object]) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    table.setMinimumHeight(120)
    elide_titles(table)
    return table


def _control_columns() -> list[Column[QuarterControl]]:
    def share(q: QuarterControl) -> str:
        known = q.within + q.outside
        return "—" if not known else formatting.percent_text(q.within / known)

    return [
        Column(
            lambda: QCoreApplication.translate("InsightsPanel", "Quarter"),
            lambda q: formatting.quarter_key_text(q.quarter),
        ),
        Column(
            lambda: QCoreApplication.translate("InsightsPanel", "Within my control"),
            lambda q: str(q.within),
            align_right=True,
        ),
        Column(
            lambda: QCoreApplication.translate("InsightsPanel", "Outside my control"),
            lambda q: str(q.outside),
            align_right=True,
        ),
        Column(
            lambda: QCoreApplication.translate("InsightsPanel", "Share within my control"),
            share,
            align_right=True,
            header_tip=lambda: QCoreApplication.translate(
                "InsightsPanel",
                "Within ÷ (within + outside); losses where you did not say are left out.",
            ),
        ),
    ]


ReasonLine = tuple[str, list[int], int]  # reason label, count per quarter shown, total


class InsightsPanel(QScrollArea):
    """The Insights tab of the Debriefs view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)

        self.weak_spot = QLabel()
        self.weak_spot.setObjectName("weakSpot")
        self.weak_spot.setWordWrap(True)
        self.weak_spot.setTextFormat(Qt.TextFormat.RichText)
        self.bars = AnswerBars()
        self.control_model: RowsModel[QuarterControl] = RowsModel(_control_columns(), self)
        self.control_table = _small_table("controlTable", self.control_model)  # type: ignore[arg-type]
        self.control_total = QLabel()
        self.control_total.setObjectName("controlTotal")
        self.reason_model: RowsModel[ReasonLine] = RowsModel([], self)
        self.reason_table = _small_table("reasonsTable", self.reason_model)  # type: ignore[arg-type]
        self.competitors = QLabel()
        self.competitors.setObjectName("competitors")
        self.competitors.setWordWrap(True)
        self.referrals = QLabel()
        self.referrals.setObjectName("referrals")
        self.referrals.setWordWrap(True)

        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        left = QVBoxLayout()
        left.addWidget(_heading(self.tr("Your recurring weak spot")))
        left.addWidget(self.weak_spot)
        left.addWidget(self.bars)
        left.addWidget(_heading(self.tr("Competitors you meet most")))
        left.addWidget(self.competitors)
        left.addWidget(_heading(self.tr("Referrals")))
        left.addWidget(self.referrals)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(_heading(self.tr("Within your control or not, per quarter")))
        right.addWidget(self.control_total)
        right.addWidget(self.control_table)
        right.addWidget(_heading(self.tr("Loss reasons per quarter")))
        right.addWidget(self.reason_table, 1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        layout.addLayout(grid)
        self.setWidget(body)

    def show_insights(self, i: DebriefInsights, reasons: list[LossReasonRow]) -> None:
        """Fill every section; sections without data say how to get some."""
        self._weak_spot(i)
        self.bars.set_counts(i.answers, i.weakest)
        self.control_model.row_tip = lambda q: paragraph_tip(explain.quarter_tip(q))
        self.control_model.set_rows(list(reversed(i.by_quarter[-QUARTERS_SHOWN:])))
        known = i.controllable_losses + i.uncontrollable_losses
        self.control_total.setToolTip(paragraph_tip(explain.control_tip(i)) if known else "")
        text = (
            self.tr("{within} of {known} losses were within your control ({share}).").format(
                within=i.controllable_losses,
                known=known,
                share=formatting.percent_text(i.controllable_losses / known),
            )
            if known
            else self.tr("No finished debrief in this period yet.")
        )
        if i.imported:  # counted with the CRM's reason (and its default) until debriefed
            text += " " + self.tr(
                "%n of them imported with the CRM's reason, not debriefed yet.", "", i.imported
            )
        self.control_total.setText(text)
        self._reasons(i, reasons)
        self.reason_table.setToolTip(paragraph_tip(explain.reasons_tip()))
        self.competitors.setToolTip(paragraph_tip(explain.competitors_tip()))
        self.referrals.setToolTip(paragraph_tip(explain.referrals_tip(i)) if i.finished else "")
        met = [self.tr("{name} — %n time(s)", "", n).format(name=name) for name, n in i.competitors]
        self.competitors.setText(
            "\n".join(met) or self.tr("No competitor named yet (question 4 of the debrief).")
        )
        if i.finished:
            self.referrals.setText(
                self.tr(
                    "You asked for a referral after {asked} of {total} losses, and obtained "
                    "{obtained}. Every no can lead to someone who is a better fit."
                ).format(asked=i.referrals_asked, total=i.finished, obtained=i.referrals_obtained)
            )
        else:
            self.referrals.setText("")

    def _weak_spot(self, i: DebriefInsights) -> None:
        self.weak_spot.setToolTip("")
        if i.weakest is None:
            self.weak_spot.setText(
                self.tr(
                    "Finish a few debriefs: the question you most often answer “no” or "
                    "“partly” will show here."
                )
            )
            return
        q = question(i.weakest)
        n = weak_count(i.answers.get(q.number, {}))
        self.weak_spot.setToolTip(paragraph_tip(explain.weak_spot_tip(i)))
        self.weak_spot.setText(
            self.tr(
                "<b>Question {number}: {text}</b><br>Answered “no” or “partly” in {n} of "
                "{total} debriefs. Next time: {reminder}"
            ).format(
                number=q.number,
                text=question_text(q),
                n=n,
                total=i.finished,
                reminder=QCoreApplication.translate("Debrief", q.reminder),
            )
        )

    def _reasons(self, i: DebriefInsights, reasons: list[LossReasonRow]) -> None:
        by_id: dict[uuid.UUID | None, LossReasonRow] = {r.id: r for r in reasons}
        quarters = sorted(i.reasons_by_quarter)[-4:]
        lines: list[ReasonLine] = []
        for reason_id, total in i.reason_totals:
            r = by_id.get(reason_id)
            name = reason_label(r) if r else self.tr("(no reason)")
            counts = [i.reasons_by_quarter[q].get(reason_id, 0) for q in quarters]
            lines.append((name, counts, total))

        def count_in(k: int) -> Callable[[ReasonLine], str]:
            return lambda line: str(line[1][k]) if line[1][k] else ""

        columns: list[Column[ReasonLine]] = [
            Column(
                lambda: QCoreApplication.translate("InsightsPanel", "Reason"), lambda line: line[0]
            )
        ]
        for k, q in enumerate(quarters):
            columns.append(
                Column(lambda q=q: formatting.quarter_key_text(q), count_in(k), align_right=True)
            )
        columns.append(
            Column(
                lambda: QCoreApplication.translate("InsightsPanel", "All"),
                lambda line: str(line[2]),
                align_right=True,
            )
        )
        self.reason_model.set_rows(lines, columns)
