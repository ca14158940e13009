"""The deals table's context menu, each entry showing the key that does the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView, QWidget

    from salescoach.ui.pipeline.loss_actions import LossActions
    from salescoach.ui.pipeline.win_actions import WinActions


class MenuHost(Protocol):
    """The Pipeline view, as its context menu sees it."""

    table: QTableView
    losses: LossActions
    wins: WinActions

    def edit_deal(self) -> None: ...

    def log_touch(self) -> None: ...

    def delete_deal(self) -> None: ...


translate = QCoreApplication.translate

Keys = QKeySequence | QKeySequence.StandardKey | str


def _add(menu: QMenu, text: str, slot: Callable[[], Any], keys: Keys | None = None) -> QAction:
    action = menu.addAction(text, slot)
    if keys is not None:
        # Shown only: the window's and the table's own shortcuts do the work.
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setShortcutVisibleInContextMenu(True)
    return action


def show_deal_menu(view: MenuHost, pos: Any) -> QMenu | None:
    """The menu of the deal under `pos` (in the table's viewport), selected first."""
    table = view.table
    index: QModelIndex = table.indexAt(pos)
    if not index.isValid():
        return None
    table.selectRow(index.row())
    menu = QMenu(cast("QWidget", view))
    menu.setObjectName("dealMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept as the view's child
    _add(menu, translate("PipelineView", "Edit…"), view.edit_deal, Qt.Key.Key_Return)
    _add(menu, translate("PipelineView", "Log a touch…"), view.log_touch, "Ctrl+T")
    view.losses.add_to(menu)
    view.wins.add_to(menu)
    menu.addSeparator()
    _add(
        menu,
        translate("PipelineView", "Delete…"),
        view.delete_deal,
        QKeySequence.StandardKey.Delete,
    )
    menu.popup(table.viewport().mapToGlobal(pos))
    return menu
