"""A laptop in a team connects to the team's server only when the rep runs a team
command: its other commands and the window never do (the kernel is asked, with strace,
since libpq's connections are made in C, below Python's sockets)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from salescoach.services import team as service
from salescoach.services.demo import generate_demo
from salescoach.services.workspace import open_workspace
from tests.team.conftest import Team

ROOT = Path(__file__).resolve().parents[2]


def _connects(tmp_path: Path, args: list[str], n: int) -> str:
    trace = tmp_path / f"trace{n}"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SALESCOACH_STARTUP_PROBE": "ready",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace),
         sys.executable, "-m", "salescoach", *args],
        capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path,
    )  # fmt: skip
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip("strace cannot trace here")
    assert done.returncode == 0, (args, done.stderr)
    return trace.read_text()


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_only_team_commands_reach_the_server(team: Team, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop"
    ws = open_workspace(laptop)
    try:
        generate_demo(ws.store, deals=20, seed=2)
    finally:
        ws.close()
    service.join_team(laptop, team.url(team.ann))
    data = ["--data-dir", str(laptop)]
    socket = team.pg.socket_dir
    for n, args in enumerate(
        [
            ["stats", "--json", *data],
            ["export", "--out", str(tmp_path / "export"), *data],
            ["followups", *data],
            ["backup", *data],
            [*data],  # the window, until its data is loaded
        ]
    ):
        calls = _connects(tmp_path, args, n)
        assert socket not in calls and "AF_INET" not in calls, (args, calls)
    assert socket in _connects(tmp_path, ["team", "sync", *data], 99)  # the control
