"""The demo rep's yearly goals and "sales calls of the month", added once the deals are in.

Each full year gets a revenue goal close to what the rep then made, some beaten and some
missed (the demo's business grows too fast for "last year plus 10%" to mean anything);
this year's goal is near where the year is heading. A year the history starts in the
middle of has none.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import Connection

from salescoach.domain.periods import add_months
from salescoach.store import bulk, deal_totals, nominations

_GOAL = ("id", "year", "metric", "amount_cents", "currency", "target_period", "target_cents",
         "created_at", "updated_at")  # fmt: skip
_NOMINATION = ("id", "month", "touch_id", "reason", "created_at", "updated_at")

# Why the rep nominated a call: what they want to repeat (the demo's data is French).
NOMINATION_REASONS = (
    "J'ai fait reformuler son problème par le client avant de parler de notre offre : "
    "il a signé la proposition sans la renégocier.",
    "Appel de relance trois mois après un refus : leur budget s'était débloqué et ils ont "
    "pensé à nous en premier.",
    "J'ai demandé qui d'autre donnait son avis ; la directrice financière a rejoint la "
    "réunion suivante et a validé le budget.",
    "Démonstration préparée sur leurs propres chiffres : aucune surprise sur le prix ni "
    "sur les délais.",
    "Le client m'a recommandé à deux confrères à la fin de l'appel, sans que j'aie à insister.",
    "J'ai partagé un guide pratique avant de parler prix : ils m'ont rappelé d'eux-mêmes.",
    "Objection sur le prix traitée en chiffrant ce que leur coûte la situation actuelle.",
)


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()} 18:00:00.000000"


def add_goals_and_nominations(
    conn: Connection, rng: random.Random, today: dt.date, uid: Callable[[], str]
) -> None:
    """A revenue goal for every full year of the history and this one (with a quarterly
    target this year), and a sales call of the month for each of the last six months."""
    won = deal_totals.won_by_year(conn, "EUR")
    goals = []
    started = deal_totals.first_close(conn)
    first = dt.date.fromisoformat(started).year if started else today.year
    if started and started[5:7] != "01":
        first += 1  # a part year: no goal to judge it by
    stamp = _stamp(today)
    elapsed = today.timetuple().tm_yday / 365
    for year in range(first, today.year + 1):
        made = won.get(year, 0)
        if year == today.year:  # a fair guess at the whole year, a little ambitious
            made = max(made / max(elapsed, 0.1), won.get(year - 1, 0))
        if not made:
            continue
        amount = round(made * rng.uniform(0.9, 1.12) / 1_000_000) * 1_000_000  # 10,000 €
        target = round(amount / 4 / 100_000) * 100_000 if year == today.year else None
        goals.append(
            (uid(), year, "revenue", amount, "EUR", "quarter" if target else None, target,
             stamp, stamp)
        )  # fmt: skip
    bulk.insert(conn, "goals", _GOAL, goals)
    picked = []
    reasons = rng.sample(NOMINATION_REASONS, k=6)
    for back, reason in zip(range(6, 0, -1), reasons, strict=True):
        month = add_months(today.replace(day=1), -back)
        touch = nominations.call_on_won_deal(
            conn, month.isoformat(), add_months(month, 1).isoformat(), rng.randrange(5)
        )
        if touch is not None:
            when = _stamp(add_months(month, 1))
            picked.append((uid(), month.isoformat(), touch, reason, when, when))
    bulk.insert(conn, "call_nominations", _NOMINATION, picked)
