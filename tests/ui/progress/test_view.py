"""The Progress page as a rep sees it: built when first shown, shown at once with its
figures, its charts painted one at a time, its empty state, its fit on a laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from salescoach.ui.progress.view import ProgressView
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import on_next_modal
from tests.ui.progress.history import (
    make_history,
    open_window,
    shown,
)


def test_the_view_is_built_when_first_shown(qtbot, window: MainWindow) -> None:
    assert not window.progress_area.built
    view = shown(qtbot, window)
    assert window.progress_area.built
    assert view.stack.currentIndex() == ProgressView.CONTENT
    assert not view.grab().isNull()  # painted whole (a widget attribute named like a Qt


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
