"""Bulk work with the cyclic garbage collector paused.

Reading, checking and writing 100,000 rows makes millions of short-lived objects. Each time
enough of them outlive a young collection, the collector walks every object in the process
(around half a second with a large history open) on the thread that allocated last,
holding the interpreter lock: the window froze during imports and exports although the
work ran on a worker thread. Those objects are freed by reference counting; the few cycles
made meanwhile wait until the work ends.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import linecache
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_depth = 0  # the collector is process-wide: re-enabled when the last bulk job ends
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the duration (nests, and across threads)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def collector_busy() -> bool:
    """Whether some work has the collector paused now."""
    return _depth > 0


def keep_for_good() -> None:
    """Put every object alive now out of the collector's walks (`gc.freeze`), at the end of
    work whose results live long: the deal rows of the table, the chart modules.

    Frozen objects are still freed when their last reference goes (rows replaced by a
    reload are); only reference cycles already garbage at this moment are never freed, a
    few kilobytes. Without it, a collection soon after walks them all: 80 ms for 200,000
    deal rows, on whichever thread allocates first."""
    gc.freeze()


def give_back_memory() -> bool:
    """Hand the C heap's free pages back to the system (glibc's `malloc_trim`), after work
    that made and dropped hundreds of megabytes (an import, a reload of every deal).

    glibc keeps freed memory for the next allocation: after a 100,000-row import the
    window stayed 150 MiB larger than what it held. Elsewhere (or without glibc) nothing
    is done. Returns whether memory was trimmed.

    Python's cache of source lines is emptied first: PySide6 reads the whole source of
    every module imported after it (to see whether it uses PySide), and that text stayed
    in `linecache` for good, about 28 MiB once every area was opened. A traceback reads
    the lines it needs again."""
    linecache.clearcache()
    trim = _malloc_trim()
    return trim is not None and bool(trim(0))  # ctypes lets go of the interpreter lock


@functools.cache
def _malloc_trim() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # musl and others: no glibc, no malloc_trim
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
