"""Letting go of many rows without holding the interpreter lock from first to last."""

from __future__ import annotations

from typing import Any

AT_ONCE = 1_000  # items freed per step: under a millisecond


def free_in_slices(items: list[Any] | dict[Any, Any] | set[Any], at_once: int = AT_ONCE) -> None:
    """Empty `items` a slice at a time; a list's slices in the order they were read.

    Dropping the last reference to a large collection frees every item in one call into
    C, which keeps the interpreter lock throughout: 40 to 100 ms for 100,000 rows, during
    which the window runs no line of Python. A slice at a time, other threads get the lock
    back in between.

    A list's order matters for memory: Python keeps the last 2,000 tuples of each length
    it frees for reuse, each in the 16 KiB block it was made in, and a block goes back
    only once all of it is free. Freed in reading order, the ones kept lie side by side."""
    if isinstance(items, list):
        while items:
            del items[:at_once]
        return
    pop = items.popitem if isinstance(items, dict) else items.pop
    while items:
        for _ in range(min(at_once, len(items))):
            pop()
