"""Who answers the requests areas make of each other through the events hub.

The areas do not import each other (see the import contracts in pyproject.toml): the
Pipeline asks for a debrief, the Pipeline and the accounts for a stay-in-touch cadence; the
area owning the feature answers, its module imported on first use (start-up pays nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import (
        AccountsRequest,
        CadenceRequest,
        DebriefRequest,
        Events,
    )


def answer_requests(events: Events, current: Callable[[], Workspace | None]) -> None:
    """Connect each request of `events` to the area that answers it, on the workspace
    `current()` gives (none while the data is closed: nothing is answered)."""

    def debrief(request: DebriefRequest) -> None:
        workspace = current()
        if workspace is None:
            return
        from salescoach.ui.debriefs.dialog import answer

        answer(request, workspace)

    def cadence(request: CadenceRequest) -> None:
        workspace = current()
        if workspace is None:
            return
        from salescoach.ui.followups.dialogs import answer_cadence

        answer_cadence(request, workspace)

    def accounts(request: AccountsRequest) -> None:
        workspace = current()
        if workspace is None:
            return
        from salescoach.ui.accounts.dialog import answer

        answer(request, workspace, events)

    events.debrief_requested.connect(debrief)
    events.cadence_requested.connect(cadence)
    events.accounts_requested.connect(accounts)
