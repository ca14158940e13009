"""Edit › Undo and Redo, and the "Undo" button the status bar offers for a few seconds
after each undoable action (the commands are on the events hub's stack: `common.undo`);
and Help › Keyboard shortcuts, which lists their keys with the others."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QStatusBar

from salescoach.ui.common.dialogs import run_dialog
from salescoach.ui.common.events import Events
from salescoach.ui.common.session import Session

OFFER_MS = 8000


class UndoOffer(QObject):
    """Keeps the Undo and Redo actions' state and text, and the status bar's button."""

    def __init__(
        self, events: Events, session: Session, bar: QStatusBar, actions: dict[str, QAction]
    ) -> None:
        super().__init__(bar)
        self.window = bar.window()  # the dialogs' parent
        self.stack = events.undo_stack
        self.undo_action, self.redo_action = actions["undo"], actions["redo"]
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undoButton")
        self.button.setFlat(True)
        self.button.clicked.connect(self.undo)
        self.button.hide()
        bar.addPermanentWidget(self.button)
        self.timer = QTimer(self, singleShot=True, interval=OFFER_MS)
        self.timer.timeout.connect(self.button.hide)
        events.undoable.connect(self._offer)
        session.closed.connect(self.stack.clear)  # another file (a restore): nothing to undo
        self.stack.indexChanged.connect(self._update)
        self.stack.cleanChanged.connect(self._update)
        self._update()

    def _offer(self, text: str) -> None:
        self.button.setToolTip(self.tr("Undo “{what}” (Ctrl+Z)").format(what=text))
        self.button.show()
        self.timer.start()

    def _update(self, *_args: object) -> None:
        self.undo_action.setEnabled(self.stack.canUndo())
        self.redo_action.setEnabled(self.stack.canRedo())
        self.undo_action.setStatusTip(self.stack.undoText())
        self.redo_action.setStatusTip(self.stack.redoText())

    def undo(self) -> None:
        """Edit › Undo (Ctrl+Z)."""
        self.button.hide()
        self.stack.undo()

    def redo(self) -> None:
        """Edit › Redo (Ctrl+Shift+Z)."""
        self.stack.redo()

    def shortcuts(self) -> None:
        """Help › Keyboard shortcuts (Ctrl+/)."""
        from salescoach.ui.shell.shortcuts_dialog import ShortcutsDialog  # on first use

        run_dialog(ShortcutsDialog(self.window))
