"""When the review is due (the rep's day, kept in settings.ini), the reminder at start and
through the tray, and the week's focus in the status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar, QSystemTrayIcon

from salescoach.ui.common.i18n import settings_for
from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.domain.review import ReviewRow
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events

DAY_KEY = "review/day"
DEFAULT_DAY = 4  # Friday: the week is nearly done, the next one not yet started
DAY_MS = 24 * 60 * 60 * 1000  # checked again once a day while the app stays open


def review_day(data_dir: Path) -> int:
    """The rep's review day, 0 (Monday) to 6 (Sunday)."""
    try:
        day = int(settings_for(data_dir).value(DAY_KEY, DEFAULT_DAY))
    except (TypeError, ValueError):
        return DEFAULT_DAY
    return day if 0 <= day <= 6 else DEFAULT_DAY


def set_review_day(data_dir: Path, day: int) -> None:
    settings = settings_for(data_dir)
    settings.setValue(DAY_KEY, day)
    settings.sync()


def weekday_names() -> list[str]:
    """Monday to Sunday in the user's language."""
    locale = QLocale()
    return [locale.dayName(d, QLocale.FormatType.LongFormat).capitalize() for d in range(1, 8)]


def _due(workspace: Workspace, day: int) -> tuple[bool, ReviewRow | None]:
    """(the review is due, the review whose focus runs this week)."""
    from salescoach.domain.review import review_due  # on the worker: not needed to start

    today = dt.date.today()
    due = review_due(today, day, workspace.review.last_done())
    focus = workspace.review.focus(today)
    workspace.review.slow_figures(today)  # read now, once: the Review page opens quicker
    return due, focus


class ReviewReminder(QObject):
    """Says at start (status bar, and the tray where there is one) when the review is due,
    and keeps the week's focus in the status bar, read again when a review is saved."""

    clicked = Signal()  # the rep clicked the notification
    announced = Signal(str)  # the reminder, for the status bar

    def __init__(
        self, status_bar: QStatusBar, events: Events, workspace: Callable[[], Workspace | None]
    ) -> None:
        super().__init__(status_bar)
        self._workspace = workspace
        self._tray: QSystemTrayIcon | None = None
        self.last_message = ""
        self.focus = QLabel()
        self.focus.setObjectName("weekFocus")
        self.focus.hide()
        status_bar.addPermanentWidget(self.focus)
        events.reviews_changed.connect(lambda: self.check(remind=False))
        self._daily = QTimer(self)
        self._daily.setInterval(DAY_MS)
        self._daily.timeout.connect(self.check)
        self._daily.start()

    def check(self, remind: bool = True) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        day = review_day(workspace.data_dir)
        run_in_background(
            lambda: _due(workspace, day),
            lambda found: self._found(*found, remind=remind),
            lambda _error: None,  # a reminder is not worth an error box
        )

    def _found(self, due: bool, focus: ReviewRow | None, remind: bool) -> None:
        self.focus.setVisible(focus is not None)
        if focus is not None:
            self.focus.setText(
                QCoreApplication.translate("ReviewReminder", "Focus: {focus}").format(
                    focus=focus.focus
                )
            )
            self.focus.setToolTip(self.focus.text())
        if not (due and remind):
            return
        self.last_message = QCoreApplication.translate(
            "ReviewReminder", "Your weekly review is due: a few minutes (Ctrl+R)."
        )
        self.announced.emit(self.last_message)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                icon = QApplication.windowIcon()
                self._tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
                self._tray.messageClicked.connect(self.clicked)
                self._tray.show()
            self._tray.showMessage(
                QCoreApplication.translate("ReviewReminder", "Weekly review"),
                self.last_message,
                QSystemTrayIcon.MessageIcon.Information,
                10_000,
            )
