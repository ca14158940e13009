"""The deals table: a QAbstractTableModel that sorts and filters in place.

A QSortFilterProxyModel calls back into Python for every row it tests or compares, which
on a ten-year history (100,000 deals) costs far more than the 50 ms a keystroke may take.
This model keeps, per row, a lower-cased "haystack" (title, account, contacts) and the sort
keys, so filtering is one list comprehension and sorting one `sorted()` over plain values.
"""

from __future__ import annotations

import datetime as dt
import uuid
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains
from typing import Any, Union

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from salescoach.domain.debrief import DebriefState
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.rows import DealRow
from salescoach.ui.common import formatting, labels

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_STAGE_ORDER = {stage: i for i, stage in enumerate(DealStage)}
_STATUS_ORDER = {status: i for i, status in enumerate(DealStatus)}
_FAR_PAST = dt.date.min


class DealColumn:
    """Column numbers, in display order."""

    TITLE, ACCOUNT, CONTACTS, STAGE, STATUS, AMOUNT, COMMISSION, CREATED, CLOSED = range(9)


# The table's sort when it opens (newest first): the deals are indexed for it while the
# data folder opens, before the table exists.
DEFAULT_SORT = (DealColumn.CREATED, True)

COLUMN_WIDTHS = {
    DealColumn.TITLE: 260,
    DealColumn.ACCOUNT: 200,
    DealColumn.CONTACTS: 180,
    DealColumn.STAGE: 110,
    DealColumn.STATUS: 80,
    DealColumn.AMOUNT: 110,
    DealColumn.COMMISSION: 110,
    DealColumn.CREATED: 90,
}


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("DealsModel", "Deal"),
        QCoreApplication.translate("DealsModel", "Account"),
        QCoreApplication.translate("DealsModel", "Contacts"),
        QCoreApplication.translate("DealsModel", "Stage"),
        QCoreApplication.translate("DealsModel", "Status"),
        QCoreApplication.translate("DealsModel", "Amount"),
        QCoreApplication.translate("DealsModel", "Commission"),
        QCoreApplication.translate("DealsModel", "Created"),
        QCoreApplication.translate("DealsModel", "Closed"),
    ]


_SORT_KEYS: list[Callable[[DealRow], Any]] = [
    lambda r: r.title.casefold(),
    lambda r: r.account.casefold(),
    lambda r: r.contacts.casefold(),
    lambda r: _STAGE_ORDER[r.stage],
    lambda r: _STATUS_ORDER[r.status],
    lambda r: r.amount_cents,
    lambda r: r.commission_cents,
    lambda r: r.created_on,
    lambda r: r.closed_on or _FAR_PAST,
]

_STATUS_COLORS = {DealStatus.WON: QColor("#1b7f3b"), DealStatus.LOST: QColor("#b3261e")}


# Typographic punctuation written plainly, in the haystacks and in what is typed alike: a
# single "–" in a title stores the whole haystack at two bytes a character (half the demo's
# deals), and "l'agence" typed now finds "l’agence".
_PLAIN = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."})


def _fold(text: str) -> str:
    return text.casefold().translate(_PLAIN)


def _haystack(row: DealRow) -> str:
    return _fold(f"{row.title}\n{row.account}\n{row.contacts}")


# Row positions as C ints (4 bytes each) where a list held an int object per row (36 bytes
# with its pointer): 7 MiB less for 200,000 deals, and scanned as fast.
Positions = Union["array[int]", list[int]]


def _sorted_order(rows: Sequence[DealRow], column: int, descending: bool) -> array[int]:
    key = _SORT_KEYS[column]
    keys = [key(r) for r in rows]
    return array("i", sorted(range(len(rows)), key=keys.__getitem__, reverse=descending))


@dataclass(frozen=True)
class DealsIndex:
    """Deal rows with their haystacks and sort order, ready for the model: built off the
    GUI thread (200,000 rows take about 200 ms to prepare) by `index_deals`."""

    rows: list[DealRow]
    hay: list[str]
    order: array[int]
    hay_in_order: list[str]  # hay[i] for i in order: the first keystroke's scan
    column: int
    descending: bool
    # Set when the rows are only the first screen (the newest deals): how many the folder
    # holds, read next.
    stored: int | None = None


def index_deals(
    rows: Sequence[DealRow],
    column: int = DealColumn.CREATED,
    descending: bool = True,
    stored: int | None = None,
    hay_of: Mapping[int, str] | None = None,
) -> DealsIndex:
    """Prepare `rows` for `DealsModel.set_index`, sorted by `column` (no Qt calls: safe on
    a worker thread); `stored`: they are only the first of that many; `hay_of`: the
    haystacks already made, by `id()` of their row (rows kept from the previous read)."""
    rows = list(rows)
    order = _sorted_order(rows, column, descending)
    made = hay_of or {}
    hay = [made.get(id(r)) or _haystack(r) for r in rows]
    return DealsIndex(rows, hay, order, [hay[i] for i in order], column, descending, stored)


