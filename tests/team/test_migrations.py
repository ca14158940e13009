"""The team schema's migration t0002 (`team.monthly`) on a server filled at t0001: every
row is kept as it was, the monthly facts equal the rows' figures, and an upgrade cut in
the middle (its connection terminated) leaves the server at t0001 with nothing lost."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
import pytest

from salescoach.domain.messages import UserError
from salescoach.services import team as service
from tests.team.conftest import local_db
from tests.team.pg_server import Cluster
from tests.team.test_sync import _laptop, _stats_json

TABLES = {  # each table of t0001, in a full order of its columns
    "reps": "name",
    "settings": "key",
    "rows": "owner, tbl, id",
    "conflicts": "owner, tbl, id, hlc",
    "shared": "tbl, id",
}


def _at_t0001(url: str) -> None:
    """The team schema as the first team-mode salescoach made it (Alembic, to t0001)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from salescoach.store.team.schema import MIGRATIONS_DIR, SCHEMA

    eng = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with eng.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {SCHEMA}")
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "t0001")
    eng.dispose()


def _fill(conn: psycopg.Connection, owner: str, laptop: Path) -> None:
    """The laptop's whole history as that rep's first sync writes it (its COPY lines)."""
    from salescoach.store.team import local_sync

    with local_db(laptop) as local:
        local_sync.join(local, owner[:12])
        local_sync.stamp(local)
    with local_db(laptop) as local:
        chunks = list(local_sync.copy_chunks(local, True))
    with conn.transaction():
        conn.execute(
            "CREATE TEMPORARY TABLE lines (tbl text, id uuid, hlc text, deleted boolean, "
            "data text) ON COMMIT DROP"
        )
        with conn.cursor().copy("COPY lines FROM STDIN") as copy:
            for chunk in chunks:
                copy.write(chunk)
        conn.execute(
            "INSERT INTO team.rows (owner, tbl, id, hlc, deleted, data) "
            "SELECT %s, tbl, id, hlc, deleted, data::jsonb FROM lines",
            (owner,),
        )
        conn.execute("INSERT INTO team.reps (name, manager) VALUES (%s, false)", (owner,))


def _snapshot(conn: psycopg.Connection) -> dict[str, list[str]]:
    return {
        table: [r[0] for r in conn.execute(f"SELECT t::text FROM team.{table} t ORDER BY {key}")]
        for table, key in TABLES.items()
    }


@pytest.fixture
def old_server(pg: Cluster, team_db: str, tmp_path: Path) -> dict[str, Path]:
    """A team at t0001: two reps' histories, a tombstone, a conflict, a shared entry."""
    url = pg.url(db=team_db)
    _at_t0001(url)
    laptops = {
        "ann_t1": _laptop(tmp_path / "ann", 60, 31),
        "bob_t1": _laptop(tmp_path / "bob", 40, 32),
    }
    with psycopg.connect(url, autocommit=True) as conn:
        for owner, laptop in laptops.items():
            _fill(conn, owner, laptop)
        conn.execute(
            "INSERT INTO team.conflicts (owner, tbl, id, hlc, deleted, data) SELECT owner, "
            "tbl, id, hlc || '-old', false, data FROM team.rows WHERE tbl = 'deals' LIMIT 3"
        )
        conn.execute(
            "INSERT INTO team.shared (tbl, id, hlc, data) VALUES ('stage_probabilities', "
            'gen_random_uuid(), \'0001\', \'{"stage": "proposal", "probability": 40}\')'
        )
        conn.execute(  # a deleted touch: its tombstone
            "UPDATE team.rows SET deleted = true, data = NULL WHERE (owner, tbl, id) = "
            "(SELECT owner, tbl, id FROM team.rows WHERE owner = 'ann_t1' AND tbl = 'touches' "
            "LIMIT 1)"
        )
        conn.execute("INSERT INTO team.settings VALUES ('note', 'kept')")
        revision = conn.execute("SELECT version_num FROM team.salescoach_team_version").fetchone()[
            0
        ]
        assert revision == "t0001"
    return laptops


