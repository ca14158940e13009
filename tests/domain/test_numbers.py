"""The per-touch and planner arithmetic: properties over any input, and the edge cases."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salescoach.domain.enums import TouchKind
from salescoach.domain.messages import ValidationError
from salescoach.domain.numbers import (
    MAX_CENTS,
    NumbersState,
    Outcome,
    parse_number,
    parse_ratio,
    touch_numbers,
    what_if,
)
from salescoach.domain.planner import (
    WEEKS_PER_MONTH,
    last_full_months,
    plan_leads,
    planner_history,
    round_up,
)

counts = st.integers(min_value=0, max_value=10**9)
anything = st.one_of(
    st.none(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
)
kinds = st.dictionaries(st.sampled_from(list(TouchKind)), counts)
currencies = st.sampled_from(["EUR", "USD", "GBP"])


@st.composite
def outcomes(draw: st.DrawFn) -> Outcome:
    won = draw(counts)
    return Outcome(
        draw(currencies),
        won,
        draw(counts),
        draw(st.integers(min_value=0, max_value=MAX_CENTS)),
        draw(st.integers(min_value=0, max_value=won)),
    )


@given(st.lists(outcomes(), max_size=4), kinds)
def test_value_per_touch_times_touches_is_the_commission(found: list[Outcome], touches) -> None:
    n = touch_numbers("EUR", found, touches)
    if n.per_touch_value_cents is None:
        assert n.won == 0 or n.touches == 0
        return
    assert n.per_touch_value_cents * n.touches == pytest.approx(n.commission_cents, rel=1e-9)
    # The article's way gives the same: average commission / touches per win.
    assert n.avg_commission_per_win_cents is not None and n.touches_per_win is not None
    assert n.avg_commission_per_win_cents / n.touches_per_win == pytest.approx(
        n.per_touch_value_cents, rel=1e-9
    )
    worth = sum(line.worth_cents or 0 for line in n.by_kind)
    assert worth == pytest.approx(n.commission_cents, rel=1e-9)
    assert sum(line.touches for line in n.by_kind) == n.touches


@given(
    st.lists(st.builds(Outcome, currencies, anything, anything, anything, anything), max_size=3),
    st.dictionaries(st.sampled_from(list(TouchKind)), anything),
    st.dictionaries(currencies, st.dictionaries(st.sampled_from(list(TouchKind)), anything)),
)
def test_figures_raise_only_the_validation_error(found, touches, others) -> None:
    try:
        n = touch_numbers("EUR", found, touches, others)
    except ValidationError:
        return
    for value in (n.per_touch_value_cents, n.touches_per_win, n.avg_commission_per_win_cents):
        assert value is None or math.isfinite(value)


@given(anything, anything)
def test_what_if_raises_only_the_validation_error(commission, per_sale) -> None:
    try:
        result = what_if(commission, per_sale)
    except ValidationError as exc:
        assert set(exc.fields) <= {"commission", "touches"}
        return
    assert math.isfinite(result.value_cents)
    assert result.value_cents * result.touches_per_sale == pytest.approx(result.commission_cents)


def test_a_vanishing_conversion_rate_is_refused_not_divided_by() -> None:
    """Found by hypothesis: 2.2e-309 % is above zero, and 1 / it is infinite."""
    with pytest.raises(ValidationError) as caught:
        plan_leads(10, 1.0, 2.225073858507203e-309, 5)
    assert list(caught.value.fields) == ["rate_now"]


@given(anything, anything, anything, anything)
def test_planner_raises_only_the_validation_error(target, before, now, per_lead) -> None:
    try:
        plan = plan_leads(target, before, now, per_lead)
    except ValidationError as exc:
        assert set(exc.fields) <= {"target", "rate_before", "rate_now", "touches_per_lead"}
        return
    for value in (plan.leads_per_month, plan.touches_per_week, plan.extra_share):
        assert math.isfinite(value)
    assert plan.leads_per_month * plan.rate_now == pytest.approx(plan.target_per_month)
    assert plan.leads_per_week * WEEKS_PER_MONTH == pytest.approx(plan.leads_per_month)


@given(st.text(max_size=30), st.sampled_from([".", ","]))
def test_typed_text_is_a_number_or_none(text: str, point: str) -> None:
    for value in (parse_number(text, point), parse_ratio(text, point)):
        assert value is None or math.isfinite(value)


@given(
    st.lists(
        st.tuples(st.from_regex(r"20[0-9]{2}-(0[1-9]|1[0-2])", fullmatch=True), counts, counts),
        max_size=30,
    ),
    counts,
    counts,
)
def test_planner_history_from_any_monthly_rows(monthly, touches, created) -> None:
    h = planner_history(monthly, touches, created, dt.date(2025, 11, 25))
    assert sum(q.won + q.lost for q in h.quarters) == sum(w + lo for _, w, lo in monthly)
    if h.now is not None and h.before is not None:
        assert h.before.quarter < h.now.quarter


def test_no_win_no_touch_no_commission() -> None:
    empty = touch_numbers("EUR", [], {})
    assert empty.state is NumbersState.EMPTY and empty.per_touch_value_cents is None
    assert empty.win_rate is None
    lost_only = touch_numbers("EUR", [Outcome("EUR", 0, 3)], {TouchKind.CALL: 12})
    assert lost_only.state is NumbersState.NO_WINS
    assert (lost_only.per_touch_value_cents, lost_only.touches_per_win) == (None, None)
    assert lost_only.win_rate == 0
    no_touch = touch_numbers("EUR", [Outcome("EUR", 2, 1, 50_000)], {})
    assert no_touch.state is NumbersState.NO_TOUCHES and no_touch.per_touch_value_cents is None
    assert no_touch.avg_commission_per_win_cents == 25_000
    unpaid = touch_numbers("EUR", [Outcome("EUR", 2, 0, 0, 2)], {TouchKind.EMAIL: 8})
    assert unpaid.state is NumbersState.NO_COMMISSION
    assert unpaid.per_touch_value_cents == 0 and unpaid.touches_per_win == 4


def test_other_currencies_are_left_out_and_named() -> None:
    n = touch_numbers(
        "EUR",
        [Outcome("EUR", 2, 1, 200_000), Outcome("USD", 1, 0, 50_000)],
        {TouchKind.CALL: 22, TouchKind.EMAIL: 6},
        {"USD": {TouchKind.CALL: 2}},
    )
    assert (n.won, n.touches, n.commission_cents) == (2, 26, 200_000)
    assert n.per_touch_value_cents == pytest.approx(200_000 / 26)
    [usd] = n.others
    assert (usd.currency, usd.won, usd.touches, usd.commission_cents) == ("USD", 1, 2, 50_000)
    assert n.all_touches == 28


@pytest.mark.parametrize(
    ("text", "point", "value"),
    [
        ("50:1", ".", 50),
        ("1 000:1", ",", 1000),
        ("1\u202f000 : 1", ",", 1000),
        ("150/3", ".", 50),
        ("12,5", ",", 12.5),
        ("12.5", ",", 12.5),
        ("35", ".", 35),
        ("50:0", ".", None),
        ("abc", ".", None),
        ("1:2:3", ".", None),
        ("", ".", None),
    ],
)
def test_ratios_as_typed(text: str, point: str, value: float | None) -> None:
    assert parse_ratio(text, point) == value


def test_what_if_refuses_what_cannot_divide() -> None:
    with pytest.raises(ValidationError) as info:
        what_if(None, 0)
    assert set(info.value.fields) == {"commission", "touches"}
    assert info.value.fields["touches"].english() == "A sale takes at least one touch."
    assert what_if(230_000, 50).value_cents == 4_600


def test_the_planner_keeps_sales_level() -> None:
    plan = plan_leads(5, 25, 20, 10)
    assert (plan.leads_per_month, plan.leads_per_month_before) == (25, 20)
    assert plan.touches_per_month == 250
    assert round_up(plan.leads_per_week) == 6  # 25 / (52 / 12) = 5.77
    assert plan.extra_leads_per_month == 5 and plan.extra_share == pytest.approx(0.25)
    with pytest.raises(ValidationError) as info:
        plan_leads(-1, 120, 0, None)
    messages = {k: m.english() for k, m in info.value.fields.items()}
    assert messages == {
        "target": "This cannot be negative.",
        "rate_before": "A conversion rate cannot be above 100 %.",
        "rate_now": "A conversion rate must be at least 0.01 %.",
        "touches_per_lead": "Type a number, such as 4.",
    }


def test_planner_history_prefills_from_quarters() -> None:
    monthly = [("2025-05", 3, 7), ("2025-08", 2, 6), ("2025-10", 1, 4), ("2025-11", 0, 1)]
    h = planner_history(monthly, 240, 30, dt.date(2025, 11, 25))
    assert [q.quarter for q in h.quarters] == ["2025-Q2", "2025-Q3", "2025-Q4"]
    assert h.now is not None and h.now.quarter == "2025-Q4" and h.now.rate == 1 / 6
    assert h.before is not None and h.before.quarter == "2025-Q3" and h.before.rate == 0.25
    assert h.wins_per_month == 6 / 12  # November is not over: not counted
    assert h.touches_per_lead == 8
    assert last_full_months(dt.date(2025, 1, 5), 2) == ["2024-11", "2024-12"]
