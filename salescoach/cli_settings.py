"""`salescoach commission`: the rep's commission plan, shown and set from the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from salescoach.domain.commission import CommissionRate, parse_percent
from salescoach.domain.date_bounds import FIRST_DAY
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from salescoach.services.commission import CommissionService
from salescoach.services.workspace import open_workspace

CTX = "CommandLine"
Say = Callable[[Message], str]


def _percent(bp: int) -> str:
    return f"{bp / 100:g}"


def plan_lines(say: Say, plan: list[CommissionRate]) -> list[str]:
    """One line per rate, or how to set one."""
    if not plan:
        return [
            say(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "No commission plan: wins without a commission recorded earn nothing. "
                        "Set a rate with `salescoach commission --rate 8` (8 % of each won "
                        "amount), from a date with --from YYYY-MM-DD.",
                    ),
                )
            )
        ]
    lines = []
    for r in plan:
        if r.starts_on == FIRST_DAY:
            text = QT_TRANSLATE_NOOP("CommandLine", "{rate} % of each won amount.")
        else:
            text = QT_TRANSLATE_NOOP("CommandLine", "From {day}: {rate} % of each won amount.")
        lines.append(say(msg(CTX, text, rate=_percent(r.rate_bp), day=r.starts_on.isoformat())))
    return lines


def commission(
    say: Say, data_dir: Path, rate: str | None, starts_on: dt.date | None, remove: bool
) -> int:
    if rate is not None:
        parse_percent(rate)  # refused before the data folder is even opened
    ws = open_workspace(data_dir)
    try:
        service = CommissionService(ws.store)
        if remove:
            service.remove_rate(starts_on)
        elif rate is not None:
            service.set_rate(rate, starts_on)
        plan = service.plan()
    finally:
        ws.close()
    for line in plan_lines(say, plan):
        print(line)
    return 0
