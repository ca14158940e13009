"""The pages of the debrief form. Each page shows part of a `DebriefDraft` and writes back
what the rep changed; `edited` fires on every change so the dialog can save a draft."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.debrief import Answer, DebriefDraft, LossReasonRow, Question
from salescoach.domain.enums import ContactRole
from salescoach.ui.common import labels
from salescoach.ui.common.debrief_words import (
    answer_label,
    question_text,
    reason_label,
)
from salescoach.ui.common.dialogs import field_error_label


def _text_box(name: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def title(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600;")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class Page(QWidget):
    """A step of the form."""

    edited = Signal()

    def fill(self, draft: DebriefDraft) -> None:
        raise NotImplementedError

    def collect(self, draft: DebriefDraft) -> None:
        raise NotImplementedError

    def _watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.edited)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self.edited)
            elif isinstance(w, QComboBox):
                w.activated.connect(self.edited)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self.edited)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self.edited)


class QuestionBox(QWidget):
    """One reflection question: yes / partly / no, and an optional note."""

    def __init__(self, q: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = q.number
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(title(f"{q.number}. {question_text(q)}"))
        self.extra = QVBoxLayout()  # the contacts under question 1, the competitor under 4
        layout.addLayout(self.extra)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        for answer in Answer:
            button = QRadioButton(answer_label(answer))
            button.setObjectName(f"q{q.number}_{answer.value}")
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        self.note = QLineEdit()
        self.note.setObjectName(f"q{q.number}_note")
        self.note.setPlaceholderText(
            QCoreApplication.translate("DebriefPages", "A note (optional): what happened?")
        )
        row.addWidget(self.note, 1)
        layout.addLayout(row)

    def answer(self) -> Answer | None:
        return next((a for a, b in self.buttons.items() if b.isChecked()), None)

    def set_answer(self, answer: Answer | None) -> None:
        # An exclusive group cannot show "no answer" once a button is checked; lift it.
        self.group.setExclusive(False)
        for a, b in self.buttons.items():
            b.setChecked(a == answer)
        self.group.setExclusive(True)


class QuestionsPage(Page):
    """Three of the six questions."""

    def __init__(self, questions: tuple[Question, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.boxes = [QuestionBox(q) for q in questions]
        for box in self.boxes:
            layout.addWidget(box)
            self._watch(box.note, *box.buttons.values())
        layout.addStretch(1)

    def box(self, number: int) -> QuestionBox | None:
        return next((b for b in self.boxes if b.number == number), None)

    def fill(self, draft: DebriefDraft) -> None:
        for box in self.boxes:
            box.set_answer(draft.answers.get(box.number))
            box.note.setText(draft.notes.get(box.number, ""))

    def collect(self, draft: DebriefDraft) -> None:
        for box in self.boxes:
            draft.answers[box.number] = box.answer()
            draft.notes[box.number] = box.note.text()


class FirstQuestionsPage(QuestionsPage):
    """Questions 1-3; question 1 shows who the rep was talking to, and their roles."""

    def __init__(
        self,
        questions: tuple[Question, ...],
        contacts: tuple[tuple[uuid.UUID, str, ContactRole], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(questions, parent)
        box = self.box(1)
        assert box is not None
        if contacts:
            people = ", ".join(f"{name} ({labels.role_label(role)})" for _, name, role in contacts)
            text = self.tr("On this deal: {people}.").format(people=people)
            if not any(role is ContactRole.DECISION_MAKER for _, _, role in contacts):
                text += " " + self.tr("Nobody is marked as the decision maker.")
        else:
            text = self.tr("No contact is recorded on this deal.")
        self.people = hint(text)
        self.people.setObjectName("dealPeople")
        box.extra.addWidget(self.people)


class SecondQuestionsPage(QuestionsPage):
    """Questions 4-6; question 4 takes the competitor's name."""

    def __init__(self, questions: tuple[Question, ...], parent: QWidget | None = None) -> None:
        super().__init__(questions, parent)
        box = self.box(4)
        assert box is not None
        self.competitor = QLineEdit()
        self.competitor.setObjectName("competitor")
        self.competitor.setPlaceholderText(self.tr("The competitor, if you know who it was"))
        box.extra.addWidget(self.competitor)
        self._watch(self.competitor)

    def fill(self, draft: DebriefDraft) -> None:
        super().fill(draft)
        self.competitor.setText(draft.competitor)

    def collect(self, draft: DebriefDraft) -> None:
        super().collect(draft)
        draft.competitor = self.competitor.text()


