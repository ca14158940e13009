"""A tour of the app on the large history, in a process of its own and on a copy of it:
scrolling the deals table from top to bottom, every area of the window visited in turn,
then an export of everything and an import of a large CRM file through their dialogs, the
way a rep would. Measures the longest time the GUI thread was blocked in each part (a 5 ms
heartbeat timer that fires late says how late), the slowest scroll step, and the process's
peak memory once every area was visited and again at the end.

    python -m benchmarks.tour DATA_DIR IMPORT_CSV [--why]    prints one JSON object

`--why` prints, on stderr, where the GUI thread was each time it was late by more than
50 ms (a watchdog thread samples its stack), to find what to move off it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.watchdog import Watchdog
from benchmarks.window import open_window


def measure(data_dir: Path, import_rows: int, why: bool = False) -> dict[str, float]:
    """Run the tour in a fresh process (peak memory is per process) on a copy of the
    history (the import writes to it), importing a new `import_rows`-deal CRM file."""
    from benchmarks.importing import make_file

    with tempfile.TemporaryDirectory(prefix="salescoach-tour-") as tmp:
        root = Path(tmp)
        copy = root / "data"
        copy.mkdir(mode=0o700)
        shutil.copy2(data_dir / "salescoach.sqlite", copy / "salescoach.sqlite")
        backups = data_dir / "backups"
        if backups.is_dir():  # today's backup is there already: none is taken at start
            (copy / "backups").mkdir(mode=0o700)
            for f in backups.iterdir():
                os.link(f, copy / "backups" / f.name)
        csv_file = make_file(root / "pipedrive-deals.csv", import_rows, seed=11)
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.tour", str(copy), str(csv_file)]
            + (["--why"] if why else []),
            capture_output=True, text=True, timeout=1200, check=False,
            env=_as_installed(),
        )  # fmt: skip
    if done.returncode:
        raise RuntimeError(f"the tour failed:\n{done.stderr[-4000:]}")
    if why:
        print(done.stderr, file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _as_installed() -> dict[str, str]:
    """The environment, with bytecode written as pip and the bundle ship it: with
    PYTHONDONTWRITEBYTECODE set, every module changed since its last .pyc was compiled again
    on first use, on the GUI thread for those a click imports (see startup.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


class _Heart:
    """A 5 ms timer on the GUI thread; `worst` is how late it fired, at worst, since reset."""

    def __init__(self, watchdog: Watchdog | None) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.worst = 0.0
        self.lateness: list[float] = []  # every beat's, in ms, for the whole tour
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.elapsed()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)
        self._watchdog = watchdog

    def _beat(self) -> None:
        now = self._clock.elapsed()
        late = max(0.0, now - self._last - 5)
        self.lateness.append(late)
        self.worst = max(self.worst, late)
        self._last = now
        if self._watchdog:
            self._watchdog.alive()

    def start(self) -> None:
        self._last = self._clock.elapsed()
        self._timer.start()

    def reset(self) -> None:
        self.worst = 0.0


