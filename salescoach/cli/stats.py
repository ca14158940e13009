"""`salescoach stats`: the pipeline's figures, as JSON or as a table in the user's
language (the table is `team stats`' too)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from salescoach.cli.run import Run
from salescoach.domain.messages import QT_TRANSLATE_NOOP, msg

CTX = "CommandLine"


def stats(run: Run, as_json: bool, since: dt.date | None, until: dt.date | None) -> int:
    from salescoach.services.stats import compute_stats
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(run.data_dir, read_only=True)
    try:
        figures = compute_stats(ws.store, since, until)
    finally:
        ws.close()
    if as_json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(stats_table(run, figures))
    return 0


def stats_table(run: Run, figures: dict[str, Any]) -> str:
    """Two aligned columns, labels in the user's language, numbers in its format."""
    from PySide6.QtCore import QLocale

    from salescoach.ui.common import formatting
    from salescoach.ui.common.i18n import start_cli_translation

    start_cli_translation(run.data_dir, run.lang)
    locale = QLocale()
    deals = figures["deals"]
    debriefs = figures["debriefs"]
    rate = figures["win_rate"]
    currency = figures["currency"]

    def money(value: float | None) -> str:
        return "—" if value is None else formatting.money(round(value * 100), currency)

    since, until = figures["period"]["since"], figures["period"]["until"]
    period = (
        []
        if since is None and until is None
        else [
            (
                0,
                QT_TRANSLATE_NOOP("CommandLine", "Period"),
                f"{formatting.date_text(_iso(since)) or '…'} – "
                f"{formatting.date_text(_iso(until)) or '…'}",
            )
        ]
    )
    ratio = figures["touches_per_win"]
    others = ", ".join(o["currency"] for o in figures["other_currencies"])
    rows = [
        *period,
        (0, QT_TRANSLATE_NOOP("CommandLine", "Deals"), locale.toString(sum(deals.values()))),
        (2, QT_TRANSLATE_NOOP("CommandLine", "open"), locale.toString(deals["open"])),
        (2, QT_TRANSLATE_NOOP("CommandLine", "won"), locale.toString(deals["won"])),
        (2, QT_TRANSLATE_NOOP("CommandLine", "lost"), locale.toString(deals["lost"])),
        (
            0,
            QT_TRANSLATE_NOOP("CommandLine", "Win rate"),
            "—" if rate is None else formatting.percent_text(rate, 1),
        ),
        (0, QT_TRANSLATE_NOOP("CommandLine", "Touches"), locale.toString(figures["touches"])),
        (0, QT_TRANSLATE_NOOP("CommandLine", "Currency"), currency),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "commission earned"),
            money(figures["commission"]),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "average commission per win"),
            money(figures["avg_commission_per_win"]),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "touches per win"),
            "—" if ratio is None else formatting.ratio_text(ratio),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "value of one touch"),
            money(figures["per_touch_value"]),
        ),
        *(
            [(2, QT_TRANSLATE_NOOP("CommandLine", "other currencies, left out"), others)]
            if others
            else []
        ),
        (0, QT_TRANSLATE_NOOP("CommandLine", "Debriefs done"), locale.toString(debriefs["count"])),
        (2, QT_TRANSLATE_NOOP("CommandLine", "still to do"), locale.toString(debriefs["pending"])),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "weakest question"),
            (debriefs["weakest_question"] or "—").upper(),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "losses within your control"),
            locale.toString(debriefs["controllable_losses"]),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "referrals asked / obtained"),
            f"{locale.toString(debriefs['referrals_asked'])} / "
            f"{locale.toString(debriefs['referrals_obtained'])}",
        ),
    ]
    labels = [" " * indent + run.say(msg(CTX, label)) for indent, label, _ in rows]
    width = max(len(label) for label in labels) + 2
    values = max(12, *(len(value) for *_, value in rows))
    return "\n".join(
        f"{label:<{width}}{value:>{values}}"
        for label, (_, _, value) in zip(labels, rows, strict=True)
    )


def _iso(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)
