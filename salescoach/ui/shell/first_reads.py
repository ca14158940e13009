"""What start-up reads off the GUI thread once the window is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.pipeline.model import DealsIndex


def first_screen(workspace: Workspace) -> DealsIndex:
    """Work for the worker that opens the data: the deals table's first screen."""
    # Imported here, on that thread: the table's modules are not needed to show the window.
    from salescoach.ui.pipeline.reading import read_first_screen

    return read_first_screen(workspace)


def _import_chart_modules() -> None:
    import salescoach.ui.progress.view  # noqa: F401


def import_charts() -> None:
    """The Progress view's modules (pyqtgraph, numpy: ~0.4 s) imported off the GUI thread,
    so that showing it first does not freeze the window that long."""
    # Now, while the rest of the deals is read: their C parts hold the interpreter lock up
    # to ~100 ms, and once every deal is there that would be a rep's keystroke waiting.
    run_in_background(_import_chart_modules, lambda _done: None, lambda _error: None,
                      keep_results=True)  # fmt: skip