def _tour(data_dir: Path, csv_file: Path, why: bool) -> dict[str, float]:
    # Start-up's own background reads done first: the scrolling figure is the table's
    # (each step's rows built and painted), not the interpreter lock shared with them.
    app, window = open_window(data_dir, settle=True)

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)

    settle(1.0)
    watchdog = Watchdog(threshold=0.05) if why else None
    table = window.pipeline.table
    bar = table.verticalScrollBar()
    steps = []
    _phase(watchdog, "scrolling")
    page = max(bar.pageStep(), 1)
    value = 0
    while value <= bar.maximum():  # a page at a time, each repainted before the next
        start = time.perf_counter()
        bar.setValue(value)
        table.viewport().repaint()
        steps.append(time.perf_counter() - start)
        value += page * max(1, bar.maximum() // page // 200)  # about 200 stops
    settle(0.3)
    if why:
        slowest = sorted(range(len(steps)), key=steps.__getitem__)[-5:]
        print("slowest scroll steps (index, ms):",
              [(i, round(steps[i] * 1000, 1)) for i in slowest], file=sys.stderr)  # fmt: skip

    # The scrolling above is timed step by step; the heartbeat watches the rest, the way a
    # rep uses the window: an area shown, its data read in the background, then filled in.
    heart = _Heart(watchdog)
    heart.start()
    phases: dict[str, float] = {}
    for row in range(window.nav.count()):
        heart.reset()
        _phase(watchdog, window.nav.item(row).text())
        window.nav.setCurrentRow(row)
        settle(2.5)  # the area is shown, and its background reads come back
        phases[window.nav.item(row).text()] = heart.worst
    visited_kib = _high_water_kib()

    window.nav.setCurrentRow(0)
    settle(0.5)
    heart.reset()
    _phase(watchdog, "export")
    export_to = csv_file.parent / "export"
    _through_dialog(app, window.transfer.open_export, _drive_export(export_to))
    settle(1.0)
    phases["export"] = heart.worst
    assert (export_to / "deals.csv").is_file(), "the export wrote no deals.csv"

    heart.reset()
    _phase(watchdog, "import")
    _through_dialog(
        app, lambda: window.transfer.open_import(csv_file), _driver("import_button", "import")
    )
    settle(1.0)
    phases["import"] = heart.worst
    heart.reset()
    _phase(watchdog, "after import")
    for _ in range(2):  # after an import the window reads everything again
        settle(5.0)
    phases["after import"] = heart.worst

    if watchdog:
        watchdog.stop()
    print(json.dumps(phases), file=sys.stderr)
    end_kib = _status_kib("VmRSS:")  # with the window still open, as the rep's laptop holds it
    window.close()
    areas = [v for k, v in phases.items() if k not in ("export", "import", "after import")]
    return {
        "gui_blocked_ms": max(areas),
        "gui_blocked_export_ms": phases["export"],
        "gui_blocked_import_ms": max(phases["import"], phases["after import"]),
        "gui_blocked_p95_ms": _percentile(heart.lateness, 95),
        "gui_blocked_max_ms": max(heart.lateness),
        "scroll_step_ms": max(steps) * 1000,
        "peak_mib": visited_kib / 1024,
        "peak_end_mib": _high_water_kib() / 1024,
        "end_mib": end_kib / 1024,
    }


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _phase(watchdog: Watchdog | None, name: str) -> None:
    if watchdog:
        watchdog.phase = name


Driver = Callable[[Any], bool]  # given the open dialog; True once it was closed


def _through_dialog(app: object, open_it: Callable[[], None], drive: Driver) -> None:
    """Open a modal dialog as the menu would (exec() and its own event loop) and drive it
    from a timer, as a rep's clicks would, until it is closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    deadline = time.monotonic() + 900
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and drive(dialog):
            timer.stop()
        elif time.monotonic() > deadline:
            raise TimeoutError("the dialog did not finish in 15 minutes")

    timer.timeout.connect(poll)
    timer.start()
    open_it()
    timer.stop()


def _driver(button: str, what: str, prepare: Callable[[Any], None] | None = None) -> Driver:
    """Click the dialog's `button` once it is enabled (after `prepare`), then close the
    dialog once it holds a result; raise if the work ended without one."""
    started: list[bool] = []

    def drive(dialog: Any) -> bool:
        if dialog.result is not None:
            dialog.reject()
            return True
        start = getattr(dialog, button)
        if not started and start.isEnabled():
            if prepare is not None:
                prepare(dialog)
            start.click()
            started.append(True)
        elif started and not dialog._busy:
            raise RuntimeError(f"the {what} failed: {dialog.status.text()}")
        return False

    return drive


def _drive_export(target: Path) -> Driver:
    def prepare(dialog: Any) -> None:
        dialog.csv.setChecked(True)
        dialog.path.setText(str(target))

    return _driver("export_button", "export", prepare)


def _high_water_kib() -> int:
    """This process's peak resident memory. Not getrusage's ru_maxrss: Linux carries it
    across exec, so a child started by a big parent reports the parent's size."""
    return _status_kib("VmHWM:") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _status_kib(field: str) -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    return 0


if __name__ == "__main__":
    why = "--why" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--why"]
    print(json.dumps(_tour(Path(args[0]), Path(args[1]), why)))
