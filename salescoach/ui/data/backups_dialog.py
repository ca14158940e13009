"""The Backups dialog: the copies kept, a backup now, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import UserError
from salescoach.services import backups
from salescoach.services.backups import BackupInfo
from salescoach.ui.common import formatting
from salescoach.ui.common.dialogs import confirm, show_error
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.views import rows_table


def _file_text(backup: BackupInfo, damaged: set[Path]) -> str:
    if backup.path in damaged:
        return QCoreApplication.translate("BackupsDialog", "{name} (damaged)").format(
            name=backup.path.name
        )
    return backup.path.name


def _columns(damaged: set[Path]) -> list[Column[BackupInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("BackupsDialog", "Taken"),
            lambda b: formatting.datetime_text(b.taken_at),
        ),
        Column(
            lambda: QCoreApplication.translate("BackupsDialog", "Size"),
            lambda b: QLocale().formattedDataSize(b.size),
            align_right=True,
        ),
        Column(
            lambda: QCoreApplication.translate("BackupsDialog", "File"),
            lambda b: _file_text(b, damaged),
        ),
    ]


class BackupsDialog(QDialog):
    """`restore_requested(path)` asks the window to close the data, restore, and reopen.

    `damaged`: backups known to fail the integrity check, marked so and not preselected.
    """

    restore_requested = Signal(Path)

    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, damaged: set[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._damaged = damaged or set()
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "salescoach backs your data up once a day when it starts and keeps the last "
                "ten copies, in {folder}."
            ).format(folder=str(data_dir / "backups"))
        )
        intro.setWordWrap(True)
        self.model: RowsModel[BackupInfo] = RowsModel(_columns(self._damaged), self)
        self.table = rows_table("backupsTable", self.model)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 90)
        now = QPushButton(self.tr("&Back up now"))
        now.setObjectName("backUpNowButton")
        now.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore)
        row = QHBoxLayout()
        row.addWidget(now)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        rows = backups.backups(self._data_dir)
        self.model.set_rows(rows)
        if rows:  # the newest not known to be damaged
            self.table.selectRow(
                next((i for i, b in enumerate(rows) if b.path not in self._damaged), 0)
            )
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def back_up_now(self) -> None:
        try:
            backups.back_up(self._data_dir)
        except UserError as exc:
            show_error(self, self.tr("Backups"), exc)
            return
        self.reload()

    def restore(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        chosen = self.model.row_at(index.row())
        question = self.tr(
            "Replace your data by the backup of {when}? Your data as it is now is backed up "
            "first, so this can be undone."
        ).format(when=formatting.datetime_text(chosen.taken_at))
        if confirm(self, self.tr("Restore a backup"), question, self.tr("Restore")):
            self.restore_requested.emit(chosen.path)
            self.accept()
