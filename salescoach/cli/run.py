"""What every command needs: where the data is, which language to answer in, and the
data folder's lock while it writes."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg

CTX = "CommandLine"
EXIT_USAGE = 2
Say = Callable[[Message], str]  # a message in the user's language


@dataclass(frozen=True)
class Run:
    """What every command needs: where the data is and which language to answer in."""

    data_dir: Path
    lang: str | None

    def say(self, message: Message) -> str:
        from salescoach.ui.common.i18n import translate_for_cli

        return translate_for_cli(message, self.data_dir, self.lang)


@contextlib.contextmanager
def one_writer(run: Run, create: bool = True) -> Iterator[None]:
    """Hold the data folder's lock, as the window does: refuse while the app has it open.

    `create`: make the folder if there is none (demo, import); otherwise refuse to start.
    """
    from salescoach.services.workspace import check_data_dir, schema_revision
    from salescoach.ui.shell.lock import try_lock

    if not create and schema_revision(run.data_dir) is None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine", "There is no salescoach database in {path}; nothing to do."
                ),
                path=str(run.data_dir),
            )
        )
    check_data_dir(run.data_dir)  # creates the folder; refuses a file we must not touch
    lock = try_lock(run.data_dir)
    if lock is None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "salescoach is open on {path}; close it first (or use its File menu). "
                    "Nothing was written.",
                ),
                path=str(run.data_dir),
            )
        )
    try:
        yield
    finally:
        lock.unlock()
