"""Nominate the "sales call of the month": one of the month's touches, and why it was good."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.goals import NominationDraft, NominationRow, TouchChoice
from salescoach.domain.messages import UserError, ValidationError
from salescoach.domain.periods import add_months
from salescoach.domain.progress import Grouping
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.dialogs import (
    error_row,
    field_error_label,
    report_failure,
    resize_within_screen,
    set_field_error,
    show_error,
)
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.unsaved import EditDialog
from salescoach.ui.common.views import elide_titles
from salescoach.ui.common.worker import run_in_background
from salescoach.ui.progress import text as text

if TYPE_CHECKING:
    from salescoach.services.progress import ProgressService

MONTHS_OFFERED = 12
translate = QCoreApplication.translate


def _columns() -> list[Column[TouchChoice]]:
    return [
        Column(
            lambda: translate("NominationDialog", "When"),
            lambda t: formatting.datetime_text(t.occurred_at),
        ),
        Column(lambda: translate("NominationDialog", "Kind"), lambda t: labels.kind_label(t.kind)),
        Column(lambda: translate("NominationDialog", "Deal"), lambda t: t.deal),
        Column(lambda: translate("NominationDialog", "With"), lambda t: t.contact or t.account),
        Column(
            lambda: translate("NominationDialog", "Deal status"),
            lambda t: labels.status_label(t.deal_status) if t.deal_status else "",
        ),
        Column(lambda: translate("NominationDialog", "Outcome"), lambda t: t.outcome),
    ]


class NominationDialog(EditDialog):
    """Pick a month, one of its touches (those on won deals first), and say why. A month's
    touches are read off the GUI thread: at the scale of ten years of history, a busy month
    holds over ten thousand."""

    touches_loaded = Signal()

    def __init__(
        self,
        progress: ProgressService,
        nominations: list[NominationRow],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._progress = progress
        self._today = today or dt.date.today()
        self._existing = {n.month: n for n in nominations}
        self._choices: list[TouchChoice] = []
        self.saved = False
        self.setObjectName("nominationDialog")
        self.setWindowTitle(self.tr("Sales call of the month"))
        resize_within_screen(self, 760, 560)

        intro = QLabel(
            self.tr(
                "Which call, email or meeting this month would you want to repeat? Say what "
                "made it work: that is what you will learn from."
            )
        )
        intro.setWordWrap(True)
        self.month = QComboBox()
        self.month.setObjectName("nominationMonth")
        this_month = self._today.replace(day=1)
        for back in range(MONTHS_OFFERED):
            month = add_months(this_month, -back)
            self.month.addItem(text.period_label(month, Grouping.MONTH), month.isoformat())
        self.month.currentIndexChanged.connect(self._load)
        self.month_error = field_error_label(self.month)
        self.filter = QLineEdit()
        self.filter.setObjectName("nominationFilter")
        self.filter.setPlaceholderText(self.tr("Filter by deal, contact or outcome"))
        self.filter.setClearButtonEnabled(True)
        self.ignore_edits(self.filter)  # a filter is not worth asking about
        self.filter.textChanged.connect(self._apply_filter)
        self.model: RowsModel[TouchChoice] = RowsModel(_columns(), self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("nominationTouches")
        elide_titles(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 80, 190, 150, 80)):
            self.table.setColumnWidth(column, width)
        self.touch_error = field_error_label()
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: set_field_error(self.touch_error, None)
        )
        self.touch_count = QLabel()
        self.touch_count.setObjectName("nominationCount")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("nominationReason")
        self.reason.setPlaceholderText(
            self.tr("e.g. I had them restate their problem before I proposed anything.")
        )
        self.reason.setMaximumHeight(80)
        self.reason_error = field_error_label(self.reason)

        form = QFormLayout()
        form.addRow(self.tr("&Month"), self.month)
        form.addRow("", error_row(self.month_error))
        form.addRow(self.tr("&Filter"), self.filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveNominationButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.touch_count)
        layout.addWidget(self.touch_error)
        reason_label = QLabel(self.tr("&Why it was good"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(buttons)
        self._load()

    def current_month(self) -> dt.date:
        return dt.date.fromisoformat(self.month.currentData())

    def _load(self) -> None:
        """Read the chosen month's touches; then select its nomination, with its reason."""
        month = self.current_month()
        existing = self._existing.get(month)
        self.reason.setPlainText(existing.reason if existing else "")
        self._choices = []
        self.model.set_rows([])
        self.touch_count.setText(self.tr("Reading the month's touches…"))
        progress = self._progress
        run_in_background(
            lambda: progress.touch_choices(month),
            lambda rows: self._loaded(month, rows),
            report_failure(self, self.tr("Cannot read the month's touches")),
        )

    def _loaded(self, month: dt.date, rows: list[TouchChoice]) -> None:
        if month != self.current_month():
            return  # another month was chosen meanwhile
        self._choices = rows
        self._apply_filter()
        existing = self._existing.get(month)
        if existing is not None:
            self.select_touch(existing.touch.id.hex)
        self.touches_loaded.emit()

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        shown = [
            c
            for c in self._choices
            if all(w in f"{c.deal} {c.account} {c.contact} {c.outcome}".casefold() for w in words)
        ]
        self.model.set_rows(shown)
        self.touch_count.setText(
            self.tr("%n touch(es) this month", "", len(self._choices))
            if len(shown) == len(self._choices)
            else self.tr("%n of {total} touches", "", len(shown)).format(
                total=formatting.count_text(len(self._choices))
            )
        )
        if shown:
            self.table.selectRow(0)

    def select_touch(self, touch_hex: str) -> None:
        for row, choice in enumerate(self.model.rows()):
            if choice.id.hex == touch_hex:
                self.table.selectRow(row)
                return

    def chosen(self) -> TouchChoice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def save(self) -> None:
        for label in (self.month_error, self.touch_error, self.reason_error):
            set_field_error(label, None)
        choice = self.chosen()
        draft = NominationDraft(
            self.current_month(), choice.id if choice else None, self.reason.toPlainText()
        )
        try:
            self._progress.nominate(draft, self._today)
        except ValidationError as exc:
            errors = {"month": self.month_error, "touch": self.touch_error}
            for name, message in exc.fields.items():
                set_field_error(errors.get(name, self.reason_error), message)
            return
        except UserError as exc:
            show_error(self, self.tr("Cannot save the nomination"), exc)
            return
        self.saved = True
        self.accept()
