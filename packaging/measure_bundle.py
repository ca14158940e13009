"""Measure the bundle: its size, and its start-up against the app started from source.

    .venv/bin/python packaging/measure_bundle.py [--runs 7] [--check] [BUNDLE_DIR]

Start-up is the time from launch to the main window shown (SALESCOACH_STARTUP_PROBE,
offscreen platform) on a new, empty data folder, for `dist/salescoach/salescoach` and for
`python -m salescoach` with this Python; one warm-up run each, then the runs interleaved so
machine noise hits both alike; medians. Goals (issue 9): under 250 MB, start-up within
1.5x of source. --check turns a missed goal into exit status 1.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_contents as bc  # noqa: E402
from smoke_test import MAX_BYTES, clean_env  # noqa: E402

MAX_RATIO = 1.5


def bundle_bytes(bundle: Path) -> int:
    return sum(p.lstat().st_size for p in bundle.rglob("*") if not p.is_dir())


def time_start(argv: list[str], tmp: Path, n: int) -> tuple[float, float]:
    """Seconds to "shown" and to "ready" (deals loaded) for one launch on a new data folder."""
    data_dir = tmp / f"data-{n}"
    env = clean_env(tmp / "home", QT_QPA_PLATFORM="offscreen", SALESCOACH_STARTUP_PROBE="ready")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*argv, "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=tmp,  # not the source tree: `python -m salescoach` must find the installed package
    )
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    if proc.wait(timeout=120) != 0 or set(marks) - {"deals"} != {"shown", "ready"}:
        raise RuntimeError(f"{argv}: exit {proc.returncode}, printed {sorted(marks)}")
    return marks["shown"], marks["ready"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / bc.APP_NAME)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    frozen = [str(bundle / bc.APP_NAME)]
    source = [sys.executable, "-m", "salescoach"]
    size = bundle_bytes(bundle)
    times: dict[str, list[tuple[float, float]]] = {"bundle": [], "source": []}
    with tempfile.TemporaryDirectory(prefix="salescoach-measure-") as tmp_name:
        tmp = Path(tmp_name)
        time_start(frozen, tmp, 0)  # warm the file cache for both
        time_start(source, tmp, 1)
        for i in range(args.runs):
            times["bundle"].append(time_start(frozen, tmp, 2 * i + 2))
            times["source"].append(time_start(source, tmp, 2 * i + 3))
    shown = {k: statistics.median(t[0] for t in v) for k, v in times.items()}
    ready = {k: statistics.median(t[1] for t in v) for k, v in times.items()}
    ratio = shown["bundle"] / shown["source"]
    size_ok, ratio_ok = size < MAX_BYTES, ratio <= MAX_RATIO
    print(f"bundle      {bundle}")
    print(
        f"size        {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB)"
        f"{'':14}goal < {MAX_BYTES / 1e6:.0f} MB     {'pass' if size_ok else 'MISSED'}"
    )
    print(
        f"shown       bundle {shown['bundle']:.3f} s, source {shown['source']:.3f} s"
        f"   goal <= {MAX_RATIO}x   {ratio:.2f}x  {'pass' if ratio_ok else 'MISSED'}"
    )
    print(
        f"ready       bundle {ready['bundle']:.3f} s, source {ready['source']:.3f} s"
        f"   ({ready['bundle'] / ready['source']:.2f}x; medians of {args.runs} interleaved runs,"
        " empty data folder)"
    )
    return 1 if args.check and not (size_ok and ratio_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
