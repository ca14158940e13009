"""The rep chooses a table's columns (the header's context menu) and sets their widths and
order; all three are kept in the data folder's settings for the next start."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from salescoach.ui.common.i18n import settings_for

SAVE_DELAY_MS = 300  # a drag resizes a column many times a second: saved once it stops


def columns_key(table: QTableView) -> str:
    return f"columns/{table.objectName()}"


class ColumnChooser(QObject):
    """Hooked to `table`'s header: the menu, the saved state restored now, and saved again
    after each change. `kept` columns cannot be hidden (a table needs its name column).

    When nothing was saved, the caller's widths stand, fitted to the table's first width
    with `fit_columns(table, *fit)` when `fit` is given."""

    def __init__(
        self,
        table: QTableView,
        data_dir: Path,
        kept: Sequence[int] = (0,),
        fit: tuple[Sequence[int], Sequence[int]] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.data_dir = data_dir
        self.kept = set(kept)
        header = self.header
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        self.restored = self._restore()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        header.sectionResized.connect(self._changed)
        header.sectionMoved.connect(self._changed)
        self._fit = fit if not self.restored else None
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table:
            return False
        if event.type() == QEvent.Type.Hide and self._save_timer.isActive():
            self.save()  # the window closes while a width waits to be saved
        elif (
            event.type() == QEvent.Type.Resize
            and self._fit is not None
            and self.table.viewport().width() > 100
        ):
            fit, self._fit = self._fit, None
            QTimer.singleShot(0, self, lambda: self._fit_now(*fit))
        return False

    def _fit_now(self, drop: Sequence[int], shrink: Sequence[int]) -> None:
        fit_columns(self.table, drop, shrink)
        self._save_timer.stop()  # fitted to this screen, not chosen: not kept

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def menu(self) -> QMenu:
        """One checkable entry per column, in the order shown."""
        menu = QMenu(self.table)
        menu.setObjectName("columnsMenu")
        model, header = self.table.model(), self.header
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The name column stays, and so does the last one shown.
            action.setEnabled(column not in self.kept and shown != [column])
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
            menu.addAction(action)
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        self.header.setSectionHidden(column, not shown)
        if shown and self.header.sectionSize(column) < 40:
            self.table.resizeColumnToContents(column)
        self.save()

    def save(self) -> None:
        self._save_timer.stop()
        if not self.data_dir.exists():
            return
        settings = settings_for(self.data_dir)
        settings.setValue(columns_key(self.table), self.header.saveState())
        settings.sync()

    def _changed(self) -> None:
        self._save_timer.start()

    def _menu_at(self, pos: QPoint) -> None:
        self.menu().exec(self.header.mapToGlobal(pos))

    def _restore(self) -> bool:
        saved = settings_for(self.data_dir).value(columns_key(self.table))
        if not isinstance(saved, QByteArray):
            return False
        header = self.header
        # The sort stays the one the rows were read in (re-sorting 100,000 rows here would
        # freeze the start); only widths, order and hidden columns come back.
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.blockSignals(True)
        try:
            ok = header.restoreState(saved)
            header.setSortIndicator(section, order)
        finally:
            header.blockSignals(False)
        if ok and header.count() == header.hiddenSectionCount():  # never a table of nothing
            for c in range(header.count()):
                header.setSectionHidden(c, False)
        header.viewport().update()
        return ok


def fit_columns(
    table: QTableView, drop: Sequence[int], shrink: Sequence[int], narrowest: int = 140
) -> None:
    """First start on a narrow screen: narrow the `shrink` columns (down to `narrowest`),
    and if that is not enough hide the `drop` columns in turn, until every column shown
    fits the table's width, so that none (the amount) waits behind the scroll bar."""
    header = table.horizontalHeader()
    room = table.viewport().width()
    if not table.verticalScrollBar().isVisible():  # it will be, with more rows
        room -= table.verticalScrollBar().sizeHint().width()

    def total() -> int:
        shown = (c for c in range(header.count()) if not header.isSectionHidden(c))
        return sum(header.sectionSize(c) for c in shown)

    def spare() -> int:
        return sum(max(header.sectionSize(c) - narrowest, 0) for c in shrink)

    for column in drop:
        if total() - spare() <= room:
            break
        header.setSectionHidden(column, True)
    excess, available = total() - room, spare()
    if excess <= 0 or not available:
        return
    for column in shrink:
        width = header.sectionSize(column)
        cut = round(excess * max(width - narrowest, 0) / available)
        header.resizeSection(column, max(width - cut, narrowest))
