"""The test cluster itself: a real server, reachable only through its Unix socket."""

from __future__ import annotations

import psycopg

from tests.team.pg_server import Cluster


def test_the_cluster_listens_on_its_socket_only(pg: Cluster) -> None:
    with psycopg.connect(pg.url()) as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
        assert conn.info.host == pg.socket_dir
        assert (
            conn.execute("SELECT current_setting('server_version_num')::int").fetchone()[0]
            >= 130000
        )
