"""The Follow-ups view on the large history (one cadence per account), through the widgets."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.window import open_window


def measure(data_dir: Path) -> float:
    """Seconds from showing the Follow-ups view to its rows and advocates shown."""
    from PySide6.QtCore import QEventLoop, QTimer

    _app, window = open_window(data_dir)
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
