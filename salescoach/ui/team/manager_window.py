"""The Team area's own window: opened by `salescoach team` (a manager has no laptop
history of their own) and by File › Open team view in a rep's window (`manager_menu`)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from salescoach.ui.team.manager_view import ManagerView


class ManagerWindow(QMainWindow):
    """The Team area, read when shown; closing it only closes it."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerWindow")
        self.setWindowTitle(self.tr("Team — salescoach"))
        self.view = ManagerView(data_dir, self)
        self.setCentralWidget(self.view)
        self.resize(1100, 760)
        QTimer.singleShot(0, self.view.reload)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        super().closeEvent(event)


def run_team_window(data_dir: Path, language: str | None = None) -> int:
    """`salescoach team`: the Team area alone; the process's exit status."""
    from salescoach import APP_NAME
    from salescoach.resources import DESKTOP_ID, icon_path
    from salescoach.ui.common.i18n import choose_language, install_translators
    from salescoach.ui.common.worker import wait_for_background_work

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(icon_path())))
    app.setDesktopFileName(DESKTOP_ID)
    install_translators(choose_language(data_dir, language))
    window = ManagerWindow(data_dir.absolute())
    window.show()
    try:
        return app.exec()
    finally:
        wait_for_background_work()
