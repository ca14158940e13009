"""The Progress charts: what they plot against what the store holds, the hover readout,
the axes and legends, and the exports."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from salescoach.domain.goals import GoalDraft
from salescoach.domain.periods import add_months
from salescoach.domain.progress import Grouping, Metric
from salescoach.ui.common.chart_axes import epoch
from salescoach.ui.shell.main_window import MainWindow
from tests.ui.progress.history import (
    KEYS,
    THIS_MONTH,
    TODAY,
    shown,
    store_totals,
)


@pytest.mark.parametrize("grouping", list(Grouping))
def test_plotted_bars_and_line_match_the_store(
    qtbot, window: MainWindow, data_dir: Path, grouping: Grouping
) -> None:
    view = shown(qtbot, window)
    qtbot.mouseClick(view.findChild(QToolButton, f"group_{grouping.value}"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert view.grouping is grouping
    chart = view.chart
    periods = view.data.series[grouping]  # type: ignore[union-attr]
    keys = [_key(p.start, grouping) for p in periods]
    expected = store_totals(data_dir, KEYS[grouping])
    won = [expected.get(k, (0, 0, 0))[0] for k in keys]
    lost = [expected.get(k, (0, 0, 0))[1] for k in keys]
    revenue = [expected.get(k, (0, 0, 0))[2] / 100 for k in keys]
    np.testing.assert_array_equal(chart.won_bars.opts["height"], won)
    np.testing.assert_array_equal(chart.lost_bars.opts["height"], [-n for n in lost])
    x, y = chart.value_line.getData()
    np.testing.assert_allclose(y, revenue)
    assert x.dtype == np.float64
    np.testing.assert_allclose(chart.won_bars.opts["x"], x)
    assert sum(won) == 2 and sum(lost) == 1  # and every period is there, zeros included
    assert (periods[-1].start <= TODAY) and len(periods) == len(set(keys))
    # The current period is highlighted.
    low, high = chart.current_regions[0].getRegion()
    assert low <= epoch(TODAY) < high


def _key(start: dt.date, grouping: Grouping) -> str:
    # Written again on purpose rather than imported from the domain: the test's own
    # reading of how a period is named, to compare the store's keys with.
    if grouping is Grouping.MONTH:
        return f"{start.year}-{start.month:02d}"
    if grouping is Grouping.QUARTER:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def test_rolling_average_counts_empty_months_as_zero(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    _, average = view.chart.average_line.getData()
    two_ago = len(average) - 3  # the month of the 4,000 € win
    assert np.isnan(average[0]) and np.isnan(average[1])
    assert average[two_ago] == pytest.approx(4000 / 3)
    assert average[-1] == pytest.approx(4000 / 3)  # that win, last month's loss, this month


def test_hover_shows_the_exact_figures_of_a_period(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    chart = view.chart
    i = len(chart.centers) - 3
    box = chart.money.getViewBox()
    from PySide6.QtCore import QPointF

    chart._mouse_moved(box.mapViewToScene(QPointF(chart.centers[i], 1.0)))
    text = view.findChild(QLabel, "progressReadout").text()
    month = add_months(THIS_MONTH, -2)
    assert str(month.year) in text and "1 won, 0 lost" in text and "€4,000" in text
    assert chart.hover_lines[0].isVisible() and chart.hover_lines[0].value() == chart.centers[i]
    chart._mouse_moved(box.mapViewToScene(QPointF(chart.ends[-1] + 1e9, 1.0)))
    assert not chart.hover_lines[0].isVisible()


def test_commission_switch_redraws_the_line(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    combo = view.findChild(QWidget, "metricChoice")
    combo.setCurrentIndex(combo.findData(Metric.COMMISSION.value))
    _, y = view.chart.value_line.getData()
    assert y.max() == pytest.approx(1_000.0)  # a tenth of the 10,000 € win
    assert "Commission" in view.chart.money.titleLabel.text


def test_export_png_at_the_chosen_size_and_csv(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = shown(qtbot, window)
    before = view.chart.ci.geometry()
    png = view.export_png(tmp_path / "progress.png", 1600, 900)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 900)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1600, 40) for y in range(0, 900, 30)}
    assert len(colours) > 3  # drawn, not blank
    small = QImage(str(view.export_png(tmp_path / "small.png", 400, 500)))
    assert (small.width(), small.height()) == (400, 500)
    assert view.chart.ci.geometry() == before  # the view is laid out as it was

    view.set_grouping(Grouping.QUARTER)
    rows = list(csv.DictReader(view.export_csv(tmp_path / "progress.csv").open(encoding="utf-8")))
    periods = view.data.series[Grouping.QUARTER]  # type: ignore[union-attr]
    assert len(rows) == len(periods)
    assert rows[0]["period"] == _key(periods[0].start, Grouping.QUARTER)
    assert [int(r["won"]) for r in rows] == [p.won for p in periods]
    assert sum(float(r["revenue"]) for r in rows) == pytest.approx(14_000.0)
    assert {r["currency"] for r in rows} == {"EUR"}


def test_the_date_axis_marks_years_and_months_on_their_first_day(qtbot) -> None:
    """Ten years of history: the axis's ticks fall on the first of a year or month, and
    say so in the rep's language (days are plotted as UTC midnights)."""
    import pyqtgraph as pg

    from salescoach.ui.common.chart_axes import LocaleDateAxis, day_of

    axis = LocaleDateAxis()
    plot = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(plot)
    plot.resize(900, 300)
    start, end = epoch(dt.date(2016, 1, 1)), epoch(dt.date(2025, 12, 31))
    plot.setXRange(start, end, padding=0)
    plot.grab()  # painted once: the axis picks its zoom level for this width
    levels = axis.tickValues(start, end, axis.width())
    days = [day_of(v) for _, ticks in levels for v in ticks]
    assert dt.date(2020, 1, 1) in days
    assert days and all(d.day == 1 for d in days)
    spacing, years = levels[0]
    assert axis.tickStrings(years[:2], 1, spacing) == [
        str(day_of(years[0]).year),
        str(day_of(years[1]).year),
    ]


