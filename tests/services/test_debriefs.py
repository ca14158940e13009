"""Debriefs below the window: drafts, finishing, bad input, and insights on a known history."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

import pytest

from salescoach.domain.deals import ContactDraft, DealDraft
from salescoach.domain.debrief import (
    Answer,
    DebriefDraft,
    DebriefState,
    seed_reason_id,
)
from salescoach.domain.enums import ContactRole, DealStatus
from salescoach.domain.insights import quarters_between, weak_spots, weakest_question
from salescoach.domain.messages import UserError, ValidationError
from salescoach.domain.periods import Period, add_months, period_range
from salescoach.services.workspace import Workspace

Y, P, N = Answer.YES, Answer.PARTLY, Answer.NO


def _lost_deal(ws: Workspace, title: str, lost_on: dt.date, competitor: str = "") -> uuid.UUID:
    row = ws.pipeline.save_deal(
        DealDraft(
            title,
            f"{title} SA",
            amount_cents=100_000,
            created_on=lost_on - dt.timedelta(days=30),
            competitor=competitor,
        )
    )
    ws.debriefs.mark_lost(row.id, lost_on)
    return row.id


def _finish(
    ws: Workspace,
    deal_id: uuid.UUID,
    answers: list[Answer | None],
    reason: str,
    controllable: bool | None = None,
    **extra: object,
) -> DebriefDraft:
    draft, _ = ws.debriefs.load(deal_id)
    draft.answers = dict(enumerate(answers, start=1))
    draft.reason_id = seed_reason_id(reason)
    draft.controllable = controllable
    for key, value in extra.items():
        setattr(draft, key, value)
    ws.debriefs.finish(draft)
    return draft


def test_marking_lost_makes_the_debrief_pending(workspace: Workspace) -> None:
    deal = _lost_deal(workspace, "Parc de tablettes", dt.date(2025, 3, 10))
    [row] = workspace.pipeline.deal_rows()
    assert (row.status, row.closed_on, row.debrief) == (
        DealStatus.LOST,
        dt.date(2025, 3, 10),
        DebriefState.PENDING,
    )
    assert row.debrief_pending
    draft, state = workspace.debriefs.load(deal)
    assert state is DebriefState.PENDING and draft.cadence_months == 3


def test_a_draft_keeps_every_word_and_resumes_where_it_was(workspace: Workspace) -> None:
    deal = _lost_deal(workspace, "Audit sécurité", dt.date(2025, 5, 2), competitor="Qualys")
    draft, _ = workspace.debriefs.load(deal)
    assert draft.competitor == "Qualys"  # prefilled from the deal
    draft.answers[2] = Answer.PARTLY
    draft.notes[2] = "Je n'ai pas creusé le besoin réel : l'audit était pour l'assureur."
    draft.lessons = "Demander « pour qui est ce rapport ? » dès le premier appel."
    draft.step = 3
    assert workspace.debriefs.save_draft(draft)

    again, state = workspace.debriefs.load(deal)
    assert state is DebriefState.DRAFT
    assert again == draft
    assert workspace.pipeline.deal_rows()[0].debrief is DebriefState.DRAFT


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"reason_id": None}, "reason"),
        ({"referral_obtained": True, "referred_contact_id": None}, "referral"),
        ({"cadence_months": 0}, "cadence"),
        ({"cadence_months": -2}, "cadence"),
    ],
)
def test_an_incomplete_debrief_does_not_finish(
    workspace: Workspace, change: dict[str, object], field: str
) -> None:
    deal = _lost_deal(workspace, "Logiciel de paie", dt.date(2025, 1, 15))
    draft, _ = workspace.debriefs.load(deal)
    draft.reason_id = seed_reason_id("budget")
    for key, value in change.items():
        setattr(draft, key, value)
    with pytest.raises(ValidationError) as caught:
        workspace.debriefs.finish(draft)
    assert list(caught.value.fields) == [field]
    _, state = workspace.debriefs.load(deal)
    assert state is DebriefState.PENDING  # nothing written


def test_no_cadence_is_fine_when_not_staying_in_touch(workspace: Workspace) -> None:
    deal = _lost_deal(workspace, "Logiciel de paie", dt.date(2025, 1, 15))
    _finish(workspace, deal, [Y] * 6, "budget", stay_in_touch=False, cadence_months=0)
    assert workspace.debriefs.load(deal)[1] is DebriefState.DONE


def test_a_deleted_deal_cannot_be_debriefed(workspace: Workspace) -> None:
    deal = _lost_deal(workspace, "Logiciel de paie", dt.date(2025, 1, 15))
    draft, _ = workspace.debriefs.load(deal)
    draft.lessons = "typed before the deal was deleted elsewhere"
    workspace.pipeline.delete_deal(deal)
    with pytest.raises(UserError, match="no longer exists"):
        workspace.debriefs.save_draft(draft)
    draft.reason_id = seed_reason_id("price")
    with pytest.raises(UserError, match="no longer exists"):
        workspace.debriefs.finish(draft)
    db = workspace.data_dir / "salescoach.sqlite"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM debriefs").fetchone() == (0,)
    conn.close()


def test_finishing_links_the_referral_and_schedules_the_follow_up(workspace: Workspace) -> None:
    p = workspace.pipeline
    claire = p.save_contact(ContactDraft("Claire", "Martin"))
    row = p.save_deal(
        DealDraft(
            "Parc de tablettes",
            "Transports Lefèvre",
            amount_cents=10_000,
            created_on=dt.date(2024, 10, 1),
            contacts=[(claire, ContactRole.DECISION_MAKER)],
        )
    )
    workspace.debriefs.mark_lost(row.id, dt.date(2024, 11, 30))
    paul = p.save_contact(ContactDraft("Paul", "Girard", email="paul@girard.fr"))
    _finish(
        workspace,
        row.id,
        [Y, Y, P, N, Y, Y],
        "competitor_offer",
        controllable=True,
        competitor="Salesforce",
        referral_asked=True,
        referral_obtained=True,
        referred_contact_id=paul,
        referrer_contact_id=claire,
        cadence_months=3,
    )
    with sqlite3.connect(workspace.data_dir / "salescoach.sqlite") as conn:
        referred_by = conn.execute(
            "SELECT referred_by_id FROM contacts WHERE id = ?", (paul.hex,)
        ).fetchone()
        follow_up = conn.execute("SELECT every, unit, next_on, active FROM follow_ups").fetchall()
    conn.close()
    assert referred_by == (claire.hex,)
    assert follow_up == [(3, "months", "2025-02-28", 1)]  # 30 Nov + 3 months, clamped
    assert p.deal_rows()[0].competitor == "Salesforce"


def test_a_finished_debrief_is_not_emptied_by_a_half_edit(workspace: Workspace) -> None:
    deal = _lost_deal(workspace, "Logiciel de paie", dt.date(2025, 1, 15))
    draft = _finish(workspace, deal, [Y] * 6, "budget")
    draft.reason_id = None  # the rep is changing the reason; the autosave fires meanwhile
    assert not workspace.debriefs.save_draft(draft)
    again, state = workspace.debriefs.load(deal)
    assert state is DebriefState.DONE and again.reason_id == seed_reason_id("budget")


def _history(ws: Workspace) -> None:
    """Five debriefed losses and one pending, over three quarters (hand-counted below)."""
    d1 = _lost_deal(ws, "A", dt.date(2024, 2, 10), competitor="Sage")
    d2 = _lost_deal(ws, "B", dt.date(2024, 3, 5))
    d3 = _lost_deal(ws, "C", dt.date(2024, 8, 20))
    d4 = _lost_deal(ws, "D", dt.date(2024, 9, 1))
    d5 = _lost_deal(ws, "E", dt.date(2024, 9, 30))
    _lost_deal(ws, "F", dt.date(2024, 10, 2))  # pending
    _finish(ws, d1, [N, P, Y, N, Y, Y], "competitor_offer", True, referral_asked=True)
    _finish(ws, d2, [N, Y, Y, Y, Y, P], "budget", False, competitor="sage ")
    _finish(ws, d3, [P, N, Y, Y, Y, Y], "budget", False, competitor="Cegid")
    _finish(ws, d4, [Y, N, Y, Y, P, Y], "no_decision_maker", True, referral_asked=True)
    _finish(ws, d5, [N, Y, Y, Y, Y, None], "timing", None)


def test_insights_on_a_known_history(workspace: Workspace) -> None:
    _history(workspace)
    i = workspace.debriefs.insights()
    assert (i.finished, i.pending) == (5, 1)
    # Q1: no ×3, partly ×1 → 4 weak answers; Q2: no ×2, partly ×1 → 3.
    assert i.answers[1] == {N: 3, P: 1, Y: 1}
    assert i.answers[6] == {Y: 3, P: 1}  # the unanswered one is not counted
    assert i.weakest == 1
    assert i.weak_spots == [1, 2]  # 4/5 and 3/5 are at least 40 %; Q4 (1/5) is not
    assert [(q.quarter, q.within, q.outside, q.unknown) for q in i.by_quarter] == [
        ("2024-Q1", 1, 1, 0),
        ("2024-Q2", 0, 0, 0),  # a quarter with no loss shows as zero
        ("2024-Q3", 1, 1, 1),
    ]
    assert (i.controllable_losses, i.uncontrollable_losses) == (2, 2)
    assert i.reason_totals[0] == (seed_reason_id("budget"), 2)
    assert i.reasons_by_quarter["2024-Q3"] == {
        seed_reason_id("budget"): 1,
        seed_reason_id("no_decision_maker"): 1,
        seed_reason_id("timing"): 1,
    }
    assert i.competitors == [("Sage", 2), ("Cegid", 1)]  # case and spaces ignored
    assert (i.referrals_asked, i.referrals_obtained) == (2, 0)
    assert workspace.debriefs.checklist() == [1, 2]

    third_quarter = workspace.debriefs.insights(dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    assert third_quarter.finished == 3 and third_quarter.weakest == 2


def test_stats_object(workspace: Workspace) -> None:
    _history(workspace)
    stats = workspace.debriefs.stats()
    assert stats["count"] == 5 and stats["pending"] == 1
    assert stats["q1"] == {"yes": 1, "partly": 1, "no": 3}
    assert stats["weakest_question"] == "q1"
    assert (stats["controllable_losses"], stats["uncontrollable_losses"]) == (2, 2)
    assert (stats["referrals_asked"], stats["referrals_obtained"]) == (2, 0)
    reasons = workspace.debriefs.loss_reason_stats()
    assert reasons[0] == {
        "reason": "budget",
        "label": "Budget",
        "controllable": False,
        "count": 2,
        "controllable_count": 0,
        "imported": 0,
    }


def test_weak_spot_rules() -> None:
    assert weakest_question({}) is None
    assert weakest_question({3: {Y: 5}}) is None
    # Same number of weak answers: more "no" wins, then the earlier question.
    assert weakest_question({2: {P: 2}, 5: {N: 1, P: 1}}) == 5
    assert weakest_question({2: {N: 1}, 5: {N: 1}}) == 2
    assert weak_spots({1: {N: 2}}, debriefs=2) == []  # too few debriefs to say
    assert quarters_between("2024-Q3", "2025-Q2") == ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 11, 15), 3) == dt.date(2025, 2, 15)


def test_the_reason_list_is_editable(workspace: Workspace) -> None:
    d = workspace.debriefs
    assert [r.code for r in d.reasons()][:3] == ["timing", "budget", "competitor_offer"]
    mine = d.save_reason("Mauvais interlocuteur", controllable=True)
    d.save_reason("", controllable=True, reason_id=seed_reason_id("price"))
    d.save_reason("", controllable=False, reason_id=seed_reason_id("other"), hidden=True)
    reasons = {r.id: r for r in d.reasons()}
    assert reasons[mine].source_text == "Mauvais interlocuteur" and reasons[mine].controllable
    assert reasons[seed_reason_id("price")].controllable  # default changed for good
    assert seed_reason_id("other") not in reasons  # hidden from the form
    assert seed_reason_id("other") in {r.id for r in d.reasons(include_hidden=True)}
    with pytest.raises(ValidationError):
        d.save_reason("  ", controllable=False)


def test_renaming_a_reason_deleted_meanwhile_names_the_reason(workspace: Workspace) -> None:
    """Another window deleted the reason: the rep reads that the *reason* is gone."""
    d = workspace.debriefs
    mine = d.save_reason("Mauvais interlocuteur", controllable=True)
    with sqlite3.connect(workspace.data_dir / "salescoach.sqlite") as conn:
        conn.execute("DELETE FROM loss_reasons WHERE id = ?", (mine.hex,))
    conn.close()
    with pytest.raises(UserError) as raised:
        d.save_reason("Autre nom", controllable=True, reason_id=mine)
    text = raised.value.message.english()
    assert "loss reason no longer exists" in text and "deal" not in text


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period.ALL, (None, None)),
        (Period.LAST_12_MONTHS, (dt.date(2024, 2, 29), dt.date(2025, 2, 28))),  # a leap day
        (Period.THIS_YEAR, (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
        (Period.LAST_YEAR, (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
        (Period.THIS_QUARTER, (dt.date(2025, 1, 1), dt.date(2025, 3, 31))),
        (Period.LAST_QUARTER, (dt.date(2024, 10, 1), dt.date(2024, 12, 31))),
    ],
)
def test_period_ranges(period: Period, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert period_range(period, dt.date(2025, 2, 28)) == expected


def test_a_reopened_deal_leaves_the_insights_and_comes_back_when_lost_again(
    workspace: Workspace,
) -> None:
    deal = _lost_deal(workspace, "Logiciel de paie", dt.date(2025, 1, 15))
    _finish(workspace, deal, [N, Y, Y, Y, Y, Y], "budget", False)
    assert workspace.debriefs.insights().finished == 1
    p = workspace.pipeline
    draft = DealDraft(
        "Logiciel de paie", "Logiciel de paie SA", created_on=dt.date(2024, 12, 16)
    )  # back to open: the prospect called again
    p.save_deal(draft, deal)
    i = workspace.debriefs.insights()
    assert (i.finished, i.pending, i.answers) == (0, 0, {})
    assert workspace.debriefs.rows() == []
    draft.status, draft.closed_on = DealStatus.LOST, dt.date(2025, 4, 2)
    p.save_deal(draft, deal)
    i = workspace.debriefs.insights()
    assert i.finished == 1 and [q.quarter for q in i.by_quarter] == ["2025-Q2"]
    assert workspace.debriefs.load(deal)[1] is DebriefState.DONE  # the work is not lost


def test_the_list_of_lost_deals_reads_each_debrief_as_it_stands(workspace: Workspace) -> None:
    day = dt.date(2025, 6, 12)
    pending = _lost_deal(workspace, "Téléphonie IP", day, competitor="Orange")
    drafted = _lost_deal(workspace, "Parc de copieurs", day)
    done = _lost_deal(workspace, "Audit sécurité", dt.date(2025, 6, 3), competitor="Qualys")
    older = _lost_deal(workspace, "Logiciel de paie", dt.date(2024, 1, 8))
    draft, _ = workspace.debriefs.load(drafted)
    draft.answers = {1: N, 2: None, 3: P, 4: Y}  # unanswered questions are not weak
    workspace.debriefs.save_draft(draft)
    _finish(workspace, done, [N, P, Y, Y, N, None], "budget", controllable=False)
    _finish(workspace, older, [Y] * 6, "timing", controllable=True)

    rows = workspace.debriefs.rows()
    # Newest loss first; lost the same day, the deal made last first.
    assert [r.deal_id for r in rows] == [drafted, pending, done, older]
    assert [r.state for r in rows] == [
        DebriefState.DRAFT,
        DebriefState.PENDING,
        DebriefState.DONE,
        DebriefState.DONE,
    ]
    assert [r.weak_answers for r in rows] == [2, 0, 3, 0]
    assert [r.controllable for r in rows] == [None, None, False, True]
    assert [r.reason and r.reason.id for r in rows] == [
        None,
        None,
        seed_reason_id("budget"),
        seed_reason_id("timing"),
    ]
    assert (rows[1].account, rows[1].competitor, rows[1].lost_on) == (
        "Téléphonie IP SA",
        "Orange",
        day,
    )
    assert rows[2].competitor == "Qualys"  # the debrief's, prefilled from the deal


def test_a_competitor_met_on_many_losses_is_one_name_in_memory(workspace: Workspace) -> None:
    # Tens of thousands of losses name a dozen competitors: each row holding its own copy
    # kept 40 MiB of freed memory from going back to the system for as long as the window
    # stayed open.
    day = dt.date(2025, 6, 12)
    on_the_deal = [
        _lost_deal(workspace, f"Copieurs {n}", day, competitor="Lyreco") for n in range(3)
    ]
    in_the_debrief = _lost_deal(workspace, "Papeterie", day)
    _finish(workspace, in_the_debrief, [Y] * 6, "budget", competitor="Lyreco")

    rows = workspace.debriefs.rows()
    assert {r.deal_id for r in rows} == {*on_the_deal, in_the_debrief}
    names = {id(r.competitor) for r in rows}
    assert [r.competitor for r in rows] == ["Lyreco"] * 4
    assert len(names) == 1
