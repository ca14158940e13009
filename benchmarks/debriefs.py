"""The Debriefs view and the debrief form on the large history, through the widgets."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.window import open_window


@dataclass
class DebriefTimings:
    view_loaded: float  # seconds from showing the view to its rows and insights shown
    view_gui_thread: float  # the part of it spent on the GUI thread (filling the widgets)
    form_opened: float  # building and showing the debrief form of a lost deal
    draft_saved: float  # one autosave of the form, on the GUI thread


def _timed(slot: Callable[[Any], None], into: list[float]) -> Callable[[Any], None]:
    def timed(result: Any) -> None:
        start = time.perf_counter()
        slot(result)
        into.append(time.perf_counter() - start)

    return timed


def measure(data_dir: Path) -> DebriefTimings:
    from PySide6.QtCore import QEventLoop, QTimer

    from salescoach.ui.common.worker import wait_for_background_work
    from salescoach.ui.debriefs.dialog import DebriefDialog

    app, window = open_window(data_dir, settle=False)
    ws = window.workspace
    assert ws is not None
    for _ in range(20):  # let the start-up checklist query finish first
        wait_for_background_work()
        app.processEvents()

    view = window.debriefs
    gui: list[float] = []
    for name in ("_rows_loaded", "_insights_loaded"):
        setattr(view, name, _timed(getattr(view, name), gui))
    # Wait in an event loop, as the app does: a busy processEvents() loop would take the
    # interpreter from the reading threads and measure itself.
    loop = QEventLoop()
    view.loaded.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    start = time.perf_counter()
    window.nav.setCurrentRow(1)
    loop.exec()
    view_loaded = time.perf_counter() - start

    deal_id = view.model.row_at(0).deal_id
    start = time.perf_counter()
    dialog = DebriefDialog(ws.pipeline, ws.debriefs, deal_id, window)
    dialog.show()
    app.processEvents()
    form_opened = time.perf_counter() - start
    dialog.go(3)
    dialog.pages[3].lessons.setPlainText("benchmark")  # type: ignore[attr-defined]
    start = time.perf_counter()
    dialog.save_draft()
    draft_saved = time.perf_counter() - start
    dialog._dirty = False
    dialog.close()
    window.close()
    return DebriefTimings(view_loaded, max(gui), form_opened, draft_saved)
