"""The Progress view in the main window, driven as a rep would: the empty state, the goal
typed in its dialog, the month/quarter/year switch checked against the store, the hover
readout, the PNG and CSV exports, a nomination."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget

from salescoach.domain.deals import DealDraft, TouchDraft
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.domain.goals import GoalDraft
from salescoach.domain.periods import add_months
from salescoach.domain.progress import Grouping, Metric
from salescoach.services.workspace import open_workspace
from salescoach.ui.common.chart_axes import epoch
from salescoach.ui.progress.sound import set_sound_muted
from salescoach.ui.progress.view import ProgressView
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import click_button, on_next_modal

TODAY = dt.date.today()
THIS_MONTH = TODAY.replace(day=1)


def _deal(ws, title: str, status: DealStatus, closed: dt.date, amount: int) -> None:  # type: ignore[no-untyped-def]
    ws.pipeline.save_deal(
        DealDraft(title, "Cabinet Moreau", amount_cents=amount, commission_cents=amount // 10,
                  status=status, created_on=closed - dt.timedelta(days=20), closed_on=closed)
    )  # fmt: skip


def make_history(data_dir: Path) -> None:
    """Wins two and fourteen months ago, a loss last month, an open deal; sound muted."""
    ws = open_workspace(data_dir)
    try:
        _deal(ws, "Logiciel de paie", DealStatus.WON, add_months(THIS_MONTH, -14), 1_000_000)
        _deal(ws, "Parc de tablettes", DealStatus.WON, add_months(THIS_MONTH, -2), 400_000)
        _deal(ws, "Audit sécurité", DealStatus.LOST, add_months(THIS_MONTH, -1), 250_000)
        ws.pipeline.save_deal(DealDraft("Maintenance annuelle", "Cabinet Moreau", 300_000))
        deal = ws.pipeline.deal_rows()[0]
        ws.pipeline.log_touch(
            TouchDraft(TouchKind.CALL, dt.datetime.combine(THIS_MONTH, dt.time(10)),
                       deal_id=deal.id, outcome="RDV fixé")
        )  # fmt: skip
    finally:
        ws.close()
    set_sound_muted(data_dir, True)


def open_window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    return w


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    make_history(data_dir)
    w = open_window(qtbot, data_dir)
    yield w
    w.close()


def shown(qtbot, window: MainWindow) -> ProgressView:  # type: ignore[no-untyped-def]
    view = window.progress
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.nav.setCurrentRow(2)
    return view


def store_totals(data_dir: Path, key_sql: str) -> dict[str, tuple[int, int, int]]:
    """What SQLite itself says, with sqlite3: (won, lost, revenue cents) per period."""
    with sqlite3.connect(data_dir / "salescoach.sqlite") as conn:
        rows = conn.execute(
            f"SELECT {key_sql}, sum(status = 'won'), sum(status = 'lost'), "
            "sum(CASE WHEN status = 'won' THEN amount_cents ELSE 0 END) FROM deals "
            "WHERE closed_on IS NOT NULL GROUP BY 1"
        ).fetchall()
    conn.close()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


KEYS = {
    Grouping.MONTH: "substr(closed_on, 1, 7)",
    Grouping.QUARTER: "substr(closed_on, 1, 4) || '-Q' || ((substr(closed_on, 6, 2) + 2) / 3)",
    Grouping.YEAR: "substr(closed_on, 1, 4)",
}


def test_the_view_is_built_when_first_shown(qtbot, window: MainWindow) -> None:
    assert not window.progress_area.built
    view = shown(qtbot, window)
    assert window.progress_area.built
    assert view.stack.currentIndex() == ProgressView.CONTENT
    assert not view.grab().isNull()  # painted whole (a widget attribute named like a Qt
    # virtual, such as "metric", would crash here)


def test_the_view_shows_at_once_and_its_charts_come_one_at_a_time(
    qtbot, window: MainWindow
) -> None:
    """Building every chart in one go held the window up to 120 ms on a large history: the
    view is shown at once with its "Adding up" page, the charts follow one per turn of the
    event loop, and the figures are drawn into them once all are there."""
    from salescoach.ui.common.charts import HistoryChart
    from salescoach.ui.progress.energy import EnergyPlot
    from salescoach.ui.progress.year_chart import YearChart

    window.nav.setCurrentRow(2)
    view = window.progress
    assert view.stack.currentIndex() == ProgressView.LOADING
    assert view.findChildren(HistoryChart) == []  # not yet: the window is free meanwhile
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    assert len(view.findChildren(HistoryChart)) == 1
    assert len(view.findChildren(YearChart)) == len(view.findChildren(EnergyPlot)) == 1
    assert view.stack.currentIndex() == ProgressView.CONTENT
    _, y = view.chart.value_line.getData()
    assert y is not None and y.max() == pytest.approx(10_000)  # the 10,000 win is drawn
    assert view.side.year_chart is not None and view.side.year_chart.isVisible()


def test_the_page_is_shown_with_its_figures_in_and_its_charts_painted_one_at_a_time(
    qtbot, window: MainWindow
) -> None:
    """Shown before its figures, the page was laid out and painted again as each text
    came in, and its charts were painted all at once (120 ms of a frozen window on a
    large history): shown once the words are in, the history painted before the year."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[str] = []
    with_counts: list[bool] = []  # at each paint of the history: its wins and losses in

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                chart = watched.parentWidget()
                name = chart.objectName() if chart is not None else ""
                if name in ("historyChart", "yearChart") and chart.isVisible():
                    painted.append(name)
                    if name == "historyChart":
                        with_counts.append(chart.counts.opacity() == 1)
            return False

    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        window.nav.setCurrentRow(2)
        view = window.progress
        at_show: list[tuple[str, str]] = []
        view.stack.currentChanged.connect(
            lambda i: (
                at_show.append((view.caption.text(), view.side.goal_label.text()))
                if i == ProgressView.CONTENT
                else None
            )
        )
        qtbot.waitUntil(
            lambda: "yearChart" in painted and "historyChart" in painted, timeout=10_000
        )
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert at_show and all(at_show[0])  # the caption and the goal said at once
    assert painted.index("historyChart") < painted.index("yearChart")
    # The money's axes painted first, the wins and losses in a turn of their own (the
    # whole chart at once was 45 ms), before the year's chart.
    assert with_counts[0] is False
    assert True in with_counts[: painted.index("yearChart")]
    assert view.side.year_chart is not None
    _, y = view.side.year_chart.total_line.getData()
    assert y is not None and y.max() > 0  # this year's running total drawn


