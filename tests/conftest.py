"""Test setup: offscreen Qt, and a fresh private data folder for every test.

No test may touch the real user folders: HOME and the XDG folders point into the test's
temporary directory, and SALESCOACH_DATA_DIR names a new data folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Must be set before Qt is imported anywhere, or Qt aborts without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "en_US.UTF-8")

import pytest
from hypothesis import settings

# On CI the property tests replay the same examples every run (a landing must not depend
# on luck); on a developer's machine they explore new ones, and a failure prints its seed.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp: object) -> None:
    """The app installs its translators at start; so do the tests (English catalogue, so
    that plurals read "1 deal", "2 deals", whatever test ran before)."""
    from salescoach.ui.common.gui_collector import GuiCollector
    from salescoach.ui.common.i18n import install_translators

    install_translators("en")
    GuiCollector(qapp)  # type: ignore[arg-type]  # as the app does: collections on this thread


@pytest.fixture(autouse=True)
def collect_between_tests() -> Iterator[None]:
    """Collections run on the GUI thread's timer (`GuiCollector`); a test without an event
    loop gets one after it, on this thread, so that cycles do not pile up."""
    import gc

    from salescoach.services.collector import collector_busy

    yield
    if not collector_busy():
        gc.collect()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    return home


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder path (not yet created) that the app and the CLI will use."""
    path = tmp_path / "data"
    monkeypatch.setenv("SALESCOACH_DATA_DIR", str(path))
    return path


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[object]:
    """An open workspace on a real SQLite file in the test's data folder."""
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    yield ws
    ws.close()


def on_next_modal(callback: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run `callback(dialog)` on the next modal dialog (opened by a blocking exec()).

    If the callback fails or leaves the dialog open, the dialog is closed (without asking
    whether to discard what was typed) so that the test fails instead of hanging.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    waited = [0]

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            waited[0] += 10
            if waited[0] < timeout_ms:
                QTimer.singleShot(10, poll)
            return
        try:
            callback(modal)
        finally:
            if modal.isVisible() and isinstance(modal, QDialog):
                QTimer.singleShot(0, lambda: modal.done(QDialog.DialogCode.Rejected))

    QTimer.singleShot(0, poll)


def click_button(dialog: QWidget, name: str) -> None:
    """Click the button called `name` (an objectName) in `dialog`."""
    from PySide6.QtWidgets import QAbstractButton

    button = dialog.findChild(QAbstractButton, name)
    assert button is not None, f"no button {name!r} in {dialog!r}"
    button.click()


def tip_text(tip: str) -> str:
    """A rich-text tooltip as the rep reads it (no-break spaces kept, lines apart)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toRawText().replace("\u2028", "\n").replace("\u2029", "\n")


def fill_demo(folder: Path, deals: int, seed: int = 3) -> Path:
    """`folder` made a data folder at the current schema holding a `deals`-deal demo."""
    from salescoach.services.demo import generate_demo
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(folder)
    try:
        generate_demo(ws.store, deals=deals, seed=seed)
    finally:
        ws.close()
    return folder
