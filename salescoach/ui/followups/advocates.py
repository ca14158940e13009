"""Referral advocates: the people who referred prospects, whom, what came of it, and the
thank-yous given (the article's partner referral programme)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.followups import AdvocateRow
from salescoach.ui.common import formatting
from salescoach.ui.common.area import Area
from salescoach.ui.common.dialogs import run_dialog
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.views import rows_table
from salescoach.ui.followups.dialogs import ReferralDialog, ThanksDialog

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


def _outcome(a: AdvocateRow) -> str:
    if not a.deals_opened:
        return QCoreApplication.translate("AdvocatesPanel", "no deal yet")
    return QCoreApplication.translate(
        "AdvocatesPanel", "%n deal(s), {won} won", "", a.deals_opened
    ).format(won=a.deals_won)


def _thanks(a: AdvocateRow) -> str:
    if a.last_thanks_on is None:
        return QCoreApplication.translate("AdvocatesPanel", "not yet")
    return f"{formatting.date_text(a.last_thanks_on)} · {a.last_thanks}"


def _columns() -> list[Column[AdvocateRow]]:
    return [
        Column(lambda: QCoreApplication.translate("AdvocatesPanel", "Advocate"), lambda a: a.name),
        Column(
            lambda: QCoreApplication.translate("AdvocatesPanel", "Company"), lambda a: a.account
        ),
        Column(
            lambda: QCoreApplication.translate("AdvocatesPanel", "Referred"),
            lambda a: ", ".join(a.referred),
        ),
        Column(lambda: QCoreApplication.translate("AdvocatesPanel", "What came of it"), _outcome),
        Column(lambda: QCoreApplication.translate("AdvocatesPanel", "Last thank-you"), _thanks),
    ]


class AdvocatesPanel(Area):
    """The Referral advocates tab (of the Follow-ups area)."""

    loaded = Signal()

    def __init__(self, workspace: Workspace, events: Events, parent: QWidget | None = None):
        super().__init__(workspace, events, parent)
        intro = QLabel(
            self.tr(
                "Prospects who said no can still refer you to someone who is a better fit. "
                "Thank them: a referral programme turns a loss into an advocate."
            )
        )
        intro.setWordWrap(True)
        self.model: RowsModel[AdvocateRow] = RowsModel(_columns(), self)
        self.table = rows_table("advocatesTable", self.model)
        for column, width in enumerate((180, 200, 260, 150)):
            self.table.setColumnWidth(column, width)
        self.thank_button = QPushButton(self.tr("Record a &thank-you…"))
        self.thank_button.setObjectName("thankButton")
        self.thank_button.clicked.connect(self.thank)
        add = QPushButton(self.tr("&Add a referral…"))
        add.setObjectName("addReferralButton")
        add.clicked.connect(self.add_referral)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(self.thank_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        self._fresh()
        self.run(self.workspace.followups.advocates, self.show_rows, self.tr("Referral advocates"))

    def show_rows(self, rows: list[AdvocateRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.thank_button.setEnabled(bool(rows))
        self.loaded.emit()

    def current(self) -> AdvocateRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def thank(self) -> None:
        row, ws = self.current(), self.workspace
        if row is None:
            return
        if run_dialog(ThanksDialog(ws.followups, row.contact_id, row.name, self)):
            self.mark_stale()

    def add_referral(self) -> None:
        ws = self.workspace
        if run_dialog(ReferralDialog(ws.followups, ws.pipeline, self)):
            self.mark_stale()
