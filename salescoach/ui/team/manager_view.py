"""The manager's Team area: read-only figures of the team on the server, per rep and for
the team (the reps ticked together), over a chosen period.

One read of the server per period on a worker thread (`services.team_view.read_team`);
ticking reps adds up the facts already read, also off the GUI thread. A
manager's role sees every rep; a rep's role, only their own figures (PostgreSQL decides).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salescoach.domain.messages import UserError
from salescoach.domain.periods import Period, period_range
from salescoach.domain.progress import Grouping, Metric
from salescoach.domain.team_figures import RepFigures, TeamFigures
from salescoach.ui.common.answer_bars import AnswerBars
from salescoach.ui.common.charts import HistoryChart
from salescoach.ui.common.dialogs import show_error
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.labels import period_label
from salescoach.ui.common.rows_model import ROW_ROLE, RowsModel
from salescoach.ui.common.views import elide_titles
from salescoach.ui.common.worker import run_in_background
from salescoach.ui.team import manager_columns as words


def _table(name: str, model: RowsModel[Any]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    elide_titles(table)
    return table


class ManagerView(QWidget):
    """The team's figures; `loaded` once read (or refused) and shown."""

    loaded = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerView")
        self.data_dir = data_dir
        self.data: Any = None  # services.team_view.TeamData once read
        self.figures: TeamFigures | None = None
        self._build()

    # building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.reps = QListWidget()
        self.reps.setObjectName("teamReps")
        self.reps.setMaximumHeight(110)
        self.reps.itemChanged.connect(lambda _item: self.refigure())
        self.period = QComboBox()
        self.period.setObjectName("teamPeriod")
        for period in Period:
            self.period.addItem(period_label(period), period.value)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        refresh = QPushButton(self.tr("Read a&gain"))
        refresh.setObjectName("teamRefresh")
        refresh.clicked.connect(self.reload)
        export = QToolButton()
        export.setObjectName("teamExport")
        export.setText(self.tr("E&xport"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("The view as a &picture (PNG)…"), self.ask_export_png)
        menu.addAction(self.tr("The figures as a &table (CSV)…"), self.ask_export_csv)
        export.setMenu(menu)
        choose = QVBoxLayout()
        reps_label = QLabel(self.tr("&Reps"))
        reps_label.setBuddy(self.reps)
        choose.addWidget(reps_label)
        choose.addWidget(self.reps)
        side = QVBoxLayout()
        period_label_ = QLabel(self.tr("&Period"))
        period_label_.setBuddy(self.period)
        side.addWidget(period_label_)
        side.addWidget(self.period)
        side.addWidget(refresh)
        side.addWidget(export)
        lists = QPushButton(self.tr("&Shared lists…"))
        lists.setObjectName("teamSharedLists")
        lists.setToolTip(
            self.tr("The team's loss reasons, chances of winning and goals, published to the reps")
        )
        lists.clicked.connect(self.open_shared_lists)
        side.addWidget(lists)
        side.addStretch(1)
        bar = QHBoxLayout()
        bar.addLayout(choose, 1)
        bar.addLayout(side)

        self.status = QLabel(self.tr("Reading the team's figures on the server…"))
        self.status.setObjectName("teamStatus")
        self.status.setWordWrap(True)
        self.model: RowsModel[RepFigures] = RowsModel(words.rep_columns(), self)
        self.table = _table("teamTable", self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())

        self.chart = HistoryChart()
        self.heading = QLabel()
        self.heading.setObjectName("teamHeading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.weakest = QLabel()
        self.weakest.setObjectName("teamWeakest")
        self.weakest.setWordWrap(True)
        self.bars = AnswerBars()
        self.goal_model: RowsModel[Any] = RowsModel(words.goal_columns(dt.date.today()), self)
        self.goal_table = _table("teamGoals", self.goal_model)
        self.goal_table.setMaximumHeight(120)
        self.goal_table.hide()  # until the manager publishes a team goal for this year
        self.control_model: RowsModel[Any] = RowsModel(words.control_columns(), self)
        self.reason_model: RowsModel[Any] = RowsModel(words.reason_columns(), self)
        details = QVBoxLayout()
        details.addWidget(self.weakest)
        details.addWidget(self.bars)
        details.addWidget(_table("teamControl", self.control_model))
        details.addWidget(_table("teamReasons", self.reason_model))
        self.content = QWidget()
        self.content.setObjectName("teamContent")
        row = QHBoxLayout(self.content)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.chart, 1)
        row.addLayout(left, 3)
        row.addLayout(details, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.content)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.goal_table)
        layout.addWidget(split, 1)

    # data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the server again (off the GUI thread)."""
        from salescoach.services.team_view import read_team

        self.status.setText(self.tr("Reading the team's figures on the server…"))
        self.status.show()
        data_dir, (since, until) = self.data_dir, self.period_range()
        run_in_background(
            lambda: read_team(data_dir, since, until), self._alive(self._read), self._failed
        )

    def _alive(self, done: Any) -> Any:
        """`done`, unless the view was deleted meanwhile (its window closed)."""
        return lambda result: done(result) if isValid(self) else None

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error  # a bug stays a bug
        if not isValid(self):
            return
        self.status.setText(tr_message(error.message))
        self.loaded.emit()

    def _read(self, data: Any) -> None:
        self.data = data
        chosen = set(self.chosen_reps()) if self.reps.count() else set(data.reps)
        self.reps.blockSignals(True)
        self.reps.clear()
        for name in data.reps:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.reps.addItem(item)
        self.reps.blockSignals(False)
        if data.manager:
            self.status.hide()
        else:
            self.status.setText(
                self.tr("As {role}, you see your own figures only.").format(role=data.role)
            )
        self.refigure()

    def chosen_reps(self) -> list[str]:
        return [
            self.reps.item(i).text()
            for i in range(self.reps.count())
            if self.reps.item(i).checkState() == Qt.CheckState.Checked
        ]

    def period_range(self) -> tuple[dt.date | None, dt.date | None]:
        """The period chosen (read again from the server when it changes)."""
        return period_range(Period(self.period.currentData()), dt.date.today())

    def refigure(self) -> None:
        """Add up the period's facts for the reps ticked (no new read of the server)."""
        data = self.data
        if data is None:
            return
        chosen = self.chosen_reps()
        run_in_background(lambda: data.figures(chosen), self._alive(self._show), self._failed)

    def _show(self, figures: TeamFigures) -> None:
        self.figures = figures
        current = self.table.currentIndex().row()
        self.model.set_rows([figures.team, *figures.reps])
        if self.data is not None:
            self.goal_model.set_rows(self.data.goals_progress(self.chosen_reps()))
            self.goal_table.setVisible(self.goal_model.rowCount() > 0)
        self.table.selectRow(current if 0 <= current < self.model.rowCount() else 0)
        self._show_selected()
        self.loaded.emit()

    def selected(self) -> RepFigures | None:
        row = self.table.currentIndex().row()
        if self.figures is None:
            return None
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else self.figures.team

    def _show_selected(self) -> None:
        rep = self.selected()
        if rep is None:
            return
        self.heading.setText(words.rep_name(rep))
        today = self.data.today if self.data is not None else dt.date.today()
        goal = rep.goal
        targets: list[float | None] = []
        if goal is not None and goal.metric is Metric.REVENUE and goal.currency == rep.currency:
            targets = [
                float(goal.target_for(Grouping.MONTH)[0]) if p.start.year == goal.year else None
                for p in rep.months
            ]
        if rep.months:
            self.chart.show_series(
                rep.months, Grouping.MONTH, Metric.REVENUE, rep.currency, targets, today
            )
        self.weakest.setText(
            self.tr("Weakest debrief question: {question}").format(question=words.weakest_text(rep))
        )
        self.weakest.setToolTip(words.weakest_tip(rep))
        self.bars.set_counts(rep.answers, rep.weakest)
        self.control_model.set_rows(list(reversed(rep.by_quarter)))
        self.reason_model.set_rows(rep.reasons)

    def rows_shown(self) -> list[RepFigures]:
        return [self.model.index(i, 0).data(ROW_ROLE) for i in range(self.model.rowCount())]

    def open_shared_lists(self) -> Any:
        """The "Shared lists…" dialog (read from the server when shown); the view is read
        again once something is published (the team goals' progress)."""
        from salescoach.ui.team.shared_lists import SharedListsDialog

        dialog = SharedListsDialog(self.data_dir, self)
        dialog.published.connect(self.reload)
        dialog.show()
        dialog.load()
        return dialog

    # export ------------------------------------------------------------------------------
    def export_png(self, path: Path) -> Path:
        """The chart and the details of the line chosen, as shown (a grab of the widgets)."""
        if not self.content.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        return path

    def export_csv(self, path: Path) -> Path:
        from salescoach.services.team_view import export_csv

        assert self.figures is not None
        return export_csv(path, self.figures, self.tr("Team"))

    def ask_export_png(self) -> None:
        self._ask(self.tr("Save the view"), "png", self.tr("PNG image (*.png)"), self.export_png)

    def ask_export_csv(self) -> None:
        self._ask(self.tr("Export the figures"), "csv", self.tr("CSV file (*.csv)"),
                  self.export_csv)  # fmt: skip

    def _ask(self, title: str, suffix: str, kinds: str, write: Any) -> None:
        if self.figures is None:
            return
        default = str(Path.home() / f"salescoach-team.{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, title, default, kinds)
        if not name:
            return
        try:
            write(Path(name))
        except OSError as exc:
            show_error(self, title, str(exc))
