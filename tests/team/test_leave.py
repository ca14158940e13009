"""Leaving a team forgets where the laptop stood with it: joining another team then sends
every row and brings that team's whole shared lists; the same team again loses nothing
and duplicates nothing."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from salescoach.services import team as service
from salescoach.services.team_lists import server_lists, team_goals_here
from salescoach.services.team_stats import team_stats
from tests.team.conftest import Team, local_db
from tests.team.pg_server import Cluster
from tests.team.test_sync import _laptop, _stats_json


@pytest.fixture
def other_team(pg: Cluster, tmp_path: Path) -> Team:
    """A second team on a database of its own, its reps' roles named apart."""
    name = "otherteam"
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    t = Team(pg, name, tmp_path / "other")
    service.init_team(t.admin_dir, pg.url(db=name))
    for role in (t.ann, t.mia):
        service.add_rep(t.admin_dir, role, t.password[role], manager=role == t.mia)
    return t


def _server_rows(team: Team, role: str) -> int:
    with team.connect(role) as conn:
        return int(conn.execute("SELECT count(*) FROM team.rows").fetchone()[0])


def test_leaving_then_joining_another_team_sends_everything(
    team: Team, other_team: Team, tmp_path: Path
) -> None:
    from salescoach.domain.team_lists import TeamGoal
    from salescoach.services.team_lists import publish

    # The other team's manager has published a goal long before (a low change sequence).
    mia = tmp_path / "mia"
    service.join_team(mia, other_team.url(other_team.mia))
    publish(mia, "team_goals", [TeamGoal(2026, "", 30).entry()])

    laptop = _laptop(tmp_path / "ann", 40, 41)
    service.join_team(laptop, team.url(team.ann))
    first = service.sync(laptop).pushed
    assert first == _server_rows(team, team.ann) > 300
    service.leave_team(laptop)
    with local_db(laptop) as conn:  # no longer noted while in no team
        conn.exec_driver_sql("UPDATE accounts SET name = name || ' (moved)'")
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_changes").scalar() == 0

    service.join_team(laptop, other_team.url(other_team.ann))
    report = service.sync(laptop)
    assert report.pushed == first  # every row, not only what changed since
    assert _server_rows(other_team, other_team.ann) == first
    assert team_stats(mia)["reps"][other_team.ann] == _stats_json(laptop)
    assert [g.wins for g in team_goals_here(laptop)] == [30]
    assert server_lists(mia)["team_goals"][0]["wins"] == 30


def test_leaving_then_joining_the_same_team_again_duplicates_nothing(
    team: Team, tmp_path: Path
) -> None:
    laptop = _laptop(tmp_path / "ann", 30, 42)
    service.join_team(laptop, team.url(team.ann))
    service.sync(laptop)
    rows = _server_rows(team, team.ann)
    service.leave_team(laptop)
    service.join_team(laptop, team.url(team.ann))
    report = service.sync(laptop)
    assert report.waiting == 0 and report.conflicts == 0
    assert _server_rows(team, team.ann) == rows
    mia = tmp_path / "mia"
    service.join_team(mia, team.url(team.mia))
    assert team_stats(mia)["reps"][team.ann] == _stats_json(laptop)
    assert service.sync(laptop).pushed == 0
