"""Find anything's part of the window: Ctrl+K opens the dialog (made then, with its search
modules), and the record chosen is shown in the area that owns it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from salescoach.ui.common.dialogs import run_dialog
from salescoach.ui.common.events import AccountsRequest, RecordRequest

if TYPE_CHECKING:
    from salescoach.ui.common.events import Events
    from salescoach.ui.common.session import Session


class FinderHost(Protocol):
    """The main window, as the finder sees it (it is also its Qt parent)."""

    session: Session
    events: Events

    def show_area(self, key: str) -> None: ...

    def view(self, key: str) -> Any: ...


class Finder(QObject):
    """The window's Find anything: opens the dialog, and shows what was chosen in the area
    that owns it."""

    def __init__(self, window: FinderHost) -> None:
        super().__init__(cast(QWidget, window))
        self.window = window
        window.events.record_requested.connect(self.show)

    def open(self) -> None:
        workspace = self.window.session.workspace
        if workspace is None:  # still opening: nothing to search yet
            return
        from salescoach.ui.shell.find_dialog import FindDialog

        dialog = FindDialog(workspace.search, cast(QWidget, self.window))
        if run_dialog(dialog) and dialog.chosen is not None:
            hit = dialog.chosen
            request = RecordRequest(cast(QWidget, self.window), hit.kind.value, hit.id, hit.deal_id)
            self.window.events.record_requested.emit(request)

    def show(self, request: RecordRequest) -> None:
        """The area owning the record shows it."""
        from salescoach.domain.search import HitKind

        window, kind = self.window, HitKind(request.kind)
        if kind in (HitKind.DEAL, HitKind.TOUCH):
            deal_id = request.record_id if kind is HitKind.DEAL else request.deal_id
            if deal_id is not None:
                window.show_area("pipeline")
                window.view("pipeline").show_deal(deal_id)
        elif kind is HitKind.DEBRIEF and request.deal_id is not None:
            window.show_area("debriefs")
            window.view("debriefs").open_debrief(request.deal_id)
        elif kind is HitKind.ACCOUNT:
            window.events.accounts_requested.emit(
                AccountsRequest(request.parent, request.record_id)
            )
        elif kind is HitKind.CONTACT:
            asked = AccountsRequest(request.parent, contact_id=request.record_id)
            window.events.accounts_requested.emit(asked)
