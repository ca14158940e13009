"""What the Pipeline's actions (`loss_actions`, `win_actions`) use of the view that holds
them: declared here so that they need not import the view, which imports them."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from salescoach.domain.rows import DealRow
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


class DealsHost(Protocol):
    """The Pipeline view, as its actions see it (it is also their Qt parent)."""

    workspace: Workspace
    events: Events

    def current_deal(self) -> DealRow | None: ...

    def saved(self, row: DealRow, message: str) -> None: ...

    def refresh_deal(self, deal_id: uuid.UUID) -> None: ...
