"""`python -m benchmarks`: build (or reuse) the large demo history, measure, report.

Prints a table (figure, value, goal, ratio, pass/fail) and writes the same as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    goal: float | None  # None: measured for information, no goal set
    reference: float | None = None  # when the goal is a ratio to a reference

    @property
    def ratio(self) -> float | None:
        if self.reference:
            return self.value / self.reference
        return self.value / self.goal if self.goal else None

    @property
    def passed(self) -> bool:
        if self.goal is None:
            return True
        return (self.ratio or 0) <= self.goal if self.reference else self.value <= self.goal


def _row(f: Figure) -> str:
    if f.goal is None:
        goal, ratio, verdict = "(no goal)", "", "info"
    else:
        goal = f"≤ {f.goal:g}× ref" if f.reference else f"≤ {f.goal:g} {f.unit}"
        ratio, verdict = f"{f.ratio:.2f}", "pass" if f.passed else "FAIL"
    ref = f" (ref {f.reference:.3g} {f.unit})" if f.reference else ""
    return f"{f.name:<40} {f.value:>9.3g} {f.unit:<3}{ref:<20} {goal:<14} {ratio:>6}  {verdict}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--deals", type=int, default=100_000, help="size of the history")
    parser.add_argument("--runs", type=int, default=5, help="runs per start-up figure")
    parser.add_argument("--json", type=Path, help="where to write the results as JSON")
    parser.add_argument("--cache", type=Path, help="where the generated history is kept")
    parser.add_argument(
        "--why", action="store_true", help="print where the GUI thread was when it was late"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks import (
        debriefs,
        filtering,
        followups,
        history,
        importing,
        numbers,
        progress,
        review,
        search,
        startup,
        team,
        tour,
        workbooks,
    )

    data_dir, built = history.history(args.deals, cache=args.cache or history.CACHE)
    figures: list[Figure] = []
    if built is not None:
        figures.append(Figure(f"demo --deals {args.deals}", built, "s", 60))
    ours, bare = startup.measure(data_dir, args.runs)
    figures.append(Figure("window shown", ours, "s", 1.5, reference=bare))
    shown_to_deals = startup.first_screen(data_dir, args.runs)
    figures.append(Figure("first screen of deals, after shown", shown_to_deals, "s", 0.5))
    keys = filtering.measure(data_dir)
    figures.append(Figure("filter, median keystroke", statistics.median(keys) * 1000, "ms", 50))
    figures.append(Figure("filter, slowest keystroke", max(keys) * 1000, "ms", 50))
    last_keys, every_key = search.measure(data_dir)
    figures.append(
        Figure("search results after the last keystroke", max(last_keys) * 1000, "ms", 100)
    )
    figures.append(Figure("search, slowest keystroke", max(every_key) * 1000, "ms", None))
    d = debriefs.measure(data_dir)
    figures.append(Figure("debriefs view, rows and insights", d.view_loaded, "s", 1))
    figures.append(Figure("debriefs view, GUI thread", d.view_gui_thread * 1000, "ms", 100))
    figures.append(Figure("debrief form opened", d.form_opened * 1000, "ms", 300))
    figures.append(Figure("debrief draft saved", d.draft_saved * 1000, "ms", 50))
    figures.append(Figure("follow-ups view loaded", followups.measure(data_dir), "s", 1))
    n = numbers.measure(data_dir, args.runs)
    figures.append(Figure("numbers view opened", n.view * 1000, "ms", 1.5, n.view_raw * 1000))
    figures.append(Figure("numbers view opened, time", n.view * 1000, "ms", 300))
    figures.append(Figure("stats --json", n.stats * 1000, "ms", 1.5, n.stats_raw * 1000))
    figures.append(Figure("stats --json, time", n.stats * 1000, "ms", 300))
    p = progress.measure(data_dir)
    figures.append(Figure("progress view, read and drawn", p.view_loaded, "s", 1))
    figures.append(Figure("progress, slowest grouping switch", p.switch * 1000, "ms", 150))
    figures.append(
        Figure("progress queries", p.queries * 1000, "ms", 1.5, reference=p.sqlite3 * 1000)
    )
    r = review.measure(data_dir, args.runs)
    figures.append(Figure("review page opened, first", r.page_first * 1000, "ms", 300))
    figures.append(Figure("review page opened", r.page * 1000, "ms", 300))
    figures.append(Figure("live checks, median keystroke", r.key_median * 1000, "ms", 20))
    figures.append(Figure("live checks, slowest keystroke", r.key_slowest * 1000, "ms", 20))
    figures.append(Figure("keystroke in the composer", r.keystroke * 1000, "ms", None))
    # A Pipedrive-style CSV of as many deals as the history, against a plain csv +
    # sqlite3.executemany load of the same rows (each into a new data folder).
    ours, plain, again = importing.measure(args.deals)
    figures.append(Figure("import, Pipedrive CSV", ours, "s", 2, reference=plain))
    # Next week's export of the same CRM, 1 % of its rows changed, against the first import.
    figures.append(Figure("import again, 1 % changed", again, "s", 0.15, reference=ours))
    # The same export as an .xlsx (typed cells, written by openpyxl), read for the preview,
    # against reading the CSV.
    book, text = workbooks.measure(args.deals, (args.cache or history.CACHE) / "workbooks")
    figures.append(Figure("reading an .xlsx", book, "s", 2, reference=text))
    t = tour.measure(data_dir, args.deals, why=args.why)
    figures.append(Figure("scrolling, slowest step", t["scroll_step_ms"], "ms", 16))
    figures.append(Figure("GUI blocked, every area visited", t["gui_blocked_ms"], "ms", 50))
    figures.append(Figure("GUI blocked, exporting", t["gui_blocked_export_ms"], "ms", 50))
    figures.append(Figure("GUI blocked, importing", t["gui_blocked_import_ms"], "ms", 50))
    # Every 5 ms heartbeat of the tour after the scrolling: how late each one fired.
    figures.append(Figure("GUI blocked, 95th percentile", t["gui_blocked_p95_ms"], "ms", 50))
    figures.append(Figure("GUI blocked, longest", t["gui_blocked_max_ms"], "ms", 50))
    figures.append(Figure("peak memory, every area visited", t["peak_mib"], "MiB", 300))
    # An import holds the whole file while the rep looks at it: the peak is shown, not
    # judged; once it is done, the window holds both histories' deals.
    figures.append(Figure("peak memory, then export and import", t["peak_end_mib"], "MiB", None))
    figures.append(Figure("memory once the import is done", t["end_mib"], "MiB", 350))
    # Team mode on a throw-away local PostgreSQL: the first sync of the history against a
    # COPY of the same rows into the same table, 100 changed deals, the manager's view over
    # 20 reps (of 10,000 deals each, or of the history's size when smaller).
    small = history.history(min(args.deals, team.DEALS_PER_REP), cache=args.cache or history.CACHE)
    tm = team.measure(data_dir, small[0])
    if tm is None:
        print(team.NO_SERVER)
    else:
        figures.append(Figure("team, first sync", tm.first_sync, "s", 2, reference=tm.copy))
        figures.append(Figure("team, sync of 100 changed deals", tm.changed_sync, "s", 1))
        figures.append(Figure("team, manager's view opened", tm.view_opened, "s", 1))

    print(
        f"salescoach benchmarks: {args.deals} deals, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, median of {args.runs} runs"
    )
    for f in figures:
        print(_row(f))
    out = args.json or RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "deals": args.deals,
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "figures": [asdict(f) | {"ratio": f.ratio, "passed": f.passed} for f in figures],
            },
            indent=2,
        )
    )
    print(f"written to {out}")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
