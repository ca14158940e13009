"""The chances of winning the manager publishes are the ones the rep's forecast counts:
greyed in the rep's Settings › Chances of winning, the rep's own kept for the other
stages and back once the laptop leaves the team."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSpinBox, QWidget

from salescoach.domain.enums import DealStage
from salescoach.services import team as service
from salescoach.services.team_lists import publish
from salescoach.services.workspace import open_workspace
from salescoach.ui.common.events import Events
from salescoach.ui.pipeline.chances_dialog import edit_chances
from tests.conftest import on_next_modal
from tests.team.conftest import Team
from tests.team.test_sync import _laptop


def test_the_teams_chances_count_in_the_reps_forecast_and_settings(
    qtbot, team: Team, tmp_path: Path
) -> None:
    from salescoach.domain.team_lists import stage_probability

    ann = _laptop(tmp_path / "ann", 30, 5)
    ws = open_workspace(ann)
    try:
        ws.forecast.set_probabilities({**ws.forecast.probabilities(), DealStage.PROPOSAL: 50})
    finally:
        ws.close()
    service.join_team(ann, team.url(team.ann))
    mia = tmp_path / "mia"
    service.join_team(mia, team.url(team.mia))
    publish(mia, "stage_probabilities", [stage_probability("proposal", 35)])
    service.sync(ann)

    ws = open_workspace(ann)
    try:
        assert ws.forecast.probabilities()[DealStage.PROPOSAL] == 35
        parent = QWidget()
        qtbot.addWidget(parent)
        seen: dict[str, object] = {}

        def in_dialog(dialog: QWidget) -> None:
            proposal = dialog.findChild(QSpinBox, "chance_proposal")
            lead = dialog.findChild(QSpinBox, "chance_lead")
            seen["proposal"] = (proposal.value(), proposal.isEnabled())
            seen["note"] = dialog.findChild(QLabel, "teamChances") is not None
            lead.setValue(20)
            buttons = dialog.findChild(QDialogButtonBox)
            buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
            seen["proposal after defaults"] = proposal.value()
            lead.setValue(20)
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        on_next_modal(in_dialog)
        edit_chances(parent, ws, Events())
        assert seen == {"proposal": (35, False), "note": True, "proposal after defaults": 35}
        chances = ws.forecast.probabilities()
        assert (chances[DealStage.LEAD], chances[DealStage.PROPOSAL]) == (20, 35)
    finally:
        ws.close()

    service.leave_team(ann)  # the rep's own chance of a proposal was kept all along
    ws = open_workspace(ann)
    try:
        assert ws.forecast.probabilities()[DealStage.PROPOSAL] == 50
        assert ws.forecast.team_stages() == frozenset()
    finally:
        ws.close()
