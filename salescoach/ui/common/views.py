"""What the app's list views share: a read-only table of whole rows, and reading their data
again when they are shown after a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from salescoach.ui.common.first_paint import after_first_paint


def rows_table(name: str, model: QAbstractItemModel) -> QTableView:
    """A table selecting whole rows, one at a time, read-only, fixed row height."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    header = table.verticalHeader()
    header.hide()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring every row
    header.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    elide_titles(table)
    return table


def elide_titles(table: QTableView) -> None:
    """Column titles too long for their column end in "…" (the whole title is the header's
    tooltip), where Qt's default cut a centred title on both sides."""
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)


class ReloadWhenShown:
    """For a widget whose data is read off the GUI thread by `reload()`: after a change,
    read again at once if it is on screen, else the next time it is shown."""

    _stale = True

    def reload(self) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            # Once shown as it was: a read begun with the first paint held the interpreter
            # lock through its calls into Python (the Weekly review froze 50-57 ms, 18-25
            # after).
            after_first_paint(self, self._reload_if_shown)  # type: ignore[arg-type]

    def _reload_if_shown(self) -> None:
        if self._stale and self.isVisible():  # type: ignore[attr-defined]
            self.reload()

    def _fresh(self) -> None:
        """Call at the start of `reload()`."""
        self._stale = False


def add_shortcut(
    on: QWidget, text: str, keys: QKeySequence.StandardKey, slot: Callable[[], Any]
) -> QAction:
    """A shortcut active while focus is in `on` (two widgets may each have Delete)."""
    action = QAction(text, on)
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    on.addAction(action)
    return action


def fit_headers(table: QTableView) -> None:
    """Widen any column narrower than its header text (French headers run longer)."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = metrics.horizontalAdvance(text) + 24  # the sort arrow and margins
        if table.columnWidth(column) < wanted:
            table.setColumnWidth(column, wanted)
