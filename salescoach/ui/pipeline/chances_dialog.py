"""Settings › Chances of winning by stage: the probabilities the Pipeline's weighted
forecast counts each open deal at, kept in the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from salescoach.domain.enums import DealStage
from salescoach.domain.forecast import DEFAULT_PROBABILITIES
from salescoach.domain.messages import UserError
from salescoach.ui.common import labels
from salescoach.ui.common.dialogs import run_dialog, show_error
from salescoach.ui.common.unsaved import EditDialog

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


class ChancesDialog(EditDialog):
    """One percentage per stage, with the defaults a button away."""

    def __init__(
        self,
        chances: dict[DealStage, int],
        parent: QWidget | None = None,
        team_stages: frozenset[DealStage] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.team_stages = team_stages
        self.setObjectName("chancesDialog")
        self.setWindowTitle(self.tr("Chances of winning by stage"))
        layout = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The forecast in the Pipeline's header counts each open deal at its stage's "
                "chance of being won."
            )
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        if team_stages:
            team = QLabel(
                self.tr(
                    "Your team's manager sets the chances shown greyed, so that every rep's "
                    "forecast counts a stage alike; they come with each team sync."
                )
            )
            team.setObjectName("teamChances")
            team.setWordWrap(True)
            layout.addRow(team)
        self.spins: dict[DealStage, QSpinBox] = {}
        for stage in DealStage:
            spin = QSpinBox()
            spin.setObjectName(f"chance_{stage.value}")
            spin.setRange(0, 100)
            spin.setSuffix("\u00a0%")
            spin.setValue(chances[stage])
            spin.setEnabled(stage not in team_stages)
            layout.addRow(labels.stage_label(stage), spin)
            self.spins[stage] = spin
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        layout.addRow(buttons)

    def restore_defaults(self) -> None:
        for stage, spin in self.spins.items():
            if stage not in self.team_stages:
                spin.setValue(DEFAULT_PROBABILITIES[stage])

    def chances(self) -> dict[DealStage, int]:
        """The rep's own chances: the stages the team does not set."""
        return {s: spin.value() for s, spin in self.spins.items() if s not in self.team_stages}


def edit_chances(parent: QWidget, workspace: Workspace, events: Events) -> None:
    """Show the dialog; on OK save the chances and have the forecast read again."""
    forecast = workspace.forecast
    dialog = ChancesDialog(forecast.probabilities(), parent, forecast.team_stages())
    if not run_dialog(dialog):
        return
    try:
        workspace.forecast.set_probabilities(dialog.chances())
    except UserError as e:
        show_error(
            parent, QCoreApplication.translate("ChancesDialog", "Cannot save the chances"), e
        )
        return
    events.chances_changed.emit()
    events.status.emit(
        translate("ChancesDialog", "Chances of winning saved: the forecast is updated.")
    )
