"""The Numbers view and `stats --json` on the large history, each against the same SQL run
with the plain sqlite3 module on the same file, interleaved in the same run.

- View: from choosing Numbers in the navigation to its figures, split and planner shown
  (the first time builds the view; each later time reads again). Reference: the queries
  the view's read runs, on an open sqlite3 connection.
- stats --json: opening the data folder, computing every figure and writing the JSON, in
  the process (the interpreter's and the libraries' start-up aside). Reference: connecting
  with sqlite3, the same queries, the same JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.window import open_window

KINDS = ("call", "email", "meeting", "video_call", "webinar", "other")


@dataclass
class NumbersTimings:
    view: float  # seconds, median
    view_raw: float
    view_first: float  # the first opening, which builds the view
    stats: float
    stats_raw: float


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()} 00:00:00.000000"


def _kind_counts(since: dt.date | None, until: dt.date | None) -> str:
    window = ""
    if since is not None and until is not None:
        window = (
            f" AND occurred_at >= '{_stamp(since)}'"
            f" AND occurred_at < '{_stamp(until + dt.timedelta(days=1))}'"
        )
    counts = ", ".join(f"(SELECT count(*) FROM touches WHERE kind = '{k}'{window})" for k in KINDS)
    return f"SELECT {counts}"


_SUMS = (
    "sum(CASE WHEN status = 'won' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN status = 'lost' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN status = 'won' THEN commission_cents ELSE 0 END), "
    "sum(CASE WHEN status = 'won' AND commission_cents = 0 THEN 1 ELSE 0 END)"
)


def view_queries(today: dt.date) -> list[str]:
    """What `NumbersService.overview` asks for the default period (the last 12 months)."""
    from salescoach.domain.periods import Period, add_months, period_range, quarter_start
    from salescoach.domain.planner import last_full_months
    from salescoach.services.numbers import PLANNER_QUARTERS

    since, until = period_range(Period.LAST_12_MONTHS, today)
    assert since is not None and until is not None
    months = last_full_months(today)
    first = dt.date.fromisoformat(f"{months[0]}-01")
    last = dt.date.fromisoformat(f"{today:%Y-%m}-01") - dt.timedelta(days=1)
    closes_from = add_months(quarter_start(today), -3 * (PLANNER_QUARTERS - 1))
    return [
        f"SELECT currency, count(*), {_SUMS} FROM deals WHERE status IN ('won', 'lost') "
        f"AND closed_on >= '{since}' AND closed_on <= '{until}' GROUP BY currency",
        "SELECT currency, count(*) FROM deals GROUP BY currency ORDER BY count(*) DESC, currency",
        _kind_counts(since, until),
        "SELECT substr(closed_on, 1, 7), sum(CASE WHEN status = 'won' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN status = 'lost' THEN 1 ELSE 0 END) FROM deals "
        f"WHERE status IN ('won', 'lost') AND closed_on >= '{closes_from}' "
        "GROUP BY substr(closed_on, 1, 7) ORDER BY substr(closed_on, 1, 7)",
        f"SELECT count(*) FROM touches WHERE occurred_at >= '{_stamp(first)}' "
        f"AND occurred_at < '{_stamp(last + dt.timedelta(days=1))}'",
        f"SELECT count(*) FROM deals WHERE created_on BETWEEN '{first}' AND '{last}'",
    ]


_DEBRIEFED = "completed_at IS NOT NULL AND lost_on IS NOT NULL"


def stats_queries() -> list[str]:
    """What `compute_stats` asks over all time (numbers, then debriefs; the monthly totals
    follow, in the main currency)."""
    answers = ", ".join(
        f"sum(CASE WHEN answer_{n} = '{a}' THEN 1 ELSE 0 END)"
        for n in range(1, 7)
        for a in ("yes", "partly", "no")
    )
    quarter = "substr(lost_on, 1, 4) || '-Q' || CAST((CAST(substr(lost_on, 6, 2) AS INTEGER) + 2) / 3 AS VARCHAR)"  # noqa: E501
    return [
        f"SELECT currency, count(*), {_SUMS} FROM deals GROUP BY currency",
        _kind_counts(None, None),
        "SELECT count(*) FROM deals WHERE status = 'open'",
        f"SELECT {answers} FROM debriefs WHERE {_DEBRIEFED}",
        "SELECT count(*) FROM deals WHERE status = 'lost'",
        "SELECT count(completed_at), count(*) - count(completed_at) FROM debriefs "
        "WHERE lost_on IS NOT NULL",
        f"SELECT {quarter}, controllable, reason_id, count(*), "
        "sum(CAST(referral_asked AS INTEGER)), sum(CAST(referral_obtained AS INTEGER)) "
        f"FROM debriefs WHERE {_DEBRIEFED} GROUP BY {quarter}, controllable, reason_id",
        "SELECT id, code, label, controllable, hidden FROM loss_reasons "
        "ORDER BY position, created_at",
    ]


def _raw(conn: sqlite3.Connection, queries: list[str]) -> list[list[Any]]:
    return [conn.execute(q).fetchall() for q in queries]


def _raw_stats(db: Path) -> float:
    from benchmarks.progress import _KEYS, _TOTALS

    start = time.perf_counter()
    conn = sqlite3.connect(db)
    try:
        results = _raw(conn, stats_queries())
        # `monthly`: the Progress chart's months, in the currency most deals are in.
        currency = max(results[0], key=lambda r: r[1])[0] if results[0] else "EUR"
        monthly = _TOTALS.format(key=_KEYS["month"])
        results.append(conn.execute(monthly, (currency, currency)).fetchall())
    finally:
        conn.close()
    json.dumps(results, default=str)
    return time.perf_counter() - start


def _our_stats(data_dir: Path) -> float:
    from salescoach.services.stats import compute_stats
    from salescoach.services.workspace import open_workspace

    start = time.perf_counter()
    ws = open_workspace(data_dir)
    try:
        json.dumps(compute_stats(ws.store), indent=2, ensure_ascii=False)
    finally:
        ws.close()
    return time.perf_counter() - start


def measure(data_dir: Path, runs: int) -> NumbersTimings:
    from PySide6.QtCore import QEventLoop, QTimer

    db = data_dir / "salescoach.sqlite"
    app, window = open_window(data_dir)

    conn = sqlite3.connect(db)
    queries = view_queries(dt.date.today())
    ours: list[float] = []
    raw: list[float] = []
    for i in range(max(runs, 2)):
        start = time.perf_counter()
        _raw(conn, queries)
        raw.append(time.perf_counter() - start)
        window.nav.setCurrentRow(0)
        app.processEvents()
        loop = QEventLoop()
        if i:  # the view exists from the second time on
            window.numbers.loaded.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        start = time.perf_counter()
        window.nav.setCurrentRow(4)
        if not i:
            window.numbers.loaded.connect(loop.quit)  # built by the line above
        loop.exec()
        ours.append(time.perf_counter() - start)
        window.numbers.loaded.disconnect(loop.quit)
    conn.close()
    window.close()

    stats: list[float] = []
    stats_raw: list[float] = []
    _raw_stats(db)  # both warm the file cache once
    _our_stats(data_dir)
    for _ in range(runs):
        stats_raw.append(_raw_stats(db))
        stats.append(_our_stats(data_dir))
    return NumbersTimings(
        view=statistics.median(ours),
        view_raw=statistics.median(raw),
        view_first=ours[0],
        stats=statistics.median(stats),
        stats_raw=statistics.median(stats_raw),
    )
