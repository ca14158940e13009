"""The Follow-ups view on the large history (one cadence per account), through the widgets."""

from __future__ import annotations

import time
from pathlib import Path


def measure(data_dir: Path) -> float:
    """Seconds from showing the Follow-ups view to its rows and advocates shown."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from salescoach.ui.main_window import MainWindow
    from salescoach.ui.worker import wait_for_background_work

    app = QApplication.instance() or QApplication([])
    window = MainWindow(data_dir)
    window.show()
    window.open_workspace()
    deadline = time.monotonic() + 120
    while window.workspace is None and time.monotonic() < deadline:
        wait_for_background_work()
        app.processEvents()
    for _ in range(20):  # the start-up counts first
        wait_for_background_work()
        app.processEvents()
    view = window.followups
    loop = QEventLoop()  # wait as the app does, not in a busy loop
    view.loaded.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    start = time.perf_counter()
    window.nav.setCurrentRow(3)
    loop.exec()
    elapsed = time.perf_counter() - start
    window.close()
    return elapsed
