"""Work that can wait is done once the rep stops: not while they type, nor while the window
reads or writes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLineEdit

from salescoach.ui.common import idle
from salescoach.ui.common.idle import WhenIdle, once
from salescoach.ui.common.worker import run_in_background
from salescoach.ui.shell.main_window import MainWindow


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(idle, "IDLE_S", 0.5)


def test_work_waits_while_the_rep_types_then_is_done_once(qtbot, quick: None) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    later = WhenIdle(box)
    done: list[int] = []
    later.add(once(lambda: done.append(1)))
    for _ in range(10):  # a key every 0.15 s: never idle for half a second
        qtbot.keyClick(box, "a")
        qtbot.wait(150)
        assert not done
    qtbot.waitUntil(lambda: not later.waiting(), timeout=5_000)
    qtbot.wait(600)
    assert done == [1]
    assert box.text() == "a" * 10  # the keys went to the box, not swallowed


def test_work_waits_while_the_window_reads(qtbot, quick: None) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    later = WhenIdle(box)
    done: list[int] = []
    later.add(once(lambda: done.append(1)))
    release = threading.Event()
    ended: list[object] = []
    run_in_background(lambda: release.wait(10), ended.append, ended.append)
    qtbot.wait(1_200)
    assert not done  # a read runs: not idle
    release.set()
    qtbot.waitUntil(lambda: done == [1], timeout=5_000)


def test_work_forgotten_is_not_done(qtbot, quick: None) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    later = WhenIdle(box)
    done: list[int] = []
    later.add(once(lambda: done.append(1)))
    later.clear()
    qtbot.wait(1_000)
    assert not done and not later.waiting()


def test_start_up_reads_wait_until_the_rep_stops_typing_in_the_filter(
    qtbot, quick: None, window: MainWindow
) -> None:
    """The review reminder, the value of a touch and the integrity check: run at once, they
    held the rep's first keystrokes up to 90 ms on a large history."""
    box = window.pipeline.search
    box.setFocus()
    for _ in range(10):
        qtbot.keyClick(box, "a")
        qtbot.wait(150)
        assert window.later.waiting()
    qtbot.waitUntil(lambda: not window.later.waiting(), timeout=15_000)
