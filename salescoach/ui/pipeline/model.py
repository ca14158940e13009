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
from salescoach.ui.common.colors import ALERT, GOOD
from salescoach.ui.pipeline.filter_words import NO_FILTER, Filter, fold, haystack, narrows

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# The roles as plain ints: data() is called about 1,200 times a page (seven roles a
# cell), and comparing an int is cheaper than looking an enum member up each time.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Rows whose cells were formatted, kept for when they come back into view: scrolling the
# whole table formats about 4,000 (2 MiB); past this many the oldest are let go.
_CELLS_KEPT = 10_000

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

_STATUS_COLORS = {DealStatus.WON: QColor(GOOD), DealStatus.LOST: QColor(ALERT)}


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
    hay = [made.get(id(r)) or haystack(r) for r in rows]
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
        self._filter = NO_FILTER
        # The results of the filters typed on the way to the current one (the last),
        # widest first: a Backspace goes back to one of them at no cost, where it searched
        # every deal again (14 ms a keystroke for 100,000 deals).
        self._trail: list[tuple[Filter, Positions]] = []
        self._headers = _headers()
        self._stored: int | None = None  # the first screen only, of that many deals
        # The cells' texts of the rows shown so far, by index in `_rows`: a row scrolled
        # past or shown again after a keystroke is not formatted again (money and dates
        # through QLocale took half of a page's data() calls).
        self._cells: dict[int, tuple[str, ...]] = {}
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
        self._cells.clear()
        self._rows, self._hay, self._order = index.rows, index.hay, index.order
        self._stored = index.stored
        self._hay_in_order = index.hay_in_order
        if (index.column, index.descending) != self.sort_key():
            self._resort()
        self._refilter()
        self.endResetModel()

    def upsert(self, row: DealRow) -> None:
        """Add a new deal or refresh an edited one, keeping sort and filter."""
        self.edits += 1
        self.beginResetModel()
        self._cells.clear()
        for i, existing in enumerate(self._rows):
            if existing.key == row.key:
                self._rows[i] = row
                self._hay[i] = haystack(row)
                break
        else:
            self._rows.append(row)
            self._hay.append(haystack(row))
        self._resort()
        self._refilter()
        self.endResetModel()

    def remove(self, deal_id: uuid.UUID) -> None:
        self.edits += 1
        key = deal_id.int
        for i, existing in enumerate(self._rows):
            if existing.key == key:
                self.beginResetModel()
                self._cells.clear()
                del self._rows[i]
                del self._hay[i]
                self._resort()
                self._refilter()
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
        wanted: Filter = (tuple(fold(text).split()), status, stage)
        if wanted == self._filter:  # a space typed, the same status chosen again
            return
        trail = self._trail
        while trail and not narrows(trail[-1][0], wanted):
            trail.pop()
        self.beginResetModel()
        self._filter = wanted
        if trail and trail[-1][0] == wanted:  # back to a filter typed on the way
            self._visible = trail[-1][1]
        # Typing one more letter can only remove rows: search the current result only,
        # unless it holds most deals (looking each one's words up by position is slower
        # than reading every deal's in a row).
        elif trail and len(trail[-1][1]) <= len(self._order) // 2:
            self._visible = self._filtered(wanted, *trail[-1])
            trail.append((wanted, self._visible))
        else:
            self._visible = self._filtered(wanted, NO_FILTER, self._order)
            if wanted != NO_FILTER:
                trail.append((wanted, self._visible))
        self.endResetModel()

    def _refilter(self) -> None:
        """Filter every deal again (they or their order changed)."""
        self._visible = self._filtered(self._filter, NO_FILTER, self._order)
        self._trail = [(self._filter, self._visible)] if self._filter != NO_FILTER else []

    def _filtered(self, wanted: Filter, kept: Filter, indices: Positions) -> Positions:
        """The rows of `indices` (which `kept` filtered) that `wanted` keeps, in order."""
        rows, hay = self._rows, self._hay
        words, status, stage = wanted
        result = indices
        if status is not None and kept[1] is None:
            result = [i for i in result if rows[i].status == status]
        if stage is not None and kept[2] is None:
            result = [i for i in result if rows[i].stage == stage]
        for word in words:
            if word in kept[0]:  # every row of `indices` has it
                continue
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
        self._refilter()
        self.layoutChanged.emit()

    def _resort(self) -> None:
        self._order = _sorted_order(self._rows, *self.sort_key())
        self._hay_in_order = [self._hay[i] for i in self._order]

    # lookups -------------------------------------------------------------------------
    def deal_at(self, row: int) -> DealRow:
        return self._rows[self._visible[row]]

    def row_of(self, deal_id: uuid.UUID) -> int | None:
        key = deal_id.int
        for visible_row, i in enumerate(self._visible):
            if self._rows[i].key == key:
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
        # Most calls ask for a role this table does not set (font, decoration, check
        # state...): answered before touching the index.
        if role == _DISPLAY:
            row = index.row()
            if row < 0:  # an invalid index
                return None
            i = self._visible[row]
            cells = self._cells.get(i) or self._format(i)
            return cells[index.column()]
        if role == _ALIGNMENT:
            col = index.column()
            return _RIGHT if col in (DealColumn.AMOUNT, DealColumn.COMMISSION) else None
        if role == _FOREGROUND:
            if index.column() != DealColumn.STATUS or index.row() < 0:
                return None
            return _STATUS_COLORS.get(self._rows[self._visible[index.row()]].status)
        if role == _TOOLTIP:
            if index.column() != DealColumn.STATUS or index.row() < 0:
                return None
            return self._status_tip(self._rows[self._visible[index.row()]])
        if role == _ID:
            return None if index.row() < 0 else self._rows[self._visible[index.row()]].id
        return None

    def _format(self, i: int) -> tuple[str, ...]:
        """The texts of row `i`'s cells, kept."""
        if len(self._cells) >= _CELLS_KEPT:
            self._cells.clear()
        row = self._rows[i]
        if row.debrief_pending:
            status = self.tr("Lost · debrief pending")
        else:
            status = labels.status_label(row.status)
        day = formatting.date_format()  # once a row, not once a cell
        cells = self._cells[i] = (
            row.title,
            row.account,
            row.contacts,
            labels.stage_label(row.stage),
            status,
            formatting.money(row.amount_cents, row.currency),
            formatting.money(row.commission_cents, row.currency),
            formatting.date_text(row.created_on, day),
            formatting.date_text(row.closed_on, day),
        )
        return cells

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
