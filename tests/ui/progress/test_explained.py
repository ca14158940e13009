"""The Progress view's figures say how they were computed, with the rep's own figures: the
readout of a period, the goal and its pace, the streak, the caption. The expected figures
are worked out here from the deals of a small history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from salescoach.domain.deals import DealDraft
from salescoach.domain.enums import DealStatus
from salescoach.domain.goals import GoalDraft
from salescoach.domain.periods import add_months
from salescoach.domain.progress import days_in_year
from salescoach.services.workspace import open_workspace
from salescoach.ui.progress.sound import set_sound_muted
from salescoach.ui.progress.view import ProgressView
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import tip_text
from tests.ui.progress.history import open_window, shown

TODAY = dt.date.today()
THIS_MONTH = TODAY.replace(day=1)
GOAL = 12_000_000  # 120,000 € of revenue this year

# (status, amount in cents, closed on)
DEALS = [
    (DealStatus.WON, 300_000, TODAY),
    (DealStatus.WON, 500_000, TODAY),
    (DealStatus.LOST, 900_000, TODAY),
    (DealStatus.WON, 200_000, add_months(THIS_MONTH, -1)),
    (DealStatus.WON, 100_000, add_months(THIS_MONTH, -2)),
    (DealStatus.WON, 150_000, add_months(THIS_MONTH, -13)),
]


def _euros(cents: float) -> str:
    return f"€{round(cents / 100):,}"


def _won_in(month: dt.date) -> int:
    return sum(a for s, a, d in DEALS if s is DealStatus.WON and d.replace(day=1) == month)


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    ws = open_workspace(data_dir)
    try:
        for n, (status, amount, closed) in enumerate(DEALS):
            ws.pipeline.save_deal(
                DealDraft(f"Affaire {n}", "Cabinet Moreau", amount_cents=amount,
                          commission_cents=amount // 10, status=status,
                          created_on=closed - dt.timedelta(days=30), closed_on=closed)
            )  # fmt: skip
        ws.progress.save_goal(GoalDraft(TODAY.year, GOAL))
    finally:
        ws.close()
    set_sound_muted(data_dir, True)
    w = open_window(qtbot, data_dir)
    yield w
    w.close()


def _tip(view: ProgressView, name: str) -> str:
    label = view.findChild(QLabel, name)
    assert label is not None, name
    return tip_text(label.toolTip())


def test_the_readout_shows_the_rate_the_average_and_the_goal_computed(
    qtbot, window: MainWindow
) -> None:
    tip = _tip(shown(qtbot, window), "progressReadout")  # this month, by month
    won = [d for d in DEALS if d[2] == TODAY and d[0] is DealStatus.WON]
    lost = [d for d in DEALS if d[2] == TODAY and d[0] is DealStatus.LOST]
    closed = len(won) + len(lost)
    assert f"{len(won)} ÷ ({len(won)} + {len(lost)}) = {round(100 * len(won) / closed)}%" in tip
    assert f"added up: {_euros(_won_in(THIS_MONTH))}" in tip
    months = [_won_in(add_months(THIS_MONTH, k)) for k in (-2, -1, 0)]
    assert f"({' + '.join(_euros(m) for m in months)}) ÷ 3 = {_euros(sum(months) / 3)}" in tip
    assert f"{_euros(GOAL)} ÷ 12 = {_euros(GOAL / 12)}" in tip


def test_the_goal_and_the_streak_show_their_figures(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    reached = sum(a for s, a, d in DEALS if s is DealStatus.WON and d.year == TODAY.year)
    day = TODAY.timetuple().tm_yday
    pace = round(GOAL * day / days_in_year(TODAY.year))
    tip = _tip(view, "goalSummary")
    assert f"Reached: {_euros(reached)} of {_euros(GOAL)}" in tip
    assert f"{_euros(GOAL)} × {day} ÷ {days_in_year(TODAY.year)} days = {_euros(pace)}" in tip
    streak = _tip(view, "streakLabel")
    assert "counted back from this month" in streak
    assert f": {sum(1 for d in DEALS if d[2] == TODAY and d[0] is DealStatus.WON)} won" in streak


@pytest.mark.skipif(TODAY.month < 4, reason="compares this year's finished months")
def test_the_caption_shows_the_totals_it_compares(qtbot, window: MainWindow) -> None:
    tip = _tip(shown(qtbot, window), "progressCaption")
    assert "Weakest month" in tip

    def finished(year: int) -> int:
        return sum(
            a
            for s, a, d in DEALS
            if s is DealStatus.WON and d.year == year and d.month < TODAY.month
        )

    now, before = finished(TODAY.year), finished(TODAY.year - 1)
    change = round(100 * (now - before) / before)
    assert (
        f"against the same months of {TODAY.year - 1}: {_euros(now)} against {_euros(before)}, "
        f"({_euros(now)} − {_euros(before)}) ÷ {_euros(before)} = +{change}%"
    ) in tip


def test_in_french(qtbot, french_ui, window: MainWindow) -> None:
    tip = _tip(shown(qtbot, window), "goalSummary")
    assert "Atteint" in tip and "jours" in tip
