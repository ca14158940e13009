"""Celebrating wins: "Mark won" in the Pipeline and in the deal editor ring the bell (muted
here, or silent without an audio device) and show a note that fades; the streak follows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from salescoach.domain.deals import DealDraft
from salescoach.domain.enums import DealStatus
from salescoach.domain.goals import GoalDraft, WinEffect
from salescoach.domain.periods import add_months
from salescoach.services.workspace import open_workspace
from salescoach.ui.progress.sound import Bell, set_sound_muted, sound_muted
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import click_button, on_next_modal
from tests.ui.progress.history import open_window, shown

TODAY = dt.date.today()
THIS_MONTH = TODAY.replace(day=1)


def make_history(data_dir: Path) -> None:
    """Wins in each of the last two months (none yet this one), an open and a lost deal."""
    ws = open_workspace(data_dir)
    try:
        for months_ago in (1, 2):
            closed = add_months(THIS_MONTH, -months_ago)
            ws.pipeline.save_deal(
                DealDraft(f"Win {months_ago}", "Cabinet Moreau", amount_cents=500_000,
                          status=DealStatus.WON, created_on=closed, closed_on=closed)
            )  # fmt: skip
        ws.pipeline.save_deal(
            DealDraft("Maintenance annuelle", "Cabinet Moreau", amount_cents=300_000,
                      created_on=THIS_MONTH)
        )  # fmt: skip
        ws.pipeline.save_deal(
            DealDraft("Audit sécurité", "Cabinet Moreau", amount_cents=200_000,
                      status=DealStatus.LOST, created_on=THIS_MONTH, closed_on=TODAY)
        )  # fmt: skip
        ws.progress.save_goal(GoalDraft(TODAY.year, 10_000_000))
    finally:
        ws.close()
    set_sound_muted(data_dir, True)


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    make_history(data_dir)
    w = open_window(qtbot, data_dir)
    yield w
    w.close()


def select(window: MainWindow, title: str) -> None:
    pipeline = window.pipeline
    row = next(
        r for r in range(pipeline.model.rowCount()) if pipeline.model.deal_at(r).title == title
    )
    pipeline.table.selectRow(row)


def test_mark_won_rings_celebrates_and_the_streak_grows(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window)
    streak = view.findChild(QLabel, "streakLabel")
    assert streak.text().startswith("2 months in a row")
    assert "keep it going" in streak.text()

    window.nav.setCurrentRow(0)
    select(window, "Maintenance annuelle")
    button = window.pipeline.findChild(QWidget, "markWonButton")
    assert button.isEnabled()
    with qtbot.waitSignal(window.celebrator.celebrated, timeout=10_000) as won:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    effect: WinEffect = won.args[0]
    assert (effect.added_cents, effect.total_cents, effect.streak_months) == (300_000, 1_300_000, 3)
    deal = window.pipeline.current_deal()
    assert deal is not None and deal.status is DealStatus.WON and deal.closed_on == TODAY
    assert not button.isEnabled()  # already won

    toast = window.celebrator.toast
    assert toast.isVisible() and not toast.hasFocus()
    assert not window.grab().isNull()
    assert toast.title.text() == "Deal won: Maintenance annuelle"
    assert f"+€3,000 towards your {TODAY.year} goal: 13% reached (+3%)." in toast.detail.text()
    assert "3 months in a row" in toast.detail.text()
    assert window.celebrator.bell.available is None  # muted: never tried to play
    assert QApplication_has_no_modal()

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.nav.setCurrentRow(2)
    assert streak.text() == "3 months in a row with at least one win."
    toast.SHOWN_MS = 0
    toast.dismiss()
    qtbot.waitUntil(lambda: not toast.isVisible(), timeout=10_000)


def QApplication_has_no_modal() -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeModalWidget() is None


def test_deal_editor_marking_won_celebrates(qtbot, window: MainWindow) -> None:
    select(window, "Maintenance annuelle")

    def set_won(editor: QWidget) -> None:
        status = editor.findChild(QComboBox, "status")
        status.setCurrentIndex(status.findData(DealStatus.WON))
        click_button(editor, "saveButton")

    on_next_modal(set_won)
    with qtbot.waitSignal(window.celebrator.celebrated, timeout=10_000):
        window.pipeline.edit_deal()
    assert window.celebrator.toast.title.text() == "Deal won: Maintenance annuelle"

    # Saving it again, still won, is not a new win.
    seen: list[object] = []
    window.celebrator.celebrated.connect(seen.append)
    on_next_modal(lambda editor: click_button(editor, "saveButton"))
    window.pipeline.edit_deal()
    qtbot.wait(200)
    assert seen == []


def test_a_lost_deal_is_marked_won_only_when_confirmed(qtbot, window: MainWindow) -> None:
    select(window, "Audit sécurité")
    on_next_modal(lambda box: box.reject())
    window.pipeline.wins.mark_won()
    assert window.pipeline.current_deal().status is DealStatus.LOST  # type: ignore[union-attr]
    on_next_modal(lambda box: click_button(box, "confirmButton"))
    with qtbot.waitSignal(window.celebrator.celebrated, timeout=10_000):
        window.won_action.trigger()  # File › Mark won
    assert window.pipeline.current_deal().status is DealStatus.WON  # type: ignore[union-attr]


def test_the_bell_can_be_muted_from_the_settings_menu(window: MainWindow, data_dir: Path) -> None:
    action = window.bell_action
    assert not action.isChecked() and sound_muted(data_dir)
    action.setChecked(True)
    assert not sound_muted(data_dir)
    action.setChecked(False)
    assert sound_muted(data_dir)


def test_the_bell_is_silent_and_quiet_without_an_audio_device(qtbot, tmp_path: Path) -> None:
    """Unmuted on a machine with no sound output (CI, this test machine): no error, and no
    warning in Qt's log (the test fails on any)."""
    folder = tmp_path / "prefs"
    folder.mkdir()
    bell = Bell(folder)
    assert not bell.muted
    played = bell.ring()
    assert bell.available is played
    assert bell.ring() is played  # and again, quietly
    set_sound_muted(folder, True)
    assert bell.ring() is False
