"""The debrief form driven as a rep would: mark a deal lost, answer, finish; resume a draft;
bad input on the right step; a deal deleted meanwhile."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from salescoach.domain.deals import ContactDraft, DealDraft
from salescoach.domain.debrief import Answer, DebriefState, seed_reason_id
from salescoach.domain.enums import ContactRole, DealStatus
from salescoach.services.workspace import Workspace
from salescoach.ui.common.events import Events
from salescoach.ui.debriefs.dialog import DebriefDialog
from salescoach.ui.pipeline.view import PipelineView
from tests.conftest import click_button, on_next_modal


@pytest.fixture
def deal(workspace: Workspace) -> object:
    p = workspace.pipeline
    claire = p.save_contact(ContactDraft("Claire", "Martin"))
    return p.save_deal(
        DealDraft(
            "Parc de tablettes",
            "Transports Lefèvre",
            amount_cents=2_000_000,
            created_on=dt.date(2025, 1, 6),
            contacts=[(claire, ContactRole.EVALUATOR)],
        )
    )


@pytest.fixture
def view(qtbot, workspace: Workspace, events: Events, deal: object) -> Iterator[PipelineView]:
    v = PipelineView(workspace, events)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    v.table.selectRow(0)
    yield v


def _visible_errors(dialog: QWidget) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel, "fieldError") if w.isVisible()]


def _click(qtbot, dialog: QWidget, name: str) -> None:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    assert widget.isVisible(), f"{name} is not on the step shown"
    # Check boxes and radio buttons answer on their box and text, not their whole width.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def _type(qtbot, dialog: QWidget, name: str, text: str) -> None:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None and widget.isVisible(), name
    widget.setFocus()
    # QTest cannot type accents: ASCII through the keyboard, the rest inserted.
    if isinstance(widget, QPlainTextEdit):
        qtbot.keyClicks(widget, "x")
        widget.textCursor().deletePreviousChar()
        widget.insertPlainText(text)
    else:
        qtbot.keyClicks(widget, "x")
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        widget.insert(text)
        widget.textEdited.emit(widget.text())


def _choose_reason(qtbot, dialog: QWidget, text: str) -> None:
    combo = dialog.findChild(QComboBox, "lossReason")
    combo.setFocus()
    index = combo.findText(text)
    assert index > 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_mark_lost_then_debrief_from_start_to_finish(
    qtbot, view: PipelineView, workspace: Workspace
) -> None:
    seen: dict[str, object] = {}

    def new_contact(box: QWidget) -> None:
        qtbot.keyClicks(box.findChild(QLineEdit, "contact_first_name"), "Paul")
        qtbot.keyClicks(box.findChild(QLineEdit, "contact_last_name"), "Girard")
        qtbot.keyClicks(box.findChild(QComboBox, "contactCompany").lineEdit(), "Garage Petit")
        click_button(box, "saveContactButton")

    def debrief(d: QWidget) -> None:
        assert isinstance(d, DebriefDialog)
        people = d.findChild(QLabel, "dealPeople").text()
        seen["people"] = people
        seen["cheat"] = d.findChild(QWidget, "cheatSheet").isVisible()
        _click(qtbot, d, "q1_no")
        _type(qtbot, d, "q1_note", "Only the evaluator; the owner decided alone.")
        _click(qtbot, d, "q2_yes")
        _click(qtbot, d, "q3_partly")
        _click(qtbot, d, "nextButton")
        _click(qtbot, d, "q4_no")
        _type(qtbot, d, "competitor", "Orange Business")
        _click(qtbot, d, "q5_yes")
        _click(qtbot, d, "q6_yes")
        d.activateWindow()  # shortcuts reach the active window only
        qtbot.waitUntil(d.isActiveWindow)
        qtbot.keyClick(d, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        _choose_reason(qtbot, d, "Competitor's better offer")
        seen["default_within"] = d.findChild(QRadioButton, "withinControl").isChecked()
        _click(qtbot, d, "outsideControl")  # the rep overrides the default
        _type(qtbot, d, "prospectSaid", "Leur offre incluait la formation.")
        _click(qtbot, d, "nextButton")
        _type(qtbot, d, "lessons", "Find the owner in the first call.")
        _type(qtbot, d, "nextAction", "Ask who signs before the demo")
        _click(qtbot, d, "nextButton")
        _click(qtbot, d, "referralObtained")
        seen["asked_follows"] = d.findChild(QCheckBox, "referralAsked").isChecked()
        on_next_modal(new_contact)
        _click(qtbot, d, "newReferralButton")
        seen["referred"] = d.findChild(QLineEdit, "referredContact").text()
        seen["next"] = d.findChild(QLabel, "nextFollowUp").text()
        _click(qtbot, d, "finishButton")
        seen["closed"] = not d.isVisible()

    on_next_modal(debrief)
    button = view.findChild(QWidget, "debriefButton")
    assert button.text().replace("&", "") == "Mark lost…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert "Claire Martin (Evaluator)" in str(seen["people"])
    assert "Nobody is marked as the decision maker" in str(seen["people"])
    assert seen["cheat"] and seen["default_within"] and seen["asked_follows"]
    assert seen["referred"] == "Paul Girard (Garage Petit)"
    assert seen["next"].startswith("next: ")
    assert seen["closed"]

    [row] = workspace.pipeline.deal_rows()
    assert (row.status, row.debrief, row.closed_on) == (
        DealStatus.LOST,
        DebriefState.DONE,
        dt.date.today(),
    )
    assert view.model.deal_at(0).debrief is DebriefState.DONE  # the table shows it at once
    draft, state = workspace.debriefs.load(row.id)
    assert state is DebriefState.DONE
    assert draft.answers == {
        1: Answer.NO, 2: Answer.YES, 3: Answer.PARTLY, 4: Answer.NO, 5: Answer.YES, 6: Answer.YES
    }  # fmt: skip
    assert draft.notes[1] == "Only the evaluator; the owner decided alone."
    assert draft.competitor == "Orange Business" and row.competitor == "Orange Business"
    assert draft.reason_id == seed_reason_id("competitor_offer")
    assert draft.controllable is False
    assert draft.prospect_said == "Leur offre incluait la formation."
    assert (draft.lessons, draft.next_action) == (
        "Find the owner in the first call.",
        "Ask who signs before the demo",
    )
    paul = next(c for c in workspace.pipeline.contacts() if c.last_name == "Girard")
    assert paul.account == "Garage Petit"
    assert draft.referral_asked and draft.referral_obtained
    assert draft.referred_contact_id == paul.id
    assert draft.cadence_months == 3


def _open(qtbot, workspace: Workspace, deal_id: object) -> DebriefDialog:
    d = DebriefDialog(workspace.pipeline, workspace.debriefs, deal_id)  # type: ignore[arg-type]
    qtbot.addWidget(d)
    d.show()
    return d


def test_finishing_without_a_reason_goes_to_that_step(
    qtbot, workspace: Workspace, deal: object
) -> None:
    workspace.debriefs.mark_lost(deal.id)  # type: ignore[attr-defined]
    d = _open(qtbot, workspace, deal.id)  # type: ignore[attr-defined]
    _click(qtbot, d, "q1_yes")
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.isVisible()
    assert d.current_step() == 2
    assert _visible_errors(d) == ["Choose the main reason the deal was lost."]
    assert d.findChild(QComboBox, "lossReason").hasFocus()
    assert d.findChild(QListWidget, "debriefSteps").currentRow() == 2
    assert workspace.debriefs.load(deal.id)[1] is not DebriefState.DONE  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", ["cadence", "referral"])
def test_referral_and_cadence_mistakes_are_explained_on_the_last_step(
    qtbot, workspace: Workspace, deal: object, case: str
) -> None:
    workspace.debriefs.mark_lost(deal.id)  # type: ignore[attr-defined]
    d = _open(qtbot, workspace, deal.id)  # type: ignore[attr-defined]
    d.go(2)
    _choose_reason(qtbot, d, "Budget")
    d.go(4)
    if case == "cadence":
        months = d.findChild(QSpinBox, "cadenceMonths")
        months.selectAll()
        qtbot.keyClicks(months, "0")
        expected = "Stay in touch at least every month, or untick “stay in touch”."
    else:
        _click(qtbot, d, "referralObtained")
        expected = "Choose or create the person they referred you to, or untick it."
    d.go(0)
    _click(qtbot, d, "finishButton")
    assert d.isVisible() and d.current_step() == 4
    assert _visible_errors(d) == [expected]
    assert workspace.debriefs.load(deal.id)[1] is DebriefState.DRAFT  # type: ignore[attr-defined]


def test_close_half_way_and_resume_where_you_were(
    qtbot, workspace: Workspace, deal: object
) -> None:
    deal_id = deal.id  # type: ignore[attr-defined]
    workspace.debriefs.mark_lost(deal_id)
    d = _open(qtbot, workspace, deal_id)
    _click(qtbot, d, "q2_partly")
    d.go(3)
    _type(qtbot, d, "lessons", "Écouter avant de chiffrer.")
    qtbot.keyClick(d.findChild(QPlainTextEdit, "lessons"), Qt.Key.Key_Escape)
    assert not d.isVisible()

    again = _open(qtbot, workspace, deal_id)
    assert again.current_step() == 3
    assert again.findChild(QPlainTextEdit, "lessons").toPlainText() == "Écouter avant de chiffrer."
    assert again.findChild(QRadioButton, "q2_partly").isChecked()
    assert again.state is DebriefState.DRAFT
    assert workspace.pipeline.deal_rows()[0].debrief is DebriefState.DRAFT


def test_typing_is_saved_within_two_seconds(qtbot, workspace: Workspace, deal: object) -> None:
    deal_id = deal.id  # type: ignore[attr-defined]
    workspace.debriefs.mark_lost(deal_id)
    d = _open(qtbot, workspace, deal_id)
    d.go(2)
    with qtbot.waitSignal(d.draft_saved, timeout=10_000):
        _type(qtbot, d, "prospectSaid", "Trop cher pour ce que c'est.")
    assert "Draft saved" in d.findChild(QLabel, "draftStatus").text()
    # Read back through another connection: it is on disk, not only in the form.
    with sqlite3.connect(workspace.data_dir / "salescoach.sqlite") as conn:
        said = conn.execute("SELECT prospect_said FROM debriefs").fetchall()
    conn.close()
    assert said == [("Trop cher pour ce que c'est.",)]


def test_a_deal_deleted_meanwhile_is_said_and_nothing_written(
    qtbot, workspace: Workspace, deal: object
) -> None:
    deal_id = deal.id  # type: ignore[attr-defined]
    workspace.debriefs.mark_lost(deal_id)
    d = _open(qtbot, workspace, deal_id)
    workspace.pipeline.delete_deal(deal_id)  # from another window, say
    messages: list[str] = []
    on_next_modal(lambda box: messages.append(box.findChild(QLabel, "qt_msgbox_label").text()))
    _type(qtbot, d, "q1_note", "typed after the deal was deleted")
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "no longer exists" in messages[0]
    with sqlite3.connect(workspace.data_dir / "salescoach.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM debriefs").fetchone() == (0,)
    conn.close()
    d.reject()  # closing says nothing more and writes nothing
    assert not d.isVisible()


def test_the_reason_list_can_be_extended_from_the_form(
    qtbot, workspace: Workspace, deal: object
) -> None:
    deal_id = deal.id  # type: ignore[attr-defined]
    workspace.debriefs.mark_lost(deal_id)
    d = _open(qtbot, workspace, deal_id)
    d.go(2)

    def add_reason(box: QWidget) -> None:
        click_button(box, "newReasonButton")
        qtbot.keyClicks(box.findChild(QLineEdit, "reasonName"), "Wrong contact person")
        box.findChild(QCheckBox, "reasonControllable").setChecked(True)
        click_button(box, "saveReasonButton")
        box.reject()

    on_next_modal(add_reason)
    _click(qtbot, d, "editReasonsButton")
    _choose_reason(qtbot, d, "Wrong contact person")
    assert d.findChild(QRadioButton, "withinControl").isChecked()  # its default


def test_pending_loss_shows_in_the_table_and_the_button_resumes(
    qtbot, view: PipelineView, workspace: Workspace
) -> None:
    deal_id = view.current_deal_id()
    workspace.debriefs.mark_lost(deal_id)
    view.refresh_deal(deal_id)
    assert view.model.index(0, 4).data() == "Lost · debrief pending"
    button = view.findChild(QWidget, "debriefButton")
    assert button.text().replace("&", "") == "Debrief this loss…"
    seen: list[str] = []
    on_next_modal(lambda d: seen.append(d.objectName()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["debriefDialog"]


def test_open_deals_show_a_checklist_from_weak_spots(qtbot, view: PipelineView) -> None:
    checklist = view.findChild(QLabel, "weakSpotChecklist")
    view.set_weak_spots([])
    assert not checklist.isVisible()
    view.set_weak_spots([2])
    assert checklist.isVisible()
    assert "Restate their problem" in checklist.text()


def test_a_draft_survives_the_app_being_killed(workspace: Workspace, deal: object) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from tests.ui.debriefs.debrief_child import TEXT

    data_dir = workspace.data_dir
    workspace.close()  # the child process is the app now
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("debrief_child.py")), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()  # "" if it died: then say how
        assert line == "typed", (child.poll(), child.stderr.read())  # type: ignore[union-attr]
        time.sleep(2.0)  # the promise: saved within two seconds of typing
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    from salescoach.services.workspace import open_workspace

    again = open_workspace(data_dir)  # as on the next start
    try:
        [row] = again.pipeline.deal_rows()
        assert row.status is DealStatus.LOST and row.debrief is DebriefState.DRAFT
        draft, _ = again.debriefs.load(row.id)
        assert draft.lessons == TEXT
        assert draft.step == 3  # it resumes on the page where the rep was
    finally:
        again.close()


def test_the_referred_person_is_found_by_typing(qtbot, workspace: Workspace, deal: object) -> None:
    deal_id = deal.id  # type: ignore[attr-defined]
    p = workspace.pipeline
    for first, last, company in (("Élodie", "Girard", "Garage Petit"), ("Paul", "Roux", "")):
        p.save_contact(ContactDraft(first, last), account_name=company)
    workspace.debriefs.mark_lost(deal_id)
    d = _open(qtbot, workspace, deal_id)
    d.go(4)
    _click(qtbot, d, "referralObtained")
    picker = d.findChild(QLineEdit, "referredContact")
    picker.setFocus()
    qtbot.keyClicks(picker, "garage")  # the company counts too
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Élodie Girard (Garage Petit)"
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "Élodie Girard (Garage Petit)"
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)  # no longer the name of anyone
    assert picker.contact_id is None
    picker.clear()
    picker.insert("ÉLODIE")  # accents and case folded alike
    picker.search_now()
    assert picker.completer().model().stringList() == ["Élodie Girard (Garage Petit)"]


def test_setting_lost_in_the_deal_editor_opens_the_debrief(
    qtbot, view: PipelineView, workspace: Workspace
) -> None:
    opened: list[str] = []

    def edit(editor: QWidget) -> None:
        status = editor.findChild(QComboBox, "status")
        status.setCurrentIndex(status.findText("Lost"))
        on_next_modal(lambda d: opened.append(d.windowTitle()))
        click_button(editor, "saveButton")

    on_next_modal(edit)
    view.edit_deal()
    assert opened == ["Debrief: Parc de tablettes"]
    assert workspace.pipeline.deal_rows()[0].debrief is DebriefState.PENDING
    assert view.model.index(0, 4).data() == "Lost · debrief pending"
