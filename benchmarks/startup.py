"""Time to the main window shown, against a bare PySide6 window, in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = Path(__file__).resolve().parent / "bare_window.py"


def _time_to_shown(argv: list[str]) -> float:
    env = dict(os.environ, SALESCOACH_STARTUP_PROBE="shown")
    # As installed (pip and the bundle ship compiled bytecode): with PYTHONDONTWRITEBYTECODE
    # set, as on this project's machines, every start compiled our modules again (~25 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{argv} exited without showing a window")
    proc.wait(timeout=60)
    return elapsed


def measure(data_dir: Path, runs: int) -> tuple[float, float]:
    """Median seconds to a shown window: (salescoach on `data_dir`, bare QTableView)."""
    app = [sys.executable, "-m", "salescoach", "--data-dir", str(data_dir)]
    bare = [sys.executable, str(BARE)]
    _time_to_shown(bare)  # warm the OS file cache for both
    _time_to_shown(app)
    ours, ref = [], []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        ref.append(_time_to_shown(bare))
        ours.append(_time_to_shown(app))
    return statistics.median(ours), statistics.median(ref)
