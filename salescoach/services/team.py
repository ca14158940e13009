"""Team mode: setting a team up on PostgreSQL, joining it, syncing a laptop with it.

The laptop stays the source of truth and works offline; a sync pushes the rep's changes
and pulls what is new. What is remembered about the team lives in `team.json` in the
data folder: the connection without its password (the system keyring, libpq's ~/.pgpass
or a service file holds that), the role, whether debrief free text is shared.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.services.datadir import database_path, ensure_data_dir
from salescoach.store.database import Store
from salescoach.store.team import passwords
from salescoach.store.team.connection import Target, engine, parse, remember_password, transaction
from salescoach.store.team.passwords import Kept as Kept  # where a password went

CONFIG_NAME = "team.json"
CTX = "Team"


@dataclass(frozen=True)
class TeamConfig:
    params: dict[str, str]
    role: str
    manager: bool = False
    share_debrief_text: bool = False
    admin: bool = False

    @property
    def target(self) -> Target:
        return Target(dict(self.params))


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    waiting: int = 0
    since: int = 0  # the change sequence the pull started from
    written: tuple[int, int] | None = None  # the sequences the first push's writes took
    outcomes: dict[str, int] = field(default_factory=dict)


def config_path(data_dir: Path) -> Path:
    return data_dir / CONFIG_NAME


def load_config(data_dir: Path) -> TeamConfig:
    path = config_path(data_dir)
    try:
        raw = json.loads(path.read_text())
        return TeamConfig(
            params={str(k): str(v) for k, v in raw["connection"].items()},
            role=str(raw["role"]),
            manager=bool(raw.get("manager", False)),
            share_debrief_text=bool(raw.get("share_debrief_text", False)),
            admin=bool(raw.get("admin", False)),
        )
    except FileNotFoundError:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "{path} is not connected to a team: run `salescoach team join URL` first.",
                ),
                path=str(data_dir),
            )
        ) from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "{path} is damaged: run `salescoach team join URL` again.",
                ),
                path=str(path),
            )
        ) from None


def save_config(data_dir: Path, config: TeamConfig) -> None:
    """Written whole (a temporary file renamed), readable by its owner only; no password."""
    assert "password" not in config.params
    path = config_path(data_dir)
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(
            {
                "connection": config.params,
                "role": config.role,
                "manager": config.manager,
                "share_debrief_text": config.share_debrief_text,
                "admin": config.admin,
            },
            f,
            indent=2,
        )
    os.replace(temp, path)


def init_team(data_dir: Path, url: str, ca: Path | None = None) -> str:
    """Create or upgrade the team schema, roles and policies on the server at `url`, and
    remember the connection (the admin's) in `data_dir`. The schema's revision."""
    from salescoach.store.team.schema import HEAD, current_role, upgrade

    target, password = parse(url, ca)
    with transaction(engine(target, password), target) as conn:
        upgrade(conn)
        role = current_role(conn)
    ensure_data_dir(data_dir)
    _remember(data_dir, TeamConfig(target.params, role, admin=True), password)
    return HEAD


def add_rep(data_dir: Path, name: str, password: str, manager: bool) -> None:
    """Create a rep's (or a manager's) login role, as the admin remembered in `data_dir`."""
    from salescoach.store.team.schema import add_rep as create_role

    config = load_config(data_dir)
    with transaction(engine(config.target), config.target) as conn:
        create_role(conn, name, password, manager)


def join_team(
    data_dir: Path, url: str, ca: Path | None = None, share_debrief_text: bool = False
) -> TeamConfig:
    """Connect this laptop to the team at `url` (`check_join`, then `finish_join`)."""
    config, password = check_join(url, ca, share_debrief_text)
    finish_join(data_dir, config, password)
    return config


def check_join(
    url: str,
    ca: Path | None = None,
    share_debrief_text: bool = False,
    password: str | None = None,
    user: str | None = None,
) -> tuple[TeamConfig, str | None]:
    """Check on the server that `url` reaches a team this role belongs to: a wrong
    password, an unreachable host or a newer team schema is refused before anything is
    written on the laptop. `password` (typed) and `user` replace the URL's."""
    from salescoach.store.team.schema import check_revision, current_role, is_manager

    target, in_url = parse(url, ca)
    password = password or in_url
    if user:
        target = Target({**target.params, "user": user})
    with transaction(engine(target, password), target) as conn:
        check_revision(conn)
        role = current_role(conn)
        manager = is_manager(conn)
    if manager is None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "{role} is not a rep of this team: ask the admin to run "
                    "`salescoach team add-rep {role}`. Nothing was changed.",
                ),
                role=role,
            )
        )
    return TeamConfig(target.params, role, manager, share_debrief_text), password


def finish_join(data_dir: Path, config: TeamConfig, password: str | None) -> Kept | None:
    """Start recording this laptop's changes (its rows wait for the first sync), and
    remember the connection; where a typed password was kept (None: none was typed)."""
    from salescoach.store.database import open_store
    from salescoach.store.team import local_sync

    ensure_data_dir(data_dir)
    if not config.manager:
        store = open_store(database_path(data_dir))
        try:
            with store.engine.begin() as local:
                local_sync.join(local, uuid.uuid4().hex[:12])
        finally:
            store.close()
    return _remember(data_dir, config, password)


def _remember(data_dir: Path, config: TeamConfig, password: str | None) -> Kept | None:
    kept = remember_password(config.target, password) if password else None
    save_config(data_dir, config)
    return kept


def keyring_usable() -> bool:
    """Whether a typed password can go to the system keyring (else: ~/.pgpass)."""
    return passwords.keyring_usable()


