"""Telling the rep who is due: a count on the navigation, and a system-tray notification
at start and once a day while the app is open (nothing where no tray exists)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events

DAY_MS = 24 * 60 * 60 * 1000


def due_text(overdue: int, today: int) -> str:
    """ "2 follow-ups overdue, 1 due today." in the user's language ("" when none)."""
    parts = []
    if overdue:
        parts.append(
            QCoreApplication.translate("DueAlerts", "%n follow-up(s) overdue", "", overdue)
        )
    if today:
        parts.append(QCoreApplication.translate("DueAlerts", "%n due today", "", today))
    return ", ".join(parts) + "." if parts else ""


class DueAlerts(QObject):
    """Counts the follow-ups due (off the GUI thread) whenever they change, for the
    navigation (`counted`); announces them through the tray at start and once a day."""

    recheck = Signal()
    clicked = Signal()  # the rep clicked the notification or the tray icon
    counted = Signal(int)  # follow-ups overdue or due today
    failed = Signal(object)  # the count could not be read

    def __init__(
        self,
        parent: QWidget,
        events: Events | None = None,
        workspace: Callable[[], Workspace | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._tray: QSystemTrayIcon | None = None
        self.last_message = ""
        self._timer = QTimer(self)
        self._timer.setInterval(DAY_MS)
        self._timer.timeout.connect(self.recheck)
        self._timer.start()
        self.recheck.connect(lambda: self.count(notify=True))
        if events is not None:
            events.followups_changed.connect(self.count)

    def count(self, notify: bool = False) -> None:
        """Count the follow-ups due; announce them too when `notify`."""
        workspace = self._workspace()
        if workspace is None:  # the data is not open (yet, or any more)
            return

        def counted(counts: tuple[int, int]) -> None:
            overdue, today = counts
            self.counted.emit(overdue + today)
            if notify:
                self.announce(overdue, today)

        run_in_background(workspace.followups.due_counts, counted, self.failed.emit)

    def announce(self, overdue: int, today: int) -> bool:
        """Show the notification; False when there is nothing due or no tray to show it."""
        text = due_text(overdue, today)
        self.last_message = text
        if not text or not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self._tray is None:
            icon = QApplication.windowIcon()
            self._tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
            self._tray.setToolTip("salescoach")
            self._tray.activated.connect(lambda _reason: self.clicked.emit())
            self._tray.messageClicked.connect(self.clicked)
            self._tray.show()
        self._tray.showMessage(
            QCoreApplication.translate("DueAlerts", "Follow-ups due"),
            text,
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )
        return True
