"""The large demo history the benchmarks run on, built once and cached."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"


def _fingerprint() -> str:
    """Changes whenever the demo generator or the schema does: a stale cache is not reused."""
    import hashlib

    root = Path(__file__).resolve().parent.parent / "salescoach"
    sources = [*sorted((root / "services").glob("demo*.py")), root / "store" / "models.py"]
    sources += sorted((root / "store" / "migrations" / "versions").glob("*.py"))
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources))
    return digest.hexdigest()[:10]


def history(deals: int, seed: int = 1, cache: Path = CACHE) -> tuple[Path, float | None]:
    """The data folder holding `demo --deals N`; the seconds it took, or None if cached."""
    folder = cache / f"demo-{deals}-seed{seed}-{_fingerprint()}"
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
