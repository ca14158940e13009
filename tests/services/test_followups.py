"""Follow-ups below the window: cadences, touches that restart them, snoozes, referral
advocates, and the .ics file read back by an independent parser."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import vobject

from salescoach.domain.deals import AccountDraft, ContactDraft, DealDraft, TouchDraft
from salescoach.domain.debrief import seed_reason_id
from salescoach.domain.enums import ContactRole, TouchKind
from salescoach.domain.followups import Bucket, CadenceUnit, bucket
from salescoach.domain.messages import UserError, ValidationError
from salescoach.services.calendar import event_uid, write_calendar
from salescoach.services.workspace import Workspace

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def _account(ws: Workspace, name: str) -> uuid.UUID:
    return ws.pipeline.account_ids().get(name) or ws.pipeline.save_account(AccountDraft(name))


def test_buckets_follow_the_calendar_week() -> None:
    assert bucket(dt.date(2026, 11, 24), TODAY) is Bucket.OVERDUE
    assert bucket(TODAY, TODAY) is Bucket.TODAY
    assert bucket(dt.date(2026, 11, 29), TODAY) is Bucket.THIS_WEEK  # Sunday
    assert bucket(dt.date(2026, 11, 30), TODAY) is Bucket.LATER  # next Monday


def test_a_touch_with_the_prospect_restarts_the_cadence(workspace: Workspace) -> None:
    p, f = workspace.pipeline, workspace.followups
    deal = p.save_deal(DealDraft("Audit sécurité", "Cabinet Moreau"))
    moreau = _account(workspace, "Cabinet Moreau")
    f.set_cadence(moreau, None, 2, CadenceUnit.WEEKS, next_on=dt.date(2026, 11, 20))
    [row] = f.rows()
    assert row.bucket(TODAY) is Bucket.OVERDUE

    p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2026, 11, 24, 10, 0), deal_id=deal.id))
    [row] = f.rows()
    assert row.next_on == dt.date(2026, 12, 8)  # two weeks after the call
    assert row.last_touch_on == dt.datetime(2026, 11, 24, 10, 0)
    # An older touch logged late does not bring the follow-up closer.
    p.log_touch(TouchDraft(TouchKind.EMAIL, dt.datetime(2026, 10, 1, 9, 0), deal_id=deal.id))
    assert f.rows()[0].next_on == dt.date(2026, 12, 8)


def test_a_touch_with_one_of_its_people_counts_too(workspace: Workspace) -> None:
    p, f = workspace.pipeline, workspace.followups
    moreau = _account(workspace, "Cabinet Moreau")
    claire = p.save_contact(ContactDraft("Claire", "Martin", account_id=moreau))
    f.set_cadence(moreau, None, 1, CadenceUnit.MONTHS, next_on=dt.date(2026, 11, 1))
    p.log_touch(TouchDraft(TouchKind.MEETING, dt.datetime(2026, 11, 10, 15, 0), contact_id=claire))
    assert f.rows()[0].next_on == dt.date(2026, 12, 10)


def test_a_touch_with_the_company_alone_restarts_its_cadence(workspace: Workspace) -> None:
    """Logged from the Follow-ups with nobody in particular and no deal: it stayed due."""
    p, f = workspace.pipeline, workspace.followups
    moreau = _account(workspace, "Cabinet Moreau")
    f.set_cadence(moreau, None, 1, CadenceUnit.MONTHS, next_on=dt.date(2026, 11, 1))
    p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2026, 11, 10, 15, 0), account_id=moreau))
    assert f.rows()[0].next_on == dt.date(2026, 12, 10)


@pytest.mark.parametrize("every", [0, -3, None])
def test_a_cadence_of_zero_or_less_is_refused(workspace: Workspace, every: int | None) -> None:
    moreau = _account(workspace, "Cabinet Moreau")
    with pytest.raises(ValidationError) as caught:
        workspace.followups.set_cadence(moreau, None, every, CadenceUnit.DAYS)
    assert list(caught.value.fields) == ["every"]
    assert workspace.followups.rows() == []


def test_snooze_moves_the_date_and_refuses_the_past(workspace: Workspace) -> None:
    f = workspace.followups
    moreau = _account(workspace, "Cabinet Moreau")
    fid = f.set_cadence(moreau, None, 3, CadenceUnit.MONTHS, next_on=dt.date(2026, 11, 20))
    with pytest.raises(ValidationError, match="after today"):
        f.snooze(fid, dt.date(2026, 11, 24), today=TODAY)
    assert f.rows()[0].next_on == dt.date(2026, 11, 20)  # nothing changed
    f.snooze(fid, dt.date(2026, 12, 2), today=TODAY)
    assert f.rows()[0].next_on == dt.date(2026, 12, 2)
    f.stop(fid)
    assert f.rows() == []
    with pytest.raises(UserError):
        f.snooze(fid, dt.date(2026, 12, 9), today=TODAY)


def test_one_cadence_per_prospect(workspace: Workspace) -> None:
    """A second loss at the same company updates its cadence instead of adding another."""
    p, d = workspace.pipeline, workspace.debriefs
    for title, lost in (
        ("Parc de tablettes", dt.date(2026, 3, 2)),
        ("Logiciel", dt.date(2026, 6, 1)),
    ):
        row = p.save_deal(
            DealDraft(title, "Cabinet Moreau", created_on=lost - dt.timedelta(days=9))
        )
        d.mark_lost(row.id, lost)
        draft, _ = d.load(row.id)
        draft.reason_id = seed_reason_id("budget")
        draft.cadence_months = 2
        d.finish(draft)
    [row] = workspace.followups.rows()
    assert (row.deal_title, row.next_on, row.every) == ("Logiciel", dt.date(2026, 8, 1), 2)


def test_referral_advocates_and_thanks(workspace: Workspace) -> None:
    p, f = workspace.pipeline, workspace.followups
    claire = p.save_contact(ContactDraft("Claire", "Martin"), account_name="Cabinet Moreau")
    paul = p.save_contact(ContactDraft("Paul", "Girard"), account_name="Garage Petit")
    f.add_referral(claire, paul)
    p.save_deal(DealDraft("Flotte", "Garage Petit", contacts=[(paul, ContactRole.DECISION_MAKER)]))
    [a] = f.advocates()
    assert (a.name, a.account, a.referred, a.deals_opened, a.deals_won) == (
        "Claire Martin", "Cabinet Moreau", ("Paul Girard",), 1, 0
    )  # fmt: skip
    assert a.last_thanks_on is None
    with pytest.raises(ValidationError):
        f.thank(claire, "  ")
    f.thank(claire, "Déjeuner", dt.date(2026, 11, 2))
    assert f.advocates()[0].last_thanks == "Déjeuner"
    with pytest.raises(ValidationError):
        f.add_referral(paul, paul)


def _calendar(ws: Workspace) -> None:
    f = ws.followups
    for name, next_on in (
        ("Cabinet Moreau", dt.date(2026, 11, 20)),
        ("Garage Petit", dt.date(2027, 1, 4)),
    ):
        f.set_cadence(_account(ws, name), None, 3, CadenceUnit.MONTHS, next_on=next_on)


def _events(path: Path) -> dict[str, object]:
    cal = vobject.readOne(path.read_text(encoding="utf-8"))
    return {e.uid.value: e for e in cal.vevent_list}


def test_ics_read_back_by_another_parser(workspace: Workspace, tmp_path: Path) -> None:
    _calendar(workspace)
    rows = workspace.followups.rows()
    path = tmp_path / "follow-ups.ics"
    write_calendar(path, rows, lambda m: m.english(), TODAY, stopped=[])
    events = _events(path)
    assert set(events) == {event_uid(r) for r in rows}
    moreau = events[event_uid(rows[0])]
    assert moreau.summary.value == "Stay in touch: Cabinet Moreau"  # type: ignore[attr-defined]
    assert moreau.dtstart.value == TODAY  # overdue: today, not in the past  # type: ignore[attr-defined]
    petit = events[event_uid(rows[1])]
    assert petit.dtstart.value == dt.date(2027, 1, 4)  # type: ignore[attr-defined]
    assert petit.dtend.value == dt.date(2027, 1, 5)  # type: ignore[attr-defined]

    # Importing again after a change: the same UIDs, a higher SEQUENCE, the new date.
    before = int(petit.sequence.value)  # type: ignore[attr-defined]
    workspace.followups.snooze(rows[1].id, dt.date(2027, 2, 1), today=TODAY)
    import time

    time.sleep(0.01)
    write_calendar(path, workspace.followups.rows(), lambda m: m.english(), TODAY, stopped=[])
    again = _events(path)
    assert set(again) == set(events)
    assert again[event_uid(rows[1])].dtstart.value == dt.date(2027, 2, 1)  # type: ignore[attr-defined]
    assert int(again[event_uid(rows[1])].sequence.value) >= before  # type: ignore[attr-defined]


def test_ics_to_a_folder_that_cannot_be_written(workspace: Workspace, tmp_path: Path) -> None:
    _calendar(workspace)
    target = tmp_path / "missing" / "f.ics"
    with pytest.raises(UserError, match="folder is missing or read-only"):
        write_calendar(target, workspace.followups.rows(), lambda m: m.english(), TODAY, stopped=[])
    assert not target.parent.exists()


def test_followups_command_writes_the_calendar(tmp_path: Path) -> None:
    folder, out = tmp_path / "data", tmp_path / "cal.ics"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "salescoach", *args, "--data-dir", str(folder)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    assert run("demo", "--deals", "300").returncode == 0
    listed = run("followups")
    assert listed.returncode == 0 and " !" in listed.stdout  # the demo has overdue ones
    done = run("followups", "--ics", str(out))
    assert done.returncode == 0, done.stderr
    events = _events(out)
    assert len(events) == len(listed.stdout.splitlines()) > 0
    first = run("followups", "--ics", str(out))
    assert first.returncode == 0 and set(_events(out)) == set(events)  # same UIDs again
    bad = run("followups", "--ics", str(tmp_path / "nope" / "x.ics"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr


def test_a_referral_from_the_company_makes_it_an_advocate(workspace: Workspace) -> None:
    """A debrief whose referrer is "(the company)": the company shows among the advocates,
    with the person it referred."""
    p, d = workspace.pipeline, workspace.debriefs
    paul = p.save_contact(ContactDraft("Paul", "Girard"), account_name="Garage Petit")
    row = p.save_deal(DealDraft("Audit", "Cabinet Moreau", created_on=dt.date(2026, 3, 1)))
    d.mark_lost(row.id, dt.date(2026, 3, 10))
    draft, _ = d.load(row.id)
    draft.reason_id = seed_reason_id("budget")
    draft.referral_asked = draft.referral_obtained = True
    draft.referred_contact_id, draft.referrer_contact_id = paul, None
    d.finish(draft)
    [advocate] = workspace.followups.advocates()
    assert (advocate.name, advocate.referred, advocate.contact_id) == (
        "Cabinet Moreau",
        ("Paul Girard",),
        None,
    )
