"""File › Import… and File › Export…: the dialogs run over the window, and what an import
changed told to every area."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from salescoach.ui.common.dialogs import run_dialog

if TYPE_CHECKING:
    from salescoach.ui.common.events import Events
    from salescoach.ui.common.session import Session


# The strings keep the context they were first translated in ("MainWindow").
translate = QCoreApplication.translate


class TransferActions(QObject):
    """Import and export of the `session`'s data, over `window`."""

    def __init__(
        self,
        session: Session,
        events: Events,
        window: QWidget,
        after_import: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.events = events
        self.window = window
        self._after_import = after_import  # the window lets its hidden areas go

    @staticmethod
    def import_dialogs() -> None:
        """Import the dialogs' modules, on a worker ahead of use: imported when first
        opened, the import dialog's (with Babel's number data) held the GUI thread 40 to
        65 ms."""
        from salescoach.ui.data import export_dialog, import_dialog  # noqa: F401

    def open_import(self, path: Path | None = None) -> None:
        """Ask for a file (unless given), then import it in the import dialog."""
        workspace = self.session.workspace
        if workspace is None:  # still opening: the menu is there before the data
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # made when asked: not needed to start

            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("MainWindow", "Import a file"),
                str(Path.home()),
                translate(
                    "MainWindow",
                    "CRM exports and spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;"
                    "salescoach JSON export (*.json);;All files (*)",
                ),
            )
            if not chosen:
                return
            path = Path(chosen)
        from salescoach.ui.data.import_dialog import ImportDialog

        dialog = ImportDialog(workspace, path, self.window)
        run_dialog(dialog)  # it holds the whole file: not kept as the window's child
        if dialog.changed:
            self._after_import()
            # Deals, their debrief states and the follow-ups: every area reads again.
            self.events.debriefs_changed.emit(None)
            if dialog.result is not None:
                self.events.status.emit(
                    translate(
                        "MainWindow", "%n deal(s) imported from {file}.", "", dialog.result.deals
                    ).format(file=path.name)
                )

    def open_export(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        from salescoach.ui.data.export_dialog import ExportDialog

        run_dialog(ExportDialog(workspace, self.window))
