"""The Pipeline's "Mark lost" / "Debrief" button and menu entries, and "Stay in touch…":
marking a deal lost opens its debrief; a lost deal's debrief is resumed or re-read.

Kept out of view.py, which holds only the few lines that hook it in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QMenu, QPushButton, QWidget

from salescoach.domain.debrief import DebriefState
from salescoach.domain.enums import DealStatus
from salescoach.domain.messages import UserError
from salescoach.domain.rows import DealRow
from salescoach.ui.common.dialogs import confirm, show_error
from salescoach.ui.common.events import CadenceRequest, DebriefRequest
from salescoach.ui.common.touch_note import touch_worth

if TYPE_CHECKING:
    from salescoach.ui.pipeline.host import DealsHost


class LossActions(QObject):
    """Marks the selected deal lost and debriefs it; sets a stay-in-touch cadence."""

    def __init__(self, view: DealsHost, bar: QBoxLayout) -> None:
        super().__init__(cast(QWidget, view))
        self.view = view
        self.button = QPushButton()
        self.button.setObjectName("debriefButton")
        self.button.setToolTip(self.tr("Ctrl+L"))
        self.button.clicked.connect(self.debrief_deal)
        bar.addWidget(self.button)
        self.show_for(None)

    def text_for(self, deal: DealRow | None) -> str:
        if deal is None or deal.status is not DealStatus.LOST:
            return self.tr("&Mark lost…")
        if deal.debrief is DebriefState.DONE:
            return self.tr("De&brief")
        if deal.debrief is DebriefState.DRAFT:
            return self.tr("Resume de&brief…")
        return self.tr("De&brief this loss…")

    def show_for(self, deal: DealRow | None) -> None:
        self.button.setEnabled(deal is not None)
        self.button.setText(self.text_for(deal))

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.text_for(self.view.current_deal()).replace("&", ""), self.debrief_deal)
        menu.addAction(self.tr("Stay in touch…"), self.stay_in_touch)

    def debrief_deal(self) -> None:
        """Mark the selected deal lost and debrief it, or open its debrief if already lost."""
        view, widget = self.view, cast(QWidget, self.parent())
        deal = view.current_deal()
        if deal is None:
            return
        if deal.status is DealStatus.WON and not confirm(
            widget,
            self.tr("Mark lost"),
            self.tr("“{title}” is marked won. Mark it lost instead?").format(title=deal.title),
            self.tr("Mark lost"),
        ):
            return
        if deal.status is not DealStatus.LOST:
            try:
                deal = view.workspace.debriefs.mark_lost(deal.id)
            except UserError as exc:
                show_error(widget, self.tr("Cannot mark the deal lost"), exc)
                return
            lost = self.tr("Deal “{title}” marked lost.") + touch_worth(view.workspace, lost=True)
            view.saved(deal, lost)
        self.open_debrief(deal)

    def open_debrief(self, deal: DealRow) -> None:
        """The debrief is the Debriefs area's: asked for through the events hub."""
        events = self.view.events
        request = DebriefRequest(cast(QWidget, self.parent()), deal)
        events.debrief_requested.emit(request)
        if not request.opened:
            return
        if request.saved:
            events.status.emit(
                self.tr("Debrief of “{title}” saved. Every no brings you closer to a yes.").format(
                    title=deal.title
                )
            )
        events.debriefs_changed.emit(deal.id)  # the Pipeline reads that deal again

    def stay_in_touch(self) -> None:
        """Set how often to get back to the selected deal's company."""
        deal = self.view.current_deal()
        if deal is None:
            return
        events = self.view.events
        request = CadenceRequest(cast(QWidget, self.parent()), deal.account, deal.id)
        events.cadence_requested.emit(request)  # the Follow-ups area's
        if request.saved:
            events.status.emit(
                self.tr("Follow-up with {who} scheduled.").format(who=deal.account or deal.title)
            )
            events.followups_changed.emit()
