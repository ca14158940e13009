"""The review's second part: last week's focus checked, one focus for next week (from the
rep's weak spots, a planner target, or their own words) and the energy check-in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import ValidationError
from salescoach.domain.review import ENERGY_MAX, ENERGY_MIN, MAX_FOCUS, MAX_WORD, ReviewDraft
from salescoach.ui.common.dialogs import add_checked_row, set_field_error
from salescoach.ui.common.i18n import tr_message

if TYPE_CHECKING:
    from salescoach.services.review import WeeklyReview


class CheckInPanel(QWidget):
    """The form; `submitted(draft)` when the rep saves it (checked by the service)."""

    submitted = Signal(object)  # ReviewDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPanel")
        self._review: WeeklyReview | None = None
        self._kinds: dict[str, str] = {}  # a suggestion's text → its kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.last_focus = QCheckBox()
        self.last_focus.setObjectName("lastFocusKept")
        layout.addWidget(self.last_focus)
        form = QFormLayout()
        layout.addLayout(form)
        self.focus = QComboBox()
        self.focus.setObjectName("reviewFocus")
        self.focus.setEditable(True)
        self.focus.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.focus.lineEdit().setMaxLength(MAX_FOCUS)
        self.focus.lineEdit().setPlaceholderText(self.tr("Pick one, or write your own"))
        energy = QWidget()
        row = QHBoxLayout(energy)
        row.setContentsMargins(0, 0, 0, 0)
        self.energy = QButtonGroup(self)
        for level in range(ENERGY_MIN, ENERGY_MAX + 1):
            button = QRadioButton(str(level))
            button.setObjectName(f"energy{level}")
            self.energy.addButton(button, level)
            row.addWidget(button)
        row.addWidget(QLabel(self.tr("(1: drained, 5: full of energy)")))
        row.addStretch(1)
        self.word = QLineEdit()
        self.word.setObjectName("energyWord")
        self.word.setMaxLength(MAX_WORD)
        self.word.setPlaceholderText(self.tr("a word or two: tired, on a roll…"))
        self.errors = {
            "focus": add_checked_row(form, self.tr("Focus for &next week"), self.focus),
            "energy": add_checked_row(form, self.tr("Your ene&rgy this week"), energy),
            "word": add_checked_row(form, self.tr("In a &word"), self.word),
        }
        self.break_note = QLabel()
        self.break_note.setObjectName("planABreak")
        self.break_note.setWordWrap(True)
        self.break_note.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.break_note.hide()
        layout.addWidget(self.break_note)
        self.save = QPushButton(self.tr("Sa&ve the review"))
        self.save.setObjectName("saveReview")
        self.save.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)

    def show_review(self, review: WeeklyReview) -> None:
        """Fill the form for `review`'s week (what was saved, if it was)."""
        self._review = review
        previous = review.previous
        self.last_focus.setVisible(previous is not None and bool(previous.focus))
        if previous is not None:
            self.last_focus.setText(
                self.tr("Last focus kept: “{focus}”").format(focus=previous.focus)
            )
            self.last_focus.setChecked(bool(previous.focus_kept))
        self._kinds = {tr_message(f.message()): f.kind for f in review.suggestions}
        self.focus.clear()
        self.focus.addItems(list(self._kinds))
        done = review.done
        self.focus.setEditText(done.focus if done else "")
        if done is not None and (button := self.energy.button(done.energy)) is not None:
            button.setChecked(True)
        self.word.setText(done.word if done else "")
        self.save.setText(self.tr("&Update the review") if done else self.tr("Sa&ve the review"))
        self.break_note.setText(
            self.tr(
                "Your energy and your results have been falling together for three weeks: "
                "a long effort, plan a break. Selling at a distance is a marathon."
            )
        )
        self.break_note.setVisible(review.plan_a_break)
        for label in self.errors.values():
            set_field_error(label, None)

    def draft(self) -> ReviewDraft | None:
        if self._review is None:
            return None
        text = self.focus.currentText()
        level = self.energy.checkedId()
        previous = self._review.previous
        return ReviewDraft(
            self._review.week,
            level if level > 0 else None,
            self.word.text(),
            text,
            self._kinds.get(text, "own"),
            self.last_focus.isChecked() if previous is not None and previous.focus else None,
        )

    def show_errors(self, error: ValidationError) -> None:
        for name, label in self.errors.items():
            set_field_error(label, error.fields.get(name))

    def _submit(self) -> None:
        draft = self.draft()
        if draft is not None:
            self.submitted.emit(draft)
