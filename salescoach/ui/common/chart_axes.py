"""The charts' axes: dates in the user's language (plotted as UTC midnights), money in
short figures, deal counts."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import ZoomLevel
from PySide6.QtCore import QDate, QLocale

from salescoach.ui.common import progress_words as text

DAY = 86_400.0
EPOCH = dt.date(1970, 1, 1)
_YEAR_SPACING, _MONTH_SPACING = 365 * DAY, 30 * DAY


def epoch(day: dt.date) -> float:
    """Seconds since 1970-01-01 at midnight UTC (the date axis is set to UTC)."""
    return float((day - EPOCH).days) * DAY


def day_of(seconds: float) -> dt.date:
    return EPOCH + dt.timedelta(days=int(seconds // DAY))


class _UtcZoomLevel(ZoomLevel):  # type: ignore[misc]
    def moveTicksToLocalTimeCoords(
        self, ticks: np.ndarray, spacing: int, skip_factor: int
    ) -> np.ndarray:
        # Days are plotted as UTC midnights (utcOffset=0): pyqtgraph would add that 0 to each
        # tick after building a QDateTime in the local time zone for it, 60-85 ms on the GUI
        # thread for ten years of ticks at each repaint of the axis.
        return ticks


class LocaleDateAxis(pg.DateAxisItem):
    """Dates in the user's language (pyqtgraph's own labels are English strftime)."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)
        self.zoomLevels = OrderedDict(
            (spacing, _UtcZoomLevel(level.tickSpecs, level.exampleText))
            for spacing, level in self.zoomLevels.items()
        )

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing >= _YEAR_SPACING * 0.9:
            fmt = "yyyy"
        elif spacing >= _MONTH_SPACING * 0.9:
            fmt = "MMM"
        else:
            fmt = "d MMM"
        locale = QLocale()
        out = []
        for v in values:
            try:
                d = day_of(v)
            except (OverflowError, ValueError):
                out.append("")
                continue
            out.append(locale.toString(QDate(d.year, d.month, d.day), fmt))
        return out


class MoneyAxis(pg.AxisItem):
    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [text.compact(v) for v in values]


class CountAxis(pg.AxisItem):
    """Deal counts: losses are drawn below zero but counted as positive numbers."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [QLocale().toString(abs(round(v))) if v == round(v) else "" for v in values]
