"""The review's first part: the week in numbers against the weeks before, what is due (one
click to each), the pace to the yearly goal and the leads the planner needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salescoach.domain.enums import TouchKind
from salescoach.domain.review import averages
from salescoach.ui.common import formatting, labels

if TYPE_CHECKING:
    from salescoach.services.review import WeeklyReview


class WeekPanel(QWidget):
    """Figures this week and usually (the average of the four weeks before)."""

    area_wanted = Signal(str)  # "debriefs" or "followups": the rep clicked to go there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for col, text in enumerate(("", self.tr("This week"), self.tr("Usually"))):
            head = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(head, 0, col)
        rows = [
            ("touches", self.tr("Touches")),
            *((kind.value, "  " + labels.kind_label(kind)) for kind in TouchKind),
            ("new_deals", self.tr("New deals")),
            ("won", self.tr("Won")),
            ("lost", self.tr("Lost")),
            ("value", self.tr("What a touch was worth")),
        ]
        for row, (key, text) in enumerate(rows, start=1):
            now, usual = QLabel("—"), QLabel("—")
            now.setObjectName(f"week_{key}")
            usual.setObjectName(f"usual_{key}")
            self.grid.addWidget(QLabel(text), row, 0)
            self.grid.addWidget(now, row, 1)
            self.grid.addWidget(usual, row, 2)
            self.cells[key] = (now, usual)
        due = QHBoxLayout()
        self.debriefs = QPushButton()
        self.debriefs.setObjectName("reviewDebriefs")
        self.debriefs.clicked.connect(lambda: self.area_wanted.emit("debriefs"))
        self.followups = QPushButton()
        self.followups.setObjectName("reviewFollowups")
        self.followups.clicked.connect(lambda: self.area_wanted.emit("followups"))
        due.addWidget(self.debriefs)
        due.addWidget(self.followups)
        due.addStretch(1)
        layout.addLayout(due)
        self.pace = QLabel()
        self.pace.setObjectName("reviewPace")
        self.leads = QLabel()
        self.leads.setObjectName("reviewLeads")
        for label in (self.pace, self.leads):
            label.setWordWrap(True)
            layout.addWidget(label)

    def show_week(self, review: WeeklyReview) -> None:
        this, usual = review.this, averages(review.before)
        money = review.currency

        def put(key: str, now: str, before: str) -> None:
            self.cells[key][0].setText(now)
            self.cells[key][1].setText(before)

        def avg(name: str) -> str:
            value = usual[name]
            return "—" if value is None else formatting.number_text(value)

        put("touches", formatting.count_text(this.all_touches), avg("touches"))
        for kind in TouchKind:
            n = sum(w.touches.get(kind, 0) for w in review.before)
            before = formatting.number_text(n / len(review.before)) if review.before else "—"
            put(kind.value, formatting.count_text(this.touches.get(kind, 0)), before)
        put("new_deals", formatting.count_text(this.new_deals), avg("new_deals"))
        put("won", formatting.count_text(this.won), avg("won"))
        put("lost", formatting.count_text(this.lost), avg("lost"))
        touches = sum(w.all_touches for w in review.before)
        cents = sum(w.commission_cents for w in review.before)
        value = this.touch_value_cents
        put(
            "value",
            "—" if value is None else formatting.money(value, money),
            formatting.money(cents / touches, money) if touches and cents else "—",
        )
        self.debriefs.setText(self.tr("%n debrief(s) to do", "", review.debriefs_pending))
        self.debriefs.setEnabled(review.debriefs_pending > 0)
        due = review.followups_overdue + review.followups_today
        self.followups.setText(self.tr("%n follow-up(s) due", "", due))
        self.followups.setEnabled(due > 0)
        if review.goal is None:
            self.pace.setText(self.tr("No goal set for this year (Progress › Goal…)."))
        else:
            self.pace.setText(
                self.tr(
                    "This year: {done} of your goal of {goal}; an even pace is {pace} today."
                ).format(
                    done=formatting.money(review.year_to_date_cents, review.goal.currency, 0),
                    goal=formatting.money(review.goal.amount_cents, review.goal.currency, 0),
                    pace=formatting.money(review.pace_cents or 0, review.goal.currency, 0),
                )
            )
        if review.leads_needed_month is None:
            self.leads.setText(self.tr("Leads added this month: {added}.").format(
                added=formatting.count_text(review.leads_added_month)))  # fmt: skip
        else:
            self.leads.setText(
                self.tr(
                    "Leads added this month: {added}; the lead planner says {needed} are needed."
                ).format(
                    added=formatting.count_text(review.leads_added_month),
                    needed=formatting.count_text(review.leads_needed_month),
                )
            )
