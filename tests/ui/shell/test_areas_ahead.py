"""Areas not shown yet are made while the window is idle, so that a first visit only reads
and paints; a rep at work is never made to wait for one."""

from __future__ import annotations

import pytest

from salescoach.ui.common import idle
from salescoach.ui.common.worker import note_activity
from salescoach.ui.shell import areas
from salescoach.ui.shell.areas import AreaWarmer
from salescoach.ui.shell.main_window import MainWindow


def test_an_idle_window_makes_the_hidden_areas_and_shows_those(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    hidden = {key: area for key, area in window.areas.items() if key != "pipeline"}
    assert not any(area.built for area in hidden.values())  # start-up made the Pipeline only
    monkeypatch.setattr(idle, "IDLE_S", 0.3)
    qtbot.waitUntil(lambda: all(area.built for area in hidden.values()), timeout=20_000)
    assert not any(area.isVisible() for area in hidden.values())
    made = hidden["debriefs"].widget()

    with qtbot.waitSignal(made.loaded, timeout=10_000):  # it reads its data once shown
        window.show_area("debriefs")
    assert hidden["debriefs"].widget() is made  # the view made ahead, not a new one
    assert made.isVisible()


def test_no_area_is_made_while_the_rep_is_at_work(qtbot, window: MainWindow) -> None:
    warmer = window.areas["pipeline"].findChild(AreaWarmer)
    assert warmer is not None
    note_activity()  # another area shown just now
    assert not warmer.step()
    assert not window.areas["numbers"].built


def test_no_area_is_made_while_the_rep_types(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(idle, "IDLE_S", 0.5)
    box = window.pipeline.search
    box.setFocus()
    for _ in range(12):  # a key every 0.15 s for 1.8 s: typing, never idle
        qtbot.keyClick(box, "a")
        qtbot.wait(150)
        assert not any(area.built for key, area in window.areas.items() if key != "pipeline")
    qtbot.waitUntil(lambda: window.areas["numbers"].built, timeout=20_000)  # once it stops


@pytest.fixture
def numbers(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> areas.LazyArea:
    """The Numbers area, once its view was made ahead (idle for 0.3 s is enough here)."""
    monkeypatch.setattr(idle, "IDLE_S", 0.3)
    area = window.areas["numbers"]
    qtbot.waitUntil(lambda: area.built, timeout=20_000)
    return area


def test_areas_made_ahead_are_made_again_from_reopened_data(
    qtbot, window: MainWindow, numbers: areas.LazyArea
) -> None:
    before = numbers.widget()
    window.session.close()  # as a restore does: closed, then opened again
    assert not numbers.built
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.session.open()
    qtbot.waitUntil(lambda: numbers.built and numbers.widget() is not before, timeout=20_000)


def test_areas_let_go_after_an_import_are_made_when_shown_only(
    qtbot, window: MainWindow, numbers: areas.LazyArea
) -> None:
    areas.let_go(window.areas)  # what the window does once an import is done
    assert not numbers.built
    qtbot.wait(2_500)  # idle, more than long enough for the next view to be made
    assert not numbers.built
    window.show_area("numbers")
    assert numbers.built


# Starts the real window on the folder argv[1], with the `Watch` import hook of the test
# prepended (it appends to `seen` what it sees), until `seen` has something or 20 s pass;
# prints `seen`.
_WATCHED_START = """
import sys, threading, time
from pathlib import Path

seen = []
{watch}

sys.meta_path.insert(0, Watch())
from PySide6.QtWidgets import QApplication

app = QApplication([])
from salescoach.ui.common.worker import wait_for_background_work
from salescoach.ui.shell.main_window import MainWindow

window = MainWindow(Path(sys.argv[1]))
window.show()
window.open_workspace()
deadline = time.monotonic() + 20
while not seen and time.monotonic() < deadline:
    wait_for_background_work()
    app.processEvents()
print(seen)
"""


def _seen_at_start(tmp_path, watch: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    import ast
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = _WATCHED_START.format(watch=watch)
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    seen = ast.literal_eval(done.stdout.splitlines()[-1])
    assert seen, done.stderr[-2000:]
    return seen  # type: ignore[no-any-return]


_IMPORT_DIALOG_WATCH = """
class Watch:  # notes which thread first looks the import dialog's module up
    def find_spec(self, name, path=None, target=None):
        if name == "salescoach.ui.data.import_dialog":
            main = threading.current_thread() is threading.main_thread()
            seen.append("gui" if main else "worker")
"""


def test_the_import_dialogs_code_is_loaded_ahead_off_the_gui_thread(tmp_path) -> None:
    """File › Import opens without loading its code first (40-65 ms of a frozen window)."""
    assert _seen_at_start(tmp_path, _IMPORT_DIALOG_WATCH)[0] == "worker"


_QT_TYPES_WATCH = """
class Watch:  # when the worker first looks the Progress view up: Qt classes not made yet
    def find_spec(self, name, path=None, target=None):
        if name == "salescoach.ui.progress.view" and not seen:
            from salescoach.ui.common.qt_types import classes_not_made, qt_modules

            worker = threading.current_thread() is not threading.main_thread()
            seen.append((worker, sum(len(classes_not_made(m)) for m in qt_modules())))
"""


def test_a_worker_importing_views_never_makes_a_qt_class(tmp_path) -> None:
    """PySide6 makes a class's Python type on first use, and not safely from two threads
    at once: the app crashed (SIGSEGV) when the GUI thread opened a debrief while a worker
    imported pyqtgraph. Every Qt class is made on the GUI thread before that import."""
    assert _seen_at_start(tmp_path, _QT_TYPES_WATCH) == [(True, 0)]
