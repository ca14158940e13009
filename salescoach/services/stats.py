"""The figures behind `salescoach stats`, computed in SQL by the services the views use.

Each section is one entry of `compute_stats`'s dictionary, computed by its own service;
a new section is one more line there.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from salescoach.domain.money import cents_to_major
from salescoach.services.debriefs import DebriefService
from salescoach.services.numbers import NumbersService, numbers_json
from salescoach.services.progress import monthly_json
from salescoach.services.review import ReviewService
from salescoach.services.search import ForecastService
from salescoach.store.database import Store


def compute_stats(
    store: Store, since: dt.date | None = None, until: dt.date | None = None
) -> dict[str, Any]:
    """Plain JSON values for deals closed, touches logged and losses debriefed between
    `since` and `until` (both included; None: no limit).

    `deals`: won and lost by close date, open ones by creation date, in any currency;
    `win_rate` likewise. The per-touch figures are in `currency` (the currency of most
    deals); deals in other currencies and their touches are in `other_currencies`.
    """
    numbers = NumbersService(store)
    # The debriefs' scans on a second connection meanwhile: SQLite does the work without
    # the interpreter lock, so on two cores the whole takes the longer half (~250 -> ~170
    # ms at 100,000 deals).
    with ThreadPoolExecutor(max_workers=1) as pool:
        debrief_part = pool.submit(DebriefService(store).summary, since, until)
        n = numbers.numbers(since, until)
        open_deals = numbers.open_deals(since, until)
        monthly = monthly_json(store, n.currency)  # main currency only
        value = ForecastService(store).pipeline_value(n.currency)
        debriefs, loss_reasons = debrief_part.result()
    won = n.won + sum(o.won for o in n.others)
    lost = n.lost + sum(o.lost for o in n.others)
    return {
        "period": {
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
        },
        "deals": {"open": open_deals, "won": won, "lost": lost},
        "win_rate": won / (won + lost) if won + lost else None,
        "touches": n.all_touches,
        **numbers_json(n),
        "loss_reasons": loss_reasons,
        "debriefs": debriefs,
        "monthly": monthly,
        **ReviewService(store, numbers).stats(),  # `reviews` and `focus`
        # Today's open deals in `currency`, whatever the period (a snapshot, not a window).
        "pipeline": {
            "open_amount": cents_to_major(value.open_cents),
            "weighted_amount": cents_to_major(value.weighted_cents),
        },
    }
