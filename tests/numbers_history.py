"""A small history whose numbers are easy to check by hand (used by the Numbers tests).

Over the last 12 months, in euros: two wins (1 200 € and 800 € of commission), one loss,
one open deal, and 20 touches on them (13 calls, 6 emails, 1 meeting). So: 2 000 € earned,
10 touches per win (10:1), 1 000 € per win, 100 € a touch, a win rate of 2/3.
Two years ago, one more win: 10 000 € after 10 calls. Over all time: 12 000 € earned,
30 touches, 3 wins: 400 € a touch, still 10:1.
With `dollars=True`, one more win in USD (500 $ after 2 calls), 15 days ago: left out of
the figures (the main currency stays the euro, the currency of most deals).
"""

from __future__ import annotations

import datetime as dt

from salescoach.domain.deals import DealDraft, TouchDraft
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.services.workspace import Workspace

C, E, M = TouchKind.CALL, TouchKind.EMAIL, TouchKind.MEETING


def days_ago(n: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=n)


# title, status, commission (cents), currency, created and closed (days ago), touches
DEALS = [
    ("Logiciel de paie", DealStatus.WON, 120_000, "EUR", 60, 20, [C, C, C, E, E]),
    ("Parc de tablettes", DealStatus.WON, 80_000, "EUR", 70, 40, [C, C, C, C, M]),
    ("Audit sécurité", DealStatus.LOST, 50_000, "EUR", 50, 10, [C] * 5 + [E] * 3),
    ("Formation Excel", DealStatus.OPEN, 30_000, "EUR", 30, None, [C, E]),
    ("Serveurs", DealStatus.WON, 1_000_000, "EUR", 800, 730, [C] * 10),
]


def build_history(ws: Workspace, dollars: bool = False) -> None:
    deals = list(DEALS)
    if dollars:
        deals.append(("Licences US", DealStatus.WON, 50_000, "USD", 25, 15, [C, C]))
    for title, status, commission, currency, created, closed, kinds in deals:
        row = ws.pipeline.save_deal(
            DealDraft(
                title,
                "Cabinet Moreau",
                amount_cents=commission * 10,
                currency=currency,
                commission_cents=commission,
                status=status,
                created_on=days_ago(created),
                closed_on=None if closed is None else days_ago(closed),
            )
        )
        last = closed if closed is not None else 1
        for i, kind in enumerate(kinds):
            day = days_ago(max(created - 1 - i, last))
            when = dt.datetime.combine(day, dt.time(10, 0))
            ws.pipeline.log_touch(TouchDraft(kind, when, deal_id=row.id))
