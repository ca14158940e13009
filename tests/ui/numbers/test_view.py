"""The Numbers view driven as a rep would: the figures of their history, the what-if mode,
the lead planner, bad input next to the fields, and the status bar's value of a touch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from salescoach.services.workspace import open_workspace
from salescoach.ui.numbers.view import NumbersView
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import click_button, on_next_modal
from tests.numbers_history import build_history

NUMBERS = 4  # row of the Numbers area in the navigation


def _open(qtbot, data_dir: Path) -> MainWindow:
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    return w


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    ws = open_workspace(data_dir)
    try:
        build_history(ws)
    finally:
        ws.close()
    w = _open(qtbot, data_dir)
    yield w
    w.close()


def _shown(qtbot, window: MainWindow) -> NumbersView:
    assert not window.numbers_area.built  # built on first show, not at start-up
    window.nav.setCurrentRow(NUMBERS)
    view = window.numbers
    qtbot.waitUntil(lambda: view.overview is not None, timeout=5000)
    return view


def _text(view: QWidget, name: str) -> str:
    label = view.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def _type(qtbot, view: QWidget, name: str, text: str) -> None:
    edit = view.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.clear()
    qtbot.keyClicks(edit, text)


def _error_next_to(name: str, panel: QWidget) -> str:
    """The message under a field ("" when none is shown); `name` is the field's key."""
    label = panel.errors[name]  # type: ignore[attr-defined]
    return label.text() if label.isVisible() else ""


def test_figures_of_the_last_12_months_then_all_time(qtbot, window: MainWindow) -> None:
    view = _shown(qtbot, window)
    assert view.history.currentIndex() == NumbersView.CONTENT
    assert _text(view, "figure_commission") == "€2,000.00"
    assert _text(view, "figure_won") == "2"
    assert _text(view, "figure_lost") == "1"
    assert _text(view, "figure_win_rate") == "66.7%"
    assert _text(view, "figure_touches") == "20"
    assert _text(view, "figure_touches_per_win") == "10:1"
    assert _text(view, "figure_avg_commission") == "€1,000.00"
    assert _text(view, "figure_per_touch_value") == "€100.00"
    assert _text(view, "numbersHeadline") == (
        "Each call you make is worth about €100, even the ones that end in a no."
    )
    assert "about 10 touches to win a deal (10:1)" in _text(view, "numbersSubline")
    model = view.figures.kind_model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [
        ["Call", "13", "65%", "6.5", "€1,300"],
        ["Email", "6", "30%", "3", "€600"],
        ["Meeting", "1", "5%", "0.5", "€100"],
    ]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.findChild(QComboBox, "numbersPeriod").setCurrentIndex(3)  # all time
    assert _text(view, "figure_per_touch_value") == "€400.00"
    assert _text(view, "figure_commission") == "€12,000.00"


