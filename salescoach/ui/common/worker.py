"""Run slow work off the GUI thread and get the result back on it."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from salescoach.domain.freeing import free_in_slices
from salescoach.services.collector import collector_paused, give_back_memory, keep_for_good


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """A function run on the global thread pool; `signals` arrive on the GUI thread."""

    def __init__(
        self,
        fn: Callable[..., Any],
        with_progress: bool = False,
        keep_results: bool = False,
        gentle: bool = False,
    ) -> None:
        super().__init__()
        self._gentle = gentle
        self.setAutoDelete(False)
        self._fn: Callable[..., Any] | None = fn
        self._with_progress = with_progress
        self._keep_results = keep_results
        self.signals = _Signals()

    def run(self) -> None:
        # Background work reads or writes rows in bulk: no cyclic collections meanwhile
        # (each would walk the whole heap holding the interpreter lock; see collector), and
        # none on this thread at all, the signals' emission included: a collection frees
        # whatever cycles it finds, and a Qt object freed off the GUI thread crashes.
        if self._gentle:
            _lowest_priority()
        with collector_paused():
            try:
                fn = self._fn
                assert fn is not None
                result = fn(self.signals.progress.emit) if self._with_progress else fn()
                if self._keep_results:
                    keep_for_good()
            except BaseException as exc:  # reported to the GUI, which decides what to show
                self.signals.failed.emit(exc)
            else:
                self.signals.done.emit(result)

    def ended(self) -> None:
        """Its result is delivered: let go of the slots and of the work.

        Qt holds the connected slots, and they hold whoever asked (a dialog, with the file
        it imports): unseen by Python's collector, that kept every import dialog and its
        rows alive for good. The task says nothing more."""
        signals = self.signals
        for signal in (signals.done, signals.failed):
            signal.disconnect()
        if self._with_progress:
            signals.progress.disconnect()
        self._fn = None


def _lowest_priority() -> None:
    """This thread (not the process: Linux gives each thread its own niceness) at the
    lowest CPU priority: on a busy two-core laptop, the window's thread comes first."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # not allowed here: the work runs all the same
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


_gentle_pool: list[QThreadPool] = []  # one thread, for work that can wait (backups)


def _pool(gentle: bool) -> QThreadPool:
    if not gentle:
        return QThreadPool.globalInstance()
    if not _gentle_pool:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _gentle_pool.append(pool)
    return _gentle_pool[0]


_running: set[Task] = set()
_last_ended = [time.monotonic()]  # when the last task ended

# The GUI thread takes the interpreter lock for every call into Python: each model data(),
# each event reaching a widget subclassed in Python. While a worker computes, each take
# waits for the worker to hand the lock over, up to the switch interval (5 ms by default):
# the import dialog's repaints, a hundred such calls, froze the window for 0.4 to 0.55 s.
# At 0.2 ms the longest wait during a 100,000-row import was 41 ms, and it took no longer.
SWITCH_INTERVAL = 0.0002
TRIM_DELAY_MS = 1000


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    keep_results: bool = False,
    gentle: bool = False,
) -> Task:
    """Start `fn` on a worker thread; `fn(progress)` is called when `on_progress` is given.

    `keep_results`: what `fn` returns lives long (the deals of the table, a file being
    imported, modules): everything alive when it ends is put out of the collector's walks
    (`services.collector.keep_for_good`). `gentle`: work that can wait (a backup), run on
    a thread of its own at the lowest CPU priority."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)
    task = Task(fn, on_progress is not None, keep_results, gentle)
    _running.add(task)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def slot(value: Any) -> None:
            _running.discard(task)
            _last_ended[0] = time.monotonic()
            task.ended()
            callback(value)
            if keep_results or on_progress is not None:  # large work: reads, imports
                _trim_when_idle()

        return slot

    task.signals.done.connect(finish(on_done))
    task.signals.failed.connect(finish(on_failed))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    _pool(gentle).start(task)
    return task


FREE_SLICE = 2_000  # items freed per step: about a millisecond each


def let_go(owners: list[Any]) -> None:
    """Free what `owners` holds (a file's 100,000 rows and what was made of them), on a
    worker thread, a slice at a time (see `free_in_slices`); the list is emptied.

    Lists, dicts and sets are emptied in place, so only objects nobody else uses may be
    given (a closed dialog's)."""
    _run_detached(lambda: _empty(owners, 5))


def _empty(held: object, depth: int) -> None:
    if depth and isinstance(held, list) and len(held) <= FREE_SLICE:
        for item in held:  # a few large owners: each emptied in turn
            _empty(item, depth - 1)
    elif depth and isinstance(held, dict):
        for value in held.values():
            _empty(value, depth - 1)
    elif depth and dataclasses.is_dataclass(held) and not isinstance(held, type):
        for f in dataclasses.fields(held):
            _empty(getattr(held, f.name), depth - 1)
    if isinstance(held, list | dict | set):
        free_in_slices(held, FREE_SLICE)


_detached: set[Task] = set()


def _run_detached(fn: Callable[[], Any]) -> None:
    """Housekeeping on the pool (freeing, trimming), not counted as work for the rep
    (`idle_for`). The task is held here until it ends: held by nobody, its signals were
    deleted with it while it ran, and Qt printed "Signal source has been deleted"."""
    task = Task(fn)
    _detached.add(task)

    def end(_value: object) -> None:
        _detached.discard(task)
        task.ended()

    task.signals.done.connect(end)
    task.signals.failed.connect(end)
    QThreadPool.globalInstance().start(task)


_trim_timer: list[QTimer] = []


def _trim_when_idle() -> None:
    """A second after the last large task, the freed heap goes back to the system (on a
    worker: trimming a large heap takes tens of milliseconds)."""
    if not _trim_timer:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setInterval(TRIM_DELAY_MS)
        timer.timeout.connect(lambda: _run_detached(give_back_memory))
        _trim_timer.append(timer)
    _trim_timer[0].start()  # again: the second counts from the last large task


def idle_for() -> float:
    """Seconds since the last background task ended or the rep last moved to another area
    (`note_activity`); 0 while a task runs (the window is reading or writing for the rep)."""
    return 0.0 if _running else time.monotonic() - _last_ended[0]


def note_activity() -> None:
    """The rep is at work in the window (another area shown): not idle."""
    _last_ended[0] = time.monotonic()


def wait_for_background_work() -> None:
    """Block until every task has finished (before closing the database)."""
    QThreadPool.globalInstance().waitForDone()
    for pool in _gentle_pool:
        pool.waitForDone()
