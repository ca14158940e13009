"""Filter-as-you-type on the deals table, timed keystroke by keystroke through the widgets."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.window import open_window


def measure(data_dir: Path) -> list[float]:
    """Seconds per keystroke: typing an account name's start, then erasing it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    app, window = open_window(data_dir, settle=False)
    model = window.pipeline.model
    # QTest types ASCII keys only: take the first account name from the middle that is.
    names = (model.deal_at(r).account[:6] for r in range(model.rowCount() // 2, model.rowCount()))
    word = next(n for n in names if n.isascii() and len(n) == 6)
    box = window.findChild(QLineEdit, "dealFilter")
    assert box is not None
    timings = []
    keys = [(ch, None) for ch in word] + [(None, Qt.Key.Key_Backspace)] * len(word)
    for ch, key in keys:
        start = time.perf_counter()
        if ch is not None:
            QTest.keyClicks(box, ch)
        else:
            QTest.keyClick(box, key)
        app.processEvents()  # the view repaints before the next key, as for a person
        timings.append(time.perf_counter() - start)
    window.close()
    return timings