def test_a_read_again_while_shown_keeps_the_wins_and_losses_painted(
    qtbot, window: MainWindow
) -> None:
    """Only the page's first showing paints the counts a turn later: read again while on
    screen (after a change), the bars stay where they are instead of blinking out."""
    view = shown(qtbot, window)
    qtbot.waitUntil(lambda: view.chart.counts.opacity() == 1, timeout=5_000)
    seen: list[float] = []
    view.chart.scene().changed.connect(lambda _r: seen.append(view.chart.counts.opacity()))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.mark_stale()
    assert view.chart.counts.isVisible() and view.chart.counts.opacity() == 1
    assert seen and set(seen) == {1.0}


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


def test_empty_history_says_how_to_get_data(qtbot, data_dir: Path) -> None:
    w = open_window(qtbot, data_dir)
    view = shown(qtbot, w)
    assert view.stack.currentIndex() == ProgressView.EMPTY
    message = view.findChild(QLabel, "progressEmpty").text()
    assert "Pipeline" in message and "import" in message and "demo" in message
    seen: list[str] = []
    on_next_modal(lambda d: seen.append(d.objectName()))
    qtbot.mouseClick(view.findChild(QWidget, "progressAddDeal"), Qt.MouseButton.LeftButton)
    assert seen == ["dealEditor"] and w.stack.currentWidget() is w.pipeline_area
    w.close()


