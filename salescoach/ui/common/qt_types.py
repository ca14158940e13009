"""Qt's Python classes made on the GUI thread, a few at a time, before a worker imports
any code that uses Qt.

PySide6 makes the Python type of each Qt class the first time it is used, and shiboken's
bookkeeping for that is not safe across threads: while a worker imported the Progress
view (pyqtgraph looks up every class of QtCore, QtGui and QtWidgets), the GUI thread made
one of its own as a debrief opened, and the app died of a segmentation fault, about one
start in twenty on a busy two-core machine. Once every class of the Qt modules loaded is
made, neither thread makes one of them again.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QObject, QTimer

# Made in slices this long, the GUI thread free between them: all of QtCore, QtGui and
# QtWidgets take 160-300 ms on a busy two-core machine.
_SLICE_S = 0.005


def qt_modules() -> list[ModuleType]:
    """The PySide6 modules of Qt classes loaded so far (QtCore, QtGui, QtWidgets...)."""
    return [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("PySide6.Qt") and name.count(".") == 1 and module is not None
    ]


def classes_not_made(module: ModuleType) -> list[str]:
    """The names of `module` whose Python type PySide6 has not made yet."""
    return sorted(set(dir(module)) - set(vars(module)))


class QtTypesMaker(QObject):
    """Makes every class of the loaded Qt modules, a slice per turn of the event loop,
    then calls `then` (at once when there is nothing left to make)."""

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then = then
        self._left = [(m, name) for m in qt_modules() for name in classes_not_made(m)]
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._slice)
        self._slice()

    def _slice(self) -> None:
        end = time.perf_counter() + _SLICE_S
        while self._left and time.perf_counter() < end:
            module, name = self._left.pop()
            getattr(module, name, None)
        if self._left:
            self._timer.start()
            return
        self.deleteLater()
        self._then()
