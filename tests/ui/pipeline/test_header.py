"""The Pipeline's header on a narrow laptop: the figures move down, the buttons stay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QPushButton

from salescoach.domain.deals import DealDraft
from salescoach.services.workspace import Workspace
from salescoach.ui.common.events import Events
from salescoach.ui.pipeline.view import PipelineView


@pytest.mark.usefixtures("french_ui")
def test_french_header_fits_a_1024_px_laptop_by_moving_the_figures_down(
    qtbot, workspace: Workspace, events: Events
) -> None:
    workspace.pipeline.save_deal(
        DealDraft("Logiciel de paie", "Boulangerie Dupont SARL", 752_780_00)
    )
    view = PipelineView(workspace, events)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    value = view.findChild(QLabel, "pipelineValue")
    qtbot.waitUntil(lambda: "752" in value.text())
    header = view.header
    qtbot.waitUntil(lambda: not header.on_two_lines())

    # The Pipeline's share of a 1024 px screen, beside the sidebar.
    view.resize(870, 600)
    qtbot.waitUntil(header.on_two_lines)
    assert view.minimumSizeHint().width() <= 870
    for name in ("newDealButton", "accountsButton"):
        button = view.findChild(QPushButton, name)
        right = button.mapTo(view, QPoint(button.width(), 0)).x()
        assert right <= view.width(), (button.text(), right)
        assert button.width() >= button.sizeHint().width(), button.text()
    # The figures are whole on their own line, below the filters.
    search_bottom = view.search.mapTo(view, QPoint(0, view.search.height())).y()
    for label in (view.count_label, value):
        qtbot.waitUntil(
            lambda label=label: (
                label.mapTo(view, QPoint(0, 0)).y() >= search_bottom
                and label.width() >= label.sizeHint().width()
            )
        )

    view.resize(1300, 600)
    qtbot.waitUntil(lambda: not header.on_two_lines())
    qtbot.waitUntil(
        lambda: (
            value.mapTo(view, QPoint(0, 0)).y() < search_bottom
            and value.width() >= value.sizeHint().width()
        )
    )


def test_typing_a_filter_never_moves_the_table(qtbot, workspace: Workspace, events: Events) -> None:
    """At the narrowest width where the count fits beside the filters, narrowing the list
    ("12 deals" to "3 of 12 deals") moved the figures to a second line and the whole table
    down a line, on a keystroke."""
    accounts = ["Boulangerie Dupont", "Garage Martin", "Pharmacie Morel", "Optique Lucas"]
    for n in range(12):
        workspace.pipeline.save_deal(DealDraft(f"Affaire {n}", accounts[n % 4], 1_000_00))
    view = PipelineView(workspace, events)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    header = view.header
    width = 1300
    while not header.on_two_lines() and width > 600:  # the narrowest one-line width
        width -= 10
        view.resize(width, 600)
        qtbot.wait(5)
    view.resize(width + 10, 600)
    qtbot.waitUntil(lambda: not header.on_two_lines())
    qtbot.wait(50)  # laid out
    table_top = view.table.mapTo(view, QPoint(0, 0)).y()

    qtbot.keyClicks(view.search, "Boulang")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.wait(50)
    assert not header.on_two_lines()
    assert view.table.mapTo(view, QPoint(0, 0)).y() == table_top
