"""The main window opened on a benchmark's data folder, as a rep would see it: shown,
its deals loaded, and (unless told otherwise) the start-up's background reads done."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from salescoach.ui.shell.main_window import MainWindow


def open_window(data_dir: Path, settle: bool = True) -> tuple[QApplication, MainWindow]:
    """The application and the window, ready; `settle` also lets the start-up's own
    background reads (checklist, counts, value of a touch, those waiting for the window to
    be idle) finish first."""
    from PySide6.QtWidgets import QApplication

    from salescoach.ui.common.gui_collector import GuiCollector
    from salescoach.ui.common.worker import wait_for_background_work
    from salescoach.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    if app.findChild(GuiCollector) is None:  # as the app runs: cycles collected here only
        GuiCollector(app)
    window = MainWindow(data_dir)
    window.resize(1200, 760)
    window.show()
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.open_workspace()
    deadline = time.monotonic() + 120
    while not ready and time.monotonic() < deadline:
        wait_for_background_work()
        app.processEvents()
    for _ in range(20 if settle else 0):
        wait_for_background_work()
        app.processEvents()
    # Start-up's reads that wait for an idle moment (the review's figures, the value of a
    # touch, the integrity check) are start-up's reads too: done before measuring.
    while settle and window.later.waiting() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if settle:
        wait_for_background_work()
    return app, window
