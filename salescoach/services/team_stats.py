"""`salescoach team stats`: the figures of `stats --json`, for the team and for each rep
the connected role may see (row-level security decides: a rep, their own; a manager,
everyone).

Each rep's synced rows are written into a throw-away SQLite database of the laptop's
own schema and measured by the very code that measures a laptop (services/stats.py), so
that a rep's figures here equal their laptop's once synced, by construction.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from salescoach.services.stats import compute_stats
from salescoach.services.team import load_config
from salescoach.store.team.connection import engine, transaction
from salescoach.store.team.local_sync import Pulled


def team_stats(
    data_dir: Path, since: dt.date | None = None, until: dt.date | None = None
) -> dict[str, Any]:
    """{"team": figures of every visible row, "reps": {name: that rep's figures}}, between
    `since` and `until` as `stats` counts them."""
    from salescoach.store.team import remote_sync
    from salescoach.store.team.schema import check_revision

    config = load_config(data_dir)
    with transaction(engine(config.target), config.target) as conn:
        check_revision(conn)
        by_owner = remote_sync.read_visible(conn)
        shared = remote_sync.read_shared(conn)
    with tempfile.TemporaryDirectory(prefix="salescoach-team-") as folder:
        reps = {
            owner: _measure(Path(folder) / f"rep{n}.sqlite", rows, shared, since, until)
            for n, (owner, rows) in enumerate(sorted(by_owner.items()))
        }
        everyone = [row for rows in by_owner.values() for row in rows]
        team = _measure(Path(folder) / "team.sqlite", everyone, shared, since, until)
        return {"team": team, "reps": reps}


def _measure(
    path: Path,
    rows: list[Pulled],
    shared: list[Pulled],
    since: dt.date | None,
    until: dt.date | None,
) -> dict[str, Any]:
    from salescoach.store.database import open_store
    from salescoach.store.team import local_sync

    store = open_store(path)
    try:
        with store.engine.begin() as conn:
            local_sync.apply(conn, rows, [], shared, None)
        return compute_stats(store, since, until)
    finally:
        store.close()
