"""The one dialog for damaged data: at start-up (opening refused the file) and when the
integrity check finds damage a moment after. It offers the latest backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # the strings are the backup actions'


def offer_latest_backup(parent: QWidget | None, data_dir: Path, problem: str = "") -> Path | None:
    """Ask whether to restore the latest backup; return it if the rep says yes.

    `problem` is what opening said, if it refused the file. With no backup to restore, say
    so (nothing was changed) and return None."""
    from salescoach.services import backups

    title = translate("BackupActions", "Your data is damaged")
    latest = next(iter(backups.backups(data_dir)), None)
    if latest is None:
        QMessageBox.critical(
            parent,
            title,
            problem
            or translate(
                "BackupActions",
                "The database {path} is damaged and there is no backup to restore. "
                "Nothing was changed; copy the file somewhere safe before going on.",
            ).format(path=str(data_dir / "salescoach.sqlite")),
        )
        return None
    question = translate(
        "BackupActions",
        "The database is damaged. Restore the latest backup, of {when}? The damaged file "
        "is kept aside, untouched.",
    ).format(when=latest.taken_at.strftime("%Y-%m-%d %H:%M"))
    answer = QMessageBox.question(
        parent, title, f"{problem}\n\n{question}" if problem else question
    )
    return latest.path if answer == QMessageBox.StandardButton.Yes else None
