"""A tour of the app on the large history, in a process of its own: scrolling the deals
table from top to bottom, then every area of the window visited in turn. Measures the
longest time the GUI thread was blocked (a 5 ms heartbeat timer that fires late says how
late), the slowest scroll step, and the process's peak memory.

    python -m benchmarks.tour DATA_DIR    prints one JSON object
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.window import open_window


def measure(data_dir: Path) -> dict[str, float]:
    """Run the tour in a fresh process (peak memory is per process)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.tour", str(data_dir)],
        capture_output=True, text=True, timeout=600, check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _tour(data_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    app, window = open_window(data_dir, settle=False)

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)

    settle(1.0)  # start-up's own background reads
    worst = [0.0]
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0] - 5)
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)

    table = window.pipeline.table
    bar = table.verticalScrollBar()
    steps = []
    page = max(bar.pageStep(), 1)
    value = 0
    while value <= bar.maximum():  # a page at a time, each repainted before the next
        start = time.perf_counter()
        bar.setValue(value)
        table.viewport().repaint()
        steps.append(time.perf_counter() - start)
        value += page * max(1, bar.maximum() // page // 200)  # about 200 stops
    settle(0.3)

    # The scrolling above is timed step by step; the heartbeat watches the rest, the way a
    # rep uses the window: an area shown, its data read in the background, then filled in.
    last[0] = clock.elapsed()
    heart.start()
    phases: dict[str, float] = {}
    for row in range(window.nav.count()):
        worst[0] = 0.0
        window.nav.setCurrentRow(row)
        settle(2.5)  # the area is shown, and its background reads come back
        phases[window.nav.item(row).text()] = worst[0]
    heart.stop()
    worst[0] = max(phases.values())
    print(json.dumps(phases), file=sys.stderr)
    window.close()
    peak_kib = _high_water_kib()
    return {
        "gui_blocked_ms": worst[0],
        "scroll_step_ms": max(steps) * 1000,
        "peak_mib": peak_kib / 1024,
    }


def _high_water_kib() -> int:
    """This process's peak resident memory. Not getrusage's ru_maxrss: Linux carries it
    across exec, so a child started by a big parent reports the parent's size."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    print(json.dumps(_tour(Path(sys.argv[1]))))
