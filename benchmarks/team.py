"""Team mode against a throw-away local PostgreSQL cluster (started as the team tests
start theirs: `initdb` and `pg_ctl` in a temporary folder, a Unix socket only).

- The first sync of the large history (a copy of it joined as one rep), against a plain
  `COPY` of the same rows into the same table (`team.rows`, its triggers and indexes)
  by the admin, in the same run.
- A sync of 100 changed deals right after.
- The manager's Team area over 20 reps of 10,000 deals each (one 10,000-deal history
  synced, its rows copied on the server for 19 more reps), from the window made to its
  figures drawn.

Runs alone too: `python -m benchmarks.team [DATA_DIR]` (default: the cached history).
Without PostgreSQL's server programs it measures nothing and says so.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPS = 20
DEALS_PER_REP = 10_000
PASSWORD = "bench-secret-1"


@dataclass
class TeamFigures:
    first_sync: float  # seconds
    copy: float  # the same rows by COPY, seconds
    rows: int  # how many rows went up
    changed_sync: float  # 100 changed deals, seconds
    view_opened: float  # the manager's view, median of 3, seconds
    view_rows: int  # rows on the server behind the view


def _database(cluster: object, name: str) -> str:
    import psycopg

    with psycopg.connect(cluster.url(), autocommit=True) as conn:  # type: ignore[attr-defined]
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def _copy_reference(url: str, owner: str) -> tuple[float, int]:
    """The rows `owner` synced, read back, then written again by one COPY as the admin
    (another owner): seconds for the COPY and its commit, and how many rows."""
    import psycopg

    with psycopg.connect(url) as conn:
        buffer = io.BytesIO()
        with conn.cursor().copy(
            "COPY (SELECT 'copy_reference', tbl, id, hlc, deleted, data FROM team.rows "
            f"WHERE owner = '{owner}') TO STDOUT"
        ) as copy:
            for chunk in copy:
                buffer.write(chunk)
        conn.commit()
        data = buffer.getvalue()
        start = time.perf_counter()
        with conn.cursor().copy(
            "COPY team.rows (owner, tbl, id, hlc, deleted, data) FROM STDIN"
        ) as copy:
            for i in range(0, len(data), 1 << 20):
                copy.write(data[i : i + (1 << 20)])
        conn.commit()
        elapsed = time.perf_counter() - start
        rows = conn.execute(
            "SELECT count(*) FROM team.rows WHERE owner = 'copy_reference'"
        ).fetchone()
    return elapsed, int(rows[0]) if rows else 0


def _change_deals(folder: Path, n: int) -> None:
    db = folder / "salescoach.sqlite"
    with sqlite3.connect(db) as conn:  # the laptop's own triggers note the changes
        conn.execute(
            "UPDATE deals SET amount_cents = amount_cents + 100 WHERE id IN "
            "(SELECT id FROM deals ORDER BY id LIMIT ?)",
            (n,),
        )


def _sync_measure(cluster: object, history: Path, root: Path) -> tuple[float, float, int, float]:
    from salescoach.services import team as service

    db = _database(cluster, "bench_sync")
    admin = root / "admin"
    service.init_team(admin, cluster.url(db=db))  # type: ignore[attr-defined]
    service.add_rep(admin, "bench_rep", PASSWORD, False)
    laptop = root / "laptop"
    shutil.copytree(history, laptop)
    service.join_team(laptop, cluster.url("bench_rep", PASSWORD, db))  # type: ignore[attr-defined]
    start = time.perf_counter()
    report = service.sync(laptop)
    first = time.perf_counter() - start
    copy, rows = _copy_reference(cluster.url(db=db), "bench_rep")  # type: ignore[attr-defined]
    assert rows == report.pushed, (rows, report.pushed)
    _change_deals(laptop, 100)
    start = time.perf_counter()
    again = service.sync(laptop)
    changed = time.perf_counter() - start
    assert again.pushed == 100, again.pushed
    shutil.rmtree(laptop, ignore_errors=True)
    return first, copy, rows, changed


def _view_measure(cluster: object, small: Path, root: Path) -> tuple[float, int]:
    import psycopg
    from PySide6.QtWidgets import QApplication

    from salescoach.services import team as service
    from salescoach.ui.team.manager_window import ManagerWindow

    db = _database(cluster, "bench_view")
    admin = root / "admin_view"
    service.init_team(admin, cluster.url(db=db))  # type: ignore[attr-defined]
    reps = [f"rep{n:02d}" for n in range(1, REPS + 1)]
    for name in reps:
        service.add_rep(admin, name, PASSWORD, False)
    service.add_rep(admin, "boss", PASSWORD, True)
    laptop = root / "rep01"
    shutil.copytree(small, laptop)
    service.join_team(laptop, cluster.url(reps[0], PASSWORD, db))  # type: ignore[attr-defined]
    service.sync(laptop)
    with psycopg.connect(cluster.url(db=db)) as conn:  # type: ignore[attr-defined]
        for name in reps[1:]:
            conn.execute(
                "INSERT INTO team.rows (owner, tbl, id, hlc, deleted, data) "
                "SELECT %s, tbl, id, hlc, deleted, data FROM team.rows WHERE owner = %s",
                (name, reps[0]),
            )
        conn.commit()
        total = conn.execute("SELECT count(*) FROM team.rows").fetchone()
    with psycopg.connect(cluster.url(db=db), autocommit=True) as conn:  # type: ignore[attr-defined]
        conn.execute("VACUUM ANALYZE team.monthly")  # as autovacuum would, in time
    boss = root / "boss"
    service.join_team(boss, cluster.url("boss", PASSWORD, db))  # type: ignore[attr-defined]
    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(3):
        done: list[float] = []
        start = time.perf_counter()
        window = ManagerWindow(boss)
        window.view.loaded.connect(lambda done=done: done.append(time.perf_counter()))
        window.show()
        while not done and time.perf_counter() - start < 60:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()  # drawn
        assert window.view.model.rowCount() == REPS + 1, window.view.status.text()
        times.append((done[0] if done else time.perf_counter()) - start)
        window.close()
        window.deleteLater()
        app.processEvents()
    return statistics.median(times), int(total[0]) if total else 0


def measure(history: Path, small: Path | None = None) -> TeamFigures | None:
    """None when this machine has no PostgreSQL server programs."""
    from tests.team.pg_server import start_cluster

    cluster = start_cluster()
    if cluster is None:
        return None
    root = Path(tempfile.mkdtemp(prefix="salescoach-team-bench-"))
    previous = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(root / "pgpass")  # not the user's own ~/.pgpass
    try:
        first, copy, rows, changed = _sync_measure(cluster, history, root)
        print(
            f"team: first sync of {rows} rows {first:.1f} s, COPY {copy:.1f} s; "
            f"100 changed deals {changed * 1000:.0f} ms",
            file=sys.stderr,
            flush=True,
        )
        if small is None:
            from benchmarks import history as histories

            small = histories.history(DEALS_PER_REP)[0]
        view, total = _view_measure(cluster, small, root)
        return TeamFigures(first, copy, rows, changed, view, total)
    finally:
        if previous is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = previous
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


NO_SERVER = "team mode: no PostgreSQL server (initdb, pg_ctl) on this machine, not measured"


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import history as histories

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else histories.history(100_000)[0]
    t = measure(folder)
    if t is None:
        print(NO_SERVER)
        sys.exit(0)
    print(f"first sync of {t.rows} rows: {t.first_sync:.1f} s (COPY of the same rows "
          f"{t.copy:.1f} s, {t.first_sync / t.copy:.2f}×; goal ≤ 2×)")  # fmt: skip
    print(f"sync of 100 changed deals: {t.changed_sync * 1000:.0f} ms (goal < 1 s)")
    print(f"manager's view, {REPS} reps × {DEALS_PER_REP} deals ({t.view_rows} rows): "
          f"{t.view_opened * 1000:.0f} ms (goal < 1 s)")  # fmt: skip
