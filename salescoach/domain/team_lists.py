"""The team's shared lists, as the manager writes them: loss reasons, the chance of winning
at each stage, the team's goals. Each entry is one JSON document on the server keyed by
an id; ids are derived from what names an entry (a label, a stage, a year and rep), so
that publishing the same list again replaces entries instead of adding copies.

The small CSV files `salescoach team publish` reads (a header line, then one entry a line):

- loss reasons: `label,controllable` (controllable: yes/no, 1/0, true/false);
- stage probabilities: `stage,probability` (lead, qualified, proposal, negotiation,
  closing; a whole percent from 0 to 100);
- team goals: `year,rep,wins,won_amount,currency` (rep empty: the whole team; wins or
  won_amount may be left empty; currency defaults to EUR).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from salescoach.domain.enums import DealStage
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.money import parse_amount

CTX = "TeamLists"
LOSS_REASONS, STAGE_PROBABILITIES, TEAM_GOALS = "loss_reasons", "stage_probabilities", "team_goals"
KINDS = (LOSS_REASONS, STAGE_PROBABILITIES, TEAM_GOALS)
COLUMNS = {
    LOSS_REASONS: ("label", "controllable"),
    STAGE_PROBABILITIES: ("stage", "probability"),
    TEAM_GOALS: ("year", "rep", "wins", "won_amount", "currency"),
}
_NAMESPACE = uuid.UUID("6f1b8a52-1c55-4c43-9d0c-5a1e7d1b2c10")
_YES = {"yes", "y", "1", "true", "oui", "o", "vrai"}
_NO = {"no", "n", "0", "false", "non", "faux", ""}


def entry_id(kind: str, *names: object) -> str:
    """The id of the entry of `kind` named by `names` (the same on every machine)."""
    key = ":".join([kind, *(str(n).strip().casefold() for n in names)])
    return uuid.uuid5(_NAMESPACE, key).hex


@dataclass(frozen=True)
class TeamGoal:
    """A goal the manager set for one year: the whole team's (`rep` empty) or one rep's."""

    year: int
    rep: str = ""
    wins: int | None = None
    won_cents: int | None = None
    currency: str = "EUR"

    def entry(self) -> dict[str, Any]:
        return {
            "id": entry_id(TEAM_GOALS, self.year, self.rep),
            "year": self.year,
            "rep": self.rep,
            "wins": self.wins,
            "won_cents": self.won_cents,
            "currency": self.currency,
        }

    @classmethod
    def from_entry(cls, data: Mapping[str, Any]) -> TeamGoal | None:
        """None for a version this salescoach cannot read."""
        try:
            wins, won = data.get("wins"), data.get("won_cents")
            return cls(
                int(data["year"]),
                str(data.get("rep") or ""),
                None if wins is None else int(wins),
                None if won is None else int(won),
                str(data.get("currency") or "EUR"),
            )
        except (KeyError, ValueError, TypeError):
            return None


@dataclass(frozen=True)
class GoalProgress:
    """Where a rep (or the team) stands this year against a team goal."""

    goal: TeamGoal
    wins: int
    won_cents: int

    @property
    def wins_share(self) -> float | None:
        return self.wins / self.goal.wins if self.goal.wins else None

    @property
    def won_share(self) -> float | None:
        return self.won_cents / self.goal.won_cents if self.goal.won_cents else None


def goal_for(goals: Iterable[TeamGoal], year: int, rep: str = "") -> TeamGoal | None:
    return next((g for g in goals if g.year == year and g.rep == rep), None)


# checking ---------------------------------------------------------------------------------
def _bad(where: str, text: str, **values: object) -> UserError:
    """`text`: "{where}: what is wrong. Nothing was published." """
    return UserError(msg(CTX, text, where=where, **values))


def loss_reason(label: str, controllable: bool, position: int, now: dt.datetime) -> dict[str, Any]:
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    return {
        "id": entry_id(LOSS_REASONS, label),
        "code": None,
        "label": label,
        "controllable": int(controllable),
        "position": position,
        "hidden": 0,
        "created_at": stamp,
        "updated_at": stamp,
    }


def stage_probability(stage: str, percent: int, where: str = "") -> dict[str, Any]:
    try:
        known = DealStage(stage.strip().lower())
    except ValueError:
        raise _bad(
            where or stage,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: {stage} is not a stage (lead, qualified, proposal, negotiation, "
                "closing). Nothing was published.",
            ),
            stage=stage,
        ) from None
    if not 0 <= percent <= 100:
        raise _bad(
            where or known.value,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: a stage's chance is a percentage from 0 to 100, not {value}. "
                "Nothing was published.",
            ),
            value=percent,
        )
    return {"id": entry_id(STAGE_PROBABILITIES, known.value), "stage": known.value,
            "probability": percent}  # fmt: skip


def check_goal(goal: TeamGoal, where: str) -> TeamGoal:
    if not 2000 <= goal.year <= 2100:
        raise _bad(
            where,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: {year} is not a year. Nothing was published.",
            ),
            year=goal.year,
        )
    if (goal.wins is not None and goal.wins < 0) or (
        goal.won_cents is not None and goal.won_cents < 0
    ):
        raise _bad(
            where,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: a goal cannot be negative. Nothing was published.",
            ),
        )
    if goal.wins is None and goal.won_cents is None:
        raise _bad(
            where,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: give wins, a won amount or both. Nothing was published.",
            ),
        )
    if len(goal.currency) != 3 or not goal.currency.isalpha():
        raise _bad(
            where,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: {currency} is not a currency code (EUR, USD…). Nothing was published.",
            ),
            currency=goal.currency,
        )
    return goal


def _whole(text: str, where: str, allow_empty: bool = False) -> int | None:
    text = text.strip()
    if allow_empty and not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise _bad(
            where,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: {value} is not a whole number. Nothing was published.",
            ),
            value=text,
        ) from None


def parse_csv(
    kind: str, text: str, name: str, now: dt.datetime, first_line: int = 2
) -> list[dict[str, Any]]:
    """The entries of the CSV `text` (the file `name`) for the list `kind`; a `UserError`
    naming the line for anything wrong, and then nothing is published. `first_line`:
    the number said for the first entry (a file's second line; a table's first row)."""
    # Numbered before blank lines are skipped, so that a message names the right line.
    numbered = enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=first_line - 1)
    rows = [(n, r) for n, r in numbered if any(cell.strip() for cell in r)]
    expected = COLUMNS[kind]
    header = [cell.strip().lower() for cell in rows[0][1]] if rows else []
    if header[: len(expected)] != list(expected)[: len(header)] or len(header) < 2:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "TeamLists",
                "{where}: the first line must name the columns {columns}. Nothing was published.",
            ),
            columns=",".join(expected),
        )
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, row in rows[1:]:
        where = f"{name}:{number}"
        cells = dict(zip(header, (cell.strip() for cell in row), strict=False))
        if kind == LOSS_REASONS:
            label, flag = cells.get("label", ""), cells.get("controllable", "").lower()
            if not label:
                raise _bad(
                    where,
                    QT_TRANSLATE_NOOP(
                        "TeamLists",
                        "{where}: a loss reason needs a label. Nothing was published.",
                    ),
                )
            if flag not in _YES | _NO:
                raise _bad(
                    where,
                    QT_TRANSLATE_NOOP(
                        "TeamLists",
                        "{where}: controllable is yes or no, not {value}. Nothing was published.",
                    ),
                    value=flag,
                )
            entry = loss_reason(label, flag in _YES, 10 * len(entries), now)
        elif kind == STAGE_PROBABILITIES:
            percent = _whole(cells.get("probability", ""), where)
            assert percent is not None
            entry = stage_probability(cells.get("stage", ""), percent, where)
        else:
            won = cells.get("won_amount", "")
            cents = parse_amount(won) if won else None
            if won and cents is None:
                raise _bad(
                    where,
                    QT_TRANSLATE_NOOP(
                        "TeamLists",
                        "{where}: {value} is not an amount. Nothing was published.",
                    ),
                    value=won,
                )
            year = _whole(cells.get("year", ""), where)
            assert year is not None
            goal = TeamGoal(
                year,
                cells.get("rep", ""),
                _whole(cells.get("wins", ""), where, allow_empty=True),
                cents,
                (cells.get("currency") or "EUR").upper(),
            )
            entry = check_goal(goal, where).entry()
        if entry["id"] in seen:
            raise _bad(
                where,
                QT_TRANSLATE_NOOP(
                    "TeamLists",
                    "{where}: this entry is already above. Nothing was published.",
                ),
            )
        seen.add(entry["id"])
        entries.append(entry)
    return entries


def progress(goal: TeamGoal, facts: Iterable[Any]) -> GoalProgress:
    """`goal` against the wins in `facts` (the server's monthly facts, `MonthFact`s):
    deals won in the goal's year, and their amount in the goal's currency."""
    won = [f for f in facts if f.kind == "won" and f.month.year == goal.year]
    return GoalProgress(
        goal,
        sum(f.n for f in won),
        sum(f.amount for f in won if f.key == goal.currency),
    )


def goals_progress(
    goals: Iterable[TeamGoal], facts: Mapping[str, Iterable[Any]], reps: Iterable[str], year: int
) -> list[GoalProgress]:
    """This year's team goal against the wins of `reps` together (first, when set), then
    each of `reps` with a goal of their own, against their own wins."""
    goals = list(goals)
    reps = list(reps)
    found = []
    team = goal_for(goals, year)
    if team is not None:
        found.append(progress(team, [f for r in reps for f in facts.get(r, [])]))
    for rep in reps:
        own = goal_for(goals, year, rep)
        if own is not None:
            found.append(progress(own, facts.get(rep, [])))
    return found
