"""What start-up reads off the GUI thread once the window is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance

from salescoach.ui.common.first_paint import after_first_paint
from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from pathlib import Path

    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events
    from salescoach.ui.common.session import Session
    from salescoach.ui.pipeline.model import DealsIndex
    from salescoach.ui.shell.areas import LazyArea


def first_screen(workspace: Workspace) -> DealsIndex:
    """Work for the worker that opens the data: the deals table's first screen."""
    # Imported here, on that thread: the table's modules are not needed to show the window.
    from salescoach.ui.pipeline.reading import read_first_screen

    return read_first_screen(workspace)


def _plain_first_screen(data_dir: Path) -> DealsIndex | None:
    from salescoach.ui.pipeline.reading import read_first_screen_plainly

    return read_first_screen_plainly(data_dir)


class PlainFirstScreen(QObject):
    """Start-up on a large history: the Pipeline's first screen read with sqlite3 alone and
    shown in the real Pipeline view, then the data opened (SQLAlchemy and the store: ~0.5 s
    to import) and handed to that view. Opened once the table has painted: the imports
    would hold the interpreter lock while it paints. A database that needs the normal
    opening first (missing, older, damaged) is opened straight away, as before."""

    def __init__(
        self, session: Session, areas: dict[str, LazyArea], events: Events, shown: SignalInstance
    ) -> None:
        super().__init__(session)
        self._session, self._area, self._events = session, areas["pipeline"], events
        self._shown = shown  # the window's `deals_shown`
        self._started = self._opening = False

    def open(self) -> None:
        """Open the data (`Session.open`); the first time, show the plain read first."""
        if self._started:
            self._session.open(first_screen)
            return
        self._started = True
        data_dir = self._session.data_dir
        run_in_background(lambda: _plain_first_screen(data_dir), self._read,
                          lambda _error: self._open(), keep_results=True)  # fmt: skip

    def forget(self) -> None:
        """What was read plainly is not shown any longer (the data could not be opened, or
        the views are to be made again in another language)."""
        if self._area.previewed:
            self._area.close_data()

    def _read(self, rows: DealsIndex | None) -> None:
        if rows is None or self._session.closing or self._session.workspace is not None:
            self._open()
            return
        from salescoach.ui.pipeline.view import PipelineView

        events, data_dir = self._events, self._session.data_dir
        self._area.preview(lambda: PipelineView(None, events, rows, data_dir=data_dir))
        table = self._area.widget().table  # type: ignore[attr-defined]
        after_first_paint(table.viewport(), self._open)  # or soon, if minimised
        self._shown.emit()

    def _open(self) -> None:
        if not self._opening:
            self._opening = True
            self._session.open(first_screen)
