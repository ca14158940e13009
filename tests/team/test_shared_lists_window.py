"""The manager's "Shared lists…" dialog and the team goals, through the widgets, against a
real server: what the manager types is published, the Team area shows the progress
against the team goal, the rep sees the team's goal in Settings › Team after a sync."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem

from salescoach.services import team as service
from salescoach.services.team_lists import server_lists
from salescoach.ui.team.manager_view import ManagerView
from salescoach.ui.team.shared_lists import SharedListsDialog
from tests.conftest import on_next_modal
from tests.team.conftest import Team, local_db
from tests.team.test_manager_view import _open, synced  # noqa: F401 (a fixture)
from tests.team.test_rep_window import open_window  # noqa: F401 (a fixture)

YEAR = dt.date.today().year


def _lists(qtbot, view: ManagerView) -> SharedListsDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        pass
    button = view.findChild(QPushButton, "teamSharedLists")
    button.click()
    dialog = view.findChild(SharedListsDialog)
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=20_000)
    return dialog


def _type(table: QTableWidget, row: int, column: int, text: str) -> None:
    table.setItem(row, column, QTableWidgetItem(text))


def _wins_this_year(folder: Path) -> int:
    with local_db(folder) as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT count(*) FROM deals WHERE status = 'won' AND closed_on >= ?",
                (f"{YEAR}-01-01",),
            ).scalar()
        )


def test_the_manager_publishes_the_lists_and_sees_the_team_goal(
    qtbot,
    team: Team,
    synced,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    view = ManagerView(synced["mia"])
    qtbot.addWidget(view)
    view.show()
    view.reload()
    dialog = _lists(qtbot, view)
    assert dialog.reasons.rowCount() == 0 and dialog.stages.rowCount() == 5
    assert not view.findChild(QTableWidget, "sharedGoals").rowCount()

    qtbot.mouseClick(dialog.findChild(QPushButton, "sharedReasonsAdd"), Qt.MouseButton.LeftButton)
    _type(dialog.reasons, 0, 0, "Budget frozen by the group")
    dialog.reasons.item(0, 1).setCheckState(Qt.CheckState.Checked)
    _type(dialog.stages, 2, 1, "150")  # proposal: refused, nothing published
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sharedGoalsAdd"), Qt.MouseButton.LeftButton)
    _type(dialog.goals, 0, 2, "5")
    _type(dialog.goals, 0, 3, "1000")
    qtbot.mouseClick(dialog.findChild(QPushButton, "sharedGoalsAdd"), Qt.MouseButton.LeftButton)
    _type(dialog.goals, 1, 1, team.ann)
    _type(dialog.goals, 1, 2, "2")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "sharedError")
    assert error.isVisible()
    assert error.text() == (
        "Chances of winning:3: a stage's chance is a percentage from 0 to 100, not 150. "
        "Nothing was published."
    )
    assert server_lists(synced["mia"]) == {
        "loss_reasons": [], "stage_probabilities": [], "team_goals": []
    }  # fmt: skip

    _type(dialog.stages, 2, 1, "45")
    with qtbot.waitSignal(dialog.published, timeout=20_000):
        qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    shown = server_lists(synced["mia"])
    assert [(r["label"], r["controllable"]) for r in shown["loss_reasons"]] == [
        ("Budget frozen by the group", 1)
    ]
    assert [(s["stage"], s["probability"]) for s in shown["stage_probabilities"]] == [
        ("proposal", 45)
    ]
    assert [(g["year"], g["rep"], g["wins"], g["won_cents"]) for g in shown["team_goals"]] == [
        (YEAR, "", 5, 100_000),
        (YEAR, team.ann, 2, None),
    ]

    # Published: the Team area reads the server again and shows the goals' progress.
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        pass
    goals = view.goal_table
    qtbot.waitUntil(lambda: view.goal_model.rowCount() == 2, timeout=10_000)
    assert goals.isVisible()
    cells = [[view.goal_model.index(r, c).data() for c in range(3)] for r in range(2)]
    both = _wins_this_year(synced["ann"]) + _wins_this_year(synced["bob"])
    assert cells[0][0] == f"Team, {YEAR}"
    assert cells[0][1].startswith(f"{both} of 5: ") and "reached" in cells[0][1]
    assert "of €1,000: " in cells[0][2]
    assert cells[1][0] == f"{team.ann}, {YEAR}"
    assert cells[1][1].startswith(f"{_wins_this_year(synced['ann'])} of 2: ")
    assert cells[1][2] == "—"

    # Opened again: the dialog shows what the server now holds.
    dialog.close()
    again = view.open_shared_lists()
    qtbot.waitUntil(lambda: again.publish_button.isEnabled(), timeout=20_000)
    assert again.reasons.item(0, 0).text() == "Budget frozen by the group"
    assert again.stages.item(2, 1).text() == "45"
    assert [again.goals.item(1, c).text() for c in range(5)] == [
        str(YEAR),
        team.ann,
        "2",
        "",
        "EUR",
    ]
    again.close()


def test_the_rep_sees_the_team_goal_in_settings_after_a_sync(
    qtbot,
    team: Team,
    synced,  # noqa: F811
    open_window,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    from salescoach.domain.team_lists import TeamGoal
    from salescoach.services.team_lists import publish

    publish(synced["mia"], "team_goals", [
        TeamGoal(YEAR, "", 40, 50_000_000).entry(), TeamGoal(YEAR, team.ann, 12).entry(),
        TeamGoal(YEAR, team.bob, 9).entry(),
    ])  # fmt: skip
    service.sync(synced["ann"])
    w = open_window(synced["ann"])
    said: list[str] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        line = dialog.findChild(QLabel, "teamGoalsLine")
        said.append(line.text() if line.isVisibleTo(dialog) else "")
        dialog.reject()

    on_next_modal(look, timeout_ms=30_000)
    w.team_settings_action.trigger()
    assert said == [
        f"Team goal for {YEAR}: 40 wins, €500,000 won.\n"
        f"Your goal from the team for {YEAR}: 12 wins."
    ]
