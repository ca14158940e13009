"""Work around a PySide6 6.12 reference-counting bug that crashes Python 3.11.

Every invalid QVariant PySide6 6.12 hands to Python as None (a model's data() returning
None, QComboBox.currentData() on an item without data, ...) drops one reference to None
too many. On Python 3.12+ None is immortal and nothing happens; on 3.11 the count reaches
zero after some thousands of table repaints and the interpreter aborts with
"none_dealloc: deallocating None". Python 3.12 makes None immortal by giving it a huge
reference count; we do the same on 3.11, once, before any Qt object exists.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48  # at a million lost references a second, nine years of margin


def protect_none() -> None:
    """Give None a reference count no PySide6 leak can exhaust (no-op on Python 3.12+)."""
    if sys.version_info >= (3, 12) or getattr(protect_none, "done", False):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is None's first field
    refcount.value += _RESERVE
    protect_none.done = True  # type: ignore[attr-defined]
