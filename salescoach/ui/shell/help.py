"""Help › Guide and Help › About: the window's help menu entries (see `shell.menus`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salescoach import __version__
from salescoach.ui.common.dialogs import run_dialog

# Called by this name, with literal arguments, so that pyside6-lupdate finds the strings
# (in the main window's context, where they have always been).
translate = QCoreApplication.translate


class HelpActions:
    """What the Help menu opens, over `window` (its data folder is named in About)."""

    def __init__(self, window: QWidget, data_dir: Path) -> None:
        self.window = window
        self.data_dir = data_dir

    def guide(self) -> None:
        from salescoach.ui.shell.guide import GuideDialog  # read from disk when asked

        run_dialog(GuideDialog(self.window))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums cost start-up 3 ms

        QMessageBox.about(
            self.window,
            translate("MainWindow", "About salescoach"),
            translate(
                "MainWindow",
                "salescoach {version}\n\nTurn every no into learning, referrals and "
                "follow-ups.\n\nData folder: {path}",
            ).format(version=__version__, path=str(self.data_dir)),
        )
