"""The Pipeline's "Mark won" button and menu entry, and the signal that starts the
celebration whenever a deal becomes won (by this button or in the deal editor).

Kept out of view.py, which holds only the few lines that hook it in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QMenu, QPushButton, QWidget

from salescoach.domain.enums import DealStatus
from salescoach.domain.messages import UserError
from salescoach.domain.rows import DealRow
from salescoach.ui.common.dialogs import confirm, show_error

if TYPE_CHECKING:
    from salescoach.ui.pipeline.host import DealsHost


class WinActions(QObject):
    """Marks the selected deal won; the events' `deal_won` fires for every deal that has just
    become won."""

    def __init__(self, view: DealsHost, bar: QBoxLayout) -> None:
        super().__init__(cast(QWidget, view))
        self.view = view
        self.button = QPushButton(self.tr("Mark &won"))
        self.button.setObjectName("markWonButton")
        self.button.setToolTip(self.tr("The deal is signed: ring the bell."))
        self.button.clicked.connect(self.mark_won)
        bar.addWidget(self.button)

    def show_for(self, deal: DealRow | None) -> None:
        self.button.setEnabled(deal is not None and deal.status is not DealStatus.WON)

    def add_to(self, menu: QMenu) -> None:
        action = menu.addAction(self.tr("Mark won"), self.mark_won)
        action.setEnabled(self.button.isEnabled())

    def saved(self, before: DealRow | None, row: DealRow) -> None:
        """A deal was saved (`before` is the row selected until then): celebrate if it has
        just become won, whether new or edited."""
        was_won = before is not None and before.id == row.id and before.status is DealStatus.WON
        if row.status is DealStatus.WON and not was_won:
            self.view.events.deal_won.emit(row)

    def mark_won(self) -> None:
        view, widget = self.view, cast(QWidget, self.parent())
        deal = view.current_deal()
        if deal is None or deal.status is DealStatus.WON:
            return
        if deal.status is DealStatus.LOST and not confirm(
            widget,
            self.tr("Mark won"),
            self.tr("“{title}” is marked lost. Mark it won instead?").format(title=deal.title),
            self.tr("Mark won"),
        ):
            return
        try:
            row = view.workspace.progress.mark_won(deal.id)
        except UserError as exc:
            show_error(widget, self.tr("Cannot mark the deal won"), exc)
            return
        view.saved(row, self.tr("Deal “{title}” marked won."))  # calls saved(): the bell
