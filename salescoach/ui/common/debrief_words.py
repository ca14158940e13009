"""A debrief's words shared by the Debriefs area and the manager's Team area: answers,
questions and loss reasons in the user's language (translated where first written)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salescoach.domain.debrief import Answer, LossReasonRow, Question


def answer_label(answer: Answer) -> str:
    return {
        Answer.YES: QCoreApplication.translate("DebriefPages", "Yes"),
        Answer.PARTLY: QCoreApplication.translate("DebriefPages", "Partly"),
        Answer.NO: QCoreApplication.translate("DebriefPages", "No"),
    }[answer]


def reason_label(reason: LossReasonRow) -> str:
    """A seeded reason in the user's language, or the rep's own wording."""
    if reason.translatable:
        return QCoreApplication.translate("Debrief", reason.source_text)
    return reason.source_text


def question_text(q: Question) -> str:
    return QCoreApplication.translate("Debrief", q.text)
