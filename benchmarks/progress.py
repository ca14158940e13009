"""The Progress view on the large history: its aggregate queries against the same GROUP BY
run with the sqlite3 module on the same file (interleaved, in the same run), the view's
first load, and switching month / quarter / year through its buttons."""

from __future__ import annotations

import sqlite3
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.window import open_window

# The store's three reads (store/deal_totals.period_totals), written by hand.
_TOTALS = """
SELECT {key} AS period,
       sum(CASE WHEN status = 'won' THEN 1 ELSE 0 END),
       sum(CASE WHEN status = 'lost' THEN 1 ELSE 0 END),
       coalesce(sum(CASE WHEN status = 'won' AND currency = ? THEN amount_cents ELSE 0 END), 0),
       coalesce(sum(CASE WHEN status = 'won' AND currency = ? THEN commission_cents ELSE 0 END), 0)
FROM deals
WHERE closed_on IS NOT NULL
GROUP BY period ORDER BY period
"""
_KEYS = {
    "month": "substr(closed_on, 1, 7)",
    "quarter": "substr(closed_on, 1, 4) || '-Q' || "
    "CAST((CAST(substr(closed_on, 6, 2) AS INTEGER) + 2) / 3 AS TEXT)",
    "year": "substr(closed_on, 1, 4)",
}


@dataclass
class ProgressTimings:
    queries: float  # seconds: the three totals per period read through the store
    sqlite3: float  # the same three GROUP BY with the sqlite3 module
    view_loaded: float  # from showing the view to its chart drawn
    switch: float  # the slowest grouping switch, redrawn and painted


def measure_queries(data_dir: Path, runs: int = 7) -> tuple[float, float]:
    """Median seconds for the three reads: (through the store, plain sqlite3)."""
    from salescoach.domain.progress import Grouping
    from salescoach.services.workspace import open_workspace
    from salescoach.store import deal_totals as pq

    ws = open_workspace(data_dir)
    conn = sqlite3.connect(data_dir / "salescoach.sqlite")
    try:
        currency = ws.progress.currency()
        ours, ref = [], []
        for run in range(runs + 1):  # the first run of each warms the caches
            start = time.perf_counter()
            with ws.store.session() as s:
                got = [pq.period_totals(s, g, currency) for g in Grouping]
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            plain = [
                conn.execute(_TOTALS.format(key=_KEYS[g.value]), (currency, currency)).fetchall()
                for g in Grouping
            ]
            ref.append(time.perf_counter() - start)
            if run == 0:
                assert got == plain, "the store and sqlite3 disagree"
        return statistics.median(ours[1:]), statistics.median(ref[1:])
    finally:
        conn.close()
        ws.close()


def measure(data_dir: Path) -> ProgressTimings:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QToolButton

    from salescoach.domain.progress import Grouping

    queries, plain = measure_queries(data_dir)
    app, window = open_window(data_dir)

    view = window.progress
    loop = QEventLoop()
    view.loaded.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    start = time.perf_counter()
    window.nav.setCurrentRow(2)
    loop.exec()
    view.repaint()
    view_loaded = time.perf_counter() - start

    switches = []
    for _ in range(3):
        for grouping in (Grouping.QUARTER, Grouping.YEAR, Grouping.MONTH):
            button = view.findChild(QToolButton, f"group_{grouping.value}")
            start = time.perf_counter()
            button.click()
            app.processEvents()
            view.repaint()  # painted, not only scheduled
            switches.append(time.perf_counter() - start)
    window.close()
    return ProgressTimings(queries, plain, view_loaded, max(switches))
