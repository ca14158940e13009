"""The history chart of Progress and the Team view, and what every chart shares (pyqtgraph,
imported only when a chart is first shown).

`HistoryChart`: money per period as a line with its rolling 3-period average and the goal,
above wins (up) and losses (down) as bars, on one date axis; zoom and pan move both.

Every series is float64 (x in seconds since the epoch, UTC): pyqtgraph's fast paths want
it, and the line items clip to the view and downsample by peaks, so a long history stays
smooth to zoom and pan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from salescoach.domain.money import currency_symbol
from salescoach.domain.progress import (
    Grouping,
    Metric,
    PeriodTotals,
    next_period,
    rolling_average,
)
from salescoach.ui.common import progress_words as text
from salescoach.ui.common.chart_axes import DAY, CountAxis, LocaleDateAxis, MoneyAxis, epoch

translate = QCoreApplication.translate

WON, LOST = "#2e7d32", "#c62828"
LINE, AVERAGE, GOAL, LAST_YEAR = "#1565c0", "#ef6c00", "#6d4c41", "#9e9e9e"
CURRENT = QColor(255, 193, 7, 55)


def style_plot(plot: pg.PlotItem, fg: QColor) -> None:
    """No menu or buttons, a faint horizontal grid, axes in the text's colour."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.15)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))


def add_legend(plot: pg.PlotItem, fg: QColor, bg: QColor, columns: int) -> pg.LegendItem:
    """A legend in a row along the plot's top, on the plot's colour so lines do not show
    through its words."""
    fill = QColor(bg)
    fill.setAlpha(215)
    return plot.addLegend(
        offset=(6, 2), labelTextColor=fg, brush=pg.mkBrush(fill), colCount=columns,
        labelTextSize="8pt",
    )  # fmt: skip


def _region() -> pg.LinearRegionItem:
    region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(CURRENT), pen=pg.mkPen(None))
    region.setZValue(-10)
    return region


def _set_up(plot: pg.PlotItem, fg: QColor) -> None:
    style_plot(plot, fg)
    plot.setMouseEnabled(x=True, y=False)
    plot.getViewBox().setAutoVisible(y=True)
    plot.getAxis("left").setWidth(56)


def _hover_line(plot: pg.PlotItem, fg: QColor) -> pg.InfiniteLine:
    line = pg.InfiniteLine(angle=90, pen=pg.mkPen(fg, width=1, style=Qt.PenStyle.DotLine))
    line.hide()
    plot.addItem(line, ignoreBounds=True)
    return line


