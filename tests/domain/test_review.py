"""The weekly review's rules: comparison, focus, the energy trend, the check-in's input."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.enums import TouchKind
from salescoach.domain.messages import ValidationError
from salescoach.domain.review import (
    ReviewDraft,
    WeakSpots,
    WeekFigures,
    averages,
    needs_break,
    review_due,
    reviewed_week,
    suggest_focus,
    validate_review,
    week_of,
)

MONDAY = dt.date(2026, 11, 23)


def week(n: int, touches: int = 10, won: int = 1) -> WeekFigures:
    return WeekFigures(MONDAY + dt.timedelta(weeks=n), {TouchKind.CALL: touches}, 1, won, 0, 0)


def test_weeks_start_on_monday() -> None:
    assert week_of(dt.date(2026, 11, 29)) == MONDAY  # a Sunday
    assert week_of(MONDAY) == MONDAY


def test_touch_value_and_averages() -> None:
    w = WeekFigures(MONDAY, {TouchKind.CALL: 8, TouchKind.EMAIL: 12}, 2, 1, 1, 50_000)
    assert w.all_touches == 20 and w.touch_value_cents == 2_500
    assert WeekFigures(MONDAY).touch_value_cents is None  # nothing logged: no value
    assert averages([week(-1, 10), week(-2, 20)])["touches"] == 15
    assert averages([])["won"] is None


def test_focus_comes_from_the_weak_spots() -> None:
    spots = WeakSpots(
        weakest_question=2, debriefs_pending=3, followups_due=4, leads_needed_month=20,
        leads_added_month=5, referrals_asked=1, losses=6,
    )  # fmt: skip
    kinds = [f.kind for f in suggest_focus(week(0, 5), [week(-1, 10), week(-2, 10)], spots)]
    assert kinds == ["outreach", "leads", "followups", "debriefs", "question_2", "referrals"]
    outreach = suggest_focus(week(0, 5), [week(-1, 10)], WeakSpots())[0]
    assert outreach.args == {"count": 12, "usual": 10}
    assert suggest_focus(week(0, 10), [week(-1, 10)], WeakSpots()) == []


@pytest.mark.parametrize(
    ("energy", "touches", "wins", "expected"),
    [
        ([4, 3, 2], [30, 20, 10], [1, 1, 1], True),  # both fall: plan a break
        ([4, 3, 2], [10, 20, 30], [0, 1, 2], False),  # tired but results rise
        ([2, 3, 4], [30, 20, 10], [2, 1, 0], False),  # results fall, energy rises
        ([4, 4, 4], [30, 20, 10], [2, 1, 0], False),  # energy flat
        ([4, 2], [30, 10], [1, 0], False),  # two check-ins are not a trend
        ([5, 4, 4], [20, 20, 20], [2, 1, 1], True),  # wins fall
    ],
)
def test_energy_rule(
    energy: list[int], touches: list[int], wins: list[int], expected: bool
) -> None:
    weeks = [week(i, t, w) for i, (t, w) in enumerate(zip(touches, wins, strict=True))]
    assert needs_break(energy, weeks) is expected


@pytest.mark.parametrize(
    ("energy", "focus", "field"),
    [(0, "Call", "energy"), (6, "Call", "energy"), (None, "Call", "energy"), (3, "  ", "focus"),
     (3, "x" * 201, "focus")],
)  # fmt: skip
def test_bad_check_in_is_refused(energy: int | None, focus: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_review(ReviewDraft(MONDAY, energy, "tired", focus))
    assert field in caught.value.fields


def test_check_in_is_trimmed() -> None:
    draft = validate_review(ReviewDraft(MONDAY, 3, "  bien   fatigué ", " Appeler  5 leads "))
    assert (draft.word, draft.focus) == ("bien fatigué", "Appeler 5 leads")


def test_review_due_on_the_reps_day_until_done() -> None:
    friday = dt.date(2026, 11, 27)
    assert review_due(friday, 4, None)
    assert not review_due(friday - dt.timedelta(days=1), 4, None)  # Thursday: not yet
    assert not review_due(friday, 4, friday)  # done today
    assert review_due(friday + dt.timedelta(days=2), 4, friday - dt.timedelta(days=7))
    monday = MONDAY + dt.timedelta(weeks=1)
    assert not review_due(monday + dt.timedelta(days=3), 0, monday)  # done Monday: not again


def test_a_review_early_in_the_week_looks_at_the_week_before() -> None:
    assert reviewed_week(MONDAY + dt.timedelta(days=7)) == MONDAY  # the next Monday
    assert reviewed_week(MONDAY + dt.timedelta(days=9)) == MONDAY  # the next Wednesday
    assert reviewed_week(MONDAY + dt.timedelta(days=3)) == MONDAY  # this Thursday
