"""Reading the manager's view from the server: the monthly facts its triggers keep, the
reps' goals and loss reasons' names. Row-level security decides whose: a rep's role reads
only its own, a manager's everyone's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection

from salescoach.domain.goals import GoalRow
from salescoach.domain.progress import Grouping, Metric
from salescoach.domain.team_figures import MonthFact, ReasonName
from salescoach.store.team.schema import SCHEMA


def _cursor(conn: Connection) -> Any:
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver.cursor()


def visible_reps(conn: Connection) -> list[str]:
    """The reps (not the managers) whose rows the connected role may read, by name."""
    cur = _cursor(conn)
    cur.execute(f"SELECT name FROM {SCHEMA}.reps WHERE NOT manager ORDER BY name")
    return [str(name) for (name,) in cur]


def month_facts(
    conn: Connection, since: dt.date | None, until: dt.date | None, year: int
) -> dict[str, list[MonthFact]]:
    """Every visible rep's facts of the period, by rep, added up on the server as far as
    the figures allow: wins and losses per month (this year's wins too, for the goal),
    controllable losses and reasons per quarter, touches and answers over the period
    (dated by their first month in it). Months back to zero are left out."""
    first = dt.date(1, 1, 1) if since is None else since.replace(day=1)
    last = dt.date(9999, 12, 1) if until is None else until.replace(day=1)
    cur = _cursor(conn)
    cur.execute(
        f"""
        SELECT owner, min(month), kind, key, sum(n), sum(amount), sum(commission)
        FROM {SCHEMA}.monthly
        WHERE (n <> 0 OR amount <> 0 OR commission <> 0)
          AND (month BETWEEN %(first)s AND %(last)s
               OR (kind = 'won' AND month >= %(year)s))
        GROUP BY owner, kind, key,
            CASE WHEN kind IN ('won', 'lost') THEN month
                 WHEN kind = 'loss' THEN date_trunc('quarter', month)::date END,
            month BETWEEN %(first)s AND %(last)s
        """,
        {"first": first, "last": last, "year": dt.date(year, 1, 1)},
    )
    by_owner: dict[str, list[MonthFact]] = {}
    for owner, month, kind, key, n, amount, commission in cur:
        by_owner.setdefault(owner, []).append(
            MonthFact(owner, month, kind, key, int(n), int(amount), int(commission))
        )
    return by_owner


# Rows of one kind, rep by rep: the primary key (owner, tbl, id) finds them without
# reading the millions of touches beside them.
_OF_KIND = (
    "FROM unnest(%(reps)s::name[]) AS o(owner) "
    f"JOIN {SCHEMA}.rows r ON r.owner = o.owner AND r.tbl = %(tbl)s AND NOT r.deleted"
)


def goals(conn: Connection, reps: list[str], year: int) -> dict[str, GoalRow]:
    """Each of `reps`' goal for `year` (those the role may see)."""
    cur = _cursor(conn)
    cur.execute(
        f"SELECT r.owner, r.data {_OF_KIND} WHERE r.data->>'year' = %(year)s",
        {"reps": reps, "tbl": "goals", "year": str(year)},
    )
    found: dict[str, GoalRow] = {}
    for owner, data in cur:
        try:
            period = data.get("target_period")
            found[owner] = GoalRow(
                int(data["year"]),
                Metric(data["metric"]),
                int(data["amount_cents"]),
                str(data.get("currency") or "EUR"),
                Grouping(period) if period else None,
                data.get("target_cents"),
            )
        except (KeyError, ValueError, TypeError):
            continue  # a version this salescoach cannot read: no goal shown
    return found


def reason_names(conn: Connection, reps: list[str]) -> dict[str, ReasonName]:
    """The loss reasons of `reps` (those the role may see) and of the team's shared list,
    by id."""
    cur = _cursor(conn)
    names: dict[str, ReasonName] = {}
    columns = "replace(r.id::text, '-', ''), r.data->>'code', coalesce(r.data->>'label', '')"
    for query in (
        f"SELECT {columns} {_OF_KIND}",
        f"SELECT {columns} FROM {SCHEMA}.shared r WHERE tbl = %(tbl)s AND NOT deleted",
    ):
        cur.execute(query, {"reps": reps, "tbl": "loss_reasons"})
        for row_id, code, label in cur:
            names[row_id] = ReasonName(code or None, label)
    return names
