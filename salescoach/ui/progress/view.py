"""The Progress view: the rep's whole history by month, quarter or year, this year against
the goal, the streak, and the sales calls of the month.

Built (and pyqtgraph imported) the first time the view is shown; the data is read off the
GUI thread, all three groupings at once, so that switching between them only redraws.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.progress import Grouping, Metric, caption_facts, rolling_average
from salescoach.ui.common.area import Area
from salescoach.ui.common.charts import HistoryChart
from salescoach.ui.common.dialogs import run_dialog, show_error
from salescoach.ui.common.first_paint import in_turns
from salescoach.ui.common.png_export import PngSizeDialog, export_png
from salescoach.ui.common.tooltips import paragraph_tip
from salescoach.ui.progress import text as text
from salescoach.ui.progress.empty import empty_page
from salescoach.ui.progress.energy import EnergyPlot
from salescoach.ui.progress.explain import caption_tip, readout_tip
from salescoach.ui.progress.side import ProgressSide
from salescoach.ui.progress.year_chart import YearChart

if TYPE_CHECKING:
    from salescoach.services.progress import ProgressData
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events

SIDE_WIDTH = 340
SIDE_MIN_WIDTH = 260
PAINT_GAP_MS = 20  # after a chart is shown: time for it to be painted before the next


class ProgressView(Area):
    """The long-term chart; an empty history says how to get some."""

    loaded = Signal()  # the data is read and drawn

    LOADING, EMPTY, CONTENT = range(3)

    def __init__(self, workspace: Workspace, events: Events, parent: QWidget | None = None):
        super().__init__(workspace, events, parent)
        events.deals_changed.connect(self.mark_stale)
        events.reviews_changed.connect(self.mark_stale)
        self.setObjectName("progressView")
        self.data: ProgressData | None = None
        self.grouping = Grouping.MONTH
        self.chart_metric = Metric.REVENUE  # not "metric": QWidget.metric() is a Qt virtual
        self._stale = True
        self._running = False
        self._zoomed = False  # the rep zoomed or panned: switching keeps their window
        self._averages: list[float | None] = []
        self._targets: list[float | None] = []
        self._waiting: list[Callable[[], None]] = []  # what waits for the charts
        self._charts_built = False
        self._build()
        # Each chart builds its plots, axes and legends (40 ms for the largest on a fast
        # laptop): one chart per turn of the event loop, so the window never waits for all.
        QTimer.singleShot(0, self, self._build_history)

    # building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.groupings = QButtonGroup(self)
        bar = QHBoxLayout()
        for grouping in Grouping:
            button = QToolButton()
            button.setObjectName(f"group_{grouping.value}")
            button.setText(text.grouping_label(grouping))
            button.setCheckable(True)
            button.setChecked(grouping is self.grouping)
            button.setMinimumWidth(max(56, button.sizeHint().width()))
            button.clicked.connect(lambda _c=False, g=grouping: self.set_grouping(g))
            self.groupings.addButton(button)
            bar.addWidget(button)
        self.metric_choice = QComboBox()
        self.metric_choice.setObjectName("metricChoice")
        for metric in Metric:
            self.metric_choice.addItem(text.metric_label(metric), metric.value)
        self.metric_choice.currentIndexChanged.connect(self._metric_changed)
        bar.addSpacing(12)
        bar.addWidget(self.metric_choice)
        bar.addStretch(1)
        show_all = QPushButton(self.tr("Show &all years"))
        show_all.setObjectName("showAllButton")
        show_all.setToolTip(self.tr("Scroll over the chart to zoom, drag it to move in time."))
        show_all.clicked.connect(self.show_all)
        export = QToolButton()
        export.setObjectName("exportButton")
        export.setText(self.tr("E&xport"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("The chart as a &picture (PNG)…"), self.ask_export_png)
        menu.addAction(self.tr("The series as a &table (CSV)…"), self.ask_export_csv)
        export.setMenu(menu)
        bar.addWidget(show_all)
        bar.addWidget(export)

        self.readout = QLabel()
        self.readout.setObjectName("progressReadout")
        # Wrapped rather than widening the window; two lines kept so the chart never jumps.
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 2)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel()
        self.caption.setObjectName("progressCaption")
        self.caption.setWordWrap(True)
        # A font and margins, not a style sheet: that would also dress the tooltip.
        font = self.caption.font()
        font.setPointSizeF(11)
        self.caption.setFont(font)
        self.caption.setContentsMargins(2, 4, 2, 4)
        self.side = ProgressSide()
        # Narrower on a small screen, so that the view fits 1,024 pixels.
        self.side.setMinimumWidth(SIDE_MIN_WIDTH)
        self.side.setMaximumWidth(SIDE_WIDTH)
        self.side.edit_goal.connect(self.edit_goal)
        self.side.nominate.connect(self.nominate)

        self.left = left = QVBoxLayout()
        left.addLayout(bar)
        left.addWidget(self.readout)
        left.addWidget(self.caption)  # the charts go above, once built
        content = QWidget()
        row = QHBoxLayout(content)
        row.addLayout(left, 1)
        row.addWidget(self.side)

        self.stack = QStackedWidget()
        loading = QLabel(self.tr("Adding up your history…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        self.stack.addWidget(empty_page(self.events))
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_history(self) -> None:
        self.chart = HistoryChart(complete=False)  # the money first, the counts next turn
        self.chart.hovered.connect(self._show_readout)
        self.chart.money.getViewBox().sigRangeChangedManually.connect(self._zoomed_by_hand)
        self.left.insertWidget(2, self.chart, 1)
        QTimer.singleShot(0, self, self._build_counts)

    def _build_counts(self) -> None:
        self.chart.add_counts()
        QTimer.singleShot(0, self, self._build_energy)

    def _build_energy(self) -> None:
        self.energy = EnergyPlot()  # the weekly reviews' check-ins, on the chart's time axis
        self.energy.setXLink(self.chart.money)
        self.left.insertWidget(3, self.energy)
        QTimer.singleShot(0, self, self._build_year)

    def _build_year(self) -> None:
        self.side.set_year_chart(YearChart())
        self._charts_built = True
        for step in self._waiting:
            step()
        self._waiting.clear()

    def _with_charts(self, step: Callable[[], None]) -> None:
        """`step` now if the charts are built, else once they are."""
        if self._charts_built:
            step()
        else:
            self._waiting.append(step)

    # data --------------------------------------------------------------------------------
    def reload(self) -> None:
        if self._running:
            self._stale = True  # read again once this read is in
            return
        self._fresh()
        self._running = True
        self.run(
            self.workspace.review.past,
            lambda reviews: self._with_charts(lambda: self.energy.show_reviews(reviews)),
            self.tr("Energy"),
        )
        self.run(
            self.workspace.progress.load,
            self._loaded,
            self.tr("Cannot read your progress"),
            self._read_failed,
        )

    def _loaded(self, data: ProgressData) -> None:
        self._with_charts(lambda: self._show(data))

    def _show(self, data: ProgressData) -> None:
        self._running = False
        self.data = data
        if data.empty:
            self.stack.setCurrentIndex(self.EMPTY)
            self._shown()
            return
        self._draw(keep_range=self._zoomed)
        # The side's figures in a turn of their own: with the history's lines and the page
        # shown, one turn took 45 ms on a quiet machine, twice that on a busy one.
        QTimer.singleShot(0, self, lambda: self._reveal(data))

    def _reveal(self, data: ProgressData) -> None:
        if self.data is not data:  # read again meanwhile: that read shows itself
            return
        self.side.show_data(data, self.chart_metric, year_chart=False)
        # Shown once its words and figures are in (laid out and painted once, not as each
        # text came in: 120 ms at once), the history's money painted first, then each in a
        # turn of the event loop of its own: its wins and losses (when the page was not
        # shown yet: else they would blink), the year's chart (drawn then), the energy line.
        first = self.stack.currentIndex() != self.CONTENT
        self.chart.paint_counts(not first)
        for chart in (self.side.year_chart, self.energy):
            chart.setUpdatesEnabled(False)
        self.stack.setCurrentIndex(self.CONTENT)

        def year() -> None:
            self.side.show_year(data, self.chart_metric)
            self.side.year_chart.setUpdatesEnabled(True)

        steps = [lambda: self.chart.paint_counts(True)] if first else []
        steps += [year, lambda: self.energy.setUpdatesEnabled(True)]
        in_turns(self, steps, PAINT_GAP_MS, self._shown)

    def _shown(self) -> None:
        self.loaded.emit()
        if self._stale and self.isVisible():
            self.reload()

    def _read_failed(self) -> None:
        self._running = False

    # drawing -----------------------------------------------------------------------------
    def set_grouping(self, grouping: Grouping) -> None:
        """Month, quarter or year: a redraw of data already read."""
        for button in self.groupings.buttons():
            button.setChecked(button.objectName() == f"group_{grouping.value}")
        if grouping is self.grouping:
            return
        self.grouping = grouping
        if self.data is not None and not self.data.empty:
            self._draw(keep_range=self._zoomed)

    def _metric_changed(self) -> None:
        self.chart_metric = Metric(self.metric_choice.currentData())
        if self.data is not None and not self.data.empty:
            self._draw(keep_range=True)
            self.side.show_data(self.data, self.chart_metric)

    def targets(self) -> list[float | None]:
        """Each period's goal (cents), where the year has a goal in the chart's metric."""
        assert self.data is not None
        data, grouping, out = self.data, self.grouping, []
        for p in data.series[grouping]:
            goal = data.goals.get(p.start.year)
            usable = goal is not None and goal.metric is self.chart_metric
            out.append(
                float(goal.target_for(grouping)[0])
                if goal is not None and usable and goal.currency == data.currency
                else None
            )
        return out

    def _draw(self, keep_range: bool) -> None:
        data = self.data
        assert data is not None
        periods = data.series[self.grouping]
        self._targets = self.targets()
        self._averages = rolling_average([p.value(self.chart_metric) for p in periods])
        self.chart.show_series(
            periods, self.grouping, self.chart_metric, data.currency, self._targets, data.today,
            keep_range,
        )  # fmt: skip
        goal = data.goal
        facts = caption_facts(
            data.series[Grouping.MONTH],
            self.chart_metric,
            data.today,
            goal.amount_cents if goal is not None and goal.currency == data.currency else None,
            data.year_to_date(goal.metric if goal is not None else self.chart_metric),
        )
        self.caption.setText(text.caption(facts, data.today, data.currency))
        tip = caption_tip(facts, self.chart_metric, data.today, data.currency)
        self.caption.setToolTip(paragraph_tip(tip))
        self._show_readout(-1)

    def _show_readout(self, index: int) -> None:
        """The exact figures of the period under the mouse, else of the current one."""
        if self.data is None or self.data.empty:
            return
        periods = self.data.series[self.grouping]
        i = index if index >= 0 else len(periods) - 1
        self.readout.setText(
            text.readout(
                periods[i], self.grouping, self.chart_metric, self.data.currency,
                self._averages[i], self._targets[i],
            )
        )  # fmt: skip
        tip = readout_tip(
            periods, i, self.grouping, self.chart_metric, self.data.currency,
            self._averages[i], self.data.goals.get(periods[i].start.year),
        )  # fmt: skip
        self.readout.setToolTip(paragraph_tip(tip))

    def _zoomed_by_hand(self, *_args: object) -> None:
        self._zoomed = True

    def show_all(self) -> None:
        self._zoomed = False
        if self._charts_built:
            self.chart.show_all()

    # goal and nominations ----------------------------------------------------------------
    def edit_goal(self) -> None:
        if self.data is None:
            return
        from salescoach.ui.progress.goal_dialog import GoalDialog

        dialog = GoalDialog(self.workspace.progress, self.data.today.year, self.data.currency, self)
        if run_dialog(dialog) and dialog.saved is not None:
            self.events.status.emit(
                self.tr("Goal for {year} saved.").format(year=dialog.saved.year)
            )
            self.mark_stale()

    def nominate(self) -> None:
        if self.data is None:
            return
        from salescoach.ui.progress.nomination_dialog import NominationDialog

        dialog = NominationDialog(
            self.workspace.progress, self.data.nominations, self.data.today, self
        )
        if run_dialog(dialog) and dialog.saved:
            self.events.status.emit(self.tr("Sales call of the month saved."))
            self.mark_stale()

    # export ------------------------------------------------------------------------------
    def _default_path(self, suffix: str) -> str:
        return str(Path.home() / f"salescoach-progress-{self.grouping.value}.{suffix}")

    def export_png(self, path: Path, width: int, height: int) -> Path:
        export_png(self.chart, path, width, height)
        self.events.status.emit(self.tr("Chart saved in {path}.").format(path=str(path)))
        return path

    def export_csv(self, path: Path) -> Path:
        assert self.data is not None
        self.workspace.progress.export_csv(path, self.data, self.grouping, self.chart_metric)
        self.events.status.emit(self.tr("Series saved in {path}.").format(path=str(path)))
        return path

    def ask_export_png(self) -> None:
        if self.data is None or self.data.empty:
            return
        size = PngSizeDialog(1600, 900, self)
        if not run_dialog(size):
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), self._default_path("png"), self.tr("PNG image (*.png)")
        )
        if name:
            self._try(lambda: self.export_png(Path(name), *size.size_chosen()))

    def ask_export_csv(self) -> None:
        if self.data is None or self.data.empty:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the series"), self._default_path("csv"),
            self.tr("CSV file (*.csv)"),
        )  # fmt: skip
        if name:
            self._try(lambda: self.export_csv(Path(name)))

    def _try(self, work: Callable[[], object]) -> None:
        try:
            work()
        except OSError as exc:
            show_error(self, self.tr("Cannot save the file"), exc.strerror or str(exc))
