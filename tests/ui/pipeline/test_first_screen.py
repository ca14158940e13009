"""A large history opens on its newest deals first, then every deal follows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from salescoach.services.demo import generate_demo
from salescoach.services.workspace import open_workspace
from salescoach.ui.pipeline.reading import FIRST_SCREEN, read_deals, read_first_screen
from salescoach.ui.shell.main_window import MainWindow

DEALS = FIRST_SCREEN + 60


@pytest.fixture
def history(data_dir: Path) -> Path:
    ws = open_workspace(data_dir)
    try:
        generate_demo(ws.store, deals=DEALS, seed=3)
    finally:
        ws.close()
    return data_dir


@pytest.fixture
def window(qtbot, history: Path) -> Iterator[MainWindow]:
    w = MainWindow(history)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _ids(index: object) -> list[object]:
    rows, order = index.rows, index.order  # type: ignore[attr-defined]
    return [rows[i].id for i in order]


def test_the_first_screen_is_the_top_of_the_full_table(history: Path) -> None:
    ws = open_workspace(history)
    try:
        first, every = read_first_screen(ws), read_deals(ws)
    finally:
        ws.close()
    assert first.stored == DEALS and every.stored is None
    # Same deals, same order (deals created the same day included) as the full read's top.
    assert _ids(first) == _ids(every)[:FIRST_SCREEN]
    assert first.rows == [every.rows[i] for i in every.order[:FIRST_SCREEN]]


def test_the_table_shows_the_newest_deals_then_all_of_them(qtbot, window: MainWindow) -> None:
    seen: list[tuple[int, str]] = []

    def first_screen() -> None:
        view = window.pipeline
        seen.append((view.model.rowCount(), view.findChild(QLabel, "dealCount").text()))

    window.deals_shown.connect(first_screen)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.open_workspace()
    assert seen == [(FIRST_SCREEN, f"{DEALS} deals, reading them…")]
    view = window.pipeline
    assert view.model.rowCount() == DEALS
    assert view.findChild(QLabel, "dealCount").text() == f"{DEALS} deals"


def test_a_filter_typed_on_the_first_screen_applies_to_every_deal(
    qtbot, window: MainWindow
) -> None:
    typed: list[int] = []

    def type_filter() -> None:
        view = window.pipeline
        view.search.setText("Closed")  # matches nothing: the table empties at once
        typed.append(view.model.rowCount())

    window.deals_shown.connect(type_filter)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.open_workspace()
    view = window.pipeline
    assert typed == [0]
    assert view.search.text() == "Closed" and view.model.rowCount() == 0
    view.search.clear()
    assert view.model.rowCount() == DEALS


def test_a_deal_saved_while_the_rest_is_read_stays_in_the_table(qtbot, window: MainWindow) -> None:
    from salescoach.domain.deals import DealDraft

    saved: list[object] = []

    def save_one() -> None:
        view = window.pipeline
        row = view.workspace.pipeline.save_deal(
            DealDraft(title="Saved meanwhile", account_name="Acme")
        )
        view.saved(row, "saved")
        saved.append(row.id)

    # Once the data is open and the rest is being read: that read began before the deal
    # existed (the first screen may show before the data is open, nothing to save with).
    window.session.opened.connect(lambda _rows: QTimer.singleShot(0, save_one))
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.open_workspace()
    view = window.pipeline
    qtbot.waitUntil(lambda: view.model.rowCount() == DEALS + 1, timeout=20_000)
    assert view.model.row_of(saved[0]) is not None


def test_once_the_deals_are_read_the_window_keeps_no_source_text(qtbot, window: MainWindow) -> None:
    import linecache

    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.open_workspace()
    # PySide6 read the source of each of our modules as they were imported (~28 MiB for
    # the whole app); the memory given back after the large read drops it.
    qtbot.waitUntil(
        lambda: not any("salescoach" in name for name in linecache.cache), timeout=10_000
    )
