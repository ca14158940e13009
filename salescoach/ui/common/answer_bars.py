"""One stacked bar per debrief question: yes, partly, no, in proportion (the Debriefs
area's insights and the manager's Team area)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from salescoach.domain.debrief import QUESTIONS, Answer
from salescoach.ui.common.debrief_words import answer_label, question_text

ANSWER_COLORS = {Answer.YES: "#2e7d32", Answer.PARTLY: "#f9a825", Answer.NO: "#c62828"}


class AnswerBars(QWidget):
    """One stacked bar per question: yes, partly, no, in proportion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerBars")
        self.counts: dict[int, dict[Answer, int]] = {}
        self.weakest: int | None = None
        self.setMinimumHeight(6 * 26 + 24)

    def set_counts(self, counts: dict[int, dict[Answer, int]], weakest: int | None) -> None:
        self.counts, self.weakest = counts, weakest
        self.setToolTip(
            "\n".join(
                f"{q.number}. {question_text(q)} — "
                + ", ".join(
                    f"{answer_label(a)}: {counts.get(q.number, {}).get(a, 0)}" for a in Answer
                )
                for q in QUESTIONS
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 6 * 26 + 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w, row_h, bar_h = 34, 26, 16
        width = max(self.width() - label_w - 8, 10)
        most = max((sum(c.values()) for c in self.counts.values()), default=0) or 1
        for i, q in enumerate(QUESTIONS):
            y = i * row_h + 4
            font = p.font()
            font.setBold(q.number == self.weakest)
            p.setFont(font)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, label_w, bar_h), Qt.AlignmentFlag.AlignVCenter, f"Q{q.number}")
            x = float(label_w)
            for answer in Answer:
                n = self.counts.get(q.number, {}).get(answer, 0)
                w = width * n / most
                p.fillRect(QRectF(x, y, w, bar_h), QColor(ANSWER_COLORS[answer]))
                x += w
        y = 6 * row_h + 4
        x = float(label_w)
        p.setFont(self.font())
        for answer in Answer:
            p.fillRect(QRectF(x, y + 3, 10, 10), QColor(ANSWER_COLORS[answer]))
            text = answer_label(answer)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + 14, y, 120, 16), Qt.AlignmentFlag.AlignVCenter, text)
            x += 24 + p.fontMetrics().horizontalAdvance(text)
        p.end()
