"""Work that can wait for the rep: done a piece at a time once the window is idle."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from shiboken6 import isValid

from salescoach.ui.common.worker import idle_for

IDLE_S = 1.0  # idle this long (no read or write, no area change, no key, click or wheel)
POLL_MS = 250  # a piece a quarter of a second at most: a keystroke waits 20 ms at most

# One piece of some work, done now; False when that work had nothing left to do.
Piece = Callable[[], bool]


class _Input(QObject):
    """The rep's last key, click or wheel turn, watched while some work waits: every event
    of the application passes through this filter, each a call into Python, so it is
    installed once for all the work waiting and removed when none is left."""

    def __init__(self) -> None:
        super().__init__()
        self.at = 0.0  # monotonic
        self.waiting: set[WhenIdle] = set()
        kind = QEvent.Type
        self._kinds = (kind.KeyPress, kind.MouseButtonPress, kind.Wheel)

    def watch(self, work: WhenIdle, waits: bool) -> None:
        before = bool(self.waiting)
        if waits:
            self.waiting.add(work)
        else:
            self.waiting.discard(work)
        app = QCoreApplication.instance()
        if app is not None and bool(self.waiting) != before:
            if self.waiting:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._kinds:
            self.at = time.monotonic()
        return False


_input: list[_Input] = []  # made with the first work: not at start-up


def _watcher() -> _Input:
    if not _input or not isValid(_input[0]):  # none yet, or deleted with the application
        _input[:] = [_Input()]
    return _input[0]


def _forget(work: WhenIdle) -> None:
    if _input and isValid(_input[0]):  # at exit Python may have deleted it first
        _input[0].watch(work, False)


class WhenIdle(QObject):
    """Runs pieces of work, one per poll, once the window has been idle `IDLE_S` seconds:
    no background task and no area change (`worker.idle_for`), and no key, click or wheel
    turn of the rep's. A rep who types as soon as the window opens is not kept waiting by
    reads that could as well come a moment later."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._work: list[Piece] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.step)
        self.destroyed.connect(lambda: _forget(self))

    def add(self, piece: Piece) -> None:
        """Do `piece` (again and again, until it returns False) once the window is idle."""
        self._work.append(piece)
        if not self._timer.isActive():
            _watcher().watch(self, True)
            self._timer.start()

    def waiting(self) -> bool:
        return bool(self._work)

    def clear(self) -> None:
        """Forget the work not done yet."""
        self._work.clear()
        self._timer.stop()
        _watcher().watch(self, False)

    def step(self) -> bool:
        """Do one piece if the window is idle; True if one was done."""
        if min(idle_for(), time.monotonic() - _watcher().at) < IDLE_S:
            return False
        while self._work:
            if self._work[0]():
                return True
            self._work.pop(0)
        self.clear()
        return False


def once(fn: Callable[[], object]) -> Piece:
    """`fn` as work of a single piece."""
    done: list[bool] = []

    def piece() -> bool:
        if done:
            return False
        done.append(True)
        fn()
        return True

    return piece
