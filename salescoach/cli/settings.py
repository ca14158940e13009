"""`salescoach commission`: the rep's commission plan, shown and set from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salescoach.cli.run import Say
from salescoach.domain.commission import CommissionRate, parse_percent
from salescoach.domain.date_bounds import FIRST_DAY
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.services.commission import CommissionService
from salescoach.services.workspace import open_workspace

CTX = "CommandLine"


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
        line = say(msg(CTX, text, rate=_percent(r.rate_bp), day=r.starts_on.isoformat()))
        if r.above_goal_bp is not None:
            beyond = QT_TRANSLATE_NOOP(
                "CommandLine", "{rate} % of what you win beyond the year's revenue goal."
            )
            line += " " + say(msg(CTX, beyond, rate=_percent(r.above_goal_bp)))
        lines.append(line)
    return lines


def commission(
    say: Say,
    data_dir: Path,
    rate: str | None,
    starts_on: dt.date | None,
    remove: bool,
    above_goal: str | None = None,
) -> int:
    for text in (rate, above_goal):
        if text is not None:
            parse_percent(text)  # refused before the data folder is even opened
    if above_goal is not None and rate is None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine", "--above-goal needs --rate: the rate up to the goal."
                ),
            )
        )
    ws = open_workspace(data_dir)
    try:
        service = CommissionService(ws.store)
        if remove:
            service.remove_rate(starts_on)
        elif rate is not None:
            service.set_rate(rate, starts_on, above_goal)
        plan = service.plan()
    finally:
        ws.close()
    for line in plan_lines(say, plan):
        print(line)
    return 0