def joined(data_dir: Path) -> TeamConfig | None:
    """The team this folder syncs with, None when it has not joined one (or is damaged)."""
    if not config_path(data_dir).exists():
        return None
    try:
        return load_config(data_dir)
    except UserError:
        return None


def set_sharing(data_dir: Path, share_debrief_text: bool) -> TeamConfig:
    """Whether debrief notes, lessons and what the prospect said go up from the next
    sync on (text already sent stays on the server until that debrief changes)."""
    from dataclasses import replace

    config = replace(load_config(data_dir), share_debrief_text=share_debrief_text)
    save_config(data_dir, config)
    return config


def leave_team(data_dir: Path) -> None:
    """Stop syncing this folder: the connection and its kept password are forgotten; the
    rows stay on the laptop (and on the server). Where the laptop stood with the team is
    forgotten too, so the next team joined (another one, or this one again) gets every
    row and gives its whole shared lists; rows already on that server are recognised."""
    from salescoach.store.database import open_store
    from salescoach.store.team import local_sync

    config = load_config(data_dir)
    if database_path(data_dir).exists():
        store = open_store(database_path(data_dir))
        try:
            with store.engine.begin() as local:
                local_sync.leave(local)
        finally:
            store.close()
    passwords.forget(config.target)
    config_path(data_dir).unlink(missing_ok=True)


def sync(data_dir: Path) -> SyncReport:
    """Push this laptop's changes, then pull what is new: each half one transaction on
    each side, so that a sync cut anywhere loses nothing and the next one completes it."""
    from salescoach.store.database import open_store
    from salescoach.store.team import local_sync, remote_sync

    config = load_config(data_dir)
    if config.manager or config.admin:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "{role} has no rows of their own to sync: `salescoach team stats` shows "
                    "the team. Nothing was changed.",
                ),
                role=config.role,
            )
        )
    target = config.target
    report = SyncReport()
    store = open_store(database_path(data_dir))
    try:
        _push(store, config, report)
        with transaction(engine(target), target) as conn:
            rows, conflicts, shared, top = remote_sync.pull(conn, report.since, report.written)
        with store.engine.begin() as local:
            report.pulled = local_sync.apply(local, rows, conflicts, shared, top)
            report.conflicts = len(conflicts)
            displaced = local_sync.displaced(local)
        if displaced:  # rows that gave way to pulled ones: deleted on the server at once
            _push(store, config, report)
        with store.engine.begin() as local:
            report.waiting = local_sync.waiting(local)
    finally:
        store.close()
    return report


def _push(store: Store, config: TeamConfig, report: SyncReport) -> None:
    from salescoach.store.team import local_sync, remote_sync
    from salescoach.store.team.schema import check_revision

    target = config.target
    with transaction(engine(target), target) as conn:
        # Server first: unreachable, refused or newer, and nothing is written here.
        check_revision(conn)
        with store.engine.begin() as local:
            local_sync.stamp(local)
            report.since = int(local_sync.get_state(local, local_sync.CURSOR_KEY) or 0)
        if not remote_sync.has_rows(conn):  # the rep's first push: every row is new
            with store.engine.connect() as local:  # no BEGIN IMMEDIATE: only reads
                chunks = local_sync.copy_chunks(local, config.share_debrief_text)
                count, written = remote_sync.push_new(conn, chunks)
            pushed = []
        else:
            with store.engine.begin() as local:
                changes = local_sync.prepare(local, config.share_debrief_text)
            pushed, written = remote_sync.push(conn, changes)
            count = len(pushed)
    with store.engine.begin() as local:
        local_sync.mark_pushed(local, pushed, everything=count > 0)
    if report.written is None:  # a second push (rows that gave way) comes after the pull
        report.written = written
    for item in pushed:
        name = item.outcome.value
        report.outcomes[name] = report.outcomes.get(name, 0) + 1
    if count and not pushed:
        report.outcomes["new"] = report.outcomes.get("new", 0) + count
    report.pushed += count


def waiting_changes(data_dir: Path) -> int:
    """How many changed rows wait on this laptop for the next sync ("3 changes waiting")."""
    from salescoach.store.database import open_store
    from salescoach.store.team import local_sync

    store = open_store(database_path(data_dir))
    try:
        with store.engine.begin() as local:
            return local_sync.waiting(local)
    finally:
        store.close()


SHARED_LISTS = ("loss_reasons", "stage_probabilities", "team_goals")


def publish_shared(data_dir: Path, table: str, rows: list[dict[str, Any]]) -> None:
    """As the manager: set entries of the team's shared list `table` (each a dict with an
    `id` of 32 hex digits; `deleted: True` removes it). Reps get them at their next sync."""
    import time

    from salescoach.domain.team_clock import HybridClock
    from salescoach.store.team import remote_sync

    assert table in SHARED_LISTS, table
    config = load_config(data_dir)
    clock = HybridClock(f"m-{config.role}")
    now = int(time.time() * 1000)
    entries = [
        (str(row["id"]), clock.tick(now), None if row.get("deleted") else row) for row in rows
    ]
    with transaction(engine(config.target), config.target) as conn:
        remote_sync.publish_shared(conn, table, entries)


def conflicts(data_dir: Path) -> list[dict[str, Any]]:
    """The versions overwritten by a later one, newest first (table, row, stamp, values)."""
    from salescoach.store.database import open_store
    from salescoach.store.team import local_sync

    load_config(data_dir)  # a folder that never joined has none, and is left alone
    store = open_store(database_path(data_dir))
    try:
        with store.engine.begin() as local:
            rows = local_sync.conflicts(local)
    finally:
        store.close()
    return [
        {"table": t, "id": i, "stamp": h, "deleted": bool(d), "data": json.loads(data or "null")}
        for t, i, h, d, data in rows
    ]
