"""The manager's Team area: one read of the server (the monthly facts its triggers keep,
the goals, the loss reasons' names), then figures for any choice of reps and period
without going back to the server. Read-only: nothing here writes, on the server or here.

Row-level security decides what is read: a manager's role sees every rep, a rep's role
only their own months. Free text is never read (the facts are counts and amounts).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from salescoach.domain.goals import GoalRow
from salescoach.domain.insights import weak_count
from salescoach.domain.money import cents_to_major
from salescoach.domain.progress import Grouping, period_key
from salescoach.domain.team_figures import (
    TEAM,
    MonthFact,
    ReasonName,
    RepFigures,
    TeamFigures,
    team_figures,
)
from salescoach.domain.team_lists import TEAM_GOALS, GoalProgress, TeamGoal, goals_progress
from salescoach.services.team import load_config
from salescoach.store.team.connection import engine, transaction


@dataclass(frozen=True)
class TeamData:
    """What the server let the connected role read, for one period."""

    role: str
    manager: bool
    reps: list[str]
    facts: dict[str, list[MonthFact]]
    goals: dict[str, GoalRow]
    reasons: dict[str, ReasonName]
    today: dt.date
    since: dt.date | None = None
    until: dt.date | None = None
    team_goals: tuple[TeamGoal, ...] = ()  # the manager's, from the shared lists

    def goals_progress(self, chosen: list[str] | None = None) -> list[GoalProgress]:
        """This year's team goal against the chosen reps' wins, then each chosen rep's."""
        names = self.reps if chosen is None else [n for n in self.reps if n in chosen]
        return goals_progress(self.team_goals, self.facts, names, self.today.year)

    def figures(self, chosen: list[str] | None = None) -> TeamFigures:
        """The chosen reps' figures (all of them: None) and the team's, in the period."""
        names = self.reps if chosen is None else [n for n in self.reps if n in chosen]
        facts = {n: self.facts.get(n, []) for n in names}
        return team_figures(
            facts, names, self.since, self.until, self.today, self.reasons, self.goals
        )


def read_team(
    data_dir: Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
    today: dt.date | None = None,
) -> TeamData:
    """One transaction on the server, as the role remembered in `data_dir`: the facts
    of the period from `since` to `until` (whole months; None: no bound)."""
    from salescoach.store.team import figures, remote_sync
    from salescoach.store.team.schema import check_revision

    config = load_config(data_dir)
    today = today or dt.date.today()
    with transaction(engine(config.target), config.target) as conn:
        check_revision(conn)
        facts = figures.month_facts(conn, since, until, today.year)
        # A rep who wrote rows but is no longer listed still counts (their rows are there).
        reps = sorted(set(figures.visible_reps(conn)) | set(facts))
        goals = figures.goals(conn, reps, today.year)
        reasons = figures.reason_names(conn, reps)
        shared = remote_sync.read_shared(conn)
    team_goals = tuple(
        g
        for row in shared
        if row.table == TEAM_GOALS and row.data is not None
        for g in [TeamGoal.from_entry(row.data)]
        if g is not None
    )
    return TeamData(
        config.role, config.manager, reps, facts, goals, reasons, today, since, until, team_goals
    )


def export_csv(path: Path, figures: TeamFigures, team_name: str) -> Path:
    """One line per rep and month (and the team's, named `team_name`): the chart's
    series, then each rep's totals of the period."""
    lines = [figures.team, *figures.reps]
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["rep", "month", "won", "lost", "revenue", "commission", "currency"])
        for rep in lines:
            for p in rep.months:
                out.writerow(
                    [_name(rep, team_name), period_key(p.start, Grouping.MONTH), p.won, p.lost,
                     f"{cents_to_major(p.revenue_cents):.2f}",
                     f"{cents_to_major(p.commission_cents):.2f}", rep.currency]
                )  # fmt: skip
        out.writerow([])
        out.writerow(
            ["rep", "won", "lost", "win_rate", "revenue", "currency", "goal", "goal_reached",
             "controllable_losses", "debriefs", "weakest_question", "weakest_question_weak",
             "touches", "per_touch_value"]
        )  # fmt: skip
        for rep in lines:
            n = rep.numbers
            value = n.per_touch_value_cents
            share = rep.goal_share
            weak = weak_count(rep.answers.get(rep.weakest, {})) if rep.weakest else 0
            out.writerow(
                [_name(rep, team_name), rep.won, rep.lost,
                 "" if n.win_rate is None else f"{n.win_rate:.3f}",
                 f"{cents_to_major(rep.revenue_cents):.2f}", rep.currency,
                 "" if rep.goal is None else f"{cents_to_major(rep.goal.amount_cents):.2f}",
                 "" if share is None else f"{share:.3f}",
                 rep.controllable, rep.debriefs,
                 "" if rep.weakest is None else f"q{rep.weakest}", weak, n.touches,
                 "" if value is None else f"{cents_to_major(round(value)):.2f}"]
            )  # fmt: skip
    return path


def _name(rep: RepFigures, team_name: str) -> str:
    return team_name if rep.name == TEAM else rep.name
