"""Period roll-ups, the rolling average, pace, streak and the caption's facts; goal and
nomination rules. Pure functions on hand-made numbers."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from salescoach.domain.goals import (
    GoalDraft,
    GoalRow,
    NominationDraft,
    WinEffect,
    validate_goal,
    validate_nomination,
)
from salescoach.domain.messages import ValidationError
from salescoach.domain.progress import (
    Grouping,
    Metric,
    PeriodTotals,
    caption_facts,
    change,
    cumulative,
    fill_periods,
    pace_cents,
    parse_period_key,
    period_key,
    period_start,
    roll_up,
    rolling_average,
    win_streak,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "grouping", "start", "key"),
    [
        (D(2025, 3, 17), Grouping.MONTH, D(2025, 3, 1), "2025-03"),
        (D(2025, 3, 17), Grouping.QUARTER, D(2025, 1, 1), "2025-Q1"),
        (D(2025, 12, 31), Grouping.QUARTER, D(2025, 10, 1), "2025-Q4"),
        (D(2025, 3, 17), Grouping.YEAR, D(2025, 1, 1), "2025"),
    ],
)
def test_period_start_and_key_round_trip(
    day: dt.date, grouping: Grouping, start: dt.date, key: str
) -> None:
    assert period_start(day, grouping) == start
    assert period_key(start, grouping) == key
    assert parse_period_key(key) == start


def test_gaps_are_zeros_up_to_today() -> None:
    rows = [("2025-01", 2, 1, 300_000, 25_000), ("2025-04", 1, 0, 100_000, 10_000)]
    months = fill_periods(rows, Grouping.MONTH, until=D(2025, 6, 10))
    assert [m.start for m in months] == [D(2025, m, 1) for m in range(1, 7)]
    assert [m.won for m in months] == [2, 0, 0, 1, 0, 0]
    assert months[1] == PeriodTotals(D(2025, 2, 1))
    assert fill_periods([], Grouping.MONTH, until=D(2025, 6, 10)) == []
    quarters = fill_periods([("2024-Q4", 1, 1, 5, 1)], Grouping.QUARTER, until=D(2025, 8, 1))
    assert [q.start for q in quarters] == [D(2024, 10, 1), D(2025, 1, 1), D(2025, 4, 1),
                                           D(2025, 7, 1)]  # fmt: skip


def test_rolling_average_counts_empty_periods_as_zero() -> None:
    assert rolling_average([300, 0, 0, 600, 300]) == [None, None, 100, 200, 300]
    assert rolling_average([5]) == [None]
    assert rolling_average([1, 2], window=1) == [1, 2]


def test_roll_up_adds_months_into_quarters_and_years() -> None:
    months = [
        PeriodTotals(D(2024, 12, 1), 1, 0, 100, 10),
        PeriodTotals(D(2025, 1, 1), 2, 1, 300, 30),
        PeriodTotals(D(2025, 3, 1), 1, 1, 200, 20),
        PeriodTotals(D(2025, 4, 1), 0, 2, 0, 0),
    ]
    assert roll_up(months, Grouping.QUARTER) == [
        PeriodTotals(D(2024, 10, 1), 1, 0, 100, 10),
        PeriodTotals(D(2025, 1, 1), 3, 2, 500, 50),
        PeriodTotals(D(2025, 4, 1), 0, 2, 0, 0),
    ]
    assert [y.revenue_cents for y in roll_up(months, Grouping.YEAR)] == [100, 500]


def test_pace_spreads_the_goal_evenly_over_the_year() -> None:
    assert pace_cents(365_000, 2025, D(2025, 1, 1)) == 1_000
    assert pace_cents(365_000, 2025, D(2025, 12, 31)) == 365_000
    assert pace_cents(366_000, 2024, D(2024, 12, 31)) == 366_000  # leap year
    assert pace_cents(100, 2026, D(2025, 6, 1)) == 0
    assert pace_cents(100, 2024, D(2025, 6, 1)) == 100


def test_cumulative_sorts_and_adds_up() -> None:
    assert cumulative([(D(2025, 2, 1), 5), (D(2025, 1, 1), 10)]) == [
        (D(2025, 1, 1), 10),
        (D(2025, 2, 1), 15),
    ]


def _months(won: dict[tuple[int, int], int]) -> list[PeriodTotals]:
    rows = [(f"{y}-{m:02d}", n, 0, 0, 0) for (y, m), n in won.items()]
    return fill_periods(rows, Grouping.MONTH, until=D(2025, 6, 15))


def test_streak_counts_back_from_this_month_or_last() -> None:
    today = D(2025, 6, 15)
    # A win in each of March to June: four months, this one included.
    streak = win_streak(_months({(2025, 3): 1, (2025, 4): 2, (2025, 5): 1, (2025, 6): 1}), today)
    assert (streak.months, streak.this_month) == (4, True)
    # June has no win yet: the streak of March to May is still alive.
    streak = win_streak(_months({(2025, 3): 1, (2025, 4): 2, (2025, 5): 1}), today)
    assert (streak.months, streak.this_month) == (3, False)
    # A gap in May broke it.
    assert win_streak(_months({(2025, 3): 1, (2025, 4): 1}), today).months == 0
    assert win_streak([], today).months == 0


def test_caption_facts_a_terrible_month_inside_a_good_quarter() -> None:
    rows = [
        ("2024-01", 1, 0, 100_000, 0),
        ("2024-02", 1, 0, 100_000, 0),
        ("2024-03", 1, 0, 100_000, 0),
        ("2024-04", 1, 0, 200_000, 0),
        ("2025-01", 2, 0, 200_000, 0),
        ("2025-02", 1, 0, 30_000, 0),  # the terrible month
        ("2025-03", 2, 0, 106_000, 0),
        ("2025-04", 1, 0, 100_000, 0),
    ]
    months = fill_periods(rows, Grouping.MONTH, until=D(2025, 5, 10))
    f = caption_facts(months, Metric.REVENUE, D(2025, 5, 10), 1_200_000, 436_000)
    assert f.weakest_month == D(2025, 2, 1)
    assert f.quarter == D(2025, 1, 1) and f.quarter_finished
    assert f.quarter_change == pytest.approx(0.12)  # 336,000 against 300,000
    assert f.months_compared == 4
    assert f.year_change == pytest.approx(436_000 / 500_000 - 1)
    assert f.goal_share == pytest.approx(436_000 / 1_200_000)
    assert f.pace_gap_cents == 436_000 - pace_cents(1_200_000, 2025, D(2025, 5, 10))
    # The totals compared, kept for the view's explanations.
    assert (f.weakest_cents, f.quarter_cents, f.quarter_before_cents) == (30_000, 336_000, 300_000)
    assert (f.year_cents, f.year_before_cents) == (436_000, 500_000)
    assert (f.goal_cents, f.reached_cents) == (1_200_000, 436_000)
    assert f.pace_today_cents == pace_cents(1_200_000, 2025, D(2025, 5, 10))


def test_caption_facts_in_an_unfinished_quarter_and_in_january() -> None:
    rows = [("2024-04", 1, 0, 100_000, 0), ("2025-04", 1, 0, 150_000, 0)]
    months = fill_periods(rows, Grouping.MONTH, until=D(2025, 6, 2))
    f = caption_facts(months, Metric.REVENUE, D(2025, 6, 2))
    # January to May: the weakest is the first empty month; the quarter of April and May
    # compares with April and May 2024.
    assert f.weakest_month == D(2025, 1, 1)
    assert f.quarter == D(2025, 1, 1) and f.quarter_finished
    assert f.quarter_change is None  # nothing in Q1 2024 to compare with
    assert f.goal_share is None
    january = caption_facts(months, Metric.REVENUE, D(2026, 1, 20), 500, 0)
    assert january.weakest_month is None and january.goal_share == 0
    rows = [
        ("2024-05", 1, 0, 100, 0),
        ("2025-01", 1, 0, 50, 0),
        ("2025-02", 1, 0, 50, 0),
        ("2025-03", 1, 0, 50, 0),
        ("2025-04", 1, 0, 300, 0),
    ]
    may = caption_facts(
        fill_periods(rows, Grouping.MONTH, until=D(2025, 6, 2)), Metric.REVENUE, D(2025, 6, 2)
    )
    assert may.weakest_month == D(2025, 5, 1)
    assert may.quarter == D(2025, 4, 1) and not may.quarter_finished
    assert may.quarter_change == pytest.approx(2.0)  # April-May: 300 against 100


def test_change_without_a_base_is_none() -> None:
    assert change(10, 0) is None
    assert change(15, 10) == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("amount", "field", "words"),
    [
        (0, "amount", "more than zero"),
        (-100, "amount", "negative"),
        (None, "amount", "number"),
    ],
)
def test_bad_goals_are_refused(amount: int | None, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_goal(GoalDraft(2025, amount))
    assert words in caught.value.fields[field].english()


def test_goal_targets_and_their_rules() -> None:
    draft = GoalDraft(2025, 1_200_000, target_period=Grouping.QUARTER, target_cents=0)
    with pytest.raises(ValidationError) as caught:
        validate_goal(draft)
    assert set(caught.value.fields) == {"target"}
    with pytest.raises(ValidationError) as caught:
        validate_goal(GoalDraft(1850, 100, currency="XYZ"))
    assert set(caught.value.fields) == {"year", "currency"}
    ok = GoalDraft(2025, 1_200_000, target_period=None, target_cents=5)
    validate_goal(ok)
    assert ok.target_cents is None
    goal = GoalRow(2025, Metric.REVENUE, 1_200_000, "EUR", Grouping.QUARTER, 400_000)
    assert goal.target_for(Grouping.QUARTER) == (400_000, True)
    assert goal.target_for(Grouping.MONTH) == (100_000, False)
    assert goal.target_for(Grouping.YEAR) == (1_200_000, True)


def test_nominations_need_a_touch_a_reason_and_a_month_begun() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_nomination(NominationDraft(D(2025, 7, 1), None, "  "), today=D(2025, 6, 30))
    assert set(caught.value.fields) == {"month", "touch", "reason"}
    draft = NominationDraft(D(2025, 6, 18), uuid.uuid4(), "Great discovery call")
    validate_nomination(draft, today=D(2025, 6, 30))
    assert draft.month == D(2025, 6, 1)


def test_win_effect_shares() -> None:
    e = WinEffect("Audit", 2025, Metric.REVENUE, "EUR", 100, True, 500, 1_000, 3)
    assert (e.share_after, e.share_added) == (0.5, 0.1)
    assert WinEffect("A", 2025, Metric.REVENUE, "EUR", 1, True, 1, None, 0).share_after is None
