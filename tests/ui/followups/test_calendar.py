"""The calendar file stays true to the follow-ups after it was imported: stopped and deleted
ones come back cancelled, moved ones with a higher SEQUENCE. Every file is read back by two
independent parsers (vobject and icalendar), which must agree."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import icalendar
import vobject

from salescoach.domain.deals import AccountDraft, ContactDraft, TouchDraft
from salescoach.domain.enums import TouchKind
from salescoach.domain.followups import CadenceUnit
from salescoach.services.calendar import write_calendar
from salescoach.services.followups import CANCEL_FOR_DAYS
from salescoach.services.workspace import Workspace

TODAY = dt.date.today()


@dataclass(frozen=True)
class Event:
    day: dt.date
    sequence: int
    modified: dt.datetime
    cancelled: bool
    summary: str


def _read(path: Path) -> dict[str, Event]:
    """The events by UID, as vobject reads them, checked against icalendar's reading."""
    text = path.read_text(encoding="utf-8")
    by_vobject = {
        e.uid.value: Event(
            e.dtstart.value,
            int(e.sequence.value),
            e.last_modified.value,
            getattr(e, "status", None) is not None and e.status.value == "CANCELLED",
            e.summary.value,
        )
        for e in vobject.readOne(text).contents.get("vevent", [])
    }
    by_icalendar = {
        str(e["uid"]): Event(
            e.decoded("dtstart"),
            int(e["sequence"]),
            e.decoded("last-modified"),
            str(e.get("status", "")) == "CANCELLED",
            str(e["summary"]),
        )
        for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
    }
    assert by_vobject == by_icalendar
    return by_vobject


def _export(ws: Workspace, path: Path, today: dt.date = TODAY) -> dict[str, Event]:
    f = ws.followups
    write_calendar(path, f.rows(), lambda m: m.english(), today, stopped=f.stopped(today))
    return _read(path)


def _uid(follow_up_id: uuid.UUID) -> str:
    return f"follow-up-{follow_up_id}@salescoach"


def _stay_in_touch(ws: Workspace, name: str, next_on: dt.date) -> uuid.UUID:
    account = ws.pipeline.save_account(AccountDraft(name))
    return ws.followups.set_cadence(account, None, 3, CadenceUnit.MONTHS, next_on=next_on)


def _next_second() -> None:
    """SEQUENCE counts seconds: let the clock move on, as between two actions of the rep."""
    time.sleep(1.05)


def test_a_stopped_follow_up_is_cancelled_in_the_next_export(
    workspace: Workspace, tmp_path: Path
) -> None:
    moreau = _stay_in_touch(workspace, "Cabinet Moreau", TODAY + dt.timedelta(days=20))
    petit = _stay_in_touch(workspace, "Garage Petit", TODAY + dt.timedelta(days=40))
    path = tmp_path / "follow-ups.ics"
    before = _export(workspace, path)
    assert not before[_uid(moreau)].cancelled

    workspace.followups.stop(moreau)
    after = _export(workspace, path)
    assert set(after) == set(before)  # still there, so that the calendar can drop it
    gone = after[_uid(moreau)]
    assert gone.cancelled and gone.summary == "Stay in touch: Cabinet Moreau"
    assert gone.sequence > before[_uid(moreau)].sequence
    assert gone.modified >= before[_uid(moreau)].modified
    assert after[_uid(petit)] == before[_uid(petit)]  # untouched, unchanged
    assert [r.who for r in workspace.followups.rows()] == ["Garage Petit"]


def test_deleting_the_account_or_the_person_cancels_their_events(
    workspace: Workspace, tmp_path: Path
) -> None:
    p, f = workspace.pipeline, workspace.followups
    moreau = p.save_account(AccountDraft("Cabinet Moreau"))
    claire = p.save_contact(ContactDraft("Claire", "Martin", account_id=moreau))
    by_account = f.set_cadence(moreau, None, 2, CadenceUnit.WEEKS, next_on=TODAY)
    paul = p.save_contact(ContactDraft("Paul", "Girard"))  # a person without a company
    by_person = f.set_cadence(None, paul, 1, CadenceUnit.MONTHS, next_on=TODAY)
    path = tmp_path / "follow-ups.ics"
    before = _export(workspace, path)

    p.delete_account(moreau)
    p.delete_contact(paul)
    after = _export(workspace, path)
    for follow_up in (by_account, by_person):
        event = after[_uid(follow_up)]
        assert event.cancelled and event.summary == "Stay in touch (stopped)"
        assert event.sequence > before[_uid(follow_up)].sequence
    assert f.rows() == []
    assert p.contact(claire) is not None  # the account's people stay, as before


