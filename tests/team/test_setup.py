"""Setting a team up: `team init`, `team add-rep`, `team join`, on a real server."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from salescoach.cli.main import main
from tests.team.conftest import Team, kept_password
from tests.team.pg_server import ADMIN_PASSWORD, Cluster


def test_init_add_rep_and_join_from_the_command_line(
    pg: Cluster, team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, isolated_home: Path,
) -> None:  # fmt: skip
    import io

    admin = ["--data-dir", str(tmp_path / "admin")]
    assert main(["team", "init", pg.url(db=team_db), *admin]) == 0
    assert main(["team", "init", pg.url(db=team_db), *admin]) == 0  # again: nothing to do
    monkeypatch.setattr("sys.stdin", io.StringIO("zoé-secret-1\n"))
    assert main(["team", "add-rep", "zoe", *admin]) == 0
    rep = tmp_path / "laptop"
    url = pg.url("zoe", "zoé-secret-1", team_db)
    assert main(["team", "join", url, "--data-dir", str(rep)]) == 0
    out = capsys.readouterr().out
    assert "Team schema t0002 ready." in out and "Joined the team as zoe." in out

    saved = (rep / "team.json").read_text()
    assert json.loads(saved)["role"] == "zoe"
    assert "secret" not in saved  # the password is in the system keyring
    assert kept_password(url) == "zoé-secret-1"
    assert not (isolated_home / ".pgpass").exists()
    assert main(["team", "sync", "--data-dir", str(rep)]) == 0  # no password typed again
    assert "Synced:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "backend",
    [
        "keyring.backends.fail.Keyring",  # keyring's own answer when a machine has none
        "keyring.backends.SecretService.Keyring",  # GNOME's, chosen, but no session bus
    ],
)
def test_without_a_usable_keyring_the_password_goes_to_pgpass_and_that_is_said(
    team: Team, tmp_path: Path, isolated_home: Path, backend: str
) -> None:
    """`salescoach team join` in a process of its own, as on a headless machine."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    rep = tmp_path / "laptop"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "salescoach", "team", *args, "--data-dir", str(rep)]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)

    joined = run("join", team.url(team.bob))
    assert (joined.returncode, joined.stderr) == (0, "")
    assert joined.stdout.splitlines() == [
        f"Joined the team as {team.bob}.",
        "No usable system keyring here: the password is kept in ~/.pgpass (readable by you only).",
    ]
    pgpass = isolated_home / ".pgpass"
    assert f"{team.bob}:{team.password[team.bob]}" in pgpass.read_text()
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    synced = run("sync")
    assert synced.returncode == 0 and "Synced:" in synced.stdout


def test_pgpass_comes_before_the_keyring(team: Team, tmp_path: Path, isolated_home: Path) -> None:
    """libpq's password file is honoured first: a keyring that holds a stale password
    for the same connection is not asked."""
    import keyring

    from salescoach.services import team as service
    from salescoach.store.team.passwords import KEYRING_SERVICE, account

    rep = tmp_path / "laptop"
    service.join_team(rep, team.url(team.ann))
    target = service.load_config(rep).target
    keyring.set_password(KEYRING_SERVICE, account(target), "a-stale-password")
    pgpass = isolated_home / ".pgpass"
    pgpass.write_text(f"{team.pg.socket_dir}:*:{team.db}:{team.ann}:{team.password[team.ann]}\n")
    pgpass.chmod(0o600)
    assert service.sync(rep).waiting == 0


def test_a_rep_who_is_not_in_the_team_cannot_join(team: Team, tmp_path: Path) -> None:
    from salescoach.domain.messages import UserError
    from salescoach.services.team import join_team

    with pytest.raises(UserError, match="not a rep of this team"):
        join_team(tmp_path / "laptop", team.pg.url(db=team.db))  # the admin is no rep
    assert not (tmp_path / "laptop").exists()


def test_tls_is_required_over_tcp_and_not_on_a_socket() -> None:
    from salescoach.store.team.connection import parse

    assert parse("postgresql://ann@db.example.com/sales")[0].params["sslmode"] == "require"
    ca = Path("/etc/ca.pem")
    verified = parse("postgresql://ann@db.example.com/sales", ca)[0].params
    assert (verified["sslmode"], verified["sslrootcert"]) == ("verify-full", str(ca))
    assert "sslmode" not in parse("postgresql://ann@/sales?host=/run/postgresql")[0].params
    target, password = parse("postgresql://ann:pw@db.example.com/sales")
    assert password == "pw" and "pw" not in target.conninfo


