"""The rep's team entries of the window: Settings › Team… and Team conflicts…, and the
background sync started and stopped with the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from salescoach.ui.common.dialogs import run_dialog
from salescoach.ui.common.events import Events
from salescoach.ui.common.session import Session
from salescoach.ui.team.status import TeamSync


class RepTeamActions(QObject):
    """Hooked to the window by one line; the menus call `open_settings`, `open_conflicts`."""

    def __init__(
        self, data_dir: Path, events: Events, session: Session, bar: QStatusBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.sync = TeamSync(data_dir, events, bar, parent)
        session.opened.connect(lambda _first: self.sync.start_later())
        # Closing the window: a sync under way may be cut (it loses nothing). Closing the
        # folder for a restore: its file is about to be replaced, so the sync ends first
        # (libpq gives up on a silent server within its connect timeout).
        session.closed.connect(lambda: self.sync.stop(0.5 if session.closing else 30.0))

    def open_settings(self) -> None:
        from salescoach.ui.team.settings_page import TeamSettingsDialog

        dialog = TeamSettingsDialog(self.sync, self.window)
        dialog.conflicts_requested.connect(lambda: self.open_conflicts(dialog))
        run_dialog(dialog)

    def open_conflicts(self, parent: QWidget | None = None) -> None:
        from salescoach.ui.team.conflicts import ConflictsDialog

        run_dialog(ConflictsDialog(self.sync.data_dir, parent or self.window))
