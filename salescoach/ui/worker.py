"""Run slow work off the GUI thread and get the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """A function run on the global thread pool; `signals` arrive on the GUI thread."""

    def __init__(self, fn: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self._with_progress = with_progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit) if self._with_progress else self._fn()
        except BaseException as exc:  # reported to the GUI, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start `fn` on a worker thread; `fn(progress)` is called when `on_progress` is given."""
    task = Task(fn, with_progress=on_progress is not None)
    _running.add(task)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def slot(value: Any) -> None:
            _running.discard(task)
            callback(value)

        return slot

    task.signals.done.connect(finish(on_done))
    task.signals.failed.connect(finish(on_failed))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_background_work() -> None:
    """Block until every task has finished (before closing the database)."""
    QThreadPool.globalInstance().waitForDone()
