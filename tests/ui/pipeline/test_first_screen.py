"""A large history opens on its newest deals first, then every deal follows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from salescoach.services.workspace import open_workspace
from salescoach.ui.pipeline.reading import FIRST_SCREEN, read_deals, read_first_screen
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import fill_demo, on_next_modal

DEALS = FIRST_SCREEN + 60


@pytest.fixture
def history(data_dir: Path) -> Path:
    return fill_demo(data_dir, DEALS)


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


def test_the_first_screen_shows_before_the_data_is_open_and_stays(
    qtbot, window: MainWindow
) -> None:
    """Read plainly while the store's modules load: the rows show (the window's data not
    open yet, nothing to act with), then the same rows carry on, the rep's selection and
    scroll kept, until every deal is there."""
    seen: dict[str, object] = {}

    def first_screen() -> None:
        view = window.pipeline
        seen["open"] = window.session.workspace is not None
        seen["ids"] = [view.model.deal_at(i).id for i in range(view.model.rowCount())]
        seen["acting"] = view.findChild(QWidget, "newDealButton").isEnabled()
        view.table.selectRow(120)  # the rep picks a deal further down
        view.table.scrollTo(view.model.index(120, 0))
        seen["scroll"] = view.table.verticalScrollBar().value()

    window.deals_shown.connect(first_screen)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.open_workspace()
    view = window.pipeline
    every = [view.model.deal_at(i).id for i in range(view.model.rowCount())]
    assert seen["open"] is False and seen["acting"] is False
    assert len(every) == DEALS and seen["ids"] == every[:FIRST_SCREEN]
    assert view.current_deal_id() == every[120]
    assert view.table.verticalScrollBar().value() == seen["scroll"] > 0
    assert view.findChild(QWidget, "newDealButton").isEnabled()
    assert view.findChild(QLabel, "dealCount").text() == f"{DEALS} deals"
    deal = view.current_deal()  # its touches shown, now that they can be read
    assert deal is not None and f"{deal.title}: " in view.touches_title.text()


def _damage_the_deals(folder: Path) -> None:
    """The deals' table overwritten on disk: the file still opens, its deals do not read."""
    db = folder / "salescoach.sqlite"
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'deals'").fetchone()[0]
    conn.close()
    with db.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def test_a_damaged_database_shows_no_deals_and_says_so(qtbot, window: MainWindow) -> None:
    _damage_the_deals(window.data_dir)
    shown: list[bool] = []
    said: list[str] = []
    window.deals_shown.connect(lambda: shown.append(True))
    on_next_modal(lambda box: said.append(box.findChild(QLabel, "qt_msgbox_label").text()),
                  timeout_ms=20_000)  # fmt: skip
    window.open_workspace()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert "damaged" in said[0] and shown == []
