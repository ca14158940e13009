"""Memory freed after large work goes back to the system instead of staying with the app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from salescoach.services.collector import give_back_memory


def _resident_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_rows_are_given_back_to_the_system() -> None:
    # 200 MiB of 2 KiB blocks (the C heap, as large strings and buffers are), one in
    # sixty-four kept: the freed ones lie between live ones, where free() leaves them.
    blocks = [bytearray(2048) for _ in range(100_000)]
    kept = blocks[::64]
    del blocks
    before = _resident_mib()
    assert give_back_memory()
    after = _resident_mib()
    assert before - after > 100, (before, after)
    assert len(kept) == 1563


def test_source_text_read_at_imports_is_not_kept() -> None:
    import linecache

    from salescoach.services import collector

    # What PySide6's import hook does for every module imported after it: read its source.
    assert linecache.getlines(collector.__file__)
    give_back_memory()
    assert collector.__file__ not in linecache.cache
