"""The history side of the Numbers view: the sentence that gives the meaning, the figures,
notes on what is left out, and the split by kind of touch."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.enums import TouchKind
from salescoach.domain.numbers import KindLine, NumbersState, TouchNumbers
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.dialogs import run_dialog
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.tooltips import paragraph_tip
from salescoach.ui.common.touch_note import amount_about
from salescoach.ui.common.views import elide_titles
from salescoach.ui.numbers.explain import figure_tips, headline_tip, kind_tip, scope_note

DASH = "—"


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 8px;")
    label.setWordWrap(True)
    return label


def set_big(label: QLabel, points: float) -> None:
    """A figure in large semibold type. A font, not a style sheet: a label's style sheet
    also dresses its tooltip, and the explanations would read in 14-point bold."""
    font = label.font()
    font.setPointSizeF(points)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def _or_dash(value: float | None, shown: str) -> str:
    return DASH if value is None else shown


def _kind_columns(currency: str) -> list[Column[KindLine]]:
    def worth(line: KindLine) -> str:
        if line.worth_cents is None:
            return DASH
        return formatting.money(round(line.worth_cents, -2), currency, 0)

    return [
        Column(
            lambda: QCoreApplication.translate("FiguresPanel", "Kind"),
            lambda line: labels.kind_label(line.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("FiguresPanel", "Touches"),
            lambda line: formatting.count_text(line.touches),
            True,
            lambda: QCoreApplication.translate(
                "FiguresPanel", "How many of this kind were logged in the period."
            ),
        ),
        # "Share" alone read as a share of money; it is a share of the touches.
        Column(
            lambda: QCoreApplication.translate("FiguresPanel", "Share of touches"),
            lambda line: _or_dash(line.share, formatting.percent_text(line.share or 0)),
            True,
            lambda: QCoreApplication.translate(
                "FiguresPanel", "This kind's touches ÷ all the touches logged."
            ),
        ),
        # "Per win 12.4" did not say 12.4 what: touches of this kind for each win.
        Column(
            lambda: QCoreApplication.translate("FiguresPanel", "Touches per win"),
            lambda line: _or_dash(line.per_win, formatting.number_text(line.per_win or 0)),
            True,
            lambda: QCoreApplication.translate(
                "FiguresPanel", "This kind's touches ÷ the deals won in the period."
            ),
        ),
        # "Worth €58,102" beside "each call is worth about €45" read as the value of one
        # touch; it is this kind's part of the commission earned.
        Column(
            lambda: QCoreApplication.translate("FiguresPanel", "Share of commission"),
            worth,
            True,
            lambda: QCoreApplication.translate(
                "FiguresPanel",
                "This kind's touches × the value of one touch: its part of the commission "
                "earned (the rows add up to it).",
            ),
        ),
    ]


# The figures' object names ("figure_<name>"), in reading order (two columns of four).
FIGURES = (
    "commission",
    "won",
    "lost",
    "win_rate",
    "touches",
    "touches_per_win",
    "avg_commission",
    "per_touch_value",
)


def _figure_label(name: str) -> str:
    return {
        "commission": QCoreApplication.translate("FiguresPanel", "Commission earned"),
        "won": QCoreApplication.translate("FiguresPanel", "Wins"),
        "lost": QCoreApplication.translate("FiguresPanel", "Losses"),
        "win_rate": QCoreApplication.translate("FiguresPanel", "Win rate"),
        "touches": QCoreApplication.translate("FiguresPanel", "Touches logged"),
        "touches_per_win": QCoreApplication.translate("FiguresPanel", "Touches per win"),
        "avg_commission": QCoreApplication.translate("FiguresPanel", "Average commission per win"),
        "per_touch_value": QCoreApplication.translate("FiguresPanel", "Value of one touch"),
    }[name]


class FiguresPanel(QWidget):
    """Everything the period's history says about the value of a touch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPanel")
        self.headline = QLabel()
        self.headline.setObjectName("numbersHeadline")
        self.headline.setWordWrap(True)
        set_big(self.headline, 14)
        self.subline = QLabel()
        self.subline.setObjectName("numbersSubline")
        self.subline.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for i, name in enumerate(FIGURES):
            caption = QLabel(_figure_label(name))
            caption.setWordWrap(True)
            value = QLabel(DASH)
            value.setObjectName(f"figure_{name}")
            set_big(value, 12)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            self.captions[name] = caption
            row, col = i % 4, (i // 4) * 2
            grid.addWidget(caption, row, col)
            grid.addWidget(value, row, col + 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        # The tooltips' explanations all in one place, for the keyboard and touch screens.
        self.explain = QToolButton()
        self.explain.setObjectName("explainFigures")
        self.explain.setText("?")
        self.explain.setToolTip(self.tr("How these figures are computed"))
        self.explain.setAccessibleName(self.tr("How these figures are computed"))
        self.explain.clicked.connect(self.show_explanations)
        self._explained: dict[str, str] = {}
        self._scope = ""
        grid.addWidget(self.explain, 0, 4, Qt.AlignmentFlag.AlignTop)
        self.notes = QLabel()
        self.notes.setObjectName("numbersNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(mid);")
        self.kind_model: RowsModel[KindLine] = RowsModel(_kind_columns("EUR"), self)
        self.kinds = QTableView()
        self.kinds.setTabKeyNavigation(False)  # Tab leaves the table
        self.kinds.setObjectName("kindsTable")
        elide_titles(self.kinds)
        self.kinds.setModel(self.kind_model)
        self.kinds.verticalHeader().hide()
        self.kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kinds.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.kinds.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.kinds.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.kinds.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.kinds.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.subline)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.notes)
        layout.addWidget(heading(self.tr("By kind of touch")))
        layout.addWidget(self.kinds)
        layout.addStretch(1)

    def show_numbers(self, n: TouchNumbers) -> None:
        cur = n.currency
        money = formatting.money
        shown = {
            # No plan and none recorded: "—" (the headline says how to set a rate), not €0.00.
            "commission": money(n.commission_cents, cur)
            if n.won + n.lost and n.state is not NumbersState.NO_COMMISSION
            else DASH,
            "won": formatting.count_text(n.won),
            "lost": formatting.count_text(n.lost),
            "win_rate": _or_dash(n.win_rate, formatting.percent_text(n.win_rate or 0, 1)),
            "touches": formatting.count_text(n.touches),
            "touches_per_win": _or_dash(
                n.touches_per_win, formatting.ratio_text(n.touches_per_win or 0)
            ),
            "avg_commission": _or_dash(
                n.avg_commission_per_win_cents, money(n.avg_commission_per_win_cents or 0, cur)
            ),
            "per_touch_value": _or_dash(
                n.per_touch_value_cents, money(n.per_touch_value_cents or 0, cur)
            ),
        }
        self._explained = figure_tips(n)
        self._scope = scope_note(n)
        tips = {
            name: paragraph_tip(f"{tip}\n{self._scope}") for name, tip in self._explained.items()
        }
        for name, text in shown.items():
            self.values[name].setText(text)
            # Over the figure and its name: whichever the mouse finds first.
            self.values[name].setToolTip(tips[name])
            self.captions[name].setToolTip(tips[name])
        self.headline.setText(self._headline(n))
        self.headline.setToolTip(paragraph_tip(headline_tip(n)))
        self.subline.setText(self._subline(n))
        self.subline.setVisible(bool(self.subline.text()))
        self.notes.setText("\n".join(self._notes(n)))
        self.notes.setVisible(bool(self.notes.text()))
        lines = sorted((line for line in n.by_kind if line.touches), key=lambda k: -k.touches)
        self.kind_model.row_tip = lambda line: paragraph_tip(kind_tip(line, n))
        self.kind_model.set_rows(lines, _kind_columns(cur))
        self.kinds.setFixedHeight(
            self.kinds.horizontalHeader().sizeHint().height()
            + self.kinds.verticalHeader().defaultSectionSize() * max(len(lines), 1)
            + 2 * self.kinds.frameWidth()
        )

    def show_explanations(self) -> None:
        """Every figure's explanation in one window (what the tooltips say, one by one)."""
        text = paragraph_tip(self._scope) + "".join(
            f"<p><b>{html.escape(_figure_label(name))}</b>{paragraph_tip(self._explained[name])}"
            "</p>"
            for name in FIGURES
            if name in self._explained
        )
        dialog = QDialog(self)
        dialog.setObjectName("figuresExplained")
        dialog.setWindowTitle(self.tr("How these figures are computed"))
        browser = QTextBrowser()
        browser.setObjectName("figuresExplainedText")
        browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(560, 460)  # scrolls rather than outgrow a 600-pixel-high screen
        run_dialog(dialog)

    def _headline(self, n: TouchNumbers) -> str:
        state = n.state
        if state is NumbersState.EMPTY:
            return self.tr("Nothing was logged or closed in this period. Choose a longer one.")
        if state is NumbersState.NO_TOUCHES:
            return self.tr(
                "No touch logged in this period. Log each call and email (Ctrl+T in the "
                "Pipeline) to see what each one is worth."
            )
        if state is NumbersState.NO_WINS:
            return self.tr(
                "No win in this period yet, so there is no value per touch to show. Every no "
                "brings you closer to a yes: choose a longer period to see yours."
            )
        if state is NumbersState.NO_COMMISSION:
            return self.tr(
                "Your wins in this period earn no commission yet: no CRM export carries it. "
                "Set your rate in Settings › Commission plan… (or record the commission on "
                "each won deal) to see what a touch is worth to you."
            )
        assert n.per_touch_value_cents is not None
        amount = amount_about(n.per_touch_value_cents, n.currency)
        calls = next((line.touches for line in n.by_kind if line.kind is TouchKind.CALL), 0)
        if calls:
            return self.tr(
                "Each call you make is worth about {amount}, even the ones that end in a no."
            ).format(amount=amount)
        return self.tr(
            "Each touch is worth about {amount}, even the ones that end in a no."
        ).format(amount=amount)

    def _subline(self, n: TouchNumbers) -> str:
        if n.touches_per_win is None:
            return ""
        return self.tr(
            "It takes about %n touch(es) to win a deal ({ratio}): the ones before the yes are "
            "not wasted, they are how you get there.",
            "",
            max(round(n.touches_per_win), 1),
        ).format(ratio=formatting.ratio_text(n.touches_per_win))

    def _notes(self, n: TouchNumbers) -> list[str]:
        notes = []
        if n.wins_without_commission and n.state is NumbersState.OK:
            notes.append(
                self.tr(
                    "Commission is missing on %n win(s): the value of a touch is higher "
                    "than shown.",
                    "",
                    n.wins_without_commission,
                )
            )
        for o in n.others:
            notes.append(
                self.tr(
                    "Left out, in {currency} (not converted): {won} won, {lost} lost, "
                    "{touches} touches, {commission} of commission."
                ).format(
                    currency=o.currency,
                    won=formatting.count_text(o.won),
                    lost=formatting.count_text(o.lost),
                    touches=formatting.count_text(o.touches),
                    commission=formatting.money(o.commission_cents, o.currency),
                )
            )
        return notes
