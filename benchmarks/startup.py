"""Time to the main window shown, against a bare PySide6 window, in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = Path(__file__).resolve().parent / "bare_window.py"


def _probe(argv: list[str], mode: str, until: str) -> dict[str, float]:
    """Seconds from the start to each line the probe printed, up to `until`."""
    env = dict(os.environ, SALESCOACH_STARTUP_PROBE=mode)
    # As installed (pip and the bundle ship compiled bytecode): with PYTHONDONTWRITEBYTECODE
    # set, as on this project's machines, every start compiled our modules again (~25 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    for line in proc.stdout:
        seen[line.strip()] = time.perf_counter() - start
        if line.strip() == until:
            break
    else:
        raise RuntimeError(f"{argv} exited before saying {until!r}")
    proc.wait(timeout=120)
    return seen


def _time_to_shown(argv: list[str]) -> float:
    return _probe(argv, "shown", "shown")["shown"]


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


def first_screen(data_dir: Path, runs: int) -> float:
    """Median seconds from the window shown to its deals table first painted with deals."""
    app = [sys.executable, "-m", "salescoach", "--data-dir", str(data_dir)]
    _probe(app, "deals", "deals")  # the OS file cache warmed
    times = [_probe(app, "deals", "deals") for _ in range(runs)]
    return statistics.median(t["deals"] - t["shown"] for t in times)
