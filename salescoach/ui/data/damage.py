"""The one dialog for damaged data: at start-up (opening refused the file) and when the
integrity check finds damage a moment after. It offers the newest healthy backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from salescoach.ui.common.dialogs import run_dialog

if TYPE_CHECKING:
    from salescoach.services.backups import BackupInfo


def offer_restore(
    parent: QWidget | None,
    data_dir: Path,
    problem: str,
    found: BackupInfo | None,
    damaged: list[BackupInfo],
) -> Path | None:
    """One question for a damaged database: restore the newest healthy backup (`found`),
    choose another in the list of backups, or leave it. Returns the backup chosen."""
    from PySide6.QtWidgets import QMessageBox  # only if the data is damaged

    from salescoach.ui.common import formatting

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
    run_dialog(box)
    if box.clickedButton() is other:
        from salescoach.ui.data.backups_dialog import BackupsDialog

        chosen: list[Path] = []
        dialog = BackupsDialog(data_dir, parent, damaged={b.path for b in damaged})
        dialog.restore_requested.connect(chosen.append)
        run_dialog(dialog)
        return chosen[0] if chosen else None
    if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
        return found.path
    return None
