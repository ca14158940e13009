"""The manager's view's figures, per rep and for the team, from the server's monthly facts.

The server keeps, per rep and month, what the figures are made of (`team.monthly`); these
pure functions add up the months of a period into the same figures the rep's own areas
show: wins and losses per month with the money in the rep's main currency, controllable
losses per quarter, the weakest debrief question, loss reasons, touches and what one is
worth, and this year against the goal. Periods count whole months.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from salescoach.domain.debrief import QUESTION_NUMBERS, Answer
from salescoach.domain.enums import DEFAULT_CURRENCY, TouchKind
from salescoach.domain.goals import GoalRow
from salescoach.domain.insights import QuarterControl, control_by_quarter, weakest_question
from salescoach.domain.numbers import Outcome, TouchNumbers, touch_numbers
from salescoach.domain.progress import Grouping, Metric, PeriodTotals, fill_periods, period_key

TEAM = ""  # the team's own line, beside the reps' names
ANSWERS = frozenset(a.value for a in Answer)


@dataclass(frozen=True, slots=True)
class MonthFact:
    """One line of the server's `team.monthly`."""

    owner: str
    month: dt.date  # the month's first day
    kind: str  # won, lost, touch, loss, answer
    key: str  # currency; touch kind; "reason id:controllable"; "question:answer"
    n: int
    amount: int = 0  # won: cents; loss: referrals asked
    commission: int = 0  # won: cents; loss: referrals obtained


@dataclass(frozen=True)
class ReasonName:
    """A loss reason as one of the reps' lists has it (seeded: `code`, else `label`)."""

    code: str | None
    label: str


@dataclass(frozen=True)
class RepFigures:
    """What one rep (or the team, `name` TEAM) did in the period."""

    name: str
    currency: str
    months: list[PeriodTotals]  # every month of the period, money in `currency`
    numbers: TouchNumbers
    answers: dict[int, dict[Answer, int]]
    weakest: int | None
    by_quarter: list[QuarterControl]
    reasons: list[tuple[ReasonName | None, int]]  # most frequent first; None: no reason
    debriefs: int
    goal: GoalRow | None = None  # this year's (the team's: the reps' goals added up)
    year_to_date: int = 0  # this year's revenue or commission, in the goal's metric
    other_currencies: dict[str, int] = field(default_factory=dict)  # wins left out of money

    @property
    def won(self) -> int:
        return self.numbers.won + sum(o.won for o in self.numbers.others)

    @property
    def lost(self) -> int:
        return self.numbers.lost + sum(o.lost for o in self.numbers.others)

    @property
    def revenue_cents(self) -> int:
        return sum(m.revenue_cents for m in self.months)

    @property
    def controllable(self) -> int:
        return sum(q.within for q in self.by_quarter)

    @property
    def goal_share(self) -> float | None:
        """This year so far as a share of the year's goal."""
        if self.goal is None or not self.goal.amount_cents:
            return None
        return self.year_to_date / self.goal.amount_cents


def main_currency(facts: Iterable[MonthFact]) -> str:
    """The currency of most closed deals (as the laptop picks it without a preference)."""
    counts: Counter[str] = Counter()
    for f in facts:
        if f.kind in ("won", "lost"):
            counts[f.key] += f.n
    if not counts:
        return DEFAULT_CURRENCY
    return min(counts, key=lambda c: (-counts[c], c))


