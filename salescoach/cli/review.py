"""`salescoach review`: this week's review, as lines in the user's language or as JSON.

Reading only: the check-in itself is given in the app's Review page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from salescoach.cli.run import Say
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from salescoach.services.review import review_json
from salescoach.services.workspace import open_workspace

CTX = "CommandLine"


def review(say: Say, data_dir: Path, as_json: bool) -> int:
    ws = open_workspace(data_dir, read_only=True)
    try:
        week = ws.review.week()
    finally:
        ws.close()
    data = review_json(week)
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    for line in _lines(say, data, [f.message() for f in week.suggestions]):
        print(line)
    return 0


def _lines(say: Say, data: dict[str, Any], suggestions: list[Message]) -> list[str]:
    this = data["this_week"]
    before = data["weeks_before"]

    def usual(key: str) -> str:
        if not before:
            return "—"
        return f"{sum(w[key] for w in before) / len(before):.1f}"

    def line(text: str, **args: Any) -> str:
        return say(msg(CTX, text, **args))

    out = [
        line(QT_TRANSLATE_NOOP("CommandLine", "Week of {week}"), week=data["week"]),
        line(
            QT_TRANSLATE_NOOP("CommandLine", "  touches: {n} (usually {usual})"),
            n=this["touches"],
            usual=usual("touches"),
        ),
        line(
            QT_TRANSLATE_NOOP("CommandLine", "  new deals: {n} (usually {usual})"),
            n=this["new_deals"],
            usual=usual("new_deals"),
        ),
        line(
            QT_TRANSLATE_NOOP("CommandLine", "  won: {won}, lost: {lost}"),
            won=this["won"],
            lost=this["lost"],
        ),
        line(
            QT_TRANSLATE_NOOP("CommandLine", "Debriefs to do: {n}; follow-ups due: {due}"),
            n=data["debriefs_pending"],
            due=data["followups_due"]["overdue"] + data["followups_due"]["today"],
        ),
    ]
    leads = data["leads"]
    if leads["needed_this_month"] is not None:
        out.append(
            line(
                QT_TRANSLATE_NOOP("CommandLine", "Leads this month: {added} of {needed} needed"),
                added=leads["added_this_month"],
                needed=leads["needed_this_month"],
            )
        )
    if suggestions:
        out.append(line(QT_TRANSLATE_NOOP("CommandLine", "Focus ideas for next week:")))
        out.extend(f"  - {say(s)}" for s in suggestions)
    if data["plan_a_break"]:
        out.append(
            line(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Your energy and your results are falling together: a long effort, plan a "
                    "break.",
                )
            )
        )
    if not data["done"]:
        out.append(
            line(QT_TRANSLATE_NOOP("CommandLine", "Not reviewed yet: open the app (Ctrl+R)."))
        )
    return out
