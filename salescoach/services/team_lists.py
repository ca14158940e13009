"""The team's shared lists (loss reasons, chances of winning per stage, team goals): read
on the server, published by the manager, read on a rep's laptop after a sync.

Publishing a list replaces it whole: entries the new list lacks are deleted on the server,
except loss reasons, which are hidden instead (the reps' past debriefs still name them).
Row-level security decides who may publish: a rep's role is refused by the server.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from salescoach.domain.enums import DealStage
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.team_clock import HybridClock
from salescoach.domain.team_lists import (
    KINDS,
    LOSS_REASONS,
    STAGE_PROBABILITIES,
    TEAM_GOALS,
    TeamGoal,
    parse_csv,
    stage_probability,
)
from salescoach.services.datadir import database_path
from salescoach.services.team import load_config
from salescoach.store.team.connection import engine, transaction

CTX = "TeamLists"
_STAGES = [s.value for s in DealStage]


def _ordered(kind: str, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if kind == LOSS_REASONS:
        return sorted(entries, key=lambda e: (int(e.get("position") or 0), str(e.get("label"))))
    if kind == STAGE_PROBABILITIES:
        known = [e for e in entries if e.get("stage") in _STAGES]
        return sorted(known, key=lambda e: _STAGES.index(e["stage"]))
    return sorted(entries, key=lambda e: (int(e.get("year") or 0), str(e.get("rep") or "")))


def server_lists(data_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Each shared list as the server holds it (live entries; hidden loss reasons left
    out), for any role of the team."""
    from salescoach.store.team import remote_sync
    from salescoach.store.team.schema import check_revision

    config = load_config(data_dir)
    with transaction(engine(config.target), config.target) as conn:
        check_revision(conn)
        rows = remote_sync.read_shared(conn)
    lists: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for row in rows:
        if row.table in lists and row.data is not None and not row.data.get("hidden"):
            lists[row.table].append(dict(row.data))
    return {kind: _ordered(kind, entries) for kind, entries in lists.items()}


def publish(data_dir: Path, kind: str, entries: list[dict[str, Any]]) -> int:
    """Replace the shared list `kind` with `entries`, in one transaction on the server, as
    the role remembered in `data_dir`; how many entries it now has. Reps get it at their
    next sync."""
    from salescoach.store.team import remote_sync
    from salescoach.store.team.schema import check_revision

    assert kind in KINDS, kind
    config = load_config(data_dir)
    clock = HybridClock(f"m-{config.role}")
    now = int(time.time() * 1000)
    ids = {str(e["id"]) for e in entries}
    with transaction(engine(config.target), config.target) as conn:
        check_revision(conn)
        gone: list[tuple[str, dict[str, Any] | None]] = []
        for row in remote_sync.read_shared(conn):
            if row.table != kind or row.row_id in ids:
                continue
            if kind == LOSS_REASONS and row.data is not None:
                if not row.data.get("hidden"):
                    gone.append((row.row_id, {**row.data, "hidden": 1}))
            else:
                gone.append((row.row_id, None))
        published = [
            (row_id, clock.tick(now), data)
            for row_id, data in [*((str(e["id"]), e) for e in entries), *gone]
        ]
        remote_sync.publish_shared(conn, kind, published)
        if kind == TEAM_GOALS:  # checked once the server let this role publish at all
            _check_reps(conn, entries)
    return len(entries)


def _check_reps(conn: Any, entries: list[dict[str, Any]]) -> None:
    """A goal for a name that is not one of the team's reps (a typo) would show nowhere:
    refused, and the transaction with the list rolled back."""
    from salescoach.store.team.figures import visible_reps

    reps = set(visible_reps(conn))
    for entry in entries:
        if entry.get("rep") and entry["rep"] not in reps:
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "TeamLists",
                        "{rep} is not a rep of this team (a goal for a manager or a name "
                        "never added). Nothing was published.",
                    ),
                    rep=entry["rep"],
                )
            )


def read_file(kind: str, path: Path) -> list[dict[str, Any]]:
    """The entries of the CSV file at `path` (see `domain.team_lists` for its columns)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "TeamLists", "Cannot read {path} ({reason}). Nothing was published."
                ),
                path=str(path),
                reason=getattr(e, "strerror", None) or type(e).__name__,
            )
        ) from None
    return parse_csv(kind, text, path.name, dt.datetime.now(dt.UTC))


def laptop_entries(data_dir: Path, kind: str) -> list[dict[str, Any]]:
    """The list `kind` as this laptop's Settings hold it: the loss reasons added here (the
    seeded ones are on every laptop already, under the same codes: sending this laptop's
    copies would make the reps' laptops trade theirs, which their debriefs name); the
    chance of winning at each stage."""
    from salescoach.store.database import open_store
    from salescoach.store.team import shared_lists

    assert kind in (LOSS_REASONS, STAGE_PROBABILITIES), kind
    store = open_store(database_path(data_dir))
    try:
        with store.engine.connect() as conn:
            if kind == LOSS_REASONS:
                return [
                    {**r, "hidden": 0}
                    for r in shared_lists.laptop_loss_reasons(conn)
                    if not r.get("hidden") and not r.get("code")
                ]
            chances = shared_lists.laptop_probabilities(conn)
    finally:
        store.close()
    return [stage_probability(stage, chances[stage]) for stage in _STAGES if stage in chances]


def team_goals_here(data_dir: Path) -> list[TeamGoal]:
    """The team goals the last sync brought to this laptop (none before a sync)."""
    from salescoach.store.database import open_store
    from salescoach.store.team import shared_lists

    store = open_store(database_path(data_dir))
    try:
        with store.engine.connect() as conn:
            entries = shared_lists.pulled(conn, TEAM_GOALS)
    finally:
        store.close()
    goals = [TeamGoal.from_entry(e) for e in entries]
    return sorted((g for g in goals if g is not None), key=lambda g: (g.year, g.rep))