def test_team_stats_from_the_command_line(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from salescoach.services import team as service
    from salescoach.services.demo import generate_demo
    from salescoach.services.workspace import open_workspace

    for role, seed in ((team.ann, 1), (team.bob, 2)):
        ws = open_workspace(tmp_path / role)
        try:
            generate_demo(ws.store, deals=30, seed=seed)
        finally:
            ws.close()
        service.join_team(tmp_path / role, team.url(role))
        service.sync(tmp_path / role)
    mia = ["--data-dir", str(tmp_path / "mia")]
    assert main(["team", "join", team.url(team.mia), *mia]) == 0
    capsys.readouterr()
    assert main(["stats", "--json", "--data-dir", str(tmp_path / team.ann)]) == 0
    ann_alone = json.loads(capsys.readouterr().out)
    assert main(["team", "stats", "--json", *mia]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"team", "reps"} and set(figures["reps"]) == {team.ann, team.bob}
    assert figures["reps"][team.ann] == ann_alone
    assert set(figures["team"]) == set(ann_alone)
    period = ["--since", "2025-01-01", "--until", "2025-06-30"]
    assert main(["stats", "--json", *period, "--data-dir", str(tmp_path / team.bob)]) == 0
    bob_half_year = json.loads(capsys.readouterr().out)
    assert main(["team", "stats", "--json", *period, *mia]) == 0
    assert json.loads(capsys.readouterr().out)["reps"][team.bob] == bob_half_year
    assert main(["team", "stats", *mia]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Team\n") and f"\n{team.bob}\n" in text and "Win rate" in text


def test_the_readmes_pg_dump_backup_restores_a_working_team(
    team: Team, tmp_path: Path, pg: Cluster
) -> None:
    import os
    import subprocess

    import psycopg

    from salescoach.services import team as service
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(tmp_path / "ann")
    try:
        from salescoach.services.demo import generate_demo

        generate_demo(ws.store, deals=20, seed=4)
    finally:
        ws.close()
    service.join_team(tmp_path / "ann", team.url(team.ann))
    service.sync(tmp_path / "ann")
    env = {**os.environ, "PGPASSWORD": ADMIN_PASSWORD}
    dump = tmp_path / "team.dump"
    where = ["-h", pg.socket_dir, "-U", "admin"]
    with dump.open("wb") as out:
        subprocess.run([str(pg.bin / "pg_dump"), *where, "--schema=team", "--format=custom",
                        team.db], stdout=out, env=env, check=True)  # fmt: skip
    with psycopg.connect(pg.url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{team.db}_restored"')
    subprocess.run([str(pg.bin / "pg_restore"), *where, "-d", f"{team.db}_restored", str(dump)],
                   env=env, check=True, capture_output=True)  # fmt: skip
    query = "SELECT owner, tbl, id, hlc, data FROM team.rows ORDER BY tbl, id"
    with team.connect(team.ann) as conn:
        before = conn.execute(query).fetchall()
    restored = pg.url(team.ann, team.password[team.ann], f"{team.db}_restored")
    with psycopg.connect(restored) as conn:  # the rep's policies came back with the rows
        assert conn.execute(query).fetchall() == before and len(before) > 100


def test_a_service_name_and_pgpass_as_libpq_reads_them(
    team: Team, tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salescoach.services import team as service

    services = tmp_path / "pg_service.conf"
    services.write_text(f"[sales]\nhost={team.pg.socket_dir}\ndbname={team.db}\nuser={team.bob}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    pgpass = isolated_home / ".pgpass"
    pgpass.write_text(f"{team.pg.socket_dir}:*:{team.db}:{team.bob}:{team.password[team.bob]}\n")
    pgpass.chmod(0o600)
    laptop = tmp_path / "laptop"
    assert main(["team", "join", "service=sales", "--data-dir", str(laptop)]) == 0
    assert json.loads((laptop / "team.json").read_text())["connection"]["service"] == "sales"
    assert service.sync(laptop).waiting == 0


REALDATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdata"


@pytest.mark.skipif(not REALDATA.is_dir(), reason="no ../shared/realdata")
def test_an_imported_real_crm_history_has_the_same_figures_on_the_server(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Maven CRM: 4,238 won and 2,473 lost deals with no debrief, as every import."""
    from salescoach.services import team as service

    laptop = ["--data-dir", str(tmp_path / "ann")]
    csv = REALDATA / "maven_crm_sales_pipeline.csv"
    assert main(["import", str(csv), *laptop, "--lang", "en"]) == 0
    service.join_team(tmp_path / "ann", team.url(team.ann))
    service.sync(tmp_path / "ann")
    capsys.readouterr()
    assert main(["stats", "--json", *laptop]) == 0
    on_laptop = json.loads(capsys.readouterr().out)
    assert on_laptop["deals"]["lost"] > 0, on_laptop
    assert main(["team", "stats", "--json", *laptop]) == 0
    on_server = json.loads(capsys.readouterr().out)
    assert on_server["reps"][team.ann] == on_laptop
