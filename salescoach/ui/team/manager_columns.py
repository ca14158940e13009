"""The words of the manager's Team area: the table's columns (one line per rep and the
team's), the controllable losses per quarter and the loss reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from salescoach.domain.debrief import LossReasonRow, question
from salescoach.domain.insights import QuarterControl, weak_count
from salescoach.domain.progress import pace_cents
from salescoach.domain.team_figures import TEAM, ReasonName, RepFigures
from salescoach.domain.team_lists import GoalProgress
from salescoach.ui.common import formatting
from salescoach.ui.common.debrief_words import question_text, reason_label
from salescoach.ui.common.progress_words import money_whole, percent
from salescoach.ui.common.rows_model import Column

translate = QCoreApplication.translate
DASH = "—"


def rep_name(rep: RepFigures) -> str:
    return translate("ManagerView", "Team") if rep.name == TEAM else rep.name


def _goal(rep: RepFigures) -> str:
    share = rep.goal_share
    if share is None or rep.goal is None:
        return DASH
    return translate("ManagerView", "{share} of {goal}").format(
        share=formatting.percent_text(share),
        goal=formatting.money(rep.goal.amount_cents, rep.goal.currency, 0),
    )


def _value(rep: RepFigures) -> str:
    cents = rep.numbers.per_touch_value_cents
    return DASH if cents is None else formatting.money(cents, rep.currency)


def weakest_text(rep: RepFigures) -> str:
    if rep.weakest is None:
        return DASH
    n = weak_count(rep.answers.get(rep.weakest, {}))
    return translate("ManagerView", "Q{number} ({count} × no or partly)").format(
        number=rep.weakest, count=n
    )


def weakest_tip(rep: RepFigures) -> str:
    return "" if rep.weakest is None else question_text(question(rep.weakest))


def rep_columns() -> list[Column[RepFigures]]:
    def rate(r: RepFigures) -> str:
        value = r.numbers.win_rate
        return DASH if value is None else formatting.percent_text(value)

    return [
        Column(lambda: translate("ManagerView", "Rep"), rep_name),
        Column(lambda: translate("ManagerView", "Won"), lambda r: str(r.won), True),
        Column(lambda: translate("ManagerView", "Lost"), lambda r: str(r.lost), True),
        Column(lambda: translate("ManagerView", "Win rate"), rate, True),
        Column(
            lambda: translate("ManagerView", "Revenue"),
            lambda r: formatting.money(r.revenue_cents, r.currency, 0),
            True,
        ),
        Column(
            lambda: translate("ManagerView", "This year's goal"),
            _goal,
            True,
            lambda: translate("ManagerView", "This year so far, against the year's goal."),
        ),
        Column(
            lambda: translate("ManagerView", "Controllable losses"),
            lambda r: str(r.controllable),
            True,
        ),
        Column(lambda: translate("ManagerView", "Weakest question"), weakest_text),
        Column(lambda: translate("ManagerView", "Touches"), lambda r: str(r.numbers.touches), True),
        Column(
            lambda: translate("ManagerView", "Value of a touch"),
            _value,
            True,
            lambda: translate(
                "ManagerView", "Commission earned in the period divided by the touches logged."
            ),
        ),
    ]


def control_columns() -> list[Column[QuarterControl]]:
    return [
        Column(
            lambda: translate("ManagerView", "Quarter"),
            lambda q: formatting.quarter_key_text(q.quarter),
        ),
        Column(lambda: translate("ManagerView", "Within control"), lambda q: str(q.within), True),
        Column(lambda: translate("ManagerView", "Outside"), lambda q: str(q.outside), True),
    ]


def reason_text(reason: ReasonName | None) -> str:
    if reason is None:
        return translate("ManagerView", "(no reason)")
    import uuid

    row = LossReasonRow(uuid.UUID(int=0), reason.code, reason.label, False)
    return reason_label(row)


def reason_columns() -> list[Column[tuple[ReasonName | None, int]]]:
    return [
        Column(lambda: translate("ManagerView", "Loss reason"), lambda e: reason_text(e[0])),
        Column(lambda: translate("ManagerView", "Losses"), lambda e: str(e[1]), True),
    ]


# the team's goals (the manager's shared list) -------------------------------------------
def _against(done: int, goal: int | None, year: int, today: dt.date, shown: Callable[[int], str]
             ) -> str:  # fmt: skip
    """ "12 of 40: 30% reached, 2 ahead of pace", in the Progress area's words."""
    if not goal:
        return DASH
    pace = pace_cents(goal, year, today)
    reached = (
        translate("Progress", "{share} reached, {gap} ahead of pace")
        if done >= pace
        else translate("Progress", "{share} reached, {gap} behind pace")
    ).format(share=percent(done / goal), gap=shown(abs(done - pace)))
    return translate("ManagerView", "{done} of {goal}: {reached}").format(
        done=shown(done), goal=shown(goal), reached=reached
    )


def goal_columns(today: dt.date) -> list[Column[GoalProgress]]:
    def who(p: GoalProgress) -> str:
        name = p.goal.rep or translate("ManagerView", "Team")
        return translate("ManagerView", "{who}, {year}").format(who=name, year=p.goal.year)

    def wins(p: GoalProgress) -> str:
        return _against(p.wins, p.goal.wins, p.goal.year, today, QLocale().toString)

    def won(p: GoalProgress) -> str:
        def amount(cents: int) -> str:
            return money_whole(cents, p.goal.currency)

        return _against(p.won_cents, p.goal.won_cents, p.goal.year, today, amount)

    return [
        Column(lambda: translate("ManagerView", "Team goal"), who),
        Column(lambda: translate("ManagerView", "Wins"), wins),
        Column(lambda: translate("ManagerView", "Won"), won),
    ]
