"""One rep, two laptops, both offline, the same deal edited: the later edit wins on every
machine, the other is kept in the conflicts list; random interleavings converge."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salescoach.cli.main import main
from salescoach.services import team as service
from salescoach.services.team import add_rep
from salescoach.services.workspace import open_workspace
from tests.team.conftest import Team

_reps = itertools.count(1)


def _sql(folder: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    ws = open_workspace(folder)
    try:
        with ws.store.engine.begin() as conn:
            result = conn.exec_driver_sql(statement, params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        ws.close()


def _new_deal(folder: Path, title: str) -> str:
    deal_id = uuid.uuid4().hex
    _sql(
        folder,
        "INSERT INTO deals (id, title, amount_cents, currency, commission_cents, stage, "
        "status, created_on, competitor, notes, created_at, updated_at) VALUES "
        "(?, ?, 100000, 'EUR', 5000, 'lead', 'open', '2026-11-02', '', '', "
        "'2026-11-02 09:00:00', '2026-11-02 09:00:00')",
        deal_id,
        title,
    )
    return deal_id


def _add_touch(folder: Path, deal_id: str, note: str) -> None:
    _sql(
        folder,
        "INSERT INTO touches (id, kind, occurred_at, deal_id, outcome, note, created_at, "
        "updated_at) VALUES (?, 'call', ?, ?, '', ?, ?, ?)",
        uuid.uuid4().hex,
        dt.datetime(2026, 11, 3, 10).isoformat(" "),
        deal_id,
        note,
        "2026-11-03 10:00:00",
        "2026-11-03 10:00:00",
    )


def _retitle(folder: Path, deal_id: str, title: str) -> None:
    _sql(folder, "UPDATE deals SET title = ? WHERE id = ?", title, deal_id)


def _state(folder: Path) -> tuple[object, ...]:
    deals = _sql(folder, "SELECT id, title FROM deals ORDER BY id")
    touches = _sql(folder, "SELECT id, deal_id, note FROM touches ORDER BY id")
    conflicts = _sql(folder, "SELECT table_name, row_id, hlc, data FROM sync_conflicts ORDER BY 3")
    return deals, touches, conflicts


def _two_laptops(team: Team, root: Path, deals: int) -> tuple[Path, Path, list[str]]:
    rep = f"rep{next(_reps)}x{team.db}"
    team.password[rep] = "a-long-password"
    add_rep(team.admin_dir, rep, team.password[rep], manager=False)
    desk, laptop = root / "desk", root / "laptop"
    service.join_team(desk, team.url(rep))
    ids = [_new_deal(desk, f"Deal {n}") for n in range(deals)]
    service.sync(desk)
    service.join_team(laptop, team.url(rep))
    service.sync(laptop)
    return desk, laptop, ids


def test_the_later_edit_wins_and_the_other_is_kept(team: Team, tmp_path: Path) -> None:
    for first, order in enumerate(("desk first", "laptop first")):
        desk, laptop, (deal,) = _two_laptops(team, tmp_path / str(first), 1)
        _retitle(desk, deal, "Renewal, desk's title")  # offline, earlier
        _retitle(laptop, deal, "Renewal, laptop's title")  # offline, later
        pair = (desk, laptop) if order == "desk first" else (laptop, desk)
        for folder in (*pair, *pair):
            service.sync(folder)
        assert _state(desk) == _state(laptop)
        deals, _touches, conflicts = _state(desk)
        assert deals == [(deal, "Renewal, laptop's title")]
        assert [json.loads(str(c[3]))["title"] for c in conflicts] == ["Renewal, desk's title"]
        listed = service.conflicts(laptop)
        assert [c["data"]["title"] for c in listed] == ["Renewal, desk's title"]


@pytest.mark.parametrize("desk_id", ["0" * 32, "f" * 32])  # the smaller id stays
def test_two_goals_for_the_same_year_settle_on_one(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], desk_id: str
) -> None:
    desk, laptop, _ids = _two_laptops(team, tmp_path, 1)
    laptop_id = "7" * 32
    for folder, goal, amount in ((desk, desk_id, 5_000_000), (laptop, laptop_id, 7_500_000)):
        _sql(
            folder,
            "INSERT INTO goals (id, year, metric, amount_cents, currency, created_at, "
            "updated_at) VALUES (?, 2026, 'revenue', ?, 'EUR', '2026-01-02 09:00:00', "
            "'2026-01-02 09:00:00')",
            goal,
            amount,
        )  # both offline
    for folder in (desk, laptop, desk, laptop):
        service.sync(folder)
    goals = _sql(desk, "SELECT id, amount_cents FROM goals")
    assert goals == _sql(laptop, "SELECT id, amount_cents FROM goals")
    assert goals == [(min(desk_id, laptop_id), 5_000_000 if desk_id < laptop_id else 7_500_000)]
    other = ({5_000_000, 7_500_000} - {goals[0][1]}).pop()
    for folder in (desk, laptop):
        assert main(["team", "conflicts", "--json", "--data-dir", str(folder)]) == 0
        kept = json.loads(capsys.readouterr().out)
        assert [c["data"]["amount_cents"] for c in kept if c["table"] == "goals"] == [other]


OPS = st.lists(
    st.tuples(
        st.sampled_from(["desk", "laptop"]),
        st.sampled_from(["retitle", "touch", "sync"]),
        st.integers(0, 2),
    ),
    min_size=1,
    max_size=14,
)
_runs = itertools.count()
_TITLE = "SELECT title FROM deals WHERE id = ?"


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_random_interleavings_converge_and_lose_nothing(
    team: Team, tmp_path: Path, ops: list[tuple[str, str, int]]
) -> None:
    desk, laptop, ids = _two_laptops(team, tmp_path / f"run{next(_runs)}", 3)
    folders = {"desk": desk, "laptop": laptop}
    last_title: dict[tuple[str, int], str] = {}
    seen: set[str] = set()  # titles overwritten where they were shown: edited after, no conflict
    notes = []
    for n, (who, op, deal) in enumerate(ops):
        if op == "retitle":
            title = f"{who} {n}"
            seen.update(str(t) for (t,) in _sql(folders[who], _TITLE, ids[deal]))
            _retitle(folders[who], ids[deal], title)
            last_title[(who, deal)] = title
        elif op == "touch":
            notes.append(f"{who} touch {n}")
            _add_touch(folders[who], ids[deal], notes[-1])
        else:
            service.sync(folders[who])
    for folder in (desk, laptop, desk, laptop):
        service.sync(folder)

    assert _state(desk) == _state(laptop)  # the same rows, the same conflicts list
    deals, touches, conflicts = _state(desk)
    titles = dict(deals)
    kept = {json.loads(str(c[3]))["title"] for c in conflicts if c[0] == "deals"}
    for (_who, deal), title in last_title.items():  # each laptop's last word on a deal
        assert title == titles[ids[deal]] or title in kept or title in seen
    assert sorted(str(t[2]) for t in touches) == sorted(notes)  # touches only add up
