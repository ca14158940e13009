"""The window's side of backups: the integrity check and the day's backup at start, the
offer of the newest healthy backup when the data is damaged, File › Backups…, and restoring (the
session closes the data and opens it again)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from salescoach.domain.messages import UserError
from salescoach.ui.common.dialogs import run_dialog, show_error
from salescoach.ui.common.worker import idle_for, run_in_background
from salescoach.ui.data.damage import offer_restore

# The check and the copy read the whole file on a worker: started while an area reads its
# data, they shared the two cores with it and the window stuttered. They wait until the
# window has read or written nothing, and the rep has stayed in one area, for a while.
IDLE_S = 10.0
IDLE_POLL_MS = 500

if TYPE_CHECKING:
    from salescoach.services.backups import BackupInfo
    from salescoach.ui.common.events import Events
    from salescoach.ui.common.session import Session


class BackupActions(QObject):
    """Backups and restores of the `session`'s data, over `window`."""

    def __init__(self, session: Session, events: Events, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.events = events
        self.window = window

    def check_and_back_up(self) -> None:
        """Off the GUI thread, once the window is idle: the integrity check, then the
        day's automatic backup."""
        if self.session.closing:  # closed meanwhile: nothing may start writing a backup now
            return
        if idle_for() < IDLE_S:
            QTimer.singleShot(IDLE_POLL_MS, self, self.check_and_back_up)
            return
        data_dir = self.session.data_dir

        def work() -> bool:
            # Imported here, on the worker: on the GUI thread, from this timer, the import
            # froze the window 29 ms in whichever area the rep had just opened.
            from salescoach.services import backups

            backups.remove_killed_copies(data_dir)  # whatever the check finds
            if not backups.healthy(data_dir):
                return False
            backups.daily(data_dir)
            return True

        run_in_background(work, self.checked, self.session.failed.emit, gentle=True)

    def latest(self) -> BackupInfo | None:
        from salescoach.services import backups

        return next(iter(backups.backups(self.session.data_dir)), None)

    def checked(self, healthy: bool) -> None:
        """After the check: a damaged database is offered its newest healthy backup (found
        off the GUI thread: each candidate is read whole)."""
        from salescoach.services import backups

        if healthy or self.session.closing:
            return
        data_dir = self.session.data_dir
        run_in_background(
            lambda: backups.newest_healthy(data_dir),
            self._offer,
            lambda error: show_error(self.window, self.tr("Restore a backup"), str(error)),
        )

    def _offer(self, search: tuple[BackupInfo | None, list[BackupInfo]]) -> None:
        if self.session.closing:
            return
        data_dir = self.session.data_dir
        problem = self.tr("The database {path} is damaged.").format(
            path=str(data_dir / "salescoach.sqlite")
        )
        chosen = offer_restore(self.window, data_dir, problem, *search)
        if chosen is not None:
            self.restore(chosen)

    def open_backups(self) -> None:
        from salescoach.ui.data.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session.data_dir, self.window)
        dialog.restore_requested.connect(self.restore)
        run_dialog(dialog)

    def restore(self, source: Path) -> None:
        """Close the data, put the backup in its place (the current data kept), reopen."""
        from salescoach.services import backups

        session = self.session
        session.close()
        try:
            kept = backups.restore(session.data_dir, source)
        except UserError as exc:
            show_error(self.window, self.tr("Restore a backup"), exc)
        else:
            self.events.status.emit(
                self.tr("Backup restored; your previous data is in {path}.").format(path=str(kept))
            )
        session.open()
