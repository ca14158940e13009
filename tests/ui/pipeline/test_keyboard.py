"""The Pipeline with the keyboard and the mouse: one editor per double-click, the detail
panel following the filter, Tab leaving the table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from salescoach.domain.deals import DealDraft
from salescoach.services.workspace import Workspace
from salescoach.ui.common.events import Events
from salescoach.ui.pipeline.deal_menu import show_deal_menu
from salescoach.ui.pipeline.view import PipelineView


@pytest.fixture
def view(qtbot, workspace: Workspace, events: Events) -> Iterator[PipelineView]:
    for title in ("Logiciel de paie", "Parc de tablettes", "Audit sécurité"):
        workspace.pipeline.save_deal(DealDraft(title, "Cabinet Moreau", amount_cents=10_000))
    v = PipelineView(workspace, events)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    yield v


def _count_modals(opened: list[str]) -> None:
    """Close every modal dialog as it opens, counting them, for the next second."""

    waited = [0]

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            opened.append(type(modal).__name__)
            modal.done(QDialog.DialogCode.Rejected)
        waited[0] += 10
        if len(opened) < 5 and waited[0] < 1000:  # it polled on into the next tests
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_a_double_click_opens_one_editor(qtbot, view: PipelineView) -> None:
    opened: list[str] = []
    _count_modals(opened)
    at = view.table.visualRect(view.model.index(1, 0)).center()
    viewport = view.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)  # as a mouse does it
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(200)
    assert opened == ["DealEditor"]


def test_a_deal_hidden_by_the_filter_leaves_the_detail_panel(qtbot, view: PipelineView) -> None:
    view.table.selectRow(0)
    assert view.delete_button.isEnabled()
    shown = view.current_deal()
    assert shown is not None
    view.search.setText(shown.title)  # still shown: still selected
    assert view.current_deal() == shown
    qtbot.keyClicks(view.search, "zzz")  # hides it
    assert view.current_deal() is None
    assert not view.delete_button.isEnabled() and not view.log_button.isEnabled()
    assert shown.title not in view.touches_title.text()


def test_tab_leaves_the_deals_table(qtbot, view: PipelineView) -> None:
    view.table.selectRow(0)
    view.table.setFocus()
    first = view.current_deal()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()
    assert view.current_deal() == first


def test_the_context_menu_shows_the_keys(qtbot, view: PipelineView) -> None:
    at = view.table.visualRect(view.model.index(0, 0)).center()
    menu = show_deal_menu(view, at)
    assert menu is not None
    keys = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert keys["Edit…"] == "Return" and keys["Log a touch…"] == "Ctrl+T"
    assert keys["Mark lost…"] == "Ctrl+L" and keys["Delete…"] == "Del"
    assert all(a.isShortcutVisibleInContextMenu() for a in menu.actions() if a.shortcut())
    menu.close()
