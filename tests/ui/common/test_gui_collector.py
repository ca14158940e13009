"""Garbage cycles holding Qt objects are freed on the GUI thread, never on a worker's."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject

from salescoach.ui.common.gui_collector import GuiCollector


class _Held(QObject):
    freed_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        _Held.freed_on.append(threading.current_thread().name)


def test_a_cycle_with_a_qt_object_is_freed_on_the_gui_thread(qtbot, qapp) -> None:
    collector = GuiCollector(qapp)
    assert not gc.isenabled()  # no collection on whichever thread allocates
    held = _Held()
    held.me = held  # type: ignore[attr-defined]  # a cycle: only a collection frees it
    del held

    def allocate() -> None:  # far past every threshold, on another thread
        junk = [[i] for i in range(200_000)]
        del junk

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert _Held.freed_on == []  # that thread's allocations collected nothing
    for _ in range(3):
        collector.check()
    gc.collect()
    assert _Held.freed_on == [threading.main_thread().name]
