"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs on whichever thread allocates when a threshold is
crossed: a worker's as often as not. It then frees every unreachable cycle it finds, and a
cycle holding a Qt object (a closed dialog and the slots that refer to it) has that object
deleted off the GUI thread, where Qt crashes. So automatic collection is off, and a timer
on the GUI thread runs the generation Python would have run, at most once a second, never
while background work has the collector paused (`services.collector`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from salescoach.services.collector import collector_busy

CHECK_MS = 1000


class GuiCollector(QObject):
    """Owns the collector for the life of the application (one is enough)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation past its threshold, as Python would; returns it."""
        if collector_busy():
            return None
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return generation
        return None
