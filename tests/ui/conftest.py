"""Fixtures of the interface's tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from salescoach.ui.shell.main_window import MainWindow


@contextmanager
def main_window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on `data_dir`, shown, once its data is open and start-up's reads
    begun (`ready`); closed after."""
    from salescoach.ui.shell.main_window import MainWindow

    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    try:
        yield w
    finally:
        w.close()


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window, shown, on an open workspace in the test's data folder."""
    with main_window(qtbot, data_dir) as w:
        yield w


@pytest.fixture
def events(qapp: object, workspace: object) -> object:
    """The app-wide events hub, its requests (a debrief, a cadence, the accounts) answered
    on `workspace` as in the window."""
    from salescoach.ui.common.events import Events
    from salescoach.ui.shell.requests import answer_requests

    hub = Events()
    answer_requests(hub, lambda: workspace)  # type: ignore[arg-type, return-value]
    return hub


@pytest.fixture
def french_ui(qapp: object) -> Iterator[None]:
    """The French catalogue and locale for one test, English again after it."""
    from salescoach.ui.common.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")
