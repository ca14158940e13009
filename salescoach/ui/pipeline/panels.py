"""The deals table, and the panels under it: the selected deal's touches, and the checklist built
from the rep's own weak spots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from salescoach.domain.debrief import question
from salescoach.domain.enums import DealStatus
from salescoach.domain.rows import DealRow, TouchRow
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.columns import ColumnChooser
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.views import elide_titles
from salescoach.ui.pipeline.model import COLUMN_WIDTHS, DealColumn, DealsModel


def button(text: str, name: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def deals_table(model: DealsModel, data_dir: Path) -> QTableView:
    """The deals table: sortable, one whole row selected, a context menu, fixed row heights
    (the view never measures 100,000 rows); its columns chosen by the rep (kept in
    `data_dir`), fitted to a narrow screen the first time."""
    table = QTableView()
    table.setObjectName("dealsTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(DealColumn.CREATED, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    elide_titles(table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    vheader = table.verticalHeader()
    vheader.setVisible(False)
    vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vheader.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in COLUMN_WIDTHS.items():
        table.setColumnWidth(column, width)
    c = DealColumn
    table.columns = ColumnChooser(  # type: ignore[attr-defined]
        table, data_dir, kept=(c.TITLE,),
        fit=((c.CLOSED, c.COMMISSION, c.CONTACTS), (c.TITLE, c.ACCOUNT)),
    )  # fmt: skip
    return table


def _touch_columns() -> list[Column[TouchRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("PipelineView", "When"),
            lambda t: formatting.datetime_text(t.occurred_at),
        ),
        Column(
            lambda: QCoreApplication.translate("PipelineView", "Kind"),
            lambda t: labels.kind_label(t.kind),
        ),
        Column(lambda: QCoreApplication.translate("PipelineView", "With"), lambda t: t.contact),
        Column(lambda: QCoreApplication.translate("PipelineView", "Outcome"), lambda t: t.outcome),
        Column(
            lambda: QCoreApplication.translate("PipelineView", "Note"),
            lambda t: t.note.replace("\n", " "),
        ),
    ]


class TouchesTable(QTableView):
    """A deal's touches, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchesTable")
        self.touch_model: RowsModel[TouchRow] = RowsModel(_touch_columns(), self)
        self.setModel(self.touch_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        elide_titles(self)
        for column, width in enumerate((140, 100, 200, 260)):
            self.setColumnWidth(column, width)

    def current_touch(self) -> TouchRow | None:
        index = self.currentIndex()
        return self.touch_model.row_at(index.row()) if index.isValid() else None


class WeakSpotChecklist(QLabel):
    """On an open deal: reminders drawn from the questions the rep most often answers
    "no" or "partly" in debriefs (lessons that feed forward)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weakSpotChecklist")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-radius: 4px; padding: 6px; }"
        )
        self.weak_spots: list[int] = []
        self.hide()

    def show_for(self, deal: DealRow | None) -> None:
        if deal is None or deal.status is not DealStatus.OPEN or not self.weak_spots:
            self.hide()
            return
        items = "".join(
            f"<li>{QCoreApplication.translate('Debrief', question(n).reminder)}</li>"
            for n in self.weak_spots
        )
        title = self.tr("Before this deal closes (from your own debriefs):")
        self.setText(f"<b>{title}</b><ul style='margin: 0'>{items}</ul>")
        self.show()


def filter_combo(name: str, everything: str, items: list[tuple[str, object]]) -> QComboBox:
    """A filter's drop-down: `everything` (no filter) first, then each choice."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    return combo
