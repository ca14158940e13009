"""The figures behind `salescoach stats`, computed in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from salescoach.domain.enums import DEFAULT_CURRENCY
from salescoach.services.debriefs import DebriefService
from salescoach.services.progress import monthly_json
from salescoach.store import queries
from salescoach.store.database import Store
from salescoach.store.models import Deal, Touch


def compute_stats(store: Store) -> dict[str, Any]:
    """Counts per status, win rate, touches and the main currency, as plain JSON values."""
    with store.session() as s:
        counts = queries.deal_counts(s)
        touches = s.scalar(select(func.count()).select_from(Touch)) or 0
        currency = s.scalar(
            select(Deal.currency).group_by(Deal.currency).order_by(func.count().desc()).limit(1)
        )
    won, lost = counts["won"], counts["lost"]
    debriefs = DebriefService(store)
    return {
        "deals": {status.value: n for status, n in counts.items()},
        "win_rate": won / (won + lost) if won + lost else None,
        "touches": touches,
        "currency": currency or DEFAULT_CURRENCY,
        "loss_reasons": debriefs.loss_reason_stats(),
        "debriefs": debriefs.stats(),
        "monthly": monthly_json(store, currency or DEFAULT_CURRENCY),  # main currency only
    }
