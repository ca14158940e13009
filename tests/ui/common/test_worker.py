"""Background work runs with the cyclic garbage collector paused (its walks of a large
history froze the window), and always gives it back, whether the work ends or fails."""

from __future__ import annotations

import gc
import itertools
import sys
import threading
from collections.abc import Iterator

import pytest

from salescoach.services.collector import collector_paused
from salescoach.ui.common.worker import run_in_background


@pytest.fixture(autouse=True)
def automatic_collection() -> Iterator[None]:
    """Collection on, as in a process without the window (the window's `GuiCollector`
    turns it off): these tests watch it paused and given back."""
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_nested_and_overlapping_pauses_give_the_collector_back_once_all_end() -> None:
    assert gc.isenabled()
    first_in, release = threading.Event(), threading.Event()

    def other_thread() -> None:
        with collector_paused():
            first_in.set()
            release.wait(5)

    t = threading.Thread(target=other_thread)
    t.start()
    first_in.wait(5)
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's work still runs
    release.set()
    t.join()
    assert gc.isenabled()


def test_a_failing_job_gives_the_collector_back() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the file vanished")
    assert gc.isenabled()


def test_background_work_runs_with_the_collector_paused(qtbot) -> None:
    seen: list[bool] = []
    failures: list[BaseException] = []

    def work() -> bool:
        return gc.isenabled()

    def boom() -> None:
        raise OSError("disk full")

    with qtbot.waitCallback() as done:
        run_in_background(work, lambda v: (seen.append(v), done()), failures.append)
    with qtbot.waitCallback() as failed:
        run_in_background(boom, lambda _v: None, lambda e: (failures.append(e), failed()))
    assert seen == [False]
    assert isinstance(failures[0], OSError)
    # The worker turns the collector back on once its signal is sent, which may be just
    # after the slot above has run on this thread.
    qtbot.waitUntil(gc.isenabled, timeout=5_000)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="niceness per thread: Linux")
def test_gentle_work_runs_at_the_lowest_priority_and_other_work_as_before(qtbot) -> None:
    """The day's backup reads the whole file for seconds: on a two-core laptop it yields
    the processor to the window (and to the rep's other programs); other reads do not."""
    import os

    from salescoach.ui.common.worker import wait_for_background_work

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    seen: dict[str, int] = {}
    for name, gentle in (("backup", True), ("read", False)):
        run_in_background(niceness, lambda n, k=name: seen.__setitem__(k, n), print, gentle=gentle)
    qtbot.waitUntil(lambda: len(seen) == 2)
    wait_for_background_work()
    assert seen["backup"] == 19
    assert seen["read"] == os.getpriority(os.PRIO_PROCESS, 0)  # the process's own


def test_let_go_empties_what_it_is_given_on_a_worker(qtbot) -> None:
    """A closed import dialog's file (rows, checked deals, digests) is freed off the GUI
    thread, every container emptied."""
    import dataclasses
    import weakref

    from salescoach.ui.common import worker
    from salescoach.ui.common.worker import let_go

    class Row:
        pass

    @dataclasses.dataclass
    class Plan:
        rows: list[Row]
        digests: dict[int, str]
        ids: set[int]
        good: dict[str, list[Row]]

    rows = [Row() for _ in range(10_000)]
    one = weakref.ref(rows[0])
    plan = Plan(rows, {i: str(i) for i in range(5000)}, set(range(5000)), {"deals": [Row()]})
    good = plan.good["deals"]
    del rows
    let_go([plan, None])
    assert worker._detached  # held while it runs: its signals outlive the caller's frame
    qtbot.waitUntil(lambda: not plan.rows and not plan.digests and not plan.ids, timeout=5000)
    assert one() is None and not good and not plan.good
    qtbot.waitUntil(lambda: not worker._detached, timeout=5000)  # and let go once done


def test_the_window_keeps_answering_while_a_large_file_is_let_go(qtbot) -> None:
    """100,000 rows freed at once kept the interpreter lock for 60 to 100 ms (the window
    froze); a slice at a time, the GUI thread gets it back between slices."""
    import time

    from PySide6.QtCore import QTimer

    from salescoach.ui.common.worker import let_go

    def file() -> list[object]:
        return [[[f"cell {i} {j}" for j in range(20)] for i in range(150_000)]]

    held = file()
    beats = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()
    let_go(held)
    qtbot.waitUntil(lambda: not held, timeout=10_000)
    timer.stop()
    assert max(b - a for a, b in itertools.pairwise(beats)) < 0.060  # at once: 133 ms
