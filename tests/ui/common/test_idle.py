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


@pytest.fixture
def box(qtbot) -> QLineEdit:
    box = QLineEdit()
    qtbot.addWidget(box)
    return box


def _waiting_work(box: QLineEdit) -> tuple[WhenIdle, list[int]]:
    """Work of one piece waiting for `box`'s window to be idle, and what it did."""
    later = WhenIdle(box)
    done: list[int] = []
    later.add(once(lambda: done.append(1)))
    return later, done


def test_work_waits_while_the_rep_types_then_is_done_once(
    qtbot, quick: None, box: QLineEdit
) -> None:
    box.show()
    box.setFocus()
    later, done = _waiting_work(box)
    for _ in range(10):  # a key every 0.15 s: never idle for half a second
        qtbot.keyClick(box, "a")
        qtbot.wait(150)
        assert not done
    qtbot.waitUntil(lambda: not later.waiting(), timeout=5_000)
    qtbot.wait(600)
    assert done == [1]
    assert box.text() == "a" * 10  # the keys went to the box, not swallowed


def test_work_waits_while_the_window_reads(qtbot, quick: None, box: QLineEdit) -> None:
    _later, done = _waiting_work(box)
    release = threading.Event()
    ended: list[object] = []
    run_in_background(lambda: release.wait(10), ended.append, ended.append)
    qtbot.wait(1_200)
    assert not done  # a read runs: not idle
    release.set()
    qtbot.waitUntil(lambda: done == [1], timeout=5_000)


def test_work_forgotten_is_not_done(qtbot, quick: None, box: QLineEdit) -> None:
    later, done = _waiting_work(box)
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


_OPEN_AND_QUIT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication

app = QApplication([])
from salescoach.ui.shell.main_window import MainWindow

for name in ("one", "two"):  # two windows, as the benchmarks open, work still waiting
    window = MainWindow(Path(sys.argv[1]) / name)
    window.show()
    window.later.add(lambda: True)
    window.close()
print("closed")
"""


def test_quitting_with_work_still_waiting_says_nothing(tmp_path) -> None:
    """At exit Python deletes the input watcher before the windows: no traceback then."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _OPEN_AND_QUIT, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    assert done.stdout.strip() == "closed"
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