def test_cancellations_are_written_for_ninety_days(workspace: Workspace, tmp_path: Path) -> None:
    stopped = _stay_in_touch(workspace, "Cabinet Moreau", TODAY + dt.timedelta(days=5))
    workspace.followups.stop(stopped)
    path = tmp_path / "follow-ups.ics"
    assert CANCEL_FOR_DAYS == 90
    late = TODAY + dt.timedelta(days=CANCEL_FOR_DAYS - 1)
    assert _export(workspace, path, late)[_uid(stopped)].cancelled
    assert _export(workspace, path, late + dt.timedelta(days=2)) == {}


def test_an_overdue_event_moved_to_a_new_day_gets_a_higher_sequence(
    workspace: Workspace, tmp_path: Path
) -> None:
    late = _stay_in_touch(workspace, "Cabinet Moreau", TODAY - dt.timedelta(days=3))
    path = tmp_path / "follow-ups.ics"
    monday = _export(workspace, path)[_uid(late)]
    assert monday.day == TODAY  # overdue: shown today
    tuesday = _export(workspace, path, TODAY + dt.timedelta(days=1))[_uid(late)]
    assert tuesday.day == TODAY + dt.timedelta(days=1)
    assert tuesday.sequence > monday.sequence
    assert tuesday.modified > monday.modified


def test_a_snooze_or_a_touch_that_moves_the_event_gets_a_higher_sequence(
    workspace: Workspace, tmp_path: Path
) -> None:
    p, f = workspace.pipeline, workspace.followups
    moreau = p.save_account(AccountDraft("Cabinet Moreau"))
    claire = p.save_contact(ContactDraft("Claire", "Martin", account_id=moreau))
    follow_up = f.set_cadence(moreau, None, 2, CadenceUnit.WEEKS, next_on=TODAY)
    path = tmp_path / "follow-ups.ics"
    first = _export(workspace, path)[_uid(follow_up)]

    _next_second()
    f.snooze(follow_up, TODAY + dt.timedelta(days=3), today=TODAY)
    snoozed = _export(workspace, path)[_uid(follow_up)]
    assert snoozed.day == TODAY + dt.timedelta(days=3)
    assert snoozed.sequence > first.sequence and snoozed.modified > first.modified

    _next_second()
    p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime.now(), contact_id=claire))
    touched = _export(workspace, path)[_uid(follow_up)]
    assert touched.day == TODAY + dt.timedelta(weeks=2)
    assert touched.sequence > snoozed.sequence and touched.modified > snoozed.modified


def test_the_same_data_on_the_same_day_writes_the_same_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    _stay_in_touch(workspace, "Cabinet Moreau", TODAY - dt.timedelta(days=3))
    workspace.followups.stop(_stay_in_touch(workspace, "Garage Petit", TODAY))
    one, two = tmp_path / "one.ics", tmp_path / "two.ics"
    _export(workspace, one)
    _next_second()
    _export(workspace, two)
    assert one.read_bytes() == two.read_bytes()


def test_stop_in_the_follow_ups_view_then_export_cancels_the_event(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

    from salescoach.ui.common.events import Events
    from salescoach.ui.followups.view import FollowUpsView
    from tests.conftest import click_button, on_next_modal

    moreau = _stay_in_touch(workspace, "Cabinet Moreau", TODAY - dt.timedelta(days=3))
    petit = _stay_in_touch(workspace, "Garage Petit", TODAY + dt.timedelta(days=40))
    view = FollowUpsView(workspace, Events())
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()

    def export(path: Path) -> dict[str, Event]:
        def save_as(dialog: QWidget) -> None:
            assert isinstance(dialog, QFileDialog)
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
            dialog.accept()

        on_next_modal(save_as)
        qtbot.mouseClick(view.findChild(QWidget, "exportIcsButton"), Qt.MouseButton.LeftButton)
        return _read(path)

    before = export(tmp_path / "monday.ics")
    assert not before[_uid(moreau)].cancelled  # the overdue one, selected first
    on_next_modal(lambda box: click_button(box, "confirmButton"))
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.findChild(QWidget, "stopButton"), Qt.MouseButton.LeftButton)
    after = export(tmp_path / "tuesday.ics")
    assert after[_uid(moreau)].cancelled
    assert after[_uid(moreau)].sequence > before[_uid(moreau)].sequence
    assert after[_uid(petit)] == before[_uid(petit)]
