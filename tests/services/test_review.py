"""The weekly review and the writing coach over a real data folder."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salescoach.domain.deals import ContactDraft, DealDraft, TouchDraft
from salescoach.domain.enums import ContactRole, DealStatus, TouchKind
from salescoach.domain.messages import ValidationError
from salescoach.domain.review import ReviewDraft
from salescoach.domain.templates import DraftRow, Moment, draft_key
from salescoach.services.workspace import Workspace, open_workspace

THURSDAY = dt.date(2026, 11, 26)
MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = open_workspace(tmp_path / "data")
    yield workspace
    workspace.close()


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def test_a_week_with_nothing_logged(ws: Workspace) -> None:
    review = ws.review.week(THURSDAY)
    assert review.week == MONDAY
    assert review.this.all_touches == 0 and review.this.touch_value_cents is None
    assert len(review.before) == 4 and all(w.all_touches == 0 for w in review.before)
    assert review.suggestions == []  # nothing to compare: no invented weak spot
    assert review.done is None and review.previous is None and not review.plan_a_break


def test_the_week_against_the_weeks_before(ws: Workspace) -> None:
    p = ws.pipeline
    last_week = MONDAY - dt.timedelta(weeks=1)
    won = p.save_deal(
        DealDraft("Won", "Acme", 1_000_000, commission_cents=60_000, status=DealStatus.WON,
                  created_on=last_week, closed_on=MONDAY + dt.timedelta(days=1))
    )  # fmt: skip
    p.save_deal(DealDraft("New", "Acme", 5_000, created_on=MONDAY + dt.timedelta(days=2)))
    for i in range(12):
        p.log_touch(TouchDraft(TouchKind.CALL, _at(last_week + dt.timedelta(days=i % 5))))
    p.log_touch(TouchDraft(TouchKind.EMAIL, _at(MONDAY), deal_id=won.id))
    p.log_touch(TouchDraft(TouchKind.CALL, _at(MONDAY + dt.timedelta(days=3), 23)))
    review = ws.review.week(THURSDAY)
    assert review.this.touches[TouchKind.EMAIL] == 1 and review.this.all_touches == 2
    assert (review.this.new_deals, review.this.won, review.this.lost) == (1, 1, 0)
    assert review.this.touch_value_cents == 30_000  # 600 € over two touches
    assert review.before[-1].all_touches == 12 and review.before[-1].new_deals == 1
    outreach = review.suggestions[0]
    assert outreach.kind == "outreach"  # 2 touches against 12 over four weeks: 3 a week
    assert outreach.args == {"count": 4, "usual": 3}


def test_check_in_saved_and_focus_checked_next_week(ws: Workspace) -> None:
    ws.review.save(ReviewDraft(MONDAY, 4, "en forme", "Appeler 10 prospects"), THURSDAY)
    assert ws.review.focus(THURSDAY + dt.timedelta(days=4)).focus == "Appeler 10 prospects"
    next_thursday = THURSDAY + dt.timedelta(weeks=1)
    review = ws.review.week(next_thursday)
    assert review.previous is not None and review.previous.focus == "Appeler 10 prospects"
    ws.review.save(
        ReviewDraft(review.week, 2, "fatigué", "Finir les débriefs", "debriefs", True),
        next_thursday,
    )
    past = ws.review.past()
    assert [(r.energy, r.focus_kept) for r in past] == [(2, None), (4, True)]
    stats = ws.review.stats()
    assert stats["reviews"]["count"] == 2
    assert [e["energy"] for e in stats["reviews"]["energy_by_week"]] == [4, 2]


def test_bad_check_in_writes_nothing(ws: Workspace) -> None:
    for energy, focus in ((7, "x"), (3, "   ")):
        with pytest.raises(ValidationError):
            ws.review.save(ReviewDraft(MONDAY, energy, "", focus), THURSDAY)
    assert ws.review.past() == []


def test_falling_energy_and_results_say_plan_a_break(ws: Workspace) -> None:
    weeks = [MONDAY - dt.timedelta(weeks=n) for n in (2, 1, 0)]
    for week, touches in zip(weeks, (9, 6, 3), strict=True):
        for i in range(touches):
            ws.pipeline.log_touch(TouchDraft(TouchKind.CALL, _at(week + dt.timedelta(days=i % 5))))
    for week, energy in zip(weeks, (4, 3, 2), strict=True):
        ws.review.save(ReviewDraft(week, energy, "", "Tenir"), week + dt.timedelta(days=4))
    assert ws.review.week(THURSDAY).plan_a_break


def test_composer_recipient_drafts_and_logged_email(ws: Workspace) -> None:
    p = ws.pipeline
    claire = p.save_contact(ContactDraft("Claire", "Martin", email="c@acme.fr"), None, "Acme")
    deal = p.save_deal(DealDraft("Migration CRM", "Acme", contacts=[(claire, ContactRole.USER)]))
    who = ws.writing.recipient(deal.id)
    assert (who.contact_id, who.details.first_name, who.details.company) == (
        claire,
        "Claire",
        "Acme",
    )
    assert who.details.deal == "Migration CRM" and who.details.email == "c@acme.fr"
    key = draft_key(Moment.REFERRAL, deal.id, claire)
    ws.writing.save_draft(DraftRow(key, "referral", "fr", deal.id, claire, "Objet", "Texte"))
    assert ws.writing.draft(key).body == "Texte"
    ws.writing.log_email(deal.id, claire, "Objet", "Texte")
    touches = p.touches(deal.id)
    assert [(t.kind, t.contact) for t in touches] == [(TouchKind.EMAIL, "Claire Martin")]
    with sqlite3.connect(ws.store.path) as conn:
        assert conn.execute("SELECT note FROM touches").fetchone()[0] == "Objet\n\nTexte"


def test_the_year_so_far_is_in_the_goals_currency(ws: Workspace) -> None:
    """The review's year so far is compared with the goal: in the goal's currency, even
    when the main currency chosen in Settings is another."""
    from salescoach.domain.goals import GoalDraft
    from salescoach.services import currency

    ws.progress.save_goal(GoalDraft(THURSDAY.year, 10_000_000, currency="EUR"))
    for title, code, cents in (("Audit", "EUR", 1_200_000), ("Licences", "USD", 900_000)):
        ws.pipeline.save_deal(DealDraft(title, "Acme", cents, code, status=DealStatus.WON,
                                        created_on=MONDAY, closed_on=MONDAY))  # fmt: skip
    currency.set_main_currency(ws.store, "USD")
    review = ws.review.week(THURSDAY)
    assert review.goal is not None and review.goal.currency == "EUR"
    assert review.year_to_date_cents == 1_200_000  # the euros, not the dollars
