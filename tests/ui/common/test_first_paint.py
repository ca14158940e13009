"""Work started after a widget's first paint, so the paint is not slowed by it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from salescoach.ui.common.first_paint import after_first_paint


def test_work_starts_once_the_widget_has_painted(qtbot) -> None:
    label = QLabel("Import")
    qtbot.addWidget(label)
    started: list[bool] = []
    after_first_paint(label, lambda: started.append(label.isVisible()), anyway_ms=10_000)
    qtbot.wait(300)
    assert not started  # not shown, so not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: bool(started), timeout=3_000)
    qtbot.wait(200)
    assert started == [True]  # once, with the widget on screen


def test_work_starts_anyway_for_a_widget_never_shown(qtbot) -> None:
    label = QLabel("Import")
    qtbot.addWidget(label)
    started: list[int] = []
    after_first_paint(label, lambda: started.append(1), anyway_ms=100)
    qtbot.waitUntil(lambda: started == [1], timeout=3_000)
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(100)
    assert started == [1]  # its paint later starts nothing more
