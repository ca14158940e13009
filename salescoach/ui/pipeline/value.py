"""The Pipeline's header figure: what the open deals add up to, and the forecast weighted
by each stage's chance of being won (set in Settings › Chances of winning by stage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from salescoach.domain.enums import DealStage
from salescoach.domain.forecast import PipelineValue
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.dialogs import report_failure
from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


class PipelineValueLabel(QLabel):
    """ "Open: €233,070 · forecast €88,892", read again whenever deals or chances change."""

    def __init__(
        self, workspace: Workspace | None, events: Events, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineValue")
        self.workspace = workspace  # None until the data is open (`attach`)
        events.deals_changed.connect(self.reload)
        events.chances_changed.connect(self.reload)
        self.reload()

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.reload()

    def reload(self) -> None:
        """Read the figures off the GUI thread (a sum over every open deal)."""
        if self.workspace is None:
            return
        forecast = self.workspace.forecast

        def read() -> tuple[PipelineValue, dict[DealStage, int]]:
            return forecast.pipeline_value(), forecast.probabilities()

        failed = report_failure(self, self.tr("Cannot read the pipeline's value"))
        run_in_background(read, self._show, failed)

    def _show(self, result: tuple[PipelineValue, dict[DealStage, int]]) -> None:
        value, chances = result
        if value.currency is None:
            self.clear()
            return
        money = formatting.money
        self.setText(
            self.tr("Open: {total} · forecast {weighted}").format(
                total=money(value.open_cents, value.currency, 0),
                weighted=money(value.weighted_cents, value.currency, 0),
            )
        )
        stages = ", ".join(
            f"{labels.stage_label(s)} {formatting.percent_text(p / 100)}"
            for s, p in chances.items()
        )
        self.setToolTip(
            self.tr(
                "%n open deal(s) in {currency}, whatever their creation date. The forecast "
                "counts each at its stage's chance of being won ({stages}; change them in "
                "Settings). Deals in other currencies are left out.",
                "",
                value.deals,
            ).format(currency=value.currency, stages=stages)
        )
