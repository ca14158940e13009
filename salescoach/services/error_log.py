"""The error log a rep can send us: what failed and where, never what they wrote.

`salescoach-error.log` in the data folder holds the operation and the traceback (exception
types, files, lines, functions), not exception messages: those carry row values, SQL
parameters, debrief notes and what prospects said. The file is private (0600), created
without following a link: a link (or anything but a plain file of ours) at its path is
left alone and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import traceback
from pathlib import Path

from salescoach import __version__

LOG_NAME = "salescoach-error.log"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted at the path must not hang us


def _message(exc: BaseException) -> str:
    """The exception line: its type, and SQLite's own message for database errors (it names
    the schema, never a value); other messages withheld."""
    name = f"{type(exc).__module__}.{type(exc).__qualname__}".removeprefix("builtins.")
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if orig is not None and hasattr(exc, "statement"):
        return f"{name} from {_message(orig)}"
    if type(exc).__module__ == "sqlite3" and exc.args and isinstance(exc.args[0], str):
        # SQLite's messages name tables and columns; "malformed", "locked", "full"...
        return f"{name}: {exc.args[0]}"
    text = str(exc)
    return f"{name} (message withheld, {len(text)} characters)" if text else name


def report(exc: BaseException, operation: str) -> str:
    """The log's text for `exc` raised during `operation`: frames and types only."""
    lines = [
        f"salescoach {__version__}, {dt.datetime.now().isoformat(timespec='seconds')}",
        f"Operation: {operation}",
        "",
    ]
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    for i, error in enumerate(reversed(chain)):
        if i:
            lines.append("During or because of the error above:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(error.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        lines.append(_message(error))
        lines.append("")
    return "\n".join(lines)


def write_error_log(folder: Path, exc: BaseException, operation: str) -> Path | None:
    """Write the report of `exc` to `folder/salescoach-error.log`, owner-only.

    Returns the log's path, or None when nothing was written: the folder cannot be
    written, or something other than our plain file (a link, a FIFO...) is at the path.
    """
    path = folder / LOG_NAME
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _NONBLOCK | os.O_CLOEXEC, 0o600)
    except OSError:  # ELOOP for a symbolic link: refused, nothing written
        return None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as log:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
                return None  # a FIFO, or a hard link to another file: not ours to write
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # whatever the umask, or an older log's mode
            os.ftruncate(fd, 0)
            log.write(report(exc, operation))
    except OSError:
        return None
    return path
