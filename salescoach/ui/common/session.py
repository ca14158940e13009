"""The open data folder, owned in one place: opened off the GUI thread (start-up), closed
before the window goes or a backup takes its place, and opened again after a restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from salescoach.ui.common.worker import run_in_background, wait_for_background_work

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


class Session(QObject):
    """`workspace` is the open data (None while opening, after closing or a failure)."""

    opened = Signal(object)  # what `first_read(workspace)` returned, read with the opening
    failed = Signal(object)  # the exception of opening (or of a later background read)
    closed = Signal()  # whatever held the workspace lets it go

    def __init__(self, data_dir: Path, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.closing = False  # the window is going: nothing new may start
        self._first_read: Callable[[Workspace], Any] = lambda _ws: None
        # What a touch is worth (the status bar's) is kept by the service until deals change.
        events.deals_changed.connect(self._deals_changed)

    def open(self, first_read: Callable[[Workspace], Any] | None = None) -> None:
        """Open the data off the GUI thread; `first_read(workspace)` runs there too, right
        after (start-up reads the deals while the window is already shown)."""
        if self.closing:  # closed before the start-up timer fired: nothing to open
            return
        if first_read is not None:
            self._first_read = first_read
        data_dir, read = self.data_dir, self._first_read

        def work() -> tuple[Workspace, Any]:
            from salescoach.services.workspace import open_workspace

            ws = open_workspace(data_dir)
            return ws, read(ws)

        # keep_results: up to 100,000 rows that live as long as the window
        run_in_background(work, self._opened, self.failed.emit, keep_results=True)

    def _opened(self, result: tuple[Workspace, Any]) -> None:
        self.workspace, first = result
        self.opened.emit(first)

    def close(self) -> None:
        """Wait for background work, then close the database (a no-op when not open)."""
        wait_for_background_work()
        if self.workspace is not None:
            self.closed.emit()
            self.workspace.close()
            self.workspace = None

    def shut(self) -> None:
        """The window is closing: close, and open nothing again."""
        self.closing = True
        self.close()

    def _deals_changed(self) -> None:
        if self.workspace is not None:
            self.workspace.numbers.forget()