def in_period(month: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    """Whole months: the month holding `since` to the month holding `until`."""
    if since is not None and month < since.replace(day=1):
        return False
    return until is None or month <= until.replace(day=1)


def figures(
    name: str,
    facts: Sequence[MonthFact],
    since: dt.date | None,
    until: dt.date | None,
    today: dt.date,
    reasons: Mapping[str, ReasonName],
    goal: GoalRow | None = None,
    currency: str | None = None,
) -> RepFigures:
    """The figures of `facts` (one rep's, or several reps' for the team) in the period.
    `reasons`: each loss reason's id (32 hex digits) and its name."""
    currency = currency or main_currency(facts)
    this_year = [f for f in facts if f.month.year == today.year and f.kind == "won"]
    facts = [f for f in facts if in_period(f.month, since, until)]
    months: dict[str, list[int]] = {}
    outcomes: dict[str, list[int]] = {}
    touches: Counter[TouchKind] = Counter()
    answers: dict[int, dict[Answer, int]] = {}
    control: list[tuple[str, bool | None, int]] = []
    by_reason: Counter[str] = Counter()
    debriefs = 0
    known_kinds = {k.value for k in TouchKind}
    for f in facts:
        if f.kind in ("won", "lost"):
            won = f.kind == "won"
            line = months.setdefault(period_key(f.month, Grouping.MONTH), [0, 0, 0, 0])
            line[0 if won else 1] += f.n
            o = outcomes.setdefault(f.key, [0, 0, 0])
            o[0 if won else 1] += f.n
            if won:
                o[2] += f.commission
                if f.key == currency:
                    line[2] += f.amount
                    line[3] += f.commission
        elif f.kind == "touch":
            touches[TouchKind(f.key if f.key in known_kinds else TouchKind.OTHER)] += f.n
        elif f.kind == "loss":
            reason, _, controllable = f.key.partition(":")
            quarter = f"{f.month.year}-Q{(f.month.month - 1) // 3 + 1}"
            flag = None if controllable == "" else controllable not in ("0", "false")
            control.append((quarter, flag, f.n))
            by_reason[reason] += f.n
            debriefs += f.n
        elif f.kind == "answer":
            number, _, answer = f.key.partition(":")
            if number.isdigit() and int(number) in QUESTION_NUMBERS and answer in ANSWERS:
                slot = answers.setdefault(int(number), {})
                slot[Answer(answer)] = slot.get(Answer(answer), 0) + f.n
    series = fill_periods(
        ((k, w, lo, r, c) for k, (w, lo, r, c) in sorted(months.items())),
        Grouping.MONTH,
        until or today,  # up to this month, as the rep's own stats --json
    )
    if since is not None:
        series = [p for p in series if p.start >= since.replace(day=1)]
    numbers = touch_numbers(
        currency,
        [Outcome(c, w, lo, com) for c, (w, lo, com) in outcomes.items()],
        touches,
    )
    named = sorted(
        ((reasons.get(r) if r else None, n) for r, n in by_reason.items()),
        key=lambda e: (-e[1], e[0].label if e[0] else ""),
    )
    metric = goal.metric if goal is not None else Metric.REVENUE
    goal_currency = goal.currency if goal is not None else currency
    ytd = sum(
        (f.amount if metric is Metric.REVENUE else f.commission)
        for f in this_year
        if f.key == goal_currency
    )
    return RepFigures(
        name, currency, series, numbers, answers, weakest_question(answers),
        control_by_quarter(control), _merge(named), debriefs, goal, ytd,
        {o.currency: o.won for o in numbers.others if o.won},
    )  # fmt: skip


def _merge(
    named: list[tuple[ReasonName | None, int]],
) -> list[tuple[ReasonName | None, int]]:
    """One line per reason name: each rep's list has its own ids for the same reason."""
    totals: dict[ReasonName | None, int] = {}
    for reason, n in named:
        totals[reason] = totals.get(reason, 0) + n
    return sorted(totals.items(), key=lambda e: (-e[1], e[0].label if e[0] else "~"))


def team_goal(goals: Iterable[GoalRow | None]) -> GoalRow | None:
    """The reps' goals of one year added up, when they agree on metric and currency."""
    found = [g for g in goals if g is not None]
    if not found or len({(g.metric, g.currency) for g in found}) > 1:
        return None
    first = found[0]
    return GoalRow(first.year, first.metric, sum(g.amount_cents for g in found), first.currency)


@dataclass(frozen=True)
class TeamFigures:
    """The whole view: the team's line first, then each chosen rep's."""

    team: RepFigures
    reps: list[RepFigures]


def team_figures(
    by_rep: Mapping[str, Sequence[MonthFact]],
    chosen: Iterable[str],
    since: dt.date | None,
    until: dt.date | None,
    today: dt.date,
    reasons: Mapping[str, ReasonName],
    goals: Mapping[str, GoalRow],
) -> TeamFigures:
    """Each chosen rep's figures, and the team's (the chosen reps together)."""
    names = [n for n in chosen if n in by_rep]
    everyone = [f for n in names for f in by_rep[n]]
    currency = main_currency(everyone)
    reps = [figures(n, by_rep[n], since, until, today, reasons, goals.get(n)) for n in names]
    team = figures(
        TEAM, everyone, since, until, today, reasons,
        team_goal(goals.get(n) for n in names), currency,
    )  # fmt: skip
    return TeamFigures(team, reps)
