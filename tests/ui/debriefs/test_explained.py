"""The Insights tab says how its figures are computed, with the counts of the rep's own
debriefs: worked out here from a small history's answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from salescoach.domain.deals import DealDraft
from salescoach.domain.debrief import Answer, seed_reason_id
from salescoach.services.workspace import open_workspace
from salescoach.ui.debriefs.view import DebriefsView
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import tip_text
from tests.ui.conftest import main_window

Y, P, N = Answer.YES, Answer.PARTLY, Answer.NO

# title, lost on, reason, within my control, the six answers, referral asked
DEBRIEFS = [
    ("Logiciel de paie", dt.date(2025, 3, 3), "budget", False, [N, P, Y, Y, Y, Y], True),
    ("Audit sécurité", dt.date(2025, 6, 9), "competitor_offer", True, [N, Y, Y, N, Y, Y], False),
    ("Parc de tablettes", dt.date(2025, 6, 20), "price", None, [P, P, Y, Y, Y, N], True),
]


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    ws = open_workspace(data_dir)
    try:
        for title, lost, reason, controllable, answers, asked in DEBRIEFS:
            row = ws.pipeline.save_deal(
                DealDraft(title, "Cabinet Moreau", created_on=lost - dt.timedelta(days=20))
            )
            ws.debriefs.mark_lost(row.id, lost)
            draft, _ = ws.debriefs.load(row.id)
            draft.answers = dict(enumerate(answers, start=1))
            draft.reason_id = seed_reason_id(reason)
            draft.controllable = controllable
            draft.referral_asked = asked
            ws.debriefs.finish(draft)
    finally:
        ws.close()
    with main_window(qtbot, data_dir) as w:
        yield w


def _insights(qtbot, window: MainWindow) -> DebriefsView:
    view = window.debriefs
    with qtbot.waitSignal(view.loaded, timeout=5000):
        window.nav.setCurrentRow(1)
    view.tabs.setCurrentIndex(1)
    return view


def _count(question: int, answer: Answer) -> int:
    return sum(1 for d in DEBRIEFS if d[4][question - 1] is answer)


def test_the_weak_spot_shows_each_questions_counts(qtbot, window: MainWindow) -> None:
    tip = tip_text(_insights(qtbot, window).findChild(QLabel, "weakSpot").toolTip())
    assert f"In the {len(DEBRIEFS)} finished debriefs" in tip
    for q in range(1, 7):
        no, partly = _count(q, N), _count(q, P)
        assert f"Question {q}: {no} no + {partly} partly = {no + partly}" in tip


def test_control_and_referrals_show_the_counts_that_went_in(qtbot, window: MainWindow) -> None:
    view = _insights(qtbot, window)
    within = sum(1 for d in DEBRIEFS if d[3] is True)
    outside = sum(1 for d in DEBRIEFS if d[3] is False)
    unknown = sum(1 for d in DEBRIEFS if d[3] is None)
    share = round(100 * within / (within + outside))
    tip = tip_text(view.findChild(QLabel, "controlTotal").toolTip())
    assert f"= {within} ÷ ({within} + {outside}) = {share}%" in tip
    assert f"Left out: {unknown} where you did not say" in tip
    asked = sum(1 for d in DEBRIEFS if d[5])
    tip = tip_text(view.findChild(QLabel, "referrals").toolTip())
    assert f"Out of {len(DEBRIEFS)} finished debriefs: a referral asked in {asked}" in tip
    # The quarter with the loss whose control was not said: its row says it is left out.
    model = view.insights.control_model
    q2 = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Q2 2025")
    row_tip = tip_text(model.index(q2, 3).data(Qt.ItemDataRole.ToolTipRole))
    assert "Q2 2025: 1 within ÷ (1 + 0) = 100%; 1 not said" in row_tip


def test_in_french(qtbot, french_ui, window: MainWindow) -> None:
    tip = tip_text(_insights(qtbot, window).findChild(QLabel, "weakSpot").toolTip())
    no, partly = _count(1, N), _count(1, P)
    assert f"Question 1 : {no} non + {partly} en partie = {no + partly}" in tip.replace(
        "\u00a0", " "
    )
