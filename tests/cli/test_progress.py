"""`stats --json`'s monthly series, from a real process on a hand-made history."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

from salescoach.domain.progress import Grouping, next_period, parse_period_key
from salescoach.services.workspace import open_workspace
from tests.cli.test_cli import run
from tests.store.test_progress import add_history


def test_stats_json_monthly(data_dir: Path) -> None:
    ws = open_workspace(data_dir)
    add_history(ws)
    ws.close()
    done = run("stats", "--json", "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    monthly = figures["monthly"]
    assert monthly[0] == {
        "month": "2023-01", "won": 2, "lost": 0, "revenue": 3000.0, "commission": 250.0
    }  # fmt: skip
    assert monthly[3] == {
        "month": "2023-04",
        "won": 1,
        "lost": 0,
        "revenue": 0.0,
        "commission": 0.0,
    }  # fmt: skip  (the dollar deal: a win, but not in euro money)
    # Every month from the first close to this one, without gaps, in order.
    starts = [parse_period_key(m["month"]) for m in monthly]
    assert all(next_period(a, Grouping.MONTH) == b for a, b in itertools.pairwise(starts))
    assert starts[-1] == dt.date.today().replace(day=1)
    assert sum(m["won"] for m in monthly) == figures["deals"]["won"] == 4
    assert sum(m["lost"] for m in monthly) == figures["deals"]["lost"] == 2
    assert sum(m["revenue"] for m in monthly) == 6000.0
    assert figures["currency"] == "EUR"


def test_stats_json_monthly_is_empty_without_closed_deals(data_dir: Path) -> None:
    open_workspace(data_dir).close()
    figures = json.loads(run("stats", "--json", "--data-dir", str(data_dir)).stdout)
    assert figures["monthly"] == []
