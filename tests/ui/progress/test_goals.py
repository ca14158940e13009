"""Goals and nominations on the Progress page: a goal typed with bad input, the targets
it sets per quarter, the call of the month, the note of a win."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from salescoach.domain.goals import GoalDraft
from salescoach.domain.progress import Grouping, Metric
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import click_button, on_next_modal
from tests.ui.progress.history import (
    TODAY,
    shown,
)


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