def _year_chart_legend(qtbot, window: MainWindow, size: tuple[int, int]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the side chart shows its legend, checked whole and above the lines if so,
    else said by the chart's tooltip."""
    from PySide6.QtCore import QPointF

    window.workspace.progress.save_goal(  # type: ignore[union-attr]
        GoalDraft(TODAY.year, 1_000_000, Metric.REVENUE, "EUR")
    )
    window.resize(*size)
    view = shown(qtbot, window)
    chart = view.side.year_chart
    assert chart is not None
    qtbot.waitUntil(lambda: chart.getPlotItem().getViewBox().height() > 0, timeout=10_000)
    qtbot.wait(50)
    assert len(chart.legend.items) == 3  # this year, last year, the even pace
    assert len(chart.toolTip().splitlines()) == 3  # the same, in words, whatever the size
    if not chart.legend.isVisible():
        return False
    box = chart.getPlotItem().getViewBox()
    legend = chart.legend.mapRectToItem(box, chart.legend.boundingRect())
    assert legend.left() >= 0 and legend.right() <= box.width(), "the legend runs off the plot"
    goal_y = box.mapFromView(QPointF(0, 10_000)).y()  # the goal: the highest line here
    assert goal_y > legend.bottom(), "the goal's line runs under the legend's words"
    return True


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_year_chart_legend_is_whole_and_above_the_lines(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    """On a small laptop the side chart is narrow: its legend's second column ran off the
    plot ("2025" cut) and the lines ran under its words."""
    assert _year_chart_legend(qtbot, window, size)


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_year_chart_legend_in_french_never_covers_the_goal(
    qtbot, french_ui: None, window: MainWindow, size: tuple[int, int]
) -> None:
    """French words put the legend on three rows: at 1024 by 600 it covered the goal's
    line. Where it has no room it hides; the chart's tooltip says which line is which."""
    shown_at = _year_chart_legend(qtbot, window, size)
    assert shown_at or size == (1024, 600)
    assert "pointillés" in window.progress.side.year_chart.toolTip().lower()
