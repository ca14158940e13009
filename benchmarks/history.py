"""The large demo history the benchmarks run on, built once and cached."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"


def history(deals: int, seed: int = 1, cache: Path = CACHE) -> tuple[Path, float | None]:
    """The data folder holding `demo --deals N`; the seconds it took, or None if cached."""
    from salescoach.store.schema import HEAD

    folder = cache / f"demo-{deals}-seed{seed}-schema{HEAD}"
    if (folder / "complete").exists():
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "salescoach",
            "demo",
            "--deals",
            str(deals),
            "--seed",
            str(seed),
            "--data-dir",
            str(folder),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    (folder / "complete").write_text(f"{elapsed:.1f}\n")
    return folder, elapsed
