"""The Numbers service on a real database: figures by period, currencies, the planner's
history, and the value of a touch kept for the status bar."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.deals import DealDraft, TouchDraft
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.domain.numbers import NumbersState
from salescoach.domain.periods import Period, period_range
from salescoach.services.workspace import Workspace
from tests.numbers_history import build_history, days_ago


def _last_12_months() -> tuple[dt.date | None, dt.date | None]:
    return period_range(Period.LAST_12_MONTHS, dt.date.today())


def test_figures_agree_with_the_hand_calculation(workspace: Workspace) -> None:
    build_history(workspace)
    n = workspace.numbers.numbers(*_last_12_months())
    assert (n.currency, n.won, n.lost, n.touches) == ("EUR", 2, 1, 20)
    assert n.commission_cents == 200_000
    assert n.touches_per_win == 10
    assert n.avg_commission_per_win_cents == 100_000
    assert n.per_touch_value_cents == 10_000
    assert n.win_rate == pytest.approx(2 / 3)
    by_kind = {line.kind: (line.touches, line.worth_cents) for line in n.by_kind}
    assert by_kind[TouchKind.CALL] == (13, 130_000)
    assert by_kind[TouchKind.EMAIL] == (6, 60_000)
    assert by_kind[TouchKind.MEETING] == (1, 10_000)
    every = workspace.numbers.numbers()
    assert (every.won, every.touches, every.commission_cents) == (3, 30, 1_200_000)
    assert every.per_touch_value_cents == 40_000


def test_other_currencies_are_left_out(workspace: Workspace) -> None:
    build_history(workspace, dollars=True)
    n = workspace.numbers.numbers(*_last_12_months())
    assert (n.currency, n.won, n.touches, n.per_touch_value_cents) == ("EUR", 2, 20, 10_000)
    [usd] = n.others
    assert (usd.currency, usd.won, usd.touches, usd.commission_cents) == ("USD", 1, 2, 50_000)


def test_empty_periods_and_periods_without_win_or_touch(workspace: Workspace) -> None:
    build_history(workspace)
    old = workspace.numbers.numbers(days_ago(2000), days_ago(1500))
    assert old.state is NumbersState.EMPTY
    lost_only = workspace.numbers.numbers(days_ago(12), days_ago(0))  # no touch either
    assert lost_only.state is NumbersState.NO_TOUCHES and lost_only.lost == 1
    assert lost_only.per_touch_value_cents is None
    touches_only = workspace.numbers.numbers(days_ago(30), days_ago(25))  # the open deal's
    assert touches_only.state is NumbersState.NO_WINS and touches_only.touches == 2
    assert touches_only.per_touch_value_cents is None and touches_only.touches_per_win is None


def test_planner_history_by_quarter(workspace: Workspace) -> None:
    build_history(workspace)
    h = workspace.numbers.planner()
    closed = {q.quarter: (q.won, q.lost) for q in h.quarters}
    assert sum(w for w, _ in closed.values()) == 2  # the win of two years ago is too old
    assert sum(lo for _, lo in closed.values()) == 1
    assert h.now is not None


def test_the_value_of_a_touch_is_kept_until_deals_change(workspace: Workspace) -> None:
    build_history(workspace)
    value = workspace.numbers.touch_value()
    assert value is not None and (value.cents, value.currency) == (10_000, "EUR")
    row = workspace.pipeline.save_deal(
        DealDraft(
            "Grosse affaire",
            "Cabinet Moreau",
            amount_cents=10_000_000,
            commission_cents=1_000_000,
            status=DealStatus.WON,
            created_on=days_ago(5),
            closed_on=days_ago(1),
        )
    )
    workspace.pipeline.log_touch(
        TouchDraft(TouchKind.CALL, dt.datetime.combine(days_ago(2), dt.time(9)), deal_id=row.id)
    )
    assert workspace.numbers.touch_value() == value  # kept
    workspace.numbers.forget()
    again = workspace.numbers.touch_value()
    assert again is not None and again.cents == pytest.approx(1_200_000 / 21)


def test_no_value_without_a_win(workspace: Workspace) -> None:
    assert workspace.numbers.touch_value() is None
    assert not workspace.numbers.overview(*_last_12_months()).has_data
