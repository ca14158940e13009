"""Fixtures of the data area's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from salescoach.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """The main window, shown, on an open workspace in the test's data folder."""
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    yield w
    w.close()
