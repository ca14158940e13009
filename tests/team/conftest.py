"""The team-mode tests run against a real PostgreSQL server started for the session."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Connection

from tests.team.pg_server import Cluster, start_cluster

_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def file_keyring(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A real keyring for every team test: keyrings.alt's file keyring, chosen through
    keyring's own configuration (PYTHON_KEYRING_BACKEND), its file in the test's home.
    The folder holding that file."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    keyring.core.init_backend()
    yield isolated_home / "xdg_data_home" / "python_keyring"
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    keyring.core.init_backend()  # what the machine has, for the tests after this one


def kept_password(url: str) -> str | None:
    """What the keyring holds for the connection `url` (its user, host, database)."""
    import keyring

    from salescoach.store.team.connection import parse
    from salescoach.store.team.passwords import KEYRING_SERVICE, account

    return keyring.get_password(KEYRING_SERVICE, account(parse(url)[0]))


@pytest.fixture(scope="session")
def pg() -> Iterator[Cluster]:
    cluster = start_cluster()
    if cluster is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the team tests: no PostgreSQL server (initdb, pg_ctl) found")
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture
def team_db(pg: Cluster) -> str:
    """A new, empty database on the test cluster; its name."""
    import psycopg

    name = f"team{next(_numbers)}"
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


class Team:
    """A team set up on a new database: an admin's data folder, two reps and a manager
    (role names unique in the cluster, since roles belong to the whole server)."""

    def __init__(self, pg: Cluster, db: str, root: Path) -> None:
        n = next(_numbers)
        self.pg, self.db, self.root = pg, db, root
        self.ann, self.bob, self.mia = f"ann{n}", f"bob{n}", f"mia{n}"
        self.password = {
            self.ann: "ann-secret-1",
            self.bob: "bob-secret-2",
            self.mia: "mia-3-secret",
        }
        self.admin_dir = root / "admin"

    def url(self, role: str, with_password: bool = True) -> str:
        return self.pg.url(role, self.password[role] if with_password else None, self.db)

    def connect(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        """A connection as `role`, for handcrafted SQL."""
        return psycopg.connect(self.url(role), autocommit=True)


@pytest.fixture
def team(pg: Cluster, team_db: str, tmp_path: Path) -> Team:
    from salescoach.services import team as service

    t = Team(pg, team_db, tmp_path)
    service.init_team(t.admin_dir, pg.url(db=team_db))
    for role in (t.ann, t.bob):
        service.add_rep(t.admin_dir, role, t.password[role], manager=False)
    service.add_rep(t.admin_dir, t.mia, t.password[t.mia], manager=True)
    return t


@contextmanager
def local_db(folder: Path) -> Iterator[Connection]:
    """A transaction on a laptop's own SQLite database, closed afterwards."""
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(folder)
    try:
        with ws.store.engine.begin() as conn:
            yield conn
    finally:
        ws.close()