def test_shown_again_it_reads_once_it_has_painted_as_it_was(qtbot, window: MainWindow) -> None:
    """It reads at each showing (touches may have been logged meanwhile); a read begun
    with the first paint held the interpreter lock through the paint's calls into Python."""
    view = _shown(qtbot, window)
    window.nav.setCurrentRow(0)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = Paints(view)
    view.installEventFilter(paints)
    reads_at: list[int] = []
    read = view.reload
    view.reload = lambda: (reads_at.append(paints.count), read())[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        window.nav.setCurrentRow(NUMBERS)
    assert reads_at and reads_at[0] >= 1
    assert _text(view, "figure_won") == "2"


def test_a_period_without_win_shows_dashes_and_says_why(qtbot, window: MainWindow) -> None:
    view = _shown(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.findChild(QComboBox, "numbersPeriod").setCurrentIndex(2)  # last year: empty
    for name in ("figure_per_touch_value", "figure_touches_per_win", "figure_win_rate"):
        assert _text(view, name) == "—"
    assert "Choose a longer one" in _text(view, "numbersHeadline")


def test_what_if_updates_as_the_rep_types(qtbot, window: MainWindow) -> None:
    view = _shown(qtbot, window)
    qtbot.mouseClick(view.what_if_mode, Qt.MouseButton.LeftButton)
    assert view.left.currentWidget() is view.what_if
    # Started from the rep's own numbers: 1 000 € a win, 10 touches a win.
    assert view.findChild(QLineEdit, "whatIfCommission").text() == "1,000"
    assert view.findChild(QLineEdit, "whatIfTouches").text() == "10:1"
    assert _text(view, "whatIfValue") == "€100"
    # The hint in English is written as English writes numbers (it was "such as 2 300").
    assert view.findChild(QLineEdit, "whatIfCommission").placeholderText() == "such as 2,300"
    _type(qtbot, view, "whatIfCommission", "2300")
    _type(qtbot, view, "whatIfTouches", "50:1")
    assert _text(view, "whatIfValue") == "€46"
    assert "worth about €46, even the ones that end in a no" in _text(view, "whatIfSentence")
    _type(qtbot, view, "whatIfTouches", "1000:1")
    assert _text(view, "whatIfValue") == "€2.30"
    _type(qtbot, view, "whatIfTouches", "abc")
    assert _text(view, "whatIfValue") == "—"
    assert _error_next_to("touches", view.what_if) == (
        "Type a number of touches, or a ratio such as 50:1."
    )
    assert _error_next_to("commission", view.what_if) == ""
    _type(qtbot, view, "whatIfTouches", "0")
    assert _error_next_to("touches", view.what_if) == "A sale takes at least one touch."
    _type(qtbot, view, "whatIfCommission", "-5")
    assert _error_next_to("commission", view.what_if) == "An amount cannot be negative."
    click_button(view, "whatIfFromHistory")
    assert _text(view, "whatIfValue") == "€100"
    assert _error_next_to("touches", view.what_if) == ""


def test_the_planner_prefilled_then_typed(qtbot, window: MainWindow) -> None:
    view = _shown(qtbot, window)
    planner = view.planner
    now = planner.findChild(QComboBox, "planner_rate_now_quarter")
    assert now.currentIndex() > 0  # the latest quarter with closed deals
    assert planner.findChild(QLineEdit, "planner_rate_now").text() != ""
    _type(qtbot, planner, "planner_target", "5")
    _type(qtbot, planner, "planner_rate_before", "25")
    _type(qtbot, planner, "planner_rate_now", "20")
    _type(qtbot, planner, "planner_touches_per_lead", "10")
    assert now.currentIndex() == 0  # typed by hand: no longer a quarter's rate
    assert _text(planner, "planner_leads_per_month") == "25"
    assert _text(planner, "planner_leads_per_week") == "6"
    assert _text(planner, "planner_touches_per_month") == "250"
    assert _text(planner, "planner_touches_per_week") == "58"
    summary = _text(planner, "plannerSummary")
    assert "At 25% you needed 20 leads and 200 touches a month" in summary
    assert "5 more leads a month than before (+25%)" in summary
    _type(qtbot, planner, "planner_rate_now", "120")
    assert _error_next_to("rate_now", planner) == "A conversion rate cannot be above 100%."
    assert _text(planner, "planner_leads_per_month") == "—"
    _type(qtbot, planner, "planner_rate_now", "0")
    assert _error_next_to("rate_now", planner) == "A conversion rate must be at least 0.01%."
    _type(qtbot, planner, "planner_rate_now", "abc")
    assert _error_next_to("rate_now", planner) == "Type a percentage, such as 20."
    _type(qtbot, planner, "planner_rate_now", "40")
    assert _error_next_to("rate_now", planner) == ""
    assert "7 fewer leads a month than before (−38%)" in _text(planner, "plannerSummary")


def test_an_empty_data_folder_says_how_to_get_numbers(qtbot, data_dir: Path) -> None:
    w = _open(qtbot, data_dir)
    w.nav.setCurrentRow(NUMBERS)
    view = w.numbers
    qtbot.waitUntil(lambda: view.overview is not None, timeout=5000)
    assert view.history.currentIndex() == NumbersView.EMPTY
    assert "Ctrl+T" in _text(view, "numbersEmpty")
    view.what_if_mode.setChecked(True)  # what-if and the planner work without history
    _type(qtbot, view, "whatIfCommission", "2300")
    _type(qtbot, view, "whatIfTouches", "50")
    assert _text(view, "whatIfValue") == "€46"
    w.close()


def test_logging_a_touch_says_what_it_was_worth(qtbot, window: MainWindow) -> None:
    pipeline = window.pipeline
    row = next(
        r for r in range(pipeline.model.rowCount())
        if pipeline.model.deal_at(r).title == "Formation Excel"
    )  # fmt: skip
    pipeline.table.selectRow(row)
    qtbot.waitUntil(lambda: window.workspace.numbers._value is not None, timeout=5000)
    on_next_modal(lambda dialog: click_button(dialog, "saveTouchButton"))
    pipeline.log_touch()
    assert window.statusBar().currentMessage() == (
        "Touch logged on “Formation Excel”. At your current numbers, that touch was worth "
        "about €100."
    )
    on_next_modal(lambda dialog: dialog.reject())  # the debrief that follows
    pipeline.debrief_deal()
    message = window.statusBar().currentMessage()
    assert message.startswith("Deal “Formation Excel” marked lost. Each touch it took")
    assert "about €100" in message


def test_other_currencies_are_named_not_added(qtbot, data_dir: Path) -> None:
    ws = open_workspace(data_dir)
    try:
        build_history(ws, dollars=True)
    finally:
        ws.close()
    w = _open(qtbot, data_dir)
    view = _shown(qtbot, w)
    assert _text(view, "numbersStatus") == "Figures in EUR."
    assert _text(view, "figure_per_touch_value") == "€100.00"  # the euros alone, as before
    assert _text(view, "numbersNotes") == (
        "Left out, in USD (not converted): 1 won, 0 lost, 2 touches, $500.00 of commission."
    )
    w.close()


def test_the_planner_says_billions_of_leads_without_failing(qtbot, window: MainWindow) -> None:
    """A tiny rate now: billions more leads, beyond what Qt's %n holds."""
    planner = _shown(qtbot, window).planner
    _type(qtbot, planner, "planner_target", "1000000")
    _type(qtbot, planner, "planner_rate_before", "100")
    _type(qtbot, planner, "planner_touches_per_lead", "1")
    _type(qtbot, planner, "planner_rate_now", "0.01")
    summary = _text(planner, "plannerSummary")
    assert "9,999,000,000 more leads a month than before" in summary


def test_imported_wins_say_how_to_set_a_rate_then_earn_it(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from salescoach.services import import_check, import_sample, importing
    from tests import crm_files

    ws = open_workspace(data_dir)
    try:  # one win of 12 500.50 € on 2024-03-05, no commission in the file
        sample = import_sample.inspect_file(crm_files.pipedrive(tmp_path / "deals.csv"))
        importing.write(
            ws.store, import_check.check(ws.store, sample, import_sample.settings_for(sample))
        )
    finally:
        ws.close()
    window = _open(qtbot, data_dir)
    view = _shown(qtbot, window)
    view.period.setCurrentIndex(view.period.findData("all"))
    qtbot.waitUntil(lambda: "Commission plan" in _text(view, "numbersHeadline"), timeout=5000)
    assert "€0.00" not in _text(view, "numbersHeadline")

    def fill(dialog: QWidget) -> None:
        assert dialog.objectName() == "commissionDialog"
        assert "No plan yet" in _text(dialog, "commissionPlan")
        _type(qtbot, dialog, "commissionRate", "abc")
        click_button(dialog, "saveCommission")
        assert dialog.isVisible()  # refused next to the field
        assert "is not a rate" in dialog.rate_error.text()  # type: ignore[attr-defined]
        _type(qtbot, dialog, "commissionRate", "8")
        assert not dialog.findChild(QCheckBox, "commissionFromDate").isChecked()
        click_button(dialog, "saveCommission")

    on_next_modal(fill)
    window.action("commission").trigger()
    qtbot.waitUntil(lambda: "worth about" in _text(view, "numbersHeadline"), timeout=5000)
    assert view.overview is not None and view.overview.numbers.commission_cents == 100_004
    per_touch = view.overview.numbers.per_touch_value_cents
    assert per_touch is not None and round(per_touch) == 10_000  # 1 000.04 € over 10 touches
    window.close()


def test_the_main_currency_is_chosen_in_settings(qtbot, data_dir: Path, tmp_path: Path) -> None:
    from salescoach.services import currency

    window = _open(qtbot, data_dir)
    view = _shown(qtbot, window)

    def choose(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox, "mainCurrency")
        combo.setCurrentIndex(combo.findData("USD"))
        dialog.save()  # type: ignore[attr-defined]

    on_next_modal(choose)
    window.action("currency").trigger()
    assert window.workspace is not None
    assert currency.main_currency(window.workspace.store) == "USD"
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.numbers.currency == "USD")
    value = window.pipeline.findChild(QLabel, "pipelineValue")  # the Pipeline's header too
    qtbot.waitUntil(lambda: "in USD" in value.toolTip())
    window.close()
