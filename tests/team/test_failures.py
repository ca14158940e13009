"""When the team server says no, is away, or is cut off mid-sync: one clear line, nothing
written on the laptop, and the next sync completes what was cut, without duplicates."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from salescoach.cli.main import main
from salescoach.services import team as service
from salescoach.services.demo import generate_demo
from salescoach.services.workspace import open_workspace
from salescoach.store.database import fingerprint
from tests.team.conftest import Team, kept_password, local_db

ROOT = Path(__file__).resolve().parents[2]


def _laptop(folder: Path, deals: int, seed: int = 1) -> Path:
    ws = open_workspace(folder)
    try:
        generate_demo(ws.store, deals=deals, seed=seed)
    finally:
        ws.close()
    return folder


def _one_line_and_nothing_written(
    args: list[str], folder: Path, capsys: pytest.CaptureFixture[str], expected: str
) -> None:
    before = sorted(p.name for p in folder.iterdir()) if folder.exists() else None
    mark = fingerprint(folder / "salescoach.sqlite") if before else None
    assert main([*args, "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err, err
    assert "secret" not in err  # never the password
    after = sorted(p.name for p in folder.iterdir()) if folder.exists() else None
    assert after == before
    if mark is not None:
        assert fingerprint(folder / "salescoach.sqlite") == mark


def test_a_wrong_password_is_one_line_and_writes_nothing(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    wrong = team.pg.url(team.ann, "not-the-secret", team.db)
    _one_line_and_nothing_written(
        ["team", "join", wrong], tmp_path / "new", capsys, "refused the password for"
    )
    laptop = _laptop(tmp_path / "laptop", 10)
    _one_line_and_nothing_written(
        ["team", "join", wrong], laptop, capsys, "refused the password for"
    )
    assert kept_password(wrong) is None  # kept only once the server took it
    assert not (isolated_home / ".pgpass").exists()


def test_an_unreachable_server_is_one_line_and_writes_nothing(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    away = f"postgresql://{team.ann}@/{team.db}?host={tmp_path / 'no-server'}"
    laptop = _laptop(tmp_path / "laptop", 10)
    _one_line_and_nothing_written(["team", "join", away], laptop, capsys, "Cannot reach")
    # A joined laptop whose server went away: sync says so, the changes wait.
    service.join_team(laptop, team.url(team.ann))
    service.sync(laptop)
    config = (laptop / "team.json").read_text().replace(team.pg.socket_dir, str(tmp_path / "x"))
    (laptop / "team.json").write_text(config)
    _one_line_and_nothing_written(["team", "sync"], laptop, capsys, "Cannot reach")


def test_a_newer_team_schema_is_one_line_and_writes_nothing(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(tmp_path / "laptop", 10)
    service.join_team(laptop, team.url(team.ann))
    service.sync(laptop)
    with local_db(laptop) as conn:
        conn.exec_driver_sql("UPDATE deals SET title = 'changed offline' WHERE rowid = 1")
    with _admin(team) as admin:
        admin.execute("UPDATE team.salescoach_team_version SET version_num = 't0099'")
    _one_line_and_nothing_written(["team", "sync"], laptop, capsys, "newer salescoach")
    _one_line_and_nothing_written(
        ["team", "join", team.url(team.bob)], tmp_path / "bob", capsys, "newer salescoach"
    )
    _one_line_and_nothing_written(
        ["team", "init", team.pg.url(db=team.db)], tmp_path / "admin2", capsys, "newer salescoach"
    )


def _admin(team: Team):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(team.pg.url(db=team.db), autocommit=True)


def _server_rows(team: Team, role: str) -> dict[tuple[str, str], object]:
    with team.connect(role) as conn:
        rows = conn.execute(
            "SELECT tbl, replace(id::text, '-', ''), data FROM team.rows WHERE NOT deleted"
        ).fetchall()
    return {(t, i): d for t, i, d in rows}


def _local_rows(folder: Path) -> dict[tuple[str, str], object]:
    from salescoach.store.team.local_tables import SYNCED_TABLES

    found = {}
    with local_db(folder) as conn:
        for table in SYNCED_TABLES:
            for row in conn.exec_driver_sql(f"SELECT * FROM {table}").mappings():
                data = dict(row)
                for column in ("note_1", "note_2", "note_3", "note_4", "note_5", "note_6",
                               "prospect_said", "lessons", "next_action"):  # fmt: skip
                    if table == "debriefs":
                        data.pop(column)
                found[(table, str(row["id"]))] = data
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_changes").scalar() == 0
    return found


def test_a_sync_killed_at_random_moments_loses_nothing(team: Team, tmp_path: Path) -> None:
    laptop = _laptop(tmp_path / "laptop", 300, seed=8)
    service.join_team(laptop, team.url(team.ann))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(19)
    killed = 0
    # A fast machine may finish a sync before the random moment comes: each time it
    # does, the window shrinks, so at least three syncs are killed mid-work anywhere.
    window = 0.6
    with _admin(team) as admin:
        for attempt in range(20):
            if killed >= 3:
                break
            with local_db(laptop) as conn:  # every attempt has rows to push
                conn.exec_driver_sql("UPDATE touches SET note = note || ?", (str(attempt),))
            child = subprocess.Popen(
                [sys.executable, "-m", "salescoach", "team", "sync", "--data-dir", str(laptop)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )  # fmt: skip
            # Killed once it has reached the server, at a random moment of its work there.
            while (
                child.poll() is None
                and not admin.execute(
                    "SELECT 1 FROM pg_stat_activity WHERE usename = %s", (team.ann,)
                ).fetchall()
            ):
                time.sleep(0.005)
            time.sleep(rng.uniform(0, window))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                killed += 1
            else:
                window /= 2
            child.wait()
            assert child.returncode in (0, -signal.SIGKILL), child.stderr
    assert killed >= 3, killed
    service.sync(laptop)
    assert _server_rows(team, team.ann) == _local_rows(laptop)


def test_a_connection_terminated_mid_sync_loses_nothing(team: Team, tmp_path: Path) -> None:
    from salescoach.domain.messages import UserError

    laptop = _laptop(tmp_path / "laptop", 400, seed=9)
    service.join_team(laptop, team.url(team.ann))
    failures: list[str] = []

    def run() -> None:
        try:
            service.sync(laptop)
        except UserError as e:
            failures.append(e.message.english())

    terminated = 0
    with _admin(team) as admin:
        # A fast machine may finish before the cut: then the next attempt has rows to push.
        for attempt in range(10):
            if terminated:
                break
            with local_db(laptop) as conn:
                conn.exec_driver_sql("UPDATE touches SET note = note || ?", (str(attempt),))
            sync = threading.Thread(target=run)
            sync.start()
            while sync.is_alive() and not terminated:
                terminated = len(
                    admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE usename = %s AND state IN ('active', 'idle in transaction')",
                        (team.ann,),
                    ).fetchall()
                )
                time.sleep(0.01)
            sync.join()
    assert terminated and failures and "was cut" in failures[0], failures
    service.sync(laptop)
    assert _server_rows(team, team.ann) == _local_rows(laptop)


def test_team_commands_on_a_folder_that_never_joined_touch_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["team", "sync"], ["team", "conflicts"], ["team", "stats"]):
        _one_line_and_nothing_written(command, tmp_path / "none", capsys, "not connected")
        laptop = tmp_path / "laptop"
        if not laptop.exists():
            _laptop(laptop, 5)
        _one_line_and_nothing_written(command, laptop, capsys, "not connected")
