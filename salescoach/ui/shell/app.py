"""Start the window: language, the data folder check, one instance per folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from salescoach import APP_NAME, __version__
from salescoach.domain.messages import DamagedDatabaseError, UserError
from salescoach.resources import DESKTOP_ID, icon_path
from salescoach.services.workspace import check_data_dir
from salescoach.ui.common.gui_collector import GuiCollector
from salescoach.ui.common.i18n import choose_language, install_translators, tr_message
from salescoach.ui.common.worker import wait_for_background_work
from salescoach.ui.shell.error_report import install_error_hook
from salescoach.ui.shell.lock import try_lock
from salescoach.ui.shell.main_window import MainWindow

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
    GuiCollector(app)  # Python's collector on this thread only
    install_translators(choose_language(data_dir, language))
    try:
        check_data_dir(data_dir)
    except DamagedDatabaseError as exc:
        if not _restored_at_start(data_dir, exc):
            return 2
    except UserError as exc:
        _tell(tr_message(exc.message))
        return 2
    lock = try_lock(data_dir)
    if lock is None:
        _tell(
            QApplication.translate(
                "App",
                "salescoach is already open on this data folder ({path}). "
                "Switch to that window; nothing was changed.",
            ).format(path=str(data_dir)),
            warning=True,
        )
        return 2
    previous_hook = install_error_hook(data_dir)
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
        sys.excepthook = previous_hook


def _tell(text: str, warning: bool = False) -> None:
    from PySide6.QtWidgets import QMessageBox  # only when start-up is refused

    (QMessageBox.warning if warning else QMessageBox.critical)(None, "salescoach", text)


def _restored_at_start(data_dir: Path, exc: DamagedDatabaseError) -> bool:
    """A damaged database: offer the newest healthy backup, the others listed on demand
    (the damaged file is kept aside). Until one is restored or the rep says no."""
    from PySide6.QtCore import Qt

    from salescoach.services import backups
    from salescoach.ui.data.damage import offer_restore

    while True:
        # No window yet to keep responsive: check the backups here, under a wait cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found, damaged = backups.newest_healthy(data_dir)
        finally:
            QApplication.restoreOverrideCursor()
        chosen = offer_restore(None, data_dir, tr_message(exc.message), found, damaged)
        if chosen is None:
            return False
        try:
            backups.restore(data_dir, chosen)
            check_data_dir(data_dir)
        except UserError as again:
            _tell(tr_message(again.message))
            continue  # offered again: another backup may do
        return True


def _install_probe(window: MainWindow, mode: str) -> None:
    """`shown`: say when the window is shown, then quit; `ready`: also when every deal is
    read; `deals`: also when the table is first painted with deals in it."""

    def shown() -> None:
        print("shown", flush=True)
        if mode == "shown":
            window.close()

    def ready() -> None:
        print("ready", flush=True)
        window.close()

    def deals_shown() -> None:
        viewport = window.view("pipeline").table.viewport()
        viewport.installEventFilter(painted := _FirstPaint(viewport))
        painted.seen.connect(lambda: print("deals", flush=True))

    QTimer.singleShot(0, shown)
    window.ready.connect(ready)
    window.deals_shown.connect(deals_shown)


class _FirstPaint(QObject):
    """Says once when its widget has been painted."""

    seen = Signal()
    done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.seen.emit)  # after the paint itself
        return False