class HistoryChart(pg.GraphicsLayoutWidget):
    """Money per period above wins and losses, zoomed and panned together along time."""

    hovered = Signal(int)  # the index of the period under the mouse, -1 when none

    def __init__(self, parent: QWidget | None = None, complete: bool = True) -> None:
        """`complete=False`: the money only, `add_counts()` to come (a chart built across
        turns of the event loop, so that the window never waits for the whole of it)."""
        super().__init__(parent)
        self.setObjectName("historyChart")
        palette = self.palette()
        bg = palette.color(QPalette.ColorRole.Base)
        self.setBackground(bg)
        fg = palette.color(QPalette.ColorRole.Text)
        # No context menus (hidden by `_style` anyway): each ViewBox would build its own.
        self.money = self.addPlot(
            row=0, col=0, axisItems={"bottom": LocaleDateAxis(), "left": MoneyAxis()},
            enableMenu=False,
        )  # fmt: skip
        _set_up(self.money, fg)
        self.money.getAxis("bottom").setStyle(showValues=False)
        self.current_regions = [_region()]
        self.money.addItem(self.current_regions[0])
        self.target_line = pg.PlotDataItem(pen=pg.mkPen(GOAL, width=1.5, style=Qt.PenStyle.DotLine))
        self.value_line = pg.PlotDataItem(
            pen=pg.mkPen(LINE, width=2), symbol="o", symbolSize=5,
            symbolBrush=pg.mkBrush(LINE), symbolPen=pg.mkPen(LINE),
            fillLevel=0, brush=pg.mkBrush(21, 101, 192, 28),  # and zero always in view
        )  # fmt: skip
        self._value_sample = pg.PlotDataItem(pen=pg.mkPen(LINE, width=2))  # legend: no fill
        self.average_line = pg.PlotDataItem(
            pen=pg.mkPen(AVERAGE, width=2, style=Qt.PenStyle.DashLine)
        )
        for line in (self.value_line, self.average_line, self.target_line):
            line.setClipToView(True)
            line.setDownsampling(auto=True, method="peak")
            self.money.addItem(line)
        self.money_legend = add_legend(self.money, fg, bg, 3)
        self.hover_lines = [_hover_line(self.money, fg)]
        self.starts = np.zeros(0)
        self.ends = np.zeros(0)
        self.centers = np.zeros(0)
        self._hover = -1
        if complete:
            self.add_counts()

    def add_counts(self) -> None:
        """The wins (up) and losses (down) under the money, on its time axis."""
        fg = self.palette().color(QPalette.ColorRole.Text)
        self.counts = self.addPlot(
            row=1, col=0, axisItems={"bottom": LocaleDateAxis(), "left": CountAxis()},
            enableMenu=False,
        )  # fmt: skip
        self.counts.setXLink(self.money)
        _set_up(self.counts, fg)
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(1, 2)
        self.current_regions.append(_region())
        self.counts.addItem(self.current_regions[1])
        self.won_bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0, brush=pg.mkBrush(WON))
        self.lost_bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0, brush=pg.mkBrush(LOST))
        self.won_bars.setOpts(pen=pg.mkPen(None))
        self.lost_bars.setOpts(pen=pg.mkPen(None))
        self.counts.addItem(self.won_bars)
        self.counts.addItem(self.lost_bars)
        self.counts.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(fg, width=1)))
        self.hover_lines.append(_hover_line(self.counts, fg))
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    def paint_counts(self, on: bool) -> None:
        """Paint the wins and losses, or not (their room kept, the axes unchanged): the
        chart's first paint, axes and all, took 45 ms, half of it theirs."""
        self.counts.setOpacity(1.0 if on else 0.0)  # an item fully transparent is skipped

    # drawing -----------------------------------------------------------------------------
    def show_series(
        self,
        periods: Sequence[PeriodTotals],
        grouping: Grouping,
        metric: Metric,
        currency: str,
        targets: Sequence[float | None],
        today: dt.date,
        keep_range: bool = False,
    ) -> None:
        """Draw `periods` (oldest first, gaps filled); `targets` (cents, one per period or
        empty) is the goal line."""
        n = len(periods)
        starts = np.fromiter((epoch(p.start) for p in periods), np.float64, n)
        ends = np.fromiter((epoch(next_period(p.start, grouping)) for p in periods), np.float64, n)
        self.starts, self.ends = starts, ends
        self.centers = centers = (starts + ends) / 2
        widths = (ends - starts) * 0.72
        cents = [p.value(metric) for p in periods]
        values = np.asarray(cents, dtype=np.float64) / 100
        average = np.array(
            [np.nan if a is None else a / 100 for a in rolling_average(cents)], np.float64
        )
        self.value_line.setData(centers, values)
        self.average_line.setData(centers, average, connect="finite")
        if targets and any(t is not None for t in targets):
            edges = np.append(starts, ends[-1:])
            goal = np.array([np.nan if t is None else t / 100 for t in targets], np.float64)
            self.target_line.setData(edges, goal, stepMode="center", connect="finite")
            self.target_line.show()
        else:
            self.target_line.setData([], [])
            self.target_line.hide()
        self.won_bars.setOpts(
            x=centers, height=np.fromiter((p.won for p in periods), np.float64, n), width=widths
        )
        self.lost_bars.setOpts(
            x=centers, height=-np.fromiter((p.lost for p in periods), np.float64, n), width=widths
        )
        now = epoch(today)
        for region in self.current_regions:
            inside = (starts <= now) & (now < ends)
            region.setVisible(bool(inside.any()))
            if inside.any():
                i = int(np.argmax(inside))
                region.setRegion((starts[i], ends[i]))
        self._label(grouping, metric, currency)
        self._year_ticks(grouping, periods)
        self._limit(grouping, keep_range)
        self.set_hover(-1)

    def _label(self, grouping: Grouping, metric: Metric, currency: str) -> None:
        per = text.per_period(grouping)
        self.money.setTitle(
            translate("Progress", "{metric} {per} ({symbol})").format(
                metric=text.metric_label(metric), per=per, symbol=currency_symbol(currency)
            )
        )
        # The title is the legend: no box over the bars.
        self.counts.setTitle(
            translate("Progress", "Deals won {won} and lost {lost} {per}").format(
                won=f"<span style='color: {WON}'>■</span>",
                lost=f"<span style='color: {LOST}'>■</span>",
                per=per,
            )
        )
        self.money_legend.clear()
        self.money_legend.addItem(self._value_sample, text.metric_label(metric))
        self.money_legend.addItem(self.average_line, text.average_label(grouping))
        if self.target_line.isVisible():
            self.money_legend.addItem(self.target_line, translate("Progress", "Goal"))

    def _year_ticks(self, grouping: Grouping, periods: Sequence[PeriodTotals]) -> None:
        """Yearly bars are named under their middle, not at the year's first day."""
        for plot in (self.money, self.counts):
            axis = plot.getAxis("bottom")
            if grouping is Grouping.YEAR:
                years = [p.start.year for p in periods]
                labels = [(epoch(dt.date(y, 7, 2)), str(y)) for y in years]
                bounds = [(epoch(dt.date(y, 1, 1)), "") for y in [*years, years[-1] + 1]]
                axis.setTicks([labels, bounds])
            else:
                axis.setTicks(None)

    def _limit(self, grouping: Grouping, keep_range: bool) -> None:
        if not len(self.starts):
            return
        first, last = float(self.starts[0]), float(self.ends[-1])
        pad = (last - first) * 0.03 + DAY * 31 * grouping.months
        self.money.getViewBox().setLimits(
            xMin=first - pad, xMax=last + pad, minXRange=DAY * 31 * grouping.months * 3
        )
        self.counts.getViewBox().setLimits(xMin=first - pad, xMax=last + pad)
        if not keep_range:
            self.show_all()

    def show_all(self) -> None:
        """Zoom out to the whole history."""
        if len(self.starts):
            first, last = float(self.starts[0]), float(self.ends[-1])
            pad = max((last - first) * 0.02, 50 * DAY)  # room for the first year's label
            self.money.setXRange(first - pad, last + pad, padding=0)
        for plot in (self.money, self.counts):
            plot.enableAutoRange(axis="y")

    # hover -------------------------------------------------------------------------------
    def index_at(self, x: float) -> int:
        """The period holding time `x`, or -1."""
        i = int(np.searchsorted(self.starts, x, side="right")) - 1
        return i if 0 <= i < len(self.starts) and x < self.ends[i] else -1

    def _mouse_moved(self, pos: QPointF) -> None:
        for plot in (self.money, self.counts):
            box = plot.getViewBox()
            if box.sceneBoundingRect().contains(pos):
                self.set_hover(self.index_at(box.mapSceneToView(pos).x()))
                return
        self.set_hover(-1)

    def set_hover(self, index: int) -> None:
        for line in self.hover_lines:
            line.setVisible(index >= 0)
            if index >= 0:
                line.setPos(float(self.centers[index]))
        if index != self._hover:
            self._hover = index
            self.hovered.emit(index)
