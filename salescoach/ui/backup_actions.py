"""The window's side of backups: the integrity check and the day's backup at start, the
offer of the newest healthy backup when the data is damaged, File › Backups…, and restoring.

Kept out of main_window.py, which only calls these.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from salescoach.domain.messages import UserError
from salescoach.ui.dialogs import show_error
from salescoach.ui.worker import run_in_background, wait_for_background_work

if TYPE_CHECKING:
    from salescoach.services.backups import BackupInfo
    from salescoach.ui.main_window import MainWindow


def offer_restore(
    parent: QWidget | None,
    data_dir: Path,
    problem: str,
    found: BackupInfo | None,
    damaged: list[BackupInfo],
) -> Path | None:
    """One question for a damaged database: restore the newest healthy backup (`found`),
    choose another in the list of backups, or leave it. Returns the backup chosen."""
    from salescoach.ui import formatting

    if found is None:
        text = (
            QApplication.translate(
                "BackupActions",
                "None of the {count} backups is healthy either. Nothing was changed; copy the "
                "database somewhere safe before going on.",
            ).format(count=len(damaged))
            if damaged
            else QApplication.translate(
                "BackupActions",
                "There is no backup to restore. Nothing was changed; copy the database "
                "somewhere safe before going on.",
            )
        )
        QMessageBox.critical(
            parent,
            QApplication.translate("BackupActions", "Your data is damaged"),
            f"{problem}\n\n{text}",
        )
        return None
    text = QApplication.translate(
        "BackupActions",
        "Restore the newest healthy backup, of {when}? The damaged file is kept aside, untouched.",
    ).format(when=formatting.datetime_text(found.taken_at))
    if damaged:
        text += "\n\n" + QApplication.translate(
            "BackupActions", "%n newer backup(s) failed the integrity check.", "", len(damaged)
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QApplication.translate("BackupActions", "Your data is damaged"),
        f"{problem}\n\n{text}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("restoreOfferBox")
    other = box.addButton(
        QApplication.translate("BackupActions", "&Choose another…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    other.setObjectName("chooseBackupButton")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.exec()
    if box.clickedButton() is other:
        from salescoach.ui.backups_dialog import BackupsDialog

        chosen: list[Path] = []
        dialog = BackupsDialog(data_dir, parent, damaged={b.path for b in damaged})
        dialog.restore_requested.connect(chosen.append)
        dialog.exec()
        return chosen[0] if chosen else None
    if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
        return found.path
    return None


class BackupActions(QObject):
    """Backups and restores for `window` (which reopens its data after a restore)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def check_and_back_up(self) -> None:
        """Off the GUI thread: the integrity check, then the day's automatic backup."""
        from salescoach.services import backups

        if self.window.closing:  # closed meanwhile: nothing may start writing a backup now
            return
        data_dir = self.window.data_dir

        def work() -> bool:
            backups.remove_killed_copies(data_dir)  # whatever the check finds
            if not backups.healthy(data_dir):
                return False
            backups.daily(data_dir)
            return True

        run_in_background(work, self.checked, self.window.open_failed)

    def latest(self) -> BackupInfo | None:
        from salescoach.services import backups

        return next(iter(backups.backups(self.window.data_dir)), None)

    def checked(self, healthy: bool) -> None:
        """After the check: a damaged database is offered its newest healthy backup (found
        off the GUI thread: each candidate is read whole)."""
        from salescoach.services import backups

        window = self.window
        if healthy or window.closing:
            return
        data_dir = window.data_dir
        run_in_background(
            lambda: backups.newest_healthy(data_dir),
            self._offer,
            lambda error: show_error(window, self.tr("Restore a backup"), str(error)),
        )

    def _offer(self, search: tuple[BackupInfo | None, list[BackupInfo]]) -> None:
        window = self.window
        if window.closing:
            return
        problem = self.tr("The database {path} is damaged.").format(
            path=str(window.data_dir / "salescoach.sqlite")
        )
        chosen = offer_restore(window, window.data_dir, problem, *search)
        if chosen is not None:
            self.restore(chosen)

    def open_backups(self) -> None:
        from salescoach.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window.data_dir, self.window)
        dialog.restore_requested.connect(self.restore)
        dialog.exec()

    def restore(self, source: Path) -> None:
        """Close the data, put the backup in its place (the current data kept), reopen."""
        from salescoach.services import backups

        window = self.window
        wait_for_background_work()
        if window.workspace is not None:
            window.workspace.close()
            window.workspace = None
        try:
            kept = backups.restore(window.data_dir, source)
        except UserError as exc:
            show_error(window, self.tr("Restore a backup"), exc)
        else:
            window.statusBar().showMessage(
                self.tr("Backup restored; your previous data is in {path}.").format(path=str(kept)),
                6000,
            )
        window.open_workspace()
