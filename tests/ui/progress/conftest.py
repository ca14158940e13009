"""The Progress tests' window, on a small history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from salescoach.ui.shell.main_window import MainWindow
from tests.ui.progress.history import make_history, open_window


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    make_history(data_dir)
    w = open_window(qtbot, data_dir)
    yield w
    w.close()
