"""The manager's figures, read from the monthly facts the server's triggers keep: they
equal each rep's own `stats --json`, follow later syncs, and obey row-level security."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest

from salescoach.services import team as service
from salescoach.services.team_view import read_team
from tests.team.conftest import Team, local_db
from tests.team.test_sync import _laptop, _stats_json


def _check_against_laptop(figures: object, laptop: dict[str, object]) -> None:
    from salescoach.domain.team_figures import RepFigures

    assert isinstance(figures, RepFigures)
    deals, debriefs = laptop["deals"], laptop["debriefs"]
    assert isinstance(deals, dict) and isinstance(debriefs, dict)
    assert (figures.won, figures.lost) == (deals["won"], deals["lost"])
    assert figures.numbers.touches == laptop["touches"]
    assert figures.controllable == debriefs["controllable_losses"]
    assert figures.debriefs == debriefs["count"]
    weakest = None if figures.weakest is None else f"q{figures.weakest}"
    assert weakest == debriefs["weakest_question"]
    monthly = {
        m["month"]: (m["won"], m["lost"], m["revenue"], m["commission"])
        for m in laptop["monthly"]  # type: ignore[attr-defined]
    }
    ours = {
        p.start.strftime("%Y-%m"): (p.won, p.lost, p.revenue_cents / 100, p.commission_cents / 100)
        for p in figures.months
    }
    assert ours == monthly


def test_the_managers_figures_equal_each_reps_laptop(team: Team, tmp_path: Path) -> None:
    ann = _laptop(tmp_path / "ann", 60, 11)
    bob = _laptop(tmp_path / "bob", 40, 12)
    for folder, role in ((ann, team.ann), (bob, team.bob)):
        service.join_team(folder, team.url(role))
        service.sync(folder)
    mia = tmp_path / "mia"
    service.join_team(mia, team.url(team.mia))

    data = read_team(mia)
    assert data.manager and data.reps == sorted([team.ann, team.bob])
    seen = data.figures()
    by_name = {r.name: r for r in seen.reps}
    _check_against_laptop(by_name[team.ann], _stats_json(ann))
    _check_against_laptop(by_name[team.bob], _stats_json(bob))
    assert seen.team.won == by_name[team.ann].won + by_name[team.bob].won
    assert seen.team.numbers.touches == sum(r.numbers.touches for r in seen.reps)

    # Ann marks an open deal won and deletes a lost one: the next sync moves the figures.
    with local_db(ann) as conn:
        opened = conn.exec_driver_sql("SELECT id FROM deals WHERE status = 'open'").scalar()
        conn.exec_driver_sql(
            "UPDATE deals SET status = 'won', closed_on = ? WHERE id = ?",
            (dt.date.today().isoformat(), opened),
        )
        lost = conn.exec_driver_sql(
            "SELECT id FROM deals WHERE status = 'lost' AND id NOT IN "
            "(SELECT deal_id FROM debriefs)"
        ).scalar()
        conn.exec_driver_sql("DELETE FROM deals WHERE id = ?", (lost,))
    service.sync(ann)
    again = {r.name: r for r in read_team(mia).figures().reps}
    _check_against_laptop(again[team.ann], _stats_json(ann))
    assert again[team.ann].won == by_name[team.ann].won + 1

    # A period keeps only its months; choosing one rep makes the team that rep.
    year = dt.date.today().year
    one = read_team(mia, dt.date(year, 1, 1), dt.date(year, 12, 31)).figures([team.bob])
    assert [r.name for r in one.reps] == [team.bob]
    assert all(p.start.year == year for p in one.team.months)
    assert one.team.won == one.reps[0].won


def test_a_rep_reads_only_their_own_months(team: Team, tmp_path: Path) -> None:
    ann = _laptop(tmp_path / "ann", 30, 13)
    bob = _laptop(tmp_path / "bob", 30, 14)
    for folder, role in ((ann, team.ann), (bob, team.bob)):
        service.join_team(folder, team.url(role))
        service.sync(folder)
    data = read_team(ann)
    assert not data.manager and data.reps == [team.ann]
    assert set(data.facts) == {team.ann}
    with team.connect(team.ann) as conn:
        owners = conn.execute("SELECT DISTINCT owner FROM team.monthly").fetchall()
        assert owners == [(team.ann,)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO team.monthly VALUES (%s, '2025-01-01', 'won', 'EUR', 1, 1, 1)",
                (team.ann,),
            )
