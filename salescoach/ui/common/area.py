"""What every area of the window shares: made from an open workspace and the events hub,
read again when shown after a change, slow work run off the GUI thread with its failure
reported one way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from salescoach.domain.messages import UserError
from salescoach.ui.common.dialogs import report_failure
from salescoach.ui.common.views import ReloadWhenShown
from salescoach.ui.common.worker import Task, run_in_background

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


class Area(ReloadWhenShown, QWidget):
    """Base of the window's areas (a view per thing a rep does).

    Subclasses implement `reload()` (call `_fresh()` first) and subscribe to the events
    that change what they show, usually with `mark_stale`.
    """

    def __init__(self, workspace: Workspace, events: Events, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.events = events

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failure_title: str,
        after_failure: Callable[[], None] | None = None,
        keep_results: bool = False,
    ) -> Task:
        """Run `work` off the GUI thread; `done(result)` back on it, or the failure shown
        under `failure_title` (after `after_failure()`, if given)."""
        report = report_failure(self, failure_title)

        def finished(result: Any) -> None:
            # The area may be gone meanwhile (the window closed, rebuilt after a restore or
            # a change of language): its widgets are deleted, the result has no reader.
            if isValid(self):
                done(result)

        def failed(error: BaseException) -> None:
            if not isValid(self):
                if not isinstance(error, UserError):
                    raise error  # a bug stays a bug, reader or not
                return
            if after_failure is not None:
                after_failure()
            report(error)

        return run_in_background(work, finished, failed, keep_results=keep_results)
