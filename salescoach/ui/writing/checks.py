"""The composer's live checks: each figure, whether it keeps its rule, and the rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from salescoach.domain.writing import FORMULAS, READING_SPEED, Rule, WritingReport, rule_text
from salescoach.ui.common import formatting
from salescoach.ui.common.colors import ALERT, GOOD, text_style

OK, NOT_OK = "✓", "✗"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Writing", text)


class ChecksPanel(QWidget):
    """One line per rule: ✓ or ✗, the figure, and the rule it comes from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writingChecks")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        self.marks: dict[Rule, QLabel] = {}
        self.figures: dict[Rule, QLabel] = {}
        self.rules: dict[Rule, QLabel] = {}
        for row, rule in enumerate(Rule):
            mark, figure, why = QLabel(), QLabel(), QLabel()
            mark.setObjectName(f"mark_{rule.value}")
            figure.setObjectName(f"check_{rule.value}")
            why.setObjectName(f"rule_{rule.value}")
            why.setWordWrap(True)
            why.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(mark, row, 0)
            grid.addWidget(figure, row, 1)
            grid.addWidget(why, row, 2)
            self.marks[rule], self.figures[rule], self.rules[rule] = mark, figure, why

    def show_report(self, report: WritingReport) -> None:
        lang = report.language
        readability = report.readability
        longest = report.longest_sentence
        texts = {
            Rule.LENGTH: QCoreApplication.translate("Writing", "%n word(s)", "", report.words),
            Rule.READING_TIME: QCoreApplication.translate("Writing", "read in {seconds} s").format(
                seconds=formatting.count_text(report.reading_seconds)
            ),
            Rule.SENTENCE: QCoreApplication.translate(
                "Writing", "longest sentence: %n word(s)", "", longest
            ),
            Rule.ASKS: QCoreApplication.translate("Writing", "%n ask(s)", "", report.asks),
            Rule.READABILITY: QCoreApplication.translate("Writing", "readability: {score}").format(
                score="—" if readability is None else formatting.number_text(readability, 0)
            ),
            Rule.FILLERS: QCoreApplication.translate("Writing", "filler phrases: {phrases}").format(
                phrases=", ".join(f"« {f.phrase} »" for f in report.fillers) or "0"
            ),
            Rule.SUBJECT: QCoreApplication.translate(
                "Writing", "subject: %n character(s)", "", report.subject_chars
            ),
        }
        for rule in Rule:
            ok = report.passes(rule)
            mark = self.marks[rule]
            if mark.text() != (OK if ok else NOT_OK):  # a style sheet is slow to set
                mark.setText(OK if ok else NOT_OK)
                mark.setStyleSheet(text_style(GOOD if ok else ALERT))
            if self.figures[rule].text() != texts[rule]:
                self.figures[rule].setText(texts[rule])
            text, args = rule_text(rule)
            if rule is Rule.READABILITY:
                args = {**args, "formula": _tr(FORMULAS[lang])}
            if rule is Rule.READING_TIME:
                args = {**args, "speed": READING_SPEED[lang]}
            why = _tr(text).format(**args)
            if self.rules[rule].text() != why:
                self.rules[rule].setText(why)
