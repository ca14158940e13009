"""Telling the rep who is due: a count on the navigation, and a system-tray notification
at start and once a day while the app is open (nothing where no tray exists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

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
    """Announces due follow-ups through the tray; `recheck` fires once a day."""

    recheck = Signal()
    clicked = Signal()  # the rep clicked the notification or the tray icon

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._tray: QSystemTrayIcon | None = None
        self.last_message = ""
        self._timer = QTimer(self)
        self._timer.setInterval(DAY_MS)
        self._timer.timeout.connect(self.recheck)
        self._timer.start()

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
