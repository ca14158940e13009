"""Progress on real SQLite files: the SQL totals per month, quarter and year on a hand-made
history whose totals are known, goals per year, nominations, marking won, the demo."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest

from salescoach.domain.deals import DealDraft, TouchDraft
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.domain.goals import GoalDraft, NominationDraft
from salescoach.domain.messages import UserError, ValidationError
from salescoach.domain.progress import Grouping, Metric, PeriodTotals, roll_up
from salescoach.services.demo import generate_demo
from salescoach.services.progress import monthly_json, series
from salescoach.services.stats import compute_stats
from salescoach.services.workspace import Workspace, open_workspace
from salescoach.store.database import make_engine, run_migrations

D = dt.date
TODAY = D(2024, 6, 15)
WON, LOST = DealStatus.WON, DealStatus.LOST


def add_history(ws: Workspace) -> dict[str, object]:
    """Six closed deals and an open one; the totals below are what the store must find."""
    made = {}
    for title, status, closed, amount, commission, currency in (
        ("Logiciel de paie", WON, D(2023, 1, 10), 100_000, 10_000, "EUR"),
        ("Parc de tablettes", WON, D(2023, 1, 20), 200_000, 15_000, "EUR"),
        ("Audit sécurité", LOST, D(2023, 2, 5), 500_000, 0, "EUR"),
        ("Site e-commerce", WON, D(2023, 4, 15), 400_000, 40_000, "USD"),
        ("Téléphonie IP", LOST, D(2023, 5, 3), 90_000, 0, "EUR"),
        ("Formation commerciale", WON, D(2024, 3, 31), 300_000, 30_000, "EUR"),
    ):
        row = ws.pipeline.save_deal(
            DealDraft(title, "Cabinet Moreau", amount_cents=amount, commission_cents=commission,
                      currency=currency, status=status, created_on=closed - dt.timedelta(days=30),
                      closed_on=closed)
        )  # fmt: skip
        made[title] = row
    made["open"] = ws.pipeline.save_deal(DealDraft("Maintenance", "Cabinet Moreau"))
    return made


@pytest.fixture
def history(workspace: Workspace) -> Workspace:
    add_history(workspace)
    return workspace


def test_totals_per_month_quarter_and_year(history: Workspace) -> None:
    store = history.store
    months = series(store, Grouping.MONTH, "EUR", TODAY)
    assert (months[0].start, months[-1].start) == (D(2023, 1, 1), D(2024, 6, 1))
    assert len(months) == 18  # every month, closed deals or not
    assert months[0] == PeriodTotals(D(2023, 1, 1), 2, 0, 300_000, 25_000)
    assert months[1] == PeriodTotals(D(2023, 2, 1), 0, 1, 0, 0)
    # The dollar deal counts as a win, not in euro revenue (no exchange rates offline).
    assert months[3] == PeriodTotals(D(2023, 4, 1), 1, 0, 0, 0)
    assert sum(m.won for m in months) == 4 and sum(m.lost for m in months) == 2
    assert sum(m.revenue_cents for m in months) == 600_000
    quarters = series(store, Grouping.QUARTER, "EUR", TODAY)
    assert [(q.start, q.won, q.lost, q.revenue_cents) for q in quarters] == [
        (D(2023, 1, 1), 2, 1, 300_000),
        (D(2023, 4, 1), 1, 1, 0),
        (D(2023, 7, 1), 0, 0, 0),
        (D(2023, 10, 1), 0, 0, 0),
        (D(2024, 1, 1), 1, 0, 300_000),
        (D(2024, 4, 1), 0, 0, 0),
    ]
    years = series(store, Grouping.YEAR, "EUR", TODAY)
    assert years == [
        PeriodTotals(D(2023, 1, 1), 3, 2, 300_000, 25_000),
        PeriodTotals(D(2024, 1, 1), 1, 0, 300_000, 30_000),
    ]
    # SQL's GROUP BY quarter and year agree with adding its months up.
    assert roll_up(months, Grouping.QUARTER) == quarters
    assert roll_up(months, Grouping.YEAR) == years
    dollars = series(store, Grouping.YEAR, "USD", TODAY)
    assert [y.revenue_cents for y in dollars] == [400_000, 0]


def test_load_reads_everything_the_view_shows(history: Workspace) -> None:
    data = history.progress.load(TODAY)
    assert data.currency == "EUR" and not data.empty
    assert data.this_year == [(D(2024, 3, 31), 300_000, 30_000)]
    assert data.last_year == [(D(2023, 1, 10), 100_000, 10_000), (D(2023, 1, 20), 200_000, 15_000)]
    assert data.year_to_date(Metric.COMMISSION) == 30_000
    assert data.streak.months == 0  # March 2024 was the last win
    assert data.goal is None and data.nominations == []


def test_stats_json_monthly_is_the_chart_series(history: Workspace) -> None:
    figures = compute_stats(history.store)
    monthly = figures["monthly"]
    assert monthly[0] == {
        "month": "2023-01", "won": 2, "lost": 0, "revenue": 3000.0, "commission": 250.0
    }  # fmt: skip
    assert monthly == monthly_json(history.store, "EUR")
    assert {m["month"] for m in monthly} >= {"2023-02", "2023-03", "2024-03"}
    assert sum(m["won"] for m in monthly) == figures["deals"]["won"] == 4


def test_goals_are_kept_per_year(history: Workspace) -> None:
    progress = history.progress
    progress.save_goal(GoalDraft(2023, 500_000))
    progress.save_goal(GoalDraft(2024, 900_000, Metric.COMMISSION, "EUR", Grouping.MONTH, 7_500))
    progress.save_goal(GoalDraft(2024, 1_000_000))  # replaces 2024's, keeps 2023's
    goals = history.progress.load(TODAY).goals
    assert {y: (g.amount_cents, g.metric, g.target_period) for y, g in goals.items()} == {
        2023: (500_000, Metric.REVENUE, None),
        2024: (1_000_000, Metric.REVENUE, None),
    }
    for bad in (0, -5, None):
        with pytest.raises(ValidationError):
            progress.save_goal(GoalDraft(2025, bad))
    assert progress.goal(2025) is None
    progress.delete_goal(2023)
    assert progress.goal(2023) is None


def test_nominations_one_per_month(history: Workspace) -> None:
    p, progress = history.pipeline, history.progress
    deal = p.deal_rows()[-1]
    call = p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2024, 3, 12, 10), deal_id=deal.id))
    mail = p.log_touch(TouchDraft(TouchKind.EMAIL, dt.datetime(2024, 3, 20, 9), deal_id=deal.id))
    p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2024, 4, 2, 9), deal_id=deal.id))
    choices = progress.touch_choices(D(2024, 3, 1))
    assert [c.id for c in choices] == [mail, call]  # newest first
    assert choices[0].deal == deal.title and choices[0].account == "Cabinet Moreau"
    progress.nominate(NominationDraft(D(2024, 3, 9), call, "Asked who else decides"), TODAY)
    progress.nominate(NominationDraft(D(2024, 3, 1), mail, "Short and precise"), TODAY)
    [n] = progress.nominations()
    assert (n.month, n.touch.id, n.reason) == (D(2024, 3, 1), mail, "Short and precise")
    p.delete_touch(mail)  # the nomination goes with its touch
    assert progress.nominations() == []


def test_mark_won_and_what_it_adds(history: Workspace) -> None:
    progress = history.progress
    progress.save_goal(GoalDraft(2024, 1_000_000))
    deal = history.pipeline.save_deal(
        DealDraft("Sauvegarde", "Cabinet Moreau", amount_cents=250_000, created_on=D(2024, 6, 1))
    )
    row = progress.mark_won(deal.id, on=TODAY)
    assert (row.status, row.closed_on) == (WON, TODAY)
    effect = progress.win_effect(row.id, TODAY)
    assert (effect.year, effect.added_cents, effect.total_cents, effect.goal_cents) == (
        2024, 250_000, 550_000, 1_000_000,
    )  # fmt: skip
    assert effect.share_after == pytest.approx(0.55)
    assert effect.share_added == pytest.approx(0.25)
    assert effect.streak_months == 1 and effect.counted
    # A deal in another currency is a win, but adds nothing to the euro figures.
    dollars = history.pipeline.save_deal(
        DealDraft("Export", "Cabinet Moreau", amount_cents=99_000, currency="USD",
                  created_on=D(2024, 6, 1))
    )  # fmt: skip
    progress.mark_won(dollars.id, on=TODAY)
    effect = progress.win_effect(dollars.id, TODAY)
    assert (effect.counted, effect.added_cents, effect.total_cents) == (False, 0, 550_000)
    # Never before the deal was created.
    assert progress.mark_won(deal.id, on=D(2020, 1, 1)).closed_on == D(2024, 6, 1)
    with pytest.raises(UserError):
        progress.mark_won(uuid.UUID(int=1))


def test_a_lost_deal_marked_won_leaves_the_debrief_insights(history: Workspace) -> None:
    lost = next(r for r in history.pipeline.deal_rows() if r.title == "Audit sécurité")
    draft, _ = history.debriefs.load(lost.id)
    history.debriefs.save_draft(draft)
    history.progress.mark_won(lost.id, on=TODAY)
    assert history.debriefs.insights().pending + history.debriefs.insights().drafts == 1


def test_migrating_a_0003_database_adds_the_goal_tables(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    engine = make_engine(data_dir / "salescoach.sqlite")
    run_migrations(engine, "0003")
    engine.dispose()
    ws = open_workspace(data_dir)
    try:
        ws.progress.save_goal(GoalDraft(2024, 100_000))
        assert ws.progress.goal(2024) is not None
    finally:
        ws.close()
    with sqlite3.connect(data_dir / "salescoach.sqlite") as conn:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT substr(closed_on, 1, 7), sum(amount_cents) FROM deals "
            "WHERE closed_on IS NOT NULL GROUP BY 1"
        ).fetchall()
    conn.close()
    assert "COVERING INDEX ix_deals_closed_on_totals" in str(plan)


def test_demo_has_goals_and_nominations(workspace: Workspace) -> None:
    today = D(2026, 11, 24)
    generate_demo(workspace.store, deals=600, seed=4, today=today)
    data = workspace.progress.load(today)
    assert set(data.goals) >= {2025, 2026}
    assert data.goals[2026].target_period is Grouping.QUARTER
    assert len(data.nominations) == 6
    assert all(n.touch.deal_status is WON and n.reason for n in data.nominations)
    assert data.streak.months >= 6
