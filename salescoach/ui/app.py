"""Start the window: language, the data folder check, one instance per folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from salescoach import APP_NAME, __version__
from salescoach.domain.messages import UserError
from salescoach.resources import DESKTOP_ID, icon_path
from salescoach.services.workspace import check_data_dir
from salescoach.ui.i18n import choose_language, install_translators, tr_message
from salescoach.ui.main_window import MainWindow
from salescoach.ui.worker import wait_for_background_work

# Set by the benchmark and the packaging smoke test: print when the window is shown (and
# when the deals are loaded), then quit.
STARTUP_PROBE = "SALESCOACH_STARTUP_PROBE"


def run_gui(data_dir: Path, language: str | None = None) -> int:
    """Open the main window on `data_dir`; returns the process exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(icon_path())))
    app.setDesktopFileName(DESKTOP_ID)
    install_translators(choose_language(data_dir, language))
    try:
        check_data_dir(data_dir)
    except UserError as exc:
        QMessageBox.critical(None, "salescoach", tr_message(exc.message))
        return 2
    lock = QLockFile(str(data_dir.absolute() / "salescoach.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        QMessageBox.warning(
            None,
            "salescoach",
            QApplication.translate(
                "App",
                "salescoach is already open on this data folder ({path}). "
                "Switch to that window; nothing was changed.",
            ).format(path=str(data_dir)),
        )
        return 2
    window = MainWindow(data_dir.absolute())
    probe = os.environ.get(STARTUP_PROBE)
    if probe:
        _install_probe(window, probe)
    window.show()
    QTimer.singleShot(0, window.open_workspace)
    try:
        return app.exec()
    finally:
        wait_for_background_work()
        lock.unlock()


def _install_probe(window: MainWindow, mode: str) -> None:
    def shown() -> None:
        print("shown", flush=True)
        if mode == "shown":
            window.close()

    def ready() -> None:
        print("ready", flush=True)
        window.close()

    QTimer.singleShot(0, shown)
    window.ready.connect(ready)
