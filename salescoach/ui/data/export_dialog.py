"""Export everything: CSV files in a new folder (for a spreadsheet) or one JSON file."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import UserError
from salescoach.services import exporting
from salescoach.services.exporting import ExportResult
from salescoach.ui.common.colors import ALERT, text_style
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace


class ExportDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export your data"))
        self.setMinimumWidth(620)
        self._ws = workspace
        self._busy = False
        self.result: ExportResult | None = None
        intro = QLabel(
            self.tr(
                "Every account, contact, deal, touch, debrief, loss reason and follow-up, "
                "readable by a spreadsheet or another program, and by salescoach's own import. "
                "The files are readable by you only."
            )
        )
        intro.setWordWrap(True)
        self.csv = QRadioButton(self.tr("&CSV: a new folder with one file per table"))
        self.csv.setObjectName("exportCsv")
        self.csv.setChecked(True)
        self.json = QRadioButton(self.tr("&JSON: one file"))
        self.json.setObjectName("exportJson")
        kinds = QButtonGroup(self)
        kinds.addButton(self.csv)
        kinds.addButton(self.json)
        self.csv.toggled.connect(self._kind_changed)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._folder = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setObjectName("exportChooseButton")
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.csv)
        form.addRow("", self.json)
        form.addRow(self.tr("Save as:"), where)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("exportNowButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._kind_changed()

    @property
    def fmt(self) -> str:
        return "csv" if self.csv.isChecked() else "json"

    def _kind_changed(self) -> None:
        name = exporting.default_name(self.fmt, time.strftime("%Y%m%d-%H%M%S"))
        current = Path(self.path.text()) if self.path.text() else self._folder / name
        self.path.setText(str(current.parent / name))

    def _choose(self) -> None:
        start = self.path.text()
        if self.fmt == "json":
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to"), start, self.tr("JSON files (*.json)")
            )
        else:
            parent = QFileDialog.getExistingDirectory(
                self, self.tr("Folder to create the export in"), str(Path(start).parent)
            )
            chosen = str(Path(parent) / Path(start).name) if parent else ""
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        if self._busy or not self.path.text().strip():
            return
        target = Path(self.path.text().strip()).expanduser()
        store, fmt = self._ws.store, self.fmt
        overwrite = fmt == "json" and target.is_file()  # the file dialog asked already
        self._busy = True
        for button in (self.export_button, self.close_button):
            button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self.status.setStyleSheet("")

        def work(progress: Callable[[int, int], None]) -> ExportResult:
            return exporting.export(store, fmt, target, progress, overwrite)

        run_in_background(work, self._done, self._failed, self._step)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._busy = False
        self.progress.hide()
        for button in (self.export_button, self.close_button):
            button.setEnabled(True)

    def _done(self, result: ExportResult) -> None:
        self._finish()
        self.result = result
        self.status.setText(
            self.tr("Exported to {path}: %n deal(s).", "", result.rows.get("deals", 0)).format(
                path=str(result.path)
            )
        )
        self.export_button.setEnabled(False)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if not isinstance(error, UserError):
            raise error
        self.status.setText(tr_message(error.message))
        self.status.setStyleSheet(text_style(ALERT))

    def reject(self) -> None:
        if not self._busy:
            super().reject()
