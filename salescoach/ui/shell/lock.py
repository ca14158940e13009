"""One writer per data folder: the window holds `salescoach.lock` while it is open, and the
command line's write commands take the same lock (QtCore only: no widgets loaded).

Qt's lock file records the process holding it; a lock left by a process that was killed
is taken over, never waited for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "salescoach.lock"


def try_lock(data_dir: Path, wait_ms: int = 100) -> QLockFile | None:
    """The data folder's lock, or None when another process (the app) holds it."""
    lock = QLockFile(str(data_dir.absolute() / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    return lock if lock.tryLock(wait_ms) else None
