"""The rejection debrief: five steps, the cheat sheet beside them, and a draft saved as the
rep types (a second after the last keystroke), so closing or a crash loses nothing."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.date_bounds import months_after
from salescoach.domain.debrief import (
    CHEAT_SHEET,
    FIELD_STEPS,
    QUESTIONS,
    DebriefState,
    LossReasonRow,
    validate_debrief,
)
from salescoach.domain.messages import UserError, ValidationError
from salescoach.ui.common import formatting
from salescoach.ui.common.dialogs import run_dialog, set_field_error, show_error
from salescoach.ui.debriefs.pages import (
    FirstQuestionsPage,
    LessonsPage,
    Page,
    ReasonPage,
    SecondQuestionsPage,
)
from salescoach.ui.debriefs.referral_page import ReferralPage

if TYPE_CHECKING:
    from salescoach.services.debriefs import DebriefService
    from salescoach.services.pipeline import PipelineService
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import DebriefRequest

AUTOSAVE_MS = 1000  # the promise is "saved within two seconds of typing"


def step_names() -> list[str]:
    return [
        QCoreApplication.translate("DebriefDialog", "Decision makers and needs"),
        QCoreApplication.translate("DebriefDialog", "Competition and value"),
        QCoreApplication.translate("DebriefDialog", "Why they said no"),
        QCoreApplication.translate("DebriefDialog", "Lessons"),
        QCoreApplication.translate("DebriefDialog", "Referral and follow-up"),
    ]


def _cheat_sheet() -> QFrame:
    frame = QFrame()
    frame.setObjectName("cheatSheet")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setFixedWidth(250)
    layout = QVBoxLayout(frame)
    title = QLabel(QCoreApplication.translate("DebriefDialog", "Cheat sheet"))
    title.setStyleSheet("font-weight: 600;")
    layout.addWidget(title)
    for i, text in enumerate(CHEAT_SHEET, start=1):
        item = QLabel(f"{i}. {QCoreApplication.translate('Debrief', text)}")
        item.setWordWrap(True)
        layout.addWidget(item)
    layout.addStretch(1)
    return frame


class DebriefDialog(QDialog):
    """Debrief one lost deal: new, resumed from a draft, or a finished one re-read."""

    completed = Signal()  # the debrief was finished (and stored)
    draft_saved = Signal()

    def __init__(
        self,
        pipeline: PipelineService,
        debriefs: DebriefService,
        deal_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._debriefs = debriefs
        detail = pipeline.deal_detail(deal_id)  # UserError if the deal is gone
        self.draft, self.state = debriefs.load(deal_id)
        self._deal = detail.row
        self._dirty = False
        self._loading = True
        self._broken = False  # the deal vanished: stop saving, say it once
        self.setObjectName("debriefDialog")
        self.setWindowTitle(self.tr("Debrief: {deal}").format(deal=detail.row.title))
        self.resize(1040, 680)

        lost_on = detail.row.closed_on or dt.date.today()
        self.pages: list[Page] = [
            FirstQuestionsPage(QUESTIONS[:3], detail.contacts),
            SecondQuestionsPage(QUESTIONS[3:]),
            ReasonPage(),
            LessonsPage(),
            ReferralPage(
                pipeline.search_contacts,
                pipeline.contact,
                detail.contacts,
                lambda months: formatting.date_text(months_after(lost_on, months)),
            ),
        ]
        self.reason_page = self.pages[2]
        self.referral_page = self.pages[4]
        assert isinstance(self.reason_page, ReasonPage)
        assert isinstance(self.referral_page, ReferralPage)
        self.reason_page.set_reasons(self._reasons(), self.draft.reason_id)
        self.reason_page.edit_reasons.connect(self._edit_reasons)
        self.referral_page.new_contact.connect(self._new_contact)
        self._build(lost_on)
        for page in self.pages:
            page.fill(self.draft)
            page.edited.connect(self._edited)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft)
        self._loading = False
        self.go(min(max(self.draft.step, 0), len(self.pages) - 1))

    # building ------------------------------------------------------------------------
    def _build(self, lost_on: dt.date) -> None:
        row = self._deal
        header = QLabel(
            self.tr("<b>{deal}</b> · {account} · lost on {date} · {amount}").format(
                deal=row.title,
                account=row.account or self.tr("no account"),
                date=formatting.date_text(lost_on),
                amount=formatting.money(row.amount_cents, row.currency),
            )
        )
        header.setObjectName("debriefHeader")
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "A “no” is something to learn from. Answer honestly; you can close this "
                "window at any time and come back: everything you type is kept."
            )
        )
        intro.setWordWrap(True)

        self.steps = QListWidget()
        self.steps.setObjectName("debriefSteps")
        self.steps.setFixedWidth(220)
        self.steps.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        for i, name in enumerate(step_names(), start=1):
            self.steps.addItem(f"{i}. {name}")
        self.steps.currentRowChanged.connect(self._step_clicked)

        self.stack = QStackedWidget()
        for page in self.pages:
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.stack.addWidget(scroll)

        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        middle.addWidget(self.stack, 1)
        middle.addWidget(_cheat_sheet())

        self.status = QLabel()
        self.status.setObjectName("draftStatus")
        self.close_button = self._button(self.tr("&Close (kept as a draft)"), "closeButton")
        self.close_button.clicked.connect(self.reject)
        self.back_button = self._button(self.tr("&Back"), "backButton")
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button = self._button(self.tr("&Next"), "nextButton")
        self.next_button.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.finish_button = self._button(
            self.tr("&Save changes") if self.state is DebriefState.DONE else self.tr("&Finish"),
            "finishButton",
        )
        self.finish_button.setToolTip(self.tr("Ctrl+Return"))
        self.finish_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.close_button, self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(b)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.finish)
        QShortcut(
            QKeySequence("Ctrl+PgDown"), self, activated=lambda: self.go(self.current_step() + 1)
        )
        QShortcut(
            QKeySequence("Ctrl+PgUp"), self, activated=lambda: self.go(self.current_step() - 1)
        )

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Return belongs to the field being typed in
        return button

    def _reasons(self) -> list[LossReasonRow]:
        """The visible reasons, and the draft's own even if it was hidden since."""
        keep = self.draft.reason_id
        everything = self._debriefs.reasons(include_hidden=True)
        return [r for r in everything if not r.hidden or r.id == keep]

    # navigation ----------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go(self, step: int) -> None:
        """Show step `step` (clamped); leaving a step keeps what was typed."""
        step = min(max(step, 0), len(self.pages) - 1)
        if step != self.stack.currentIndex() and not self._loading:
            self._collect()
            self.draft.step = step
            # Only looking through a new debrief does not make it a draft.
            if self._dirty or self.state is not DebriefState.PENDING:
                self._dirty = True
                self.save_draft()
        self.stack.setCurrentIndex(step)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(step)
        self.steps.blockSignals(False)
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < len(self.pages) - 1)
        self.next_button.setDefault(False)

    def _step_clicked(self, row: int) -> None:
        if row >= 0:
            self.go(row)

    # saving --------------------------------------------------------------------------
    def _collect(self) -> None:
        for page in self.pages:
            page.collect(self.draft)

    def _edited(self) -> None:
        if self._loading or self._broken:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def save_draft(self) -> bool:
        """Store what the form holds now; False if it could not be stored."""
        self._timer.stop()
        if not self._dirty or self._broken:
            return not self._broken
        self._collect()
        try:
            saved = self._debriefs.save_draft(self.draft)
        except UserError as exc:
            self._broken = True
            self.status.setText(self.tr("Not saved."))
            show_error(self, self.tr("Cannot save the debrief"), exc)
            return False
        self._dirty = False
        if self.state is DebriefState.PENDING:
            self.state = DebriefState.DRAFT
        if saved:
            self.status.setText(
                self.tr("Draft saved at {time}.").format(
                    time=QTime.currentTime().toString("HH:mm:ss")
                )
            )
            self.draft_saved.emit()
        else:
            self.status.setText(self.tr("Press Save changes to keep your edits."))
        return True

    def finish(self) -> None:
        """Check every step; store the debrief, or take the rep to what is missing."""
        self._collect()
        for label, _ in self._error_fields().values():
            set_field_error(label, None)
        try:
            validate_debrief(self.draft)
            self._debriefs.finish(self.draft)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except UserError as exc:
            self._broken = True
            show_error(self, self.tr("Cannot save the debrief"), exc)
            return
        self._timer.stop()
        self._dirty = False
        self.completed.emit()
        self.accept()

    def _error_fields(self) -> dict[str, tuple[QLabel, QWidget]]:
        """Each checked field: the label for its message, the widget to focus."""
        return {
            "reason": (self.reason_page.reason_error, self.reason_page.reason),
            "referral": (self.referral_page.referral_error, self.referral_page.referred),
            "cadence": (self.referral_page.cadence_error, self.referral_page.months),
        }

    def _show_errors(self, exc: ValidationError) -> None:
        labels = self._error_fields()
        for name, message in exc.fields.items():
            set_field_error(labels[name][0], message)
        first = next(iter(exc.fields))
        self.go(FIELD_STEPS[first])
        labels[first][1].setFocus()
        self.status.setText(self.tr("Something is missing: see the message in red."))

    def reject(self) -> None:
        self.save_draft()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_draft()
        super().closeEvent(event)

    # helpers opened from the pages ---------------------------------------------------
    def _edit_reasons(self) -> None:
        from salescoach.ui.debriefs.loss_reasons_dialog import LossReasonsDialog

        run_dialog(LossReasonsDialog(self._debriefs, self))
        current = self.reason_page.current_reason()
        self.draft.reason_id = current.id if current else self.draft.reason_id
        self.reason_page.set_reasons(self._reasons(), self.draft.reason_id)

    def _new_contact(self) -> None:
        from salescoach.ui.common.contact_dialog import NewContactDialog

        dialog = NewContactDialog(self._pipeline, self)
        if run_dialog(dialog) and dialog.contact_id is not None:
            self.referral_page.referred.set_contact(dialog.contact_id)
            self.referral_page.obtained.setChecked(True)
            self._edited()


def open_debrief(
    parent: QWidget, pipeline: PipelineService, debriefs: DebriefService, deal_id: uuid.UUID
) -> DebriefDialog | None:
    """Open (modal) the debrief of `deal_id`; a deal deleted meanwhile is said, not raised.

    Returns the dialog once closed (None if it could not open)."""
    try:
        dialog = DebriefDialog(pipeline, debriefs, deal_id, parent)
    except UserError as exc:
        show_error(
            parent, QCoreApplication.translate("DebriefDialog", "Cannot open the debrief"), exc
        )
        return None
    run_dialog(dialog)
    return dialog


def answer(request: DebriefRequest, workspace: Workspace) -> None:
    """The Pipeline asked for a deal's debrief (it was just marked lost)."""
    dialog = open_debrief(request.parent, workspace.pipeline, workspace.debriefs, request.deal.id)
    request.opened = dialog is not None
    request.saved = dialog is not None and bool(dialog.result())