def test_every_row_is_kept_and_the_monthly_figures_equal_the_rows(
    pg: Cluster, team_db: str, tmp_path: Path, old_server: dict[str, Path]
) -> None:
    from salescoach.services.team_view import read_team

    url = pg.url(db=team_db)
    with psycopg.connect(url, autocommit=True) as conn:
        before = _snapshot(conn)
    assert len(before["rows"]) > 1000
    admin = tmp_path / "admin"
    assert service.init_team(admin, url) == "t0002"
    with psycopg.connect(url, autocommit=True) as conn:
        after = _snapshot(conn)
        settings = set(after.pop("settings"))
        assert after == {k: v for k, v in before.items() if k != "settings"}
        assert set(before["settings"]) <= settings  # the roles' names are added
    # The manager's view reads team.monthly: each rep's figures equal their laptop's.
    by_name = {r.name: r for r in read_team(admin).figures().reps}
    for owner, laptop in old_server.items():
        stats = _stats_json(laptop)
        assert by_name[owner].won == stats["deals"]["won"]  # type: ignore[index]
        assert by_name[owner].lost == stats["deals"]["lost"]  # type: ignore[index]
        deleted = 1 if owner == "ann_t1" else 0  # the tombstone: deleted after the sync
        assert by_name[owner].numbers.touches == stats["touches"] - deleted

    # The upgraded server keeps the facts up to date: a won deal deleted leaves them.
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "UPDATE team.rows SET deleted = true, data = NULL WHERE (owner, tbl, id) = "
            "(SELECT owner, tbl, id FROM team.rows WHERE owner = 'ann_t1' AND tbl = 'deals' "
            "AND data->>'status' = 'won' LIMIT 1)"
        )
    won = {r.name: r.won for r in read_team(admin).figures().reps}
    assert won["ann_t1"] == by_name["ann_t1"].won - 1


def test_an_upgrade_cut_in_the_middle_leaves_t0001_and_every_row(
    pg: Cluster, team_db: str, tmp_path: Path, old_server: dict[str, Path]
) -> None:
    url = pg.url(db=team_db)
    with psycopg.connect(url, autocommit=True) as conn:
        before = _snapshot(conn)
    failed: list[BaseException] = []
    admin = tmp_path / "admin"

    def upgrade() -> None:
        try:
            service.init_team(admin, url)
        except BaseException as e:
            failed.append(e)

    holder = psycopg.connect(url)
    # t0002 makes team.monthly, then waits here for its triggers on team.rows.
    holder.execute("LOCK TABLE team.rows IN SHARE MODE")
    worker = threading.Thread(target=upgrade)
    worker.start()
    with psycopg.connect(url, autocommit=True) as watcher:
        waiting = None
        deadline = time.monotonic() + 60
        while waiting is None and time.monotonic() < deadline:
            waiting = watcher.execute(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND query LIKE 'CREATE TRIGGER%%'"
            ).fetchone()
            time.sleep(0.05)
        assert waiting is not None, "the upgrade never reached the triggers"
        # Half-way: the new table exists inside the upgrade's transaction only.
        assert watcher.execute("SELECT to_regclass('team.monthly')").fetchone()[0] is None
        watcher.execute("SELECT pg_terminate_backend(%s)", (waiting[0],))
    worker.join(60)
    holder.rollback()
    holder.close()
    assert len(failed) == 1 and isinstance(failed[0], UserError)
    assert "was cut" in str(failed[0])
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT version_num FROM team.salescoach_team_version").fetchone()[
            0
        ] == ("t0001")
        assert conn.execute("SELECT to_regclass('team.monthly')").fetchone()[0] is None
        assert (
            conn.execute(
                "SELECT count(*) FROM pg_proc WHERE proname IN ('month_of', 'monthly_after_insert')"
            ).fetchone()[0]
            == 0
        )
        assert _snapshot(conn) == before
    assert not (admin / "team.json").exists()  # nothing remembered for a failed init

    # The next upgrade completes from t0001.
    assert service.init_team(admin, url) == "t0002"
    with psycopg.connect(url, autocommit=True) as conn:
        after = _snapshot(conn)
        assert after["rows"] == before["rows"] and after["conflicts"] == before["conflicts"]
        assert conn.execute("SELECT count(*) FROM team.monthly").fetchone()[0] > 0
