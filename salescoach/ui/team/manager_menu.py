"""File › Open team view: the Team area's window, opened from a rep's main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from salescoach.ui.team.manager_window import ManagerWindow


class TeamViewOpener:
    """File › Open team view: one Team window per main window, raised when open again."""

    def __init__(self, window: QWidget, data_dir: Path) -> None:
        self.window = window
        self.data_dir = data_dir

    def open(self) -> ManagerWindow:
        # Imported when asked: the charts' modules are not loaded before the window shows.
        from salescoach.ui.team.manager_window import ManagerWindow

        found = self.window.findChild(ManagerWindow)
        if found is None:
            found = ManagerWindow(self.data_dir, self.window)
        else:
            found.view.reload()
        found.show()
        found.raise_()
        found.activateWindow()
        return found
