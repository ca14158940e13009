"""Syncing laptops with the team's server: what goes up, what comes down, what stays."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from salescoach.services import team as service
from salescoach.services.demo import generate_demo
from salescoach.services.team_stats import team_stats
from salescoach.services.workspace import open_workspace
from tests.team.conftest import Team, local_db


def _laptop(folder: Path, deals: int, seed: int) -> Path:
    ws = open_workspace(folder)
    try:
        generate_demo(ws.store, deals=deals, seed=seed)
    finally:
        ws.close()
    return folder


def _stats_json(folder: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "salescoach", "stats", "--json", "--data-dir", str(folder)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def test_each_reps_figures_on_the_server_equal_their_laptops(team: Team, tmp_path: Path) -> None:
    ann = _laptop(tmp_path / "ann", 80, 1)
    bob = _laptop(tmp_path / "bob", 50, 2)
    service.join_team(ann, team.url(team.ann))
    service.join_team(bob, team.url(team.bob))
    first = service.sync(ann)
    assert first.pushed > 500 and first.waiting == 0
    service.sync(bob)
    assert service.sync(ann).pushed == 0  # nothing new: nothing sent again

    mia = tmp_path / "mia"
    service.join_team(mia, team.url(team.mia))
    seen = team_stats(mia)
    assert set(seen["reps"]) == {team.ann, team.bob}
    assert seen["reps"][team.ann] == _stats_json(ann)
    assert seen["reps"][team.bob] == _stats_json(bob)
    assert seen["team"]["deals"]["won"] == sum(r["deals"]["won"] for r in seen["reps"].values())
    mine = team_stats(ann)  # a rep sees their own figures only
    assert set(mine["reps"]) == {team.ann}
    assert mine["team"] == mine["reps"][team.ann]


def test_debrief_free_text_stays_on_the_laptop_unless_shared(team: Team, tmp_path: Path) -> None:
    ann = _laptop(tmp_path / "ann", 60, 3)
    bob = _laptop(tmp_path / "bob", 60, 4)
    with local_db(ann) as conn:
        conn.exec_driver_sql("UPDATE debriefs SET lessons = 'ann-private-lesson'")
        reasons = conn.exec_driver_sql("SELECT count(*) FROM debriefs").scalar()
    with local_db(bob) as conn:
        conn.exec_driver_sql("UPDATE debriefs SET lessons = 'bob-shared-lesson'")
    service.join_team(ann, team.url(team.ann))
    service.join_team(bob, team.url(team.bob), share_debrief_text=True)
    service.sync(ann)
    service.sync(bob)

    with team.connect(team.mia) as conn:  # the manager reads every rep's rows
        text = conn.execute("SELECT string_agg(data::text, ' ') FROM team.rows").fetchone()
        assert text is not None
        assert "ann-private-lesson" not in text[0]  # never sent
        assert "bob-shared-lesson" in text[0]
        coded = conn.execute(
            "SELECT count(*) FROM team.rows WHERE owner = %s AND tbl = 'debriefs' "
            "AND data ? 'answer_1' AND data ? 'reason_id' AND NOT data ? 'lessons'",
            (team.ann,),
        ).fetchone()
        assert coded == (reasons,)  # the coded answers and the reason did go up
    with team.connect(team.ann) as conn:
        assert conn.execute(
            "SELECT count(*) FROM team.rows WHERE data::text LIKE '%bob-shared%'"
        ).fetchone() == (0,)


def test_a_second_laptop_gets_the_reps_rows_and_keeps_its_own_private_text(
    team: Team, tmp_path: Path
) -> None:
    desk = _laptop(tmp_path / "desk", 40, 5)
    service.join_team(desk, team.url(team.ann))
    service.sync(desk)
    laptop = tmp_path / "laptop"
    service.join_team(laptop, team.url(team.ann))
    service.sync(laptop)
    assert _stats_json(laptop) == _stats_json(desk)
    with local_db(laptop) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_changes").scalar() == 0
        assert (
            conn.exec_driver_sql("SELECT count(*) FROM debriefs WHERE lessons != ''").scalar() == 0
        )  # the desk's free text was not shared


def test_deletions_reach_the_reps_other_laptop(team: Team, tmp_path: Path) -> None:
    desk = _laptop(tmp_path / "desk", 30, 6)
    service.join_team(desk, team.url(team.ann))
    service.sync(desk)
    laptop = tmp_path / "laptop"
    service.join_team(laptop, team.url(team.ann))
    service.sync(laptop)
    ws = open_workspace(desk)
    try:
        deal = ws.pipeline.deal_rows()[0]
        touches = ws.pipeline.touch_count(deal.id)
        assert touches > 0
        ws.pipeline.delete_deal(deal.id)
    finally:
        ws.close()
    report = service.sync(desk)
    assert report.pushed >= 1 + touches  # the deal and its touches, as tombstones
    service.sync(laptop)
    assert _stats_json(laptop) == _stats_json(desk)
    with team.connect(team.ann) as conn:
        assert conn.execute(
            "SELECT deleted FROM team.rows WHERE id = %s", (deal.id,)
        ).fetchone() == (True,)


def test_the_managers_shared_lists_come_down(team: Team, tmp_path: Path) -> None:
    import uuid

    laptop = _laptop(tmp_path / "ann", 10, 7)
    service.join_team(laptop, team.url(team.ann))
    service.sync(laptop)
    mia = tmp_path / "mia"
    service.join_team(mia, team.url(team.mia))
    reason = uuid.uuid4().hex
    service.publish_shared(
        mia,
        "loss_reasons",
        [{"id": reason, "code": None, "label": "Budget frozen by the group", "controllable": 0,
          "position": 20, "hidden": 0, "created_at": "2026-11-30 10:00:00.000000",
          "updated_at": "2026-11-30 10:00:00.000000"}],
    )  # fmt: skip
    service.publish_shared(
        mia,
        "stage_probabilities",
        [{"id": uuid.uuid4().hex, "stage": "proposal", "probability": 40}],
    )
    assert service.sync(laptop).pushed == 0
    with local_db(laptop) as conn:
        label = conn.exec_driver_sql("SELECT label FROM loss_reasons WHERE id = ?", (reason,))
        assert label.scalar() == "Budget frozen by the group"
        lists = conn.exec_driver_sql("SELECT kind, data FROM team_lists").all()
        assert [(k, json.loads(d)["probability"]) for k, d in lists] == [
            ("stage_probabilities", 40)
        ]
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_changes").scalar() == 0
