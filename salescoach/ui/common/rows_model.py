"""A read-only table model over a list of plain rows, for the small tables of the app."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Roles as plain ints, compared before anything else: a view asks for a dozen roles a
# cell, most of which these tables do not set.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROW = int(ROW_ROLE)
_ANSWERED = frozenset((_DISPLAY, _ALIGNMENT, _TOOLTIP, _FOREGROUND, _ROW))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(Generic[R]):
    """A header (a callable, so that it is translated when shown) and a cell formatter."""

    def __init__(
        self,
        header: Callable[[], str],
        text: Callable[[R], str],
        align_right: bool = False,
        header_tip: Callable[[], str] | None = None,
    ) -> None:
        self.header = header
        self.text = text
        self.align_right = align_right
        self.header_tip = header_tip  # what the column means, shown over its header


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows in, cells out; `ROW_ROLE` gives the row object behind an index; `row_tip`,
    when set, is every cell's tooltip (how the row's figures were computed); `text_color`,
    when set, a cell's text colour (given its row and column; None: the usual one)."""

    # What Qt reads while a view is torn down after Python's collector has already cleared
    # this object's attributes (a closed dialog freed as a garbage cycle): no rows, no
    # columns, instead of an AttributeError from inside Qt. The views still ask for the
    # sections they knew, so `data` and `headerData` answer None out of range.
    _columns: Sequence[Column[R]] = ()
    _rows: Sequence[R] = ()
    row_tip: Callable[[R], str] | None = None
    text_color: Callable[[R, int], QColor | None] | None = None

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows = []
        self.row_tip = None
        self.text_color = None

    def set_rows(self, rows: Sequence[R], columns: Sequence[Column[R]] | None = None) -> None:
        """Show `rows` (and new `columns`, for tables whose columns follow the data)."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self._columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None
        row_number, column_number = index.row(), index.column()
        if not (0 <= row_number < len(self._rows) and 0 <= column_number < len(self._columns)):
            return None  # an invalid index (-1, -1) included
        if role == _DISPLAY:
            return self._columns[column_number].text(self._rows[row_number])
        if role == _ALIGNMENT:
            return _RIGHT if self._columns[column_number].align_right else None
        if role == _ROW:
            return self._rows[row_number]
        if role == _FOREGROUND:
            color = self.text_color
            return None if color is None else color(self._rows[row_number], column_number)
        if self.row_tip is not None:  # the tooltip
            return self.row_tip(self._rows[row_number])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, when a column elides it
            tip = column.header_tip() if column.header_tip is not None else ""
            return f"{column.header()}\n{tip}" if tip else column.header()
        return None
