"""Who sees what, enforced by PostgreSQL: handcrafted SQL as each role (two reps, a
manager), straight to the server, without salescoach in the way."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.team.conftest import Team
from tests.team.pg_server import Cluster

HLC = "0001764500000000.000000.n1"


def _insert(conn: psycopg.Connection[tuple[object, ...]], table: str, text: str) -> uuid.UUID:
    row_id = uuid.uuid4()
    conn.execute(
        f"INSERT INTO team.{table} (tbl, id, hlc, data) VALUES ('deals', %s, %s, %s)",
        (row_id, HLC, Jsonb({"title": text})),
    )
    return row_id


def test_a_rep_reads_and_writes_only_their_own_rows(team: Team) -> None:
    with team.connect(team.ann) as ann, team.connect(team.bob) as bob:
        mine = _insert(ann, "rows", "ann's deal")
        _insert(bob, "rows", "bob's deal")
        assert ann.execute("SELECT data->>'title' FROM team.rows").fetchall() == [("ann's deal",)]
        assert bob.execute("SELECT count(*) FROM team.rows WHERE id = %s", (mine,)).fetchone() == (
            0,
        )
        # Bob can neither change Ann's row nor write one in her name.
        assert bob.execute("UPDATE team.rows SET hlc = 'x' WHERE id = %s", (mine,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bob.execute(
                "INSERT INTO team.rows (owner, tbl, id, hlc) VALUES (%s, 'deals', %s, 'x')",
                (team.ann, uuid.uuid4()),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            ann.execute("UPDATE team.rows SET owner = %s WHERE id = %s", (team.bob, mine))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ann.execute("DELETE FROM team.rows")  # deletions are tombstones
        # Their conflicts lists alike.
        _insert(ann, "conflicts", "ann's old title")
        assert bob.execute("SELECT count(*) FROM team.conflicts").fetchone() == (0,)
        assert ann.execute("SELECT count(*) FROM team.conflicts").fetchone() == (1,)
        # And the team's list of reps shows a rep only their own entry.
        assert bob.execute("SELECT name FROM team.reps").fetchall() == [(team.bob,)]


def test_the_manager_reads_everyone_and_writes_only_the_shared_lists(team: Team) -> None:
    with team.connect(team.ann) as ann, team.connect(team.bob) as bob:
        _insert(ann, "rows", "ann's deal")
        _insert(bob, "rows", "bob's deal")
        _insert(bob, "conflicts", "bob's old title")
    with team.connect(team.mia) as mia:
        rows = mia.execute("SELECT owner, data->>'title' FROM team.rows ORDER BY 1").fetchall()
        assert rows == [(team.ann, "ann's deal"), (team.bob, "bob's deal")]
        assert mia.execute("SELECT count(*) FROM team.conflicts").fetchone() == (1,)
        assert {r[0] for r in mia.execute("SELECT name FROM team.reps")} == {
            team.ann,
            team.bob,
            team.mia,
        }
        for statement in (
            "INSERT INTO team.rows (tbl, id, hlc) VALUES ('deals', gen_random_uuid(), 'x')",
            "UPDATE team.rows SET hlc = 'x'",
            "INSERT INTO team.conflicts (tbl, id, hlc) VALUES ('deals', gen_random_uuid(), 'x')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                mia.execute(statement)
        mia.execute(
            "INSERT INTO team.shared (tbl, id, hlc, data) VALUES "
            "('stage_probabilities', gen_random_uuid(), %s, %s)",
            (HLC, Jsonb({"stage": "proposal", "probability": 40})),
        )
    for rep in (team.ann, team.bob):
        with team.connect(rep) as conn:
            assert conn.execute("SELECT data->>'probability' FROM team.shared").fetchall() == [
                ("40",)
            ]
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE team.shared SET hlc = 'x'")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(
                    "INSERT INTO team.shared (tbl, id, hlc) VALUES ('x', gen_random_uuid(), 'x')"
                )


def test_a_role_of_another_team_on_the_same_server_sees_nothing(team: Team, pg: Cluster) -> None:
    with team.connect(team.ann) as ann:
        _insert(ann, "rows", "ann's deal")
    stranger = psycopg.connect(pg.url(db="postgres"), autocommit=True)
    with stranger:
        stranger.execute("CREATE ROLE stranger_x LOGIN PASSWORD 'stranger-pw'")
    with (
        psycopg.connect(pg.url("stranger_x", "stranger-pw", team.db)) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT count(*) FROM team.rows")
