"""The energy line under the Progress chart: each weekly review's check-in (1 to 5), on the
chart's own time axis, so that a tired stretch is seen beside the results it came with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from salescoach.domain.review import ENERGY_MAX, ENERGY_MIN, ReviewRow
from salescoach.ui.common.chart_axes import DAY, LocaleDateAxis, epoch

ENERGY = QColor(230, 126, 34)


class EnergyPlot(pg.PlotWidget):
    """Hidden until the rep has done a review; its x axis follows the chart's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": LocaleDateAxis()}, enableMenu=False)
        self.setObjectName("energyPlot")
        self.setFixedHeight(120)
        fg = self.palette().color(QPalette.ColorRole.WindowText)
        self.setBackground(self.palette().color(QPalette.ColorRole.Base))
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.15)
        plot.setMouseEnabled(x=True, y=False)
        plot.setYRange(ENERGY_MIN - 0.5, ENERGY_MAX + 0.5, padding=0)
        left = plot.getAxis("left")
        left.setTicks([[(v, str(v)) for v in range(ENERGY_MIN, ENERGY_MAX + 1)]])
        left.setWidth(56)  # lined up with the chart's axes
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen(pg.mkPen(fg))
            plot.getAxis(name).setTextPen(pg.mkPen(fg))
        legend = plot.addLegend(offset=(6, 2), labelTextColor=fg, labelTextSize="8pt")
        self.line = pg.PlotDataItem(
            pen=pg.mkPen(ENERGY, width=2), symbol="o", symbolSize=6, symbolBrush=ENERGY
        )
        plot.addItem(self.line)
        legend.addItem(self.line, QCoreApplication.translate("Progress", "Energy (weekly review)"))
        self.points: list[tuple[dt.date, int]] = []
        self.hide()

    def show_reviews(self, reviews: Sequence[ReviewRow]) -> None:
        """Each review's energy at the middle of the week it reviewed."""
        self.points = sorted((r.week, r.energy) for r in reviews)
        self.setVisible(bool(self.points))
        x = np.fromiter((epoch(w) + 3.5 * DAY for w, _ in self.points), np.float64)
        y = np.fromiter((float(e) for _, e in self.points), np.float64)
        self.line.setData(x, y)
