"""Loading the demo history from the welcome page (or Progress), with a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from salescoach.ui.common.dialogs import report_failure
from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.pipeline.model import DealsIndex

translate = QCoreApplication.translate  # the strings are the Pipeline's


def load_demo(
    view: QWidget,
    workspace: Workspace,
    read: Callable[[], DealsIndex],
    done: Callable[[DealsIndex], None],
) -> None:
    """Fill the empty database with the demo history off the GUI thread, then `read` the
    deals, for `done` (the Pipeline's)."""
    progress = QProgressDialog(
        translate("PipelineView", "Creating the demo history…"), "", 0, 100, view
    )
    progress.setObjectName("demoProgress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def step(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def finished(rows: DealsIndex) -> None:
        progress.close()
        progress.deleteLater()  # not kept as the view's child
        done(rows)

    report = report_failure(view, translate("PipelineView", "salescoach"))

    def failed(error: BaseException) -> None:
        progress.close()
        progress.deleteLater()
        report(error)

    def work(report: Callable[[int, int], None]) -> DealsIndex:
        workspace.load_demo(progress=report)
        return read()

    run_in_background(work, finished, failed, step, keep_results=True)