def _type(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    qtbot.keyClicks(field, text)


def test_set_a_goal_bad_input_refused_next_to_the_field(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert not dialog.grab().isNull()
        amount = dialog.findChild(QLineEdit, "goalAmount")
        for typed in ("0", "-1200", "beaucoup", ""):
            _type(qtbot, amount, typed)
            click_button(dialog, "saveGoalButton")
            assert dialog.isVisible()
            errors = [e.text() for e in dialog.findChildren(QLabel, "fieldError") if e.isVisible()]
            seen.append(" ".join(errors))
        _type(qtbot, amount, "120000")
        click_button(dialog, "saveGoalButton")

    on_next_modal(fill)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.findChild(QWidget, "setGoalButton"), Qt.MouseButton.LeftButton)
    assert "more than zero" in seen[0]
    assert "negative" in seen[1]
    assert "number" in seen[2] and "number" in seen[3]
    goal = window.workspace.progress.goal(TODAY.year)  # type: ignore[union-attr]
    assert goal is not None and goal.amount_cents == 12_000_000
    summary = view.findChild(QLabel, "goalSummary").text()
    assert f"{TODAY.year} goal: €120,000" in summary
    # The month's goal line: this year's months at a twelfth of the goal, other years none.
    _, y = view.chart.target_line.getData()
    assert y[-1] == pytest.approx(10_000)
    assert np.isnan(y[0])
    assert view.side.year_chart.goal_line.value() == pytest.approx(120_000)


def test_quarterly_target_shows_on_the_quarter_view(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)

    def fill(dialog: QWidget) -> None:
        _type(qtbot, dialog.findChild(QLineEdit, "goalAmount"), "100000")
        period = dialog.findChild(QWidget, "target_period")
        period.setCurrentIndex(period.findData(Grouping.QUARTER.value))
        _type(qtbot, dialog.findChild(QLineEdit, "goalTarget"), "40000")
        click_button(dialog, "saveGoalButton")

    on_next_modal(fill)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.edit_goal()
    view.set_grouping(Grouping.QUARTER)
    _, y = view.chart.target_line.getData()
    assert y[-1] == pytest.approx(40_000)
    view.set_grouping(Grouping.YEAR)
    _, y = view.chart.target_line.getData()
    assert y[-1] == pytest.approx(100_000)
    assert "Target per quarter: €40,000" in view.findChild(QLabel, "goalSummary").text()


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


def test_nominate_the_call_of_the_month(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert not dialog.grab().isNull()
        touches = dialog.findChild(QWidget, "nominationTouches").model()
        qtbot.waitUntil(lambda: touches.rowCount() == 1, timeout=5000)
        assert dialog.findChild(QLabel, "nominationCount").text() == "1 touch this month"
        click_button(dialog, "saveNominationButton")  # no reason yet
        seen.extend(e.text() for e in dialog.findChildren(QLabel, "fieldError") if e.isVisible())
        qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "nominationReason"),
                        "Asked who else decides")  # fmt: skip
        click_button(dialog, "saveNominationButton")

    on_next_modal(fill)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.findChild(QWidget, "nominateButton"), Qt.MouseButton.LeftButton)
    assert any("why it was good" in s for s in seen)
    listed = view.side.nominations
    assert listed.count() == 1
    assert "Asked who else decides" in listed.item(0).text()
    assert "Call" in listed.item(0).text()


def test_streak_and_caption(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    # A win two months ago, none since: no streak alive.
    assert "No win last month" in view.findChild(QLabel, "streakLabel").text()
    assert view.findChild(QLabel, "progressCaption").text()


def test_fits_a_laptop_screen_in_french(qtbot, french_ui: None, data_dir: Path) -> None:
    """Once built, the view must not widen the window past a 1,280-pixel-wide screen."""
    make_history(data_dir)
    w = open_window(qtbot, data_dir)
    view = shown(qtbot, w)
    assert view.findChild(QToolButton, "group_quarter").text() == "Trimestre"
    assert "aucune affaire conclue" in view.findChild(QLabel, "progressReadout").text()
    assert w.minimumSizeHint().width() <= 1200
    assert w.width() <= 1200
    w.close()


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


def test_a_target_at_the_even_share_follows_the_yearly_goal(qtbot, window: MainWindow) -> None:
    """Changing the yearly goal changes the quarter's target that was its even share; a
    target the rep typed stays as typed."""
    view = shown(qtbot, window)
    window.workspace.progress.save_goal(  # type: ignore[union-attr]
        GoalDraft(TODAY.year, 10_000_000, Metric.REVENUE, "EUR", Grouping.QUARTER, 2_500_000)
    )
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        target = dialog.findChild(QLineEdit, "goalTarget")
        _type(qtbot, dialog.findChild(QLineEdit, "goalAmount"), "200000")
        seen.append(target.text())
        _type(qtbot, target, "45000")
        _type(qtbot, dialog.findChild(QLineEdit, "goalAmount"), "240000")
        seen.append(target.text())
        click_button(dialog, "saveGoalButton")

    on_next_modal(fill)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.edit_goal()
    assert seen == ["50,000.00", "45000"]
    goal = window.workspace.progress.goal(TODAY.year)  # type: ignore[union-attr]
    assert goal is not None and goal.target_cents == 4_500_000


def test_the_win_note_never_says_plus_zero_percent(qapp) -> None:
    from salescoach.domain.goals import WinEffect
    from salescoach.ui.progress.celebration import win_text

    def note(added: int, goal: int) -> str:
        return win_text(
            WinEffect("Audit", 2026, Metric.REVENUE, "EUR", added, True, added, goal, 0)
        )

    assert note(300_000, 10_000_000) == "+€3,000 towards your 2026 goal: 3% reached (+3%)."
    assert note(40_000, 10_000_000).endswith(": 0% reached (+0.4%).")
    assert note(100, 10_000_000).endswith(": 0% reached.")
    assert "+0%" not in note(100, 10_000_000)


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