class ReasonPage(Page):
    """The loss reason, within the rep's control or not, and what the prospect said."""

    edit_reasons = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reasons: list[LossReasonRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("What was the main reason you lost this deal?")))
        row = QHBoxLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("lossReason")
        self.reason.activated.connect(self._reason_chosen)
        edit = QPushButton(self.tr("Edit the list…"))
        edit.setObjectName("editReasonsButton")
        edit.setAutoDefault(False)
        edit.clicked.connect(self.edit_reasons)
        row.addWidget(self.reason, 1)
        row.addWidget(edit)
        layout.addLayout(row)
        self.reason_error = field_error_label(self.reason)
        layout.addWidget(self.reason_error)

        control = QHBoxLayout()
        self.within = QRadioButton(self.tr("Within my control"))
        self.within.setObjectName("withinControl")
        self.outside = QRadioButton(self.tr("Outside my control"))
        self.outside.setObjectName("outsideControl")
        self.control_group = QButtonGroup(self)
        self.control_group.addButton(self.within)
        self.control_group.addButton(self.outside)
        control.addWidget(self.within)
        control.addWidget(self.outside)
        control.addStretch(1)
        layout.addLayout(control)
        layout.addWidget(
            hint(
                self.tr(
                    "Don't take it personally: focus on the parts of the process you can "
                    "control, and watch for patterns in the rest."
                )
            )
        )
        layout.addSpacing(12)
        layout.addWidget(title(self.tr("What did the prospect say when you asked why?")))
        self.prospect_said = _text_box(
            "prospectSaid",
            self.tr("Their words, as close as you remember them. Always ask why."),
            4,
        )
        layout.addWidget(self.prospect_said)
        layout.addStretch(1)
        self._watch(self.within, self.outside, self.prospect_said)

    def set_reasons(self, reasons: list[LossReasonRow], keep: uuid.UUID | None) -> None:
        """Fill the list (visible reasons, plus `keep` if it was hidden since)."""
        self._reasons = reasons
        self.reason.clear()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for r in reasons:
            self.reason.addItem(reason_label(r), r.id.hex)
        self._select(keep)

    def _select(self, reason_id: uuid.UUID | None) -> None:
        i = self.reason.findData(reason_id.hex) if reason_id else 0
        self.reason.setCurrentIndex(max(i, 0))

    def current_reason(self) -> LossReasonRow | None:
        data = self.reason.currentData()
        return next((r for r in self._reasons if r.id.hex == data), None)

    def _reason_chosen(self) -> None:
        """A new reason brings its default "within my control"; the rep can override it."""
        reason = self.current_reason()
        if reason is not None:
            (self.within if reason.controllable else self.outside).setChecked(True)
        self.edited.emit()

    def fill(self, draft: DebriefDraft) -> None:
        self._select(draft.reason_id)
        self.control_group.setExclusive(False)
        self.within.setChecked(draft.controllable is True)
        self.outside.setChecked(draft.controllable is False)
        self.control_group.setExclusive(True)
        self.prospect_said.setPlainText(draft.prospect_said)

    def collect(self, draft: DebriefDraft) -> None:
        reason = self.current_reason()
        draft.reason_id = reason.id if reason else None
        draft.controllable = (
            True if self.within.isChecked() else False if self.outside.isChecked() else None
        )
        draft.prospect_said = self.prospect_said.toPlainText()


class LessonsPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("What did you learn?")))
        self.lessons = _text_box(
            "lessons", self.tr("What you would do differently, what worked anyway."), 6
        )
        layout.addWidget(self.lessons)
        layout.addSpacing(12)
        layout.addWidget(title(self.tr("One concrete action for next time")))
        self.next_action = QLineEdit()
        self.next_action.setObjectName("nextAction")
        self.next_action.setPlaceholderText(self.tr("e.g. Ask who signs before the first demo"))
        layout.addWidget(self.next_action)
        layout.addStretch(1)
        self._watch(self.lessons, self.next_action)

    def fill(self, draft: DebriefDraft) -> None:
        self.lessons.setPlainText(draft.lessons)
        self.next_action.setText(draft.next_action)

    def collect(self, draft: DebriefDraft) -> None:
        draft.lessons = self.lessons.toPlainText()
        draft.next_action = self.next_action.text()
