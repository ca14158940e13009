"""Work on a worker started once a widget has painted, not while it shows for the first time;
what a view shows, shown a piece per turn of the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ANYWAY_MS = 100  # a widget not shown (minimised, or in a test) paints nothing: wait no longer


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None], anyway_ms: int) -> None:
        super().__init__(widget)
        self._widget, self._then, self._done = widget, then, False
        widget.installEventFilter(self)
        QTimer.singleShot(anyway_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._go)  # after the paint itself
        return False

    def _go(self) -> None:
        if not self._done:
            self._done = True
            self._widget.removeEventFilter(self)
            then, self._then = self._then, lambda: None  # what `then` holds is not kept here
            self.deleteLater()  # nor this, with each showing of an area
            then()


def after_first_paint(
    widget: QWidget, then: Callable[[], None], anyway_ms: int = ANYWAY_MS
) -> None:
    """Call `then` (which starts work on a worker) once `widget` has first painted, or
    after `anyway_ms`. Started before, the worker's hold on the interpreter lock delayed
    each of the first paint's calls into Python: a new dialog froze 130 ms."""
    _FirstPaint(widget, then, anyway_ms)


def in_turns(
    owner: QObject, steps: list[Callable[[], object]], gap_ms: int, then: Callable[[], None]
) -> None:
    """Each of `steps` in a turn of the event loop of its own, `gap_ms` apart (time for
    what the one before showed to be painted), then `then`; none once `owner` is gone."""

    def next_step() -> None:
        steps.pop(0)()
        if steps:
            QTimer.singleShot(gap_ms, owner, next_step)
        else:
            then()

    QTimer.singleShot(gap_ms, owner, next_step)
