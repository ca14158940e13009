"""Edit › Undo and Redo: each undoable action is a command on the events hub's
`QUndoStack`, holding copies of the rows it changed, before and after.

Undo puts the "before" rows back, Redo the "after" ones: the action itself is never run
again (a won deal's bell does not ring twice, a debrief does not open again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from salescoach.domain.messages import UserError
from salescoach.ui.common.i18n import tr_message

if TYPE_CHECKING:
    from salescoach.domain.history import Snapshot
    from salescoach.services.history import HistoryService
    from salescoach.ui.common.events import Events


class RowsChange(QUndoCommand):
    """An action already done; undone and redone by putting its rows back."""

    def __init__(
        self,
        text: str,
        history: HistoryService,
        before: Snapshot,
        events: Events,
    ) -> None:
        super().__init__(text)
        self.history = history
        self.before = before
        self.after = history.again(before)
        self.events = events
        self._done = True  # pushed after the action: the first redo() has nothing to do

    def _put_back(self, rows: Snapshot) -> None:
        try:
            self.history.restore(rows)
        except UserError as exc:  # the file became unwritable: say so; nothing was changed
            self.events.status.emit(tr_message(exc.message))
            return
        # Everything reads its rows again: the deals, their debriefs, the follow-ups.
        self.events.debriefs_changed.emit(None)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put_back(self.after)

    def undo(self) -> None:
        self._put_back(self.before)


def record(events: Events, text: str, history: HistoryService, before: Snapshot) -> None:
    """After an action: offer to undo it (Edit › Undo, and the status bar's button)."""
    events.undo_stack.push(RowsChange(text, history, before, events))
    events.undoable.emit(text)
