"""The team-mode tests run against a real PostgreSQL server started for the session."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator

import pytest

from tests.team.pg_server import Cluster, start_cluster

_numbers = itertools.count(1)


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
