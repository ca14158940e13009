"""The Progress side panel's chart: this year's running total against the yearly goal, the
even pace to it and last year (pyqtgraph, imported only when the view is first shown)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from salescoach.domain.goals import GoalRow
from salescoach.domain.money import currency_symbol
from salescoach.domain.progress import cumulative
from salescoach.ui.common import progress_words as text
from salescoach.ui.common.chart_axes import DAY, LocaleDateAxis, MoneyAxis, epoch
from salescoach.ui.common.charts import GOAL, LAST_YEAR, LINE, add_legend, style_plot

translate = QCoreApplication.translate

# The most of the plot's height the legend may take above the curves (the cap it always
# had); past it (a short chart, longer French words on three rows), the legend hides and
# the chart's tooltip says which line is which: shown, it covered the goal's line.
_LEGEND_ROOM = 0.6


class YearChart(pg.PlotWidget):
    """This year's running total against the goal, the even pace, and last year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, axisItems={"bottom": LocaleDateAxis(), "left": MoneyAxis()}, enableMenu=False
        )
        self.setObjectName("yearChart")
        palette = self.palette()
        bg = palette.color(QPalette.ColorRole.Base)
        self.setBackground(bg)
        fg = palette.color(QPalette.ColorRole.Text)
        plot = self.getPlotItem()
        style_plot(plot, fg)
        plot.setMouseEnabled(x=False, y=False)
        plot.getAxis("left").setWidth(48)
        self.legend = add_legend(plot, fg, bg, 2)
        self.total_line = pg.PlotDataItem(
            pen=pg.mkPen(LINE, width=2), fillLevel=0, brush=pg.mkBrush(21, 101, 192, 40)
        )
        self.last_year_line = pg.PlotDataItem(
            pen=pg.mkPen(LAST_YEAR, width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.pace_line = pg.PlotDataItem(pen=pg.mkPen(GOAL, width=1.5, style=Qt.PenStyle.DotLine))
        # The goal's words sit under its line at the left, where the year's total is
        # still low: at the right they crossed a total close to the goal.
        self.goal_line = pg.InfiniteLine(
            angle=0, pen=pg.mkPen(GOAL, width=1.5), label="goal",
            labelOpts={"position": 0.03, "color": GOAL, "anchors": [(0, 0), (0, 0)]},
        )  # fmt: skip
        self._top = 1.0  # the highest figure shown, for the room the legend needs
        self._legend_sample = pg.PlotDataItem(pen=pg.mkPen(LINE, width=2))  # no fill
        self.today_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(fg, width=1, style=Qt.PenStyle.DashLine)
        )
        for item in (self.last_year_line, self.pace_line, self.total_line):
            plot.addItem(item)
        plot.addItem(self.goal_line, ignoreBounds=True)
        plot.addItem(self.today_line, ignoreBounds=True)
        # The plot's own size changes with the window, its title and its axes' labels.
        plot.getViewBox().sigResized.connect(self._fit_legend)

    def show_year(
        self,
        today: dt.date,
        this_year: Sequence[tuple[dt.date, int]],
        last_year: Sequence[tuple[dt.date, int]],
        goal: GoalRow | None,
        currency: str,
    ) -> None:
        """`this_year` and `last_year`: (day, cents) won each day."""
        plot = self.getPlotItem()
        start, end = dt.date(today.year, 1, 1), dt.date(today.year + 1, 1, 1)
        x, y = _steps(cumulative(this_year), start, today)
        self.total_line.setData(x, y)
        shifted = [(_same_day(d, today.year), c) for d, c in last_year]
        lx, ly = _steps(cumulative(shifted), start, end - dt.timedelta(days=1))
        self.last_year_line.setData(lx, ly)
        top = max(float(y.max(initial=0)), float(ly.max(initial=0)))
        self.legend.clear()
        self.legend.addItem(self._legend_sample, str(today.year))
        self.legend.addItem(self.last_year_line, str(today.year - 1))
        lines = [
            translate("Progress", "Solid line: {year} so far").format(year=today.year),
            translate("Progress", "Dashed line: {year}").format(year=today.year - 1),
        ]
        if goal is not None:
            amount = goal.amount_cents / 100
            self.goal_line.setPos(amount)
            self.goal_line.label.setFormat(
                translate("Progress", "Goal: {amount}").format(
                    amount=text.money_whole(goal.amount_cents, goal.currency)
                )
            )
            self.goal_line.show()
            self.pace_line.setData([epoch(start), epoch(end)], [0.0, amount])
            self.pace_line.show()
            self.legend.addItem(self.pace_line, translate("Progress", "Even pace to the goal"))
            lines.append(translate("Progress", "Dotted line: the even pace to the goal"))
            top = max(top, amount)
        else:
            self.goal_line.hide()
            self.pace_line.setData([], [])
            self.pace_line.hide()
        self.setToolTip("\n".join(lines))
        self.today_line.setPos(epoch(today))
        plot.setXRange(epoch(start), epoch(end), padding=0.01)
        self._top = top
        self._fit_legend()
        months = [dt.date(today.year, m, 1) for m in range(1, 13)]
        locale = QLocale()
        self.getPlotItem().getAxis("bottom").setTicks(
            [
                [
                    (epoch(m), locale.toString(QDate(m.year, m.month, 1), "MMM"))
                    for m in months[::3]
                ],
                [(epoch(m), "") for m in months],
            ]
        )
        plot.setTitle(
            translate("Progress", "{year} so far ({symbol})").format(
                year=today.year, symbol=currency_symbol(currency)
            )
        )

    def _fit_legend(self) -> None:
        """The legend in two columns when they fit across the plot, else in one; the
        vertical range leaves the legend's height free above the curves. A legend that
        would take more than `_LEGEND_ROOM` of the height, or more than the width, hides
        (the tooltip stays)."""
        box = self.getPlotItem().getViewBox()
        width, height = box.width(), box.height()
        self.legend.setColumnCount(2)
        if self.legend.width() > width - 12:
            self.legend.setColumnCount(1)
        below = self.legend.pos().y() + self.legend.height() + 8
        if height <= 0:  # not laid out yet
            self.legend.show()
            room = 0.31
        else:
            right = self.legend.pos().x() + self.legend.width()
            fits = below / height <= _LEGEND_ROOM and right <= width
            self.legend.setVisible(fits)
            room = below / height if fits else 0.05
        self.getPlotItem().setYRange(0, (self._top or 1.0) / (1 - room), padding=0)


def _same_day(day: dt.date, year: int) -> dt.date:
    return day.replace(year=year, day=min(day.day, 28 if day.month == 2 else day.day))


def _steps(
    totals: Sequence[tuple[dt.date, int]], start: dt.date, until: dt.date
) -> tuple[np.ndarray, np.ndarray]:
    """A running total as a staircase from `start` (at 0) to the end of day `until`."""
    xs, ys = [epoch(start)], [0.0]
    for day, total in totals:
        if day > until:
            break
        xs += [epoch(day), epoch(day)]
        ys += [ys[-1], total / 100]
    xs.append(epoch(until) + DAY)
    ys.append(ys[-1])
    return np.asarray(xs, np.float64), np.asarray(ys, np.float64)
