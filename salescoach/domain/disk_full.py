"""Telling a full disk from a damaged file: the one needs space, the other a restore.

SQLite says "database or disk is full" (SQLITE_FULL) when a write finds no room; the OS
says ENOSPC (no space), EDQUOT (over quota) or EFBIG (over the size a process may write).
Each is wrapped differently on its way up (SQLAlchemy's `orig`, `raise … from`), so the
whole chain is searched.
"""

from __future__ import annotations

import errno
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg

CTX = "Database"
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
SQLITE_FULL = 13


def is_disk_full(error: BaseException) -> bool:
    """Whether `error`, or anything it was raised from or while handling, is a full disk."""
    seen: set[int] = set()
    stack: list[object] = [error]
    while stack:
        e = stack.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and e.errno in DISK_FULL_ERRNOS:
            return True
        code = getattr(e, "sqlite_errorcode", None)  # the extended code: the low byte is the kind
        if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
            return True
        if "database or disk is full" in str(e):  # a wrapper that dropped the code
            return True
        stack.extend((getattr(e, "orig", None), e.__cause__, e.__context__))
    return False


def disk_full_error(path: Path | str) -> UserError:
    """The message for a write that found no room; `path` is what was being written."""
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The disk is full: there is no room left to write {path}. Nothing was "
                "written. Free some space and try again.",
            ),
            path=str(path),
        )
    )
