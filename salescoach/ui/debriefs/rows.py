"""The Debriefs list's rows: their columns, the model that makes debriefs to do stand out,
and the filters (plain data: applied off the GUI thread)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from salescoach.domain.debrief import DebriefRow, DebriefState
from salescoach.domain.messages import QT_TRANSLATE_NOOP
from salescoach.ui.common import formatting
from salescoach.ui.common.colors import ALERT
from salescoach.ui.common.labels import LabelTable
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.debriefs.pages import reason_label

state_label = LabelTable(
    "DebriefsView",
    {
        DebriefState.PENDING: QT_TRANSLATE_NOOP("DebriefsView", "To do"),
        DebriefState.DRAFT: QT_TRANSLATE_NOOP("DebriefsView", "Draft"),
        DebriefState.DONE: QT_TRANSLATE_NOOP("DebriefsView", "Done"),
    },
)


def _control_text(row: DebriefRow) -> str:
    if row.state is not DebriefState.DONE or row.controllable is None:
        return ""
    return (
        QCoreApplication.translate("DebriefsView", "Within my control")
        if row.controllable
        else QCoreApplication.translate("DebriefsView", "Outside my control")
    )


def _referral_text(row: DebriefRow) -> str:
    if row.referral_obtained:
        return QCoreApplication.translate("DebriefsView", "Obtained")
    return QCoreApplication.translate("DebriefsView", "Asked") if row.referral_asked else ""


def columns() -> list[Column[DebriefRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("DebriefsView", "Lost on"),
            lambda r: formatting.date_text(r.lost_on),
        ),
        Column(lambda: QCoreApplication.translate("DebriefsView", "Deal"), lambda r: r.deal_title),
        Column(lambda: QCoreApplication.translate("DebriefsView", "Account"), lambda r: r.account),
        Column(
            lambda: QCoreApplication.translate("DebriefsView", "Debrief"),
            lambda r: state_label(r.state),
        ),
        Column(
            lambda: QCoreApplication.translate("DebriefsView", "Reason"),
            lambda r: reason_label(r.reason) if r.reason else "",
        ),
        Column(lambda: QCoreApplication.translate("DebriefsView", "Control"), _control_text),
        Column(
            lambda: QCoreApplication.translate("DebriefsView", "No / partly"),
            lambda r: f"{r.weak_answers} / 6" if r.state is not DebriefState.PENDING else "",
            align_right=True,
        ),
        Column(lambda: QCoreApplication.translate("DebriefsView", "Referral"), _referral_text),
        Column(
            lambda: QCoreApplication.translate("DebriefsView", "Competitor"), lambda r: r.competitor
        ),
    ]


class DebriefRowsModel(RowsModel[DebriefRow]):
    """Debriefs still to do stand out."""

    def __init__(self, columns: Sequence[Column[DebriefRow]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        todo = QColor(ALERT)
        self.text_color = lambda row, column: (
            todo if column == 3 and row.state is not DebriefState.DONE else None
        )


@dataclass(frozen=True)
class Filters:
    state: str | None  # "todo", "done" or None
    reason: uuid.UUID | None
    controllable: bool | None
    since: dt.date | None
    until: dt.date | None

    @property
    def keeps_all(self) -> bool:
        """Whether every row passes (the filters as the view opens)."""
        return (
            self.state is None
            and self.reason is None
            and self.controllable is None
            and self.since is None
            and self.until is None
        )

    def keep(self, r: DebriefRow) -> bool:
        if self.state == "todo" and r.state is DebriefState.DONE:
            return False
        if self.state == "done" and r.state is not DebriefState.DONE:
            return False
        if self.reason is not None and (r.reason is None or r.reason.id != self.reason):
            return False
        if self.controllable is not None and r.controllable is not self.controllable:
            return False
        if self.since is not None and (r.lost_on is None or r.lost_on < self.since):
            return False
        return not (self.until is not None and (r.lost_on is None or r.lost_on > self.until))


@dataclass(frozen=True)
class Filtered:
    """The rows a filter keeps, and which of them to select (the deal selected before)."""

    rows: list[DebriefRow]
    selected: int


def apply_filters(rows: Sequence[DebriefRow], filters: Filters, keep: int | None) -> Filtered:
    """Runs on a worker: a pass over every debrief (68,000 in a large history)."""
    shown = list(rows) if filters.keeps_all else [r for r in rows if filters.keep(r)]
    selected = (
        0 if keep is None else next((i for i, r in enumerate(shown) if r.deal_key == keep), 0)
    )
    return Filtered(shown, selected)
