"""The Review area (Ctrl+R): the week in numbers, what is due, one focus for next week, the
energy check-in, and the past reviews. A guided page of a few minutes, once a week."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import ValidationError
from salescoach.domain.review import ReviewDraft, ReviewRow
from salescoach.ui.common import formatting
from salescoach.ui.common.area import Area
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.views import rows_table
from salescoach.ui.review.checkin import CheckInPanel
from salescoach.ui.review.reminder import review_day, set_review_day, weekday_names
from salescoach.ui.review.week import WeekPanel

if TYPE_CHECKING:
    from salescoach.services.review import WeeklyReview
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


def _kept(row: ReviewRow) -> str:
    if row.focus_kept is None:
        return ""
    if row.focus_kept:
        return QCoreApplication.translate("ReviewView", "yes")
    return QCoreApplication.translate("ReviewView", "no")


class ReviewView(Area):
    def __init__(self, workspace: Workspace, events: Events, parent: QWidget | None = None):
        super().__init__(workspace, events, parent)
        self.review: WeeklyReview | None = None
        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.day = QComboBox()
        self.day.setObjectName("reviewDay")
        self.day.addItems(weekday_names())
        self.day.setCurrentIndex(review_day(workspace.data_dir))
        self.day.currentIndexChanged.connect(
            lambda day: set_review_day(self.workspace.data_dir, day)
        )
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Review day:")))
        top.addWidget(self.day)
        self.week = WeekPanel()
        self.week.area_wanted.connect(self.events.area_requested)
        self.checkin = CheckInPanel()
        self.checkin.submitted.connect(self.save)
        self.past_model: RowsModel[ReviewRow] = RowsModel(
            [
                Column(lambda: self.tr("Week of"), lambda r: formatting.date_text(r.week)),
                Column(lambda: self.tr("Energy"), lambda r: f"{r.energy}/5", align_right=True),
                Column(lambda: self.tr("In a word"), lambda r: r.word),
                Column(lambda: self.tr("Focus"), lambda r: r.focus),
                Column(lambda: self.tr("Kept"), _kept),
            ],
            self,
        )
        self.past = rows_table("pastReviews", self.past_model)
        self.past.setMinimumHeight(140)
        page = QWidget()
        body = QVBoxLayout(page)
        body.addLayout(top)
        body.addWidget(self.week)
        body.addWidget(_line())
        body.addWidget(self.checkin)
        body.addWidget(_line())
        body.addWidget(QLabel(self.tr("<b>Past reviews</b>")))
        self.no_past = QLabel(
            self.tr(
                "No review yet. Fill in the focus and your energy above, then save: each week's "
                "review is listed here, and your energy is drawn under the Progress chart."
            )
        )
        self.no_past.setObjectName("noPastReviews")
        self.no_past.setWordWrap(True)
        body.addWidget(self.no_past)
        body.addWidget(self.past)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for signal in (events.deals_changed, events.followups_changed, events.reviews_changed):
            signal.connect(self.mark_stale)

    def reload(self) -> None:
        self._fresh()
        self.run(self.workspace.review.week, self._loaded, self.tr("Cannot read the review"))

    def _loaded(self, review: WeeklyReview) -> None:
        self.review = review
        self.title.setText(
            self.tr("Weekly review: the week of {day}").format(
                day=formatting.date_text(review.week)
            )
        )
        self.week.show_week(review)
        self.checkin.show_review(review)
        self.past_model.set_rows(review.past)
        self.no_past.setVisible(not review.past)
        self.past.setVisible(bool(review.past))

    def start_review(self) -> None:
        """Ctrl+R: the page is shown; the focus goes to the first field to fill."""
        self.checkin.focus.setFocus()

    def save(self, draft: ReviewDraft) -> None:
        try:
            self.workspace.review.save(draft)  # one row: a few milliseconds
        except ValidationError as error:
            self.checkin.show_errors(error)
            return
        self.events.status.emit(self.tr("Review saved. Next week's focus: {focus}").format(
            focus=" ".join(draft.focus.split())))  # fmt: skip
        self.events.reviews_changed.emit()


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    return line
