"""The Debriefs view in the main window: the list and its filters, the insights, the banner
of losses still to debrief, and Ctrl+L from anywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from salescoach.domain.deals import DealDraft
from salescoach.domain.debrief import Answer, DebriefState, seed_reason_id
from salescoach.services.workspace import open_workspace
from salescoach.ui.debriefs.view import DebriefsView
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import on_next_modal

Y, P, N = Answer.YES, Answer.PARTLY, Answer.NO


def _history(data_dir: Path) -> None:
    """Two finished debriefs (budget/outside, competitor/within) and one loss to debrief."""
    ws = open_workspace(data_dir)
    try:
        for title, lost, reason, controllable, answers in (
            ("Logiciel de paie", dt.date(2025, 3, 3), "budget", False, [N, P, Y, Y, Y, Y]),
            ("Audit sécurité", dt.date(2025, 6, 9), "competitor_offer", True, [N, Y, Y, N, Y, Y]),
            ("Parc de tablettes", dt.date(2025, 9, 1), None, None, None),
        ):
            row = ws.pipeline.save_deal(
                DealDraft(title, "Cabinet Moreau", created_on=lost - dt.timedelta(days=20))
            )
            ws.debriefs.mark_lost(row.id, lost)
            if reason is None:
                continue
            draft, _ = ws.debriefs.load(row.id)
            draft.answers = dict(enumerate(answers, start=1))
            draft.reason_id = seed_reason_id(reason)
            draft.controllable = controllable
            draft.referral_asked = reason == "budget"
            ws.debriefs.finish(draft)
        ws.pipeline.save_deal(DealDraft("Still open", "Cabinet Moreau"))
    finally:
        ws.close()


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    _history(data_dir)
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    yield w
    w.close()


def _shown(qtbot, window: MainWindow) -> DebriefsView:
    view = window.debriefs
    with qtbot.waitSignal(view.loaded, timeout=5000):
        window.nav.setCurrentRow(1)
    assert view.stack.currentIndex() == DebriefsView.CONTENT
    return view


def _titles(view: DebriefsView) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def _pick(qtbot, combo: QComboBox, text: str) -> None:
    """Choose a filter, and wait for its rows (filtered off the GUI thread)."""
    index = combo.findText(text)
    assert index >= 0, text
    view = combo.parent()
    while not isinstance(view, DebriefsView):
        view = view.parent()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        combo.setCurrentIndex(index)


def test_list_newest_first_and_filters(qtbot, window: MainWindow) -> None:
    view = _shown(qtbot, window)
    assert _titles(view) == ["Parc de tablettes", "Audit sécurité", "Logiciel de paie"]
    assert [view.model.index(r, 3).data() for r in range(3)] == ["To do", "Done", "Done"]
    red = [view.table.model().index(r, 3).data(Qt.ItemDataRole.ForegroundRole) for r in range(3)]
    assert red == [QColor("#b3261e"), None, None]  # the debrief still to do stands out
    _pick(qtbot, view.findChild(QComboBox, "stateFilter"), "To do")
    assert _titles(view) == ["Parc de tablettes"]
    _pick(qtbot, view.findChild(QComboBox, "stateFilter"), "All debriefs")
    _pick(qtbot, view.findChild(QComboBox, "reasonFilter"), "Budget")
    assert _titles(view) == ["Logiciel de paie"]
    assert view.findChild(QLabel, "debriefCount").text() == "1 of 3 lost deals"
    _pick(qtbot, view.findChild(QComboBox, "reasonFilter"), "All reasons")
    _pick(qtbot, view.findChild(QComboBox, "controlFilter"), "Within my control")
    assert _titles(view) == ["Audit sécurité"]


def test_filters_are_applied_off_the_gui_thread_and_the_selection_kept(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """A large history has tens of thousands of debriefs: the filter runs on a worker, the
    window shows its rows and count once ready, and the selected deal stays selected."""
    import threading

    from salescoach.ui.debriefs.rows import Filters

    threads: set[str] = set()
    keep = Filters.keep

    def recorded(self: Filters, row: object) -> bool:
        threads.add(threading.current_thread().name)
        return keep(self, row)  # type: ignore[arg-type]

    monkeypatch.setattr(Filters, "keep", recorded)
    view = _shown(qtbot, window)
    view.table.selectRow(_titles(view).index("Audit sécurité"))
    _pick(qtbot, view.findChild(QComboBox, "stateFilter"), "Done")
    assert _titles(view) == ["Audit sécurité", "Logiciel de paie"]
    assert view.findChild(QLabel, "debriefCount").text() == "2 of 3 lost deals"
    assert view.model.row_at(view.table.currentIndex().row()).deal_title == "Audit sécurité"
    assert threads and threading.main_thread().name not in threads


def test_insights_and_the_banner(qtbot, window: MainWindow) -> None:
    view = _shown(qtbot, window)
    assert view.banner.isVisible()
    assert view.pending_label.text().startswith("1 lost deal still to debrief")
    view.tabs.setCurrentIndex(1)
    weak = view.findChild(QLabel, "weakSpot").text()
    assert "Question 1" in weak and "2 of 2 debriefs" in weak
    assert view.insights.bars.counts[1] == {N: 2}
    assert "1 of 2 losses were within your control" in view.findChild(QLabel, "controlTotal").text()
    assert "after 1 of 2 losses" in view.findChild(QLabel, "referrals").text()
    reasons = view.insights.reason_model
    assert {reasons.index(r, 0).data() for r in range(reasons.rowCount())} == {
        "Budget",
        "Competitor's better offer",
    }


def test_debrief_the_latest_loss_from_the_banner(qtbot, window: MainWindow) -> None:
    view = _shown(qtbot, window)
    seen: list[str] = []
    on_next_modal(lambda d: seen.append(d.windowTitle()))
    qtbot.mouseClick(view.findChild(QWidget, "debriefLatestButton"), Qt.MouseButton.LeftButton)
    assert seen == ["Debrief: Parc de tablettes"]


def test_ctrl_l_marks_the_selected_deal_lost_and_opens_its_debrief(
    qtbot, window: MainWindow
) -> None:
    pipeline = window.pipeline
    row = next(
        r
        for r in range(pipeline.model.rowCount())
        if pipeline.model.deal_at(r).title == "Still open"
    )
    pipeline.table.selectRow(row)
    window.nav.setCurrentRow(3)
    seen: list[str] = []
    on_next_modal(lambda d: seen.append(d.objectName()))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["debriefDialog"]
    assert window.stack.currentWidget() is window.pipeline_area
    deal = pipeline.current_deal()
    assert deal is not None and deal.title == "Still open" and deal.debrief is DebriefState.PENDING
    view = _shown(qtbot, window)
    qtbot.waitUntil(lambda: "Still open" in _titles(view), timeout=5000)


def test_no_lost_deal_says_how_debriefs_start(qtbot, data_dir: Path) -> None:
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    w.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: w.debriefs.stack.currentIndex() == DebriefsView.EMPTY, timeout=5000)
    assert "Ctrl+L" in w.debriefs.findChild(QLabel, "debriefsEmpty").text()
    w.close()


def test_the_banner_counts_the_losses_an_import_brought(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    from salescoach.services import import_check, import_sample, importing
    from tests import crm_files

    ws = open_workspace(data_dir)
    try:
        rows = [list(r) for r in crm_files.PIPEDRIVE_ROWS]
        path = crm_files.write_csv(tmp_path / "deals.csv", crm_files.PIPEDRIVE, rows)
        sample = import_sample.inspect_file(path)
        importing.write(
            ws.store, import_check.check(ws.store, sample, import_sample.settings_for(sample))
        )
        rows[3][4], rows[3][5], rows[3][7] = "Lost", "No budget", "2024-12-01 10:00:00"
        later = crm_files.write_csv(tmp_path / "deals-2.csv", crm_files.PIPEDRIVE, rows)
        sample = import_sample.inspect_file(later)
        importing.write(
            ws.store, import_check.check(ws.store, sample, import_sample.settings_for(sample))
        )
    finally:
        ws.close()
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    view = _shown(qtbot, w)
    qtbot.waitUntil(lambda: view.banner.isVisible(), timeout=5000)
    text = view.pending_label.text()
    assert text.startswith("3 lost deals still to debrief.")
    assert "1 of them arrived with the import of deals-2.csv (" in text
    control = view.insights.control_total.text()  # imported reasons count, marked as such
    assert control.startswith("0 of 3 losses were within your control (0%).")
    assert "3 of them imported with the CRM's reason, not debriefed yet." in control
    w.close()


def test_the_insights_are_never_filled_while_the_rows_are_filtered(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Filling the insights' tables while a worker filters tens of thousands of debriefs
    made each of their calls into Python wait for the worker: the window froze. A period
    chosen both filters the rows and reads the insights again; the insights, read first,
    are shown once the filtering has ended, and say what the period holds."""
    import threading
    import time

    from salescoach.ui.debriefs.insights import InsightsPanel
    from salescoach.ui.debriefs.rows import Filters

    filtering = threading.Event()
    keep = Filters.keep

    def slow(self: Filters, row: object) -> bool:
        filtering.set()
        time.sleep(0.2)  # a large history: the insights are read meanwhile
        try:
            return keep(self, row)  # type: ignore[arg-type]
        finally:
            filtering.clear()

    during: list[bool] = []
    show = InsightsPanel.show_insights

    def shown(self: InsightsPanel, *args: object) -> None:
        during.append(filtering.is_set())
        show(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Filters, "keep", slow)
    monkeypatch.setattr(InsightsPanel, "show_insights", shown)
    view = _shown(qtbot, window)
    during.clear()
    period = view.findChild(QComboBox, "periodFilter")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        period.setCurrentIndex(period.findData("this_quarter"))
    qtbot.waitUntil(lambda: bool(during), timeout=5000)
    assert during == [False]
    control = view.findChild(QLabel, "controlTotal").text()
    assert control == "No finished debrief in this period yet."


def test_the_debriefs_read_are_left_out_of_the_collectors_walks(qtbot, window: MainWindow) -> None:
    """Tens of thousands of debriefs read at once: the collector's next young collection
    walked them all, holding the interpreter lock (40 ms of a frozen window)."""
    import gc

    view = _shown(qtbot, window)
    walked = {id(o) for o in gc.get_objects()}  # what a collection walks: not the rows
    assert view._rows and not walked & {id(r) for r in view._rows}
