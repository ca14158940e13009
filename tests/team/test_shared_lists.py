"""The manager publishes the team's shared lists (`salescoach team publish`, `team lists`),
on a real server: the reps get them at their next sync; bad files, bad values and a rep's
role are refused in one line, and nothing is published."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salescoach.cli.main import main
from salescoach.services import team as service
from salescoach.services.team_lists import server_lists, team_goals_here
from tests.team.conftest import Team, local_db
from tests.team.test_sync import _laptop


@pytest.fixture
def mia(team: Team, tmp_path: Path) -> Path:
    folder = tmp_path / "mia"
    service.join_team(folder, team.url(team.mia))
    return folder


def _csv(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _lists(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict[str, object]]]:
    capsys.readouterr()
    assert main(["team", "lists", "--json", "--data-dir", str(folder)]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_manager_publishes_each_list_and_a_rep_gets_them_at_the_next_sync(
    team: Team, mia: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann = _laptop(tmp_path / "ann", 10, 7)
    service.join_team(ann, team.url(team.ann))
    service.sync(ann)
    reasons = _csv(tmp_path, "reasons.csv", "label,controllable\nBudget frozen,no\nLate demo,yes\n")
    stages = _csv(tmp_path, "stages.csv", "stage,probability\nproposal,35\nclosing,85\n")
    goals = _csv(
        tmp_path,
        "goals.csv",
        f"year,rep,wins,won_amount,currency\n2026,,40,500000,EUR\n2026,{team.ann},12,,EUR\n",
    )
    for kind, path in (("loss-reasons", reasons), ("stage-probabilities", stages),
                       ("team-goals", goals)):  # fmt: skip
        assert main(["team", "publish", kind, str(path), "--data-dir", str(mia)]) == 0
    assert "Published team-goals, 2 on the server" in capsys.readouterr().out

    shown = _lists(ann, capsys)  # a rep reads the lists too
    assert [(r["label"], r["controllable"]) for r in shown["loss_reasons"]] == [
        ("Budget frozen", 0),
        ("Late demo", 1),
    ]
    assert [(s["stage"], s["probability"]) for s in shown["stage_probabilities"]] == [
        ("proposal", 35),
        ("closing", 85),
    ]
    assert [(g["rep"], g["wins"], g["won_cents"]) for g in shown["team_goals"]] == [
        ("", 40, 50_000_000),
        (team.ann, 12, None),
    ]
    assert main(["team", "lists", "--data-dir", str(mia)]) == 0
    text = capsys.readouterr().out
    assert "Late demo\tcontrollable" in text and "closing\t85%" in text
    assert f"2026\t{team.ann}\t12\t\tEUR" in text

    service.sync(ann)
    with local_db(ann) as conn:
        labels = conn.exec_driver_sql("SELECT label FROM loss_reasons WHERE label != ''")
        assert {"Budget frozen", "Late demo"} <= set(labels.scalars())
    assert [(g.rep, g.wins) for g in team_goals_here(ann)] == [("", 40), (team.ann, 12)]

    # Published again without one entry: reasons are hidden, other entries removed.
    _csv(tmp_path, "reasons.csv", "label,controllable\nLate demo,yes\n")
    _csv(tmp_path, "stages.csv", "stage,probability\nproposal,30\n")
    for kind, path in (("loss-reasons", reasons), ("stage-probabilities", stages)):
        assert main(["team", "publish", kind, str(path), "--data-dir", str(mia)]) == 0
    shown = _lists(mia, capsys)
    assert [r["label"] for r in shown["loss_reasons"]] == ["Late demo"]
    assert [(s["stage"], s["probability"]) for s in shown["stage_probabilities"]] == [
        ("proposal", 30)
    ]
    service.sync(ann)
    with local_db(ann) as conn:
        hidden = conn.exec_driver_sql("SELECT hidden FROM loss_reasons WHERE label = ?",
                                      ("Budget frozen",))  # fmt: skip
        assert hidden.scalar() == 1  # still there for the debriefs that name it


def test_the_manager_publishes_the_laptops_own_settings(
    team: Team, mia: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from salescoach.domain.enums import DealStage
    from salescoach.services.search import ForecastService  # the Settings' chances of winning
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(mia)
    try:
        with ws.store.session() as s:
            from salescoach.store import loss_reasons

            loss_reasons.add(s, "Lost to the in-house team", True)
            s.commit()
        ForecastService(ws.store).set_probabilities({DealStage.LEAD: 5, DealStage.CLOSING: 95})
    finally:
        ws.close()
    for kind in ("loss-reasons", "stage-probabilities"):
        assert main(["team", "publish", kind, "--from-laptop", "--data-dir", str(mia)]) == 0
    shown = server_lists(mia)
    assert [r["label"] for r in shown["loss_reasons"]] == ["Lost to the in-house team"]
    chances = {s["stage"]: s["probability"] for s in shown["stage_probabilities"]}
    assert chances["lead"] == 5 and chances["closing"] == 95 and len(chances) == 5


@pytest.mark.parametrize(
    ("kind", "text", "said"),
    [
        ("stage-probabilities", "stage,probability\nproposal,-5\n",
         "bad.csv:2: a stage's chance is a percentage from 0 to 100, not -5."),
        ("stage-probabilities", "stage,probability\nclosing,120\n",
         "bad.csv:2: a stage's chance is a percentage from 0 to 100, not 120."),
        ("stage-probabilities", "stage,probability\nsigned,50\n",
         "bad.csv:2: signed is not a stage"),
        ("loss-reasons", "reason;controllable\nPrice;yes\n",
         "bad.csv: the first line must name the columns label,controllable."),
        ("loss-reasons", "label,controllable\nPrice,maybe\n",
         "bad.csv:2: controllable is yes or no, not maybe."),
        ("team-goals", "year,rep,wins,won_amount,currency\n2026,,-3,,EUR\n",
         "bad.csv:2: a goal cannot be negative."),
        ("team-goals", "year,rep,wins,won_amount,currency\n2026,,,lots,EUR\n",
         "bad.csv:2: lots is not an amount."),
    ],
)  # fmt: skip
def test_bad_files_are_refused_in_one_line_and_nothing_is_published(
    team: Team, mia: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    kind: str, text: str, said: str,
) -> None:  # fmt: skip
    good = _csv(tmp_path, "good.csv", "stage,probability\nproposal,40\n")
    assert main(["team", "publish", "stage-probabilities", str(good), "--data-dir", str(mia)]) == 0
    before = server_lists(mia)
    capsys.readouterr()
    bad = _csv(tmp_path, "bad.csv", text)
    assert main(["team", "publish", kind, str(bad), "--data-dir", str(mia)]) == 2
    err = capsys.readouterr().err
    assert said in err and err.strip().endswith("Nothing was published.")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert server_lists(mia) == before


def test_a_missing_file_and_a_reps_role_are_refused(
    team: Team, mia: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.csv"
    assert main(["team", "publish", "loss-reasons", str(missing), "--data-dir", str(mia)]) == 2
    assert f"Cannot read {missing}" in capsys.readouterr().err

    ann = tmp_path / "ann"
    service.join_team(ann, team.url(team.ann))
    stages = _csv(tmp_path, "stages.csv", "stage,probability\nproposal,99\n")
    capsys.readouterr()
    assert (
        main(["team", "publish", "stage-probabilities", str(stages), "--data-dir", str(ann)]) == 2
    )
    err = capsys.readouterr().err.strip()
    assert f"The team server does not allow {team.ann} to do this" in err
    assert len(err.splitlines()) == 1
    assert server_lists(mia)["stage_probabilities"] == []


def test_a_goal_for_someone_not_in_the_team_is_refused(
    team: Team, mia: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = "year,rep,wins,won_amount,currency\n"
    good = _csv(tmp_path, "good.csv", f"{header}2026,{team.bob},4,,EUR\n")
    assert main(["team", "publish", "team-goals", str(good), "--data-dir", str(mia)]) == 0
    capsys.readouterr()
    typo = _csv(tmp_path, "typo.csv", f"{header}2026,{team.bob},5,,EUR\n2026,bobb,3,,EUR\n")
    assert main(["team", "publish", "team-goals", str(typo), "--data-dir", str(mia)]) == 2
    err = capsys.readouterr().err.strip()
    assert "bobb is not a rep of this team" in err and len(err.splitlines()) == 1
    assert [(g["rep"], g["wins"]) for g in server_lists(mia)["team_goals"]] == [(team.bob, 4)]


def test_team_lists_in_french(
    team: Team, mia: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a process of its own, as a French user runs it."""
    import subprocess
    import sys

    bad = _csv(tmp_path, "bad.csv", "stage,probability\nproposal,150\n")
    done = subprocess.run(
        [sys.executable, "-m", "salescoach", "team", "publish", "stage-probabilities", str(bad),
         "--data-dir", str(mia), "--lang", "fr"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().endswith("Rien n'a été publié.")
