"""After an upgrade that failed and was undone: say so, and offer an earlier copy that
upgrades (what an older version left when it was killed half-way through an upgrade)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from salescoach.domain.messages import UpgradeFailedError, UserError
from salescoach.ui.common.dialogs import run_dialog, show_error
from salescoach.ui.common.i18n import tr_message


def offer_usable_copy(parent: QWidget, data_dir: Path, error: UpgradeFailedError) -> bool:
    """Ask to restore `error.usable_copy`; True once it is in place (reopen the data)."""
    from PySide6.QtWidgets import QMessageBox  # only if an upgrade failed

    from salescoach.services import backups

    copy = error.usable_copy
    if copy is None:
        return False
    taken = dt.datetime.fromtimestamp(copy.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    question = QApplication.translate(
        "App",
        "{problem}\n\nThe copy {name}, taken on {when} before an earlier upgrade, upgrades "
        "correctly. Restore it and open it? The current file is kept in the backups "
        "folder.",
    ).format(problem=tr_message(error.message), name=copy.name, when=taken)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "salescoach",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("upgradeCopyBox")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    answer = run_dialog(box)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        backups.restore(data_dir, copy)
    except UserError as again:
        show_error(parent, QApplication.translate("App", "Cannot restore the copy"), again)
        return False
    return True
