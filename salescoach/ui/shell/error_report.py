"""An unexpected error in the window: one line for the rep, the details in the private log."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from salescoach.services.error_log import write_error_log

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_error_hook(data_dir: Path) -> Hook:
    """Report uncaught exceptions (a bug in a slot, say) to the rep; returns the previous hook.

    The window goes on: Qt has already left the slot that failed.
    """
    previous = sys.excepthook
    busy = [False]

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or busy[0]:  # Ctrl+C, or failing while telling
            previous(kind, error, tb)
            return
        busy[0] = True
        from PySide6.QtWidgets import QMessageBox  # not needed until something fails

        try:
            error.__traceback__ = tb
            active = QApplication.activeModalWidget() or QApplication.activeWindow()
            where = (active.objectName() or type(active).__name__) if active else "no window"
            log = write_error_log(data_dir, error, f"salescoach window ({where})")
            if log is None:
                text = QApplication.translate("ErrorReport", "Unexpected error.")
            else:
                text = QApplication.translate(
                    "ErrorReport", "Unexpected error. Details are in {path}."
                ).format(path=str(log))
            QMessageBox.critical(active, "salescoach", text)
        finally:
            busy[0] = False

    sys.excepthook = hook
    return previous
