"""The manager's "Shared lists…" dialog (Team area): the team's loss reasons, chance of
winning at each stage and goals, as the server holds them, edited and published. The same
checks as `salescoach team publish` (each table is read as that command reads its CSV
file), so a bad value names its tab and row and nothing is published."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salescoach.domain.enums import DealStage
from salescoach.domain.messages import UserError
from salescoach.domain.money import cents_to_major
from salescoach.domain.team_lists import (
    COLUMNS,
    LOSS_REASONS,
    STAGE_PROBABILITIES,
    TEAM_GOALS,
    parse_csv,
)
from salescoach.ui.common.dialogs import field_error_label, report_failure, set_field_error
from salescoach.ui.common.labels import stage_label
from salescoach.ui.common.worker import run_in_background

ORIGINAL = Qt.ItemDataRole.UserRole  # a reason as read from the server (kept when unchanged)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    if item is None:
        return ""
    if item.data(Qt.ItemDataRole.CheckStateRole) is not None:  # the controllable box
        return "yes" if item.checkState() == Qt.CheckState.Checked else "no"
    return item.text().strip()


class SharedListsDialog(QDialog):
    """`loaded` once the lists are read (or refused); `published` once the server took
    them."""

    loaded = Signal()
    published = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedListsDialog")
        self.setWindowTitle(self.tr("Shared lists"))
        self.data_dir = data_dir
        intro = QLabel(
            self.tr(
                "What you publish here replaces the team's list on the server; each rep "
                "gets it at their next sync. A loss reason you remove is hidden on the "
                "reps' laptops (their past debriefs keep it)."
            )
        )
        intro.setWordWrap(True)
        self.reasons = _table("sharedReasons", [self.tr("Loss reason"), self.tr("Controllable")])
        self.stages = _table("sharedStages", [self.tr("Stage"), self.tr("Chance of winning (%)")])
        self.goals = _table(
            "sharedGoals",
            [self.tr("Year"), self.tr("Rep (empty: the team)"), self.tr("Wins"),
             self.tr("Won amount"), self.tr("Currency")],
        )  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.addTab(self._page(self.reasons, True), self.tr("&Loss reasons"))
        self.tabs.addTab(self._page(self.stages, False), self.tr("&Chances of winning"))
        self.tabs.addTab(self._page(self.goals, True), self.tr("Team &goals"))
        self.status = QLabel(self.tr("Reading the team's lists on the server…"))
        self.status.setObjectName("sharedStatus")
        self.status.setWordWrap(True)
        self.error = field_error_label()
        self.error.setObjectName("sharedError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.publish_button.setObjectName("publishLists")
        self.publish_button.setEnabled(False)
        self.publish_button.clicked.connect(self.publish)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def _page(self, table: QTableWidget, lines: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        if lines:
            add = QPushButton(self.tr("&Add a line"))
            add.setObjectName(f"{table.objectName()}Add")
            add.clicked.connect(lambda: self.add_line(table))
            remove = QPushButton(self.tr("&Remove the line"))
            remove.setObjectName(f"{table.objectName()}Remove")
            remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
            row = QHBoxLayout()
            row.addWidget(add)
            row.addWidget(remove)
            row.addStretch(1)
            layout.addLayout(row)
        return page

    def add_line(self, table: QTableWidget) -> int:
        row = table.rowCount()
        table.insertRow(row)
        if table is self.reasons:
            flag = QTableWidgetItem()
            flag.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            flag.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, 1, flag)
        elif table is self.goals:
            table.setItem(row, 0, QTableWidgetItem(str(dt.date.today().year)))
            table.setItem(row, 4, QTableWidgetItem("EUR"))
        table.setCurrentCell(row, 0)
        return row

    # reading -----------------------------------------------------------------------------
    def load(self) -> None:
        from salescoach.services.team_lists import server_lists

        data_dir = self.data_dir
        run_in_background(lambda: server_lists(data_dir), self._alive(self._show), self._failed)

    def _alive(self, done: Any) -> Any:
        return lambda result: done(result) if isValid(self) else None

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.publish_button.setEnabled(True)
        if not isinstance(error, UserError):
            report_failure(self, self.tr("Shared lists"))(error)
            return
        self.status.hide()
        set_field_error(self.error, error.message)
        self.loaded.emit()

    def _show(self, lists: dict[str, list[dict[str, Any]]]) -> None:
        self.reasons.setRowCount(0)
        for entry in lists[LOSS_REASONS]:
            row = self.add_line(self.reasons)
            label = QTableWidgetItem(str(entry.get("label") or entry.get("code") or ""))
            label.setData(ORIGINAL, entry)
            self.reasons.setItem(row, 0, label)
            self.reasons.item(row, 1).setCheckState(
                Qt.CheckState.Checked if entry.get("controllable") else Qt.CheckState.Unchecked
            )
        chances = {e["stage"]: e["probability"] for e in lists[STAGE_PROBABILITIES]}
        self.stages.setRowCount(0)
        for stage in DealStage:
            row = self.stages.rowCount()
            self.stages.insertRow(row)
            name = QTableWidgetItem(stage_label(stage))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(ORIGINAL, stage.value)
            self.stages.setItem(row, 0, name)
            self.stages.setItem(row, 1, QTableWidgetItem(str(chances.get(stage.value, ""))))
        self.goals.setRowCount(0)
        for entry in lists[TEAM_GOALS]:
            row = self.add_line(self.goals)
            won = entry.get("won_cents")
            amount = None if won is None else f"{cents_to_major(won):.2f}"
            cells = [entry["year"], entry.get("rep"), entry.get("wins"), amount, entry["currency"]]
            for column, value in enumerate(cells):
                self.goals.setItem(
                    row, column, QTableWidgetItem("" if value in (None, "") else str(value))
                )
        self.status.hide()
        self.publish_button.setEnabled(True)
        self.loaded.emit()

    # publishing --------------------------------------------------------------------------
    def entries(self) -> dict[str, list[dict[str, Any]]]:
        """Each list as typed, checked as `team publish` checks a file (`UserError`)."""
        now = dt.datetime.now(dt.UTC)
        found: dict[str, list[dict[str, Any]]] = {}
        tables = ((LOSS_REASONS, self.reasons, 0), (STAGE_PROBABILITIES, self.stages, 1),
                  (TEAM_GOALS, self.goals, 2))  # fmt: skip
        for kind, table, tab in tables:
            text = io.StringIO()
            out = csv.writer(text)
            out.writerow(COLUMNS[kind])
            for row in range(table.rowCount()):
                cells = [_cell(table, row, c) for c in range(table.columnCount())]
                if kind == STAGE_PROBABILITIES:  # no chance set: each rep keeps theirs
                    cells[0] = table.item(row, 0).data(ORIGINAL) if cells[1] else ""
                out.writerow(cells)  # a blank line is skipped, yet counted
            name = self.tabs.tabText(tab).replace("&", "")
            found[kind] = parse_csv(kind, text.getvalue(), name, now, first_line=1)
        kept = {}  # reasons read from the server and not renamed keep their id
        for row in range(self.reasons.rowCount()):
            item = self.reasons.item(row, 0)
            original = None if item is None else item.data(ORIGINAL)
            if original and str(original.get("label")) == item.text().strip():
                kept[item.text().strip()] = original
        found[LOSS_REASONS] = [
            {**kept[e["label"]], "controllable": e["controllable"], "position": e["position"]}
            if e["label"] in kept
            else e
            for e in found[LOSS_REASONS]
        ]
        return found

    def publish(self) -> None:
        from salescoach.services.team_lists import publish

        try:
            lists = self.entries()
        except UserError as e:
            set_field_error(self.error, e.message)
            return
        set_field_error(self.error, None)
        data_dir = self.data_dir

        def work() -> None:
            for kind, entries in lists.items():
                publish(data_dir, kind, entries)

        self.publish_button.setEnabled(False)
        self.status.setText(self.tr("Publishing…"))
        self.status.show()
        run_in_background(work, self._alive(self._published), self._failed)

    def _published(self, _result: object) -> None:
        self.publish_button.setEnabled(True)
        self.status.setText(self.tr("Published: each rep gets these lists at their next sync."))
        self.published.emit()
