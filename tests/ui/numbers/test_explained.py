"""Every figure of the Numbers view says how it was computed, with the rep's own figures:
checked against the figures worked out here from the known small history."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolButton

from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.services.workspace import open_workspace
from salescoach.ui.numbers.figures import FIGURES
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import on_next_modal, tip_text
from tests.numbers_history import DEALS, build_history
from tests.ui.conftest import main_window

NUMBERS = 4  # row of the Numbers area in the navigation
YEAR = 365  # the default period: the last 12 months


def _euros(cents: float) -> str:
    return f"€{cents / 100:,.2f}"


# The last 12 months of the history, worked out from its deals (not from the app).
RECENT = [d for d in DEALS if d[4] < YEAR]  # touches logged from the creation on
WON = [d for d in RECENT if d[1] is DealStatus.WON and d[5] < YEAR]
LOST = [d for d in RECENT if d[1] is DealStatus.LOST and d[5] < YEAR]
COMMISSION = sum(d[2] for d in WON)
TOUCHES = sum(len(d[6]) for d in RECENT)
CALLS = sum(d[6].count(TouchKind.CALL) for d in RECENT)


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    ws = open_workspace(data_dir)
    try:
        build_history(ws)
    finally:
        ws.close()
    with main_window(qtbot, data_dir) as w:
        yield w


def _tips(qtbot, window: MainWindow) -> dict[str, str]:
    window.nav.setCurrentRow(NUMBERS)
    view = window.numbers
    qtbot.waitUntil(lambda: view.overview is not None, timeout=5000)
    found = {}
    for name in FIGURES:
        label = view.findChild(QLabel, f"figure_{name}")
        assert label is not None
        found[name] = tip_text(label.toolTip())
    return found


def test_each_figure_shows_the_figures_that_went_in(qtbot, window: MainWindow) -> None:
    tips = _tips(qtbot, window)
    assert all(tips.values()), tips
    value = COMMISSION / TOUCHES
    assert f"{_euros(COMMISSION)} ÷ {TOUCHES} = {_euros(value)}" in tips["per_touch_value"], tips[
        "per_touch_value"
    ]
    assert f"{TOUCHES} ÷ {len(WON)} = {TOUCHES / len(WON):g}" in tips["touches_per_win"]
    assert (
        f"{_euros(COMMISSION)} ÷ {len(WON)} = {_euros(COMMISSION / len(WON))}"
        in tips["avg_commission"]
    )
    rate = len(WON) / (len(WON) + len(LOST))
    assert f"{len(WON)} ÷ ({len(WON)} + {len(LOST)}) = {rate * 100:.1f}%" in tips["win_rate"]
    assert f"Call {CALLS}" in tips["touches"]
    assert _euros(COMMISSION) in tips["commission"]


def test_the_split_by_kind_explains_each_row_and_its_renamed_columns(
    qtbot, window: MainWindow
) -> None:
    _tips(qtbot, window)
    model = window.numbers.figures.kind_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    # "Share", "Per win" and "Worth" said neither of what nor per what.
    assert headers == [
        "Kind",
        "Touches",
        "Share of touches",
        "Touches per win",
        "Share of commission",
    ]
    assert all(
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(1, 5)
    )
    calls = tip_text(model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole))
    value = COMMISSION / TOUCHES
    assert f"{CALLS} of the {TOUCHES} touches" in calls
    assert f"{CALLS} ÷ {len(WON)} wins = {CALLS / len(WON):g}" in calls
    assert f"{CALLS} × {_euros(value)} a touch = {_euros(CALLS * value)}" in calls
    headline = tip_text(window.numbers.figures.headline.toolTip())
    assert f"({_euros(COMMISSION)}, on {len(WON)} wins) ÷ touches logged ({TOUCHES})" in headline


def test_the_explanations_are_french_in_french(qtbot, french_ui, window: MainWindow) -> None:
    tips = _tips(qtbot, window)
    assert "Commission gagnée ÷ échanges notés" in tips["per_touch_value"]


def test_the_planner_and_the_what_if_show_their_sums(qtbot, window: MainWindow) -> None:
    _tips(qtbot, window)
    view = window.numbers
    planner = view.planner
    for name, text in (
        ("target", "4"),
        ("rate_before", "25"),
        ("rate_now", "18"),
        ("touches_per_lead", "9"),
    ):
        planner.edits[name].setText(text)
    leads = 4 / 0.18
    assert tip_text(planner.outputs["leads_per_month"].toolTip()).startswith(
        f"Sales to close ÷ conversion now = 4 ÷ 18% = {round(leads, 1):g}, rounded up to "
        f"{math.ceil(leads)}"
    )
    touches = tip_text(planner.outputs["touches_per_month"].toolTip())
    assert f"{round(leads, 1):g} × 9 = {round(leads * 9, 1):g}" in touches
    assert "÷ 12" in tip_text(planner.toolTip())  # the prefilled sales per month, from 12 months
    view.what_if_mode.click()
    per_win = COMMISSION / len(WON)
    assert tip_text(view.what_if.value.toolTip()) == (
        f"Average commission per sale ÷ touches per sale = {_euros(per_win)} ÷ "
        f"{TOUCHES / len(WON):g} = {_euros(per_win / (TOUCHES / len(WON)))}."
    )


def test_the_question_mark_shows_every_explanation(qtbot, window: MainWindow) -> None:
    """For the keyboard and touch screens: the same explanations, all in one message."""
    _tips(qtbot, window)
    button = window.numbers.findChild(QToolButton, "explainFigures")
    assert button is not None and button.isVisible()
    shown: list[str] = []
    on_next_modal(
        lambda box: shown.append(box.findChild(QTextBrowser, "figuresExplainedText").toPlainText())
    )
    button.click()
    assert shown, "the ? button opened nothing"
    assert "Value of one touch" in shown[0]
    assert f"{_euros(COMMISSION)} ÷ {TOUCHES} = {_euros(COMMISSION / TOUCHES)}" in shown[0]
    assert shown[0].count("Counted over the period chosen above") == 1