class DealsModel(QAbstractTableModel):
    """All deals in memory as plain rows; only the visible ones are ever formatted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DealRow] = []
        self._hay: list[str] = []
        self._order: array[int] = array("i")  # every row index, in the current sort order
        self._hay_in_order: list[str] = []
        self._visible: Positions = []  # the rows passing the filter, in sort order
        self._sort_column = DealColumn.CREATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._words: list[str] = []
        self._status: DealStatus | None = None
        self._stage: DealStage | None = None
        self._headers = _headers()
        self._stored: int | None = None  # the first screen only, of that many deals
        self.edits = 0  # deals added, changed or removed here: a read begun before is stale

    # loading and editing -------------------------------------------------------------
    def set_rows(self, rows: Sequence[DealRow]) -> None:
        self.set_index(index_deals(rows, *self.sort_key()))

    def shown(self) -> tuple[list[DealRow], list[str]]:
        """Copies of the lists of rows and haystacks held, for a read to reuse (the model
        edits its own lists in place meanwhile)."""
        return list(self._rows), list(self._hay)

    def sort_key(self) -> tuple[int, bool]:
        """The column and direction the rows are sorted by, for `index_deals`."""
        return self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder

    def set_index(self, index: DealsIndex) -> None:
        """Show prepared rows (sorted again only if the sort changed while they were)."""
        self.beginResetModel()
        self._rows, self._hay, self._order = index.rows, index.hay, index.order
        self._stored = index.stored
        self._hay_in_order = index.hay_in_order
        if (index.column, index.descending) != self.sort_key():
            self._resort()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def upsert(self, row: DealRow) -> None:
        """Add a new deal or refresh an edited one, keeping sort and filter."""
        self.edits += 1
        self.beginResetModel()
        for i, existing in enumerate(self._rows):
            if existing.id == row.id:
                self._rows[i] = row
                self._hay[i] = _haystack(row)
                break
        else:
            self._rows.append(row)
            self._hay.append(_haystack(row))
        self._resort()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def remove(self, deal_id: uuid.UUID) -> None:
        self.edits += 1
        for i, existing in enumerate(self._rows):
            if existing.id == deal_id:
                self.beginResetModel()
                del self._rows[i]
                del self._hay[i]
                self._resort()
                self._visible = self._filtered(self._order)
                self.endResetModel()
                return

    # filtering and sorting -----------------------------------------------------------
    def set_filter(
        self,
        text: str = "",
        status: DealStatus | None = None,
        stage: DealStage | None = None,
    ) -> None:
        """Keep deals whose title, account or contacts contain every word of `text`."""
        words = _fold(text).split()
        narrowing = (
            status == self._status
            and stage == self._stage
            and len(words) >= len(self._words)
            and all(old in new for old, new in zip(self._words, words, strict=False))
        )
        self._words, self._status, self._stage = words, status, stage
        # Typing one more letter can only remove rows: search the current result only.
        source = self._visible if narrowing else self._order
        self.beginResetModel()
        self._visible = self._filtered(source)
        self.endResetModel()

    def _filtered(self, indices: Positions) -> Positions:
        rows, hay = self._rows, self._hay
        status, stage = self._status, self._stage
        result = indices
        if status is not None:
            result = [i for i in result if rows[i].status == status]
        if stage is not None:
            result = [i for i in result if rows[i].stage == stage]
        for word in self._words:
            # One C-level pass (compress over map): no bytecode per row, so ~30 % faster,
            # and a worker cannot take the interpreter lock halfway through a keystroke.
            hays: Iterable[str] = (
                self._hay_in_order if result is self._order else map(hay.__getitem__, result)
            )
            result = list(compress(result, map(contains, hays, repeat(word))))
        return result if result is not indices else indices[:]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._resort()
        self._visible = self._filtered(self._order)
        self.layoutChanged.emit()

    def _resort(self) -> None:
        self._order = _sorted_order(self._rows, *self.sort_key())
        self._hay_in_order = [self._hay[i] for i in self._order]

    # lookups -------------------------------------------------------------------------
    def deal_at(self, row: int) -> DealRow:
        return self._rows[self._visible[row]]

    def row_of(self, deal_id: uuid.UUID) -> int | None:
        for visible_row, i in enumerate(self._visible):
            if self._rows[i].id == deal_id:
                return visible_row
        return None

    def total_count(self) -> int:
        """How many deals the folder holds (all of them may not be read yet)."""
        return len(self._rows) if self._stored is None else self._stored

    def still_reading(self) -> bool:
        """Only the first screen of deals is here; the rest is being read."""
        return self._stored is not None

    # Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            DealColumn.AMOUNT,
            DealColumn.COMMISSION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == DealColumn.STATUS:
            return _STATUS_COLORS.get(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and col == DealColumn.STATUS:
            return self._status_tip(row)
        if role == ID_ROLE:
            return row.id
        return None

    def _text(self, row: DealRow, col: int) -> str:
        if col == DealColumn.TITLE:
            return row.title
        if col == DealColumn.ACCOUNT:
            return row.account
        if col == DealColumn.CONTACTS:
            return row.contacts
        if col == DealColumn.STAGE:
            return labels.stage_label(row.stage)
        if col == DealColumn.STATUS:
            if row.debrief_pending:
                return self.tr("Lost · debrief pending")
            return labels.status_label(row.status)
        if col == DealColumn.AMOUNT:
            return formatting.money(row.amount_cents, row.currency)
        if col == DealColumn.COMMISSION:
            return formatting.money(row.commission_cents, row.currency)
        if col == DealColumn.CREATED:
            return formatting.date_text(row.created_on)
        return formatting.date_text(row.closed_on)

    def _status_tip(self, row: DealRow) -> str | None:
        tips = []
        if row.debrief is DebriefState.PENDING:
            tips.append(self.tr("No debrief yet: press Ctrl+L to learn from this loss."))
        elif row.debrief is DebriefState.DRAFT:
            tips.append(self.tr("Debrief started: press Ctrl+L to finish it."))
        if row.competitor:
            tips.append(self.tr("Competitor: {name}").format(name=row.competitor))
        return "\n".join(tips) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
