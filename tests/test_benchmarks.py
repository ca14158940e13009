"""A small run of the benchmark command, so that it cannot rot (its figures are not judged)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.team.pg_server import find_server_bin

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_and_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--deals", "300", "--runs", "1",
         "--cache", str(tmp_path / "cache"), "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr[-2000:]
    report = json.loads(out.read_text())
    names = [f["name"] for f in report["figures"]]
    assert names == [
        "demo --deals 300",
        "window shown",
        "first screen of deals, after shown",
        "filter, median keystroke",
        "filter, slowest keystroke",
        "search results after the last keystroke",
        "search, slowest keystroke",
        "debriefs view, rows and insights",
        "debriefs view, GUI thread",
        "debrief form opened",
        "debrief draft saved",
        "follow-ups view loaded",
        "numbers view opened",
        "numbers view opened, time",
        "stats --json",
        "stats --json, time",
        "progress view, read and drawn",
        "progress, slowest grouping switch",
        "progress queries",
        "review page opened, first",
        "review page opened",
        "live checks, median keystroke",
        "live checks, slowest keystroke",
        "keystroke in the composer",
        "import, Pipedrive CSV",
        "import again, 1 % changed",
        "reading an .xlsx",
        "scrolling, slowest step",
        "GUI blocked, every area visited",
        "GUI blocked, exporting",
        "GUI blocked, importing",
        "GUI blocked, 95th percentile",
        "GUI blocked, longest",
        "peak memory, every area visited",
        "peak memory, then export and import",
        "memory once the import is done",
        *(
            ["team, first sync", "team, sync of 100 changed deals", "team, manager's view opened"]
            if find_server_bin() is not None
            else []
        ),
    ]
    for figure in report["figures"]:
        # Most heartbeats of a small tour come on time: its 95th percentile may be 0 ms.
        assert figure["value"] > 0 or figure["name"] == "GUI blocked, 95th percentile"
        assert figure["name"] in done.stdout
