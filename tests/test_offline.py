"""Private and offline: no network connection, ever; what the app writes is the user's only.

Every command and the window run with Python's sockets blocked (a sitecustomize that
records and refuses any connection but a local Unix socket); where strace is installed,
the kernel is asked too, which also covers Qt's own C++ code.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests import crm_files

ROOT = Path(__file__).resolve().parent.parent

SITECUSTOMIZE = """
import os, socket

_log = os.environ["SALESCOACH_NET_LOG"]
with open(_log, "a") as f:
    f.write("")  # the file exists: the guard was loaded

def _refuse(what, *args):
    with open(_log, "a") as f:
        f.write(f"{what} {args!r}\\n")
    raise OSError("network blocked by the test")

_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex

def connect(self, address):
    if self.family == socket.AF_UNIX:
        return _connect(self, address)
    _refuse("connect", address)

def connect_ex(self, address):
    if self.family == socket.AF_UNIX:
        return _connect_ex(self, address)
    _refuse("connect_ex", address)

socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.create_connection = lambda *a, **k: _refuse("create_connection", a)
socket.getaddrinfo = lambda *a, **k: _refuse("getaddrinfo", a)
"""


def _commands(tmp: Path) -> list[list[str]]:
    data = ["--data-dir", str(tmp / "data")]
    pipedrive = crm_files.pipedrive(tmp / "deals.csv")
    return [
        ["demo", "--deals", "60", *data],
        ["import", str(pipedrive), *data],
        ["export", "--out", str(tmp / "export"), *data],
        ["export", "--format", "json", "--out", str(tmp / "export.json"), *data],
        ["stats", "--json", *data],
        ["followups", "--ics", str(tmp / "f.ics"), *data],
        ["backup", *data],
        [*data],  # the window, shown until its data is loaded, then closed
    ]


def _env(tmp: Path) -> dict[str, str]:
    guard = tmp / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE)
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(guard), str(ROOT)]),
        "SALESCOACH_NET_LOG": str(tmp / "net.log"),
        "SALESCOACH_STARTUP_PROBE": "ready",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp / "home"),
    }


def test_no_network_connection_is_attempted(tmp_path: Path) -> None:
    env = _env(tmp_path)
    for args in _commands(tmp_path):
        done = subprocess.run(
            [sys.executable, "-m", "salescoach", *args],
            capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 0, (args, done.stderr)
    log = tmp_path / "net.log"
    assert log.exists(), "the socket guard was not loaded"
    assert log.read_text() == ""


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_kernel_sees_no_network_connection(tmp_path: Path) -> None:
    env = _env(tmp_path)
    trace = tmp_path / "trace"
    for n, args in enumerate(_commands(tmp_path)):
        done = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=connect,sendto", "-o", f"{trace}{n}",
             sys.executable, "-m", "salescoach", *args],
            capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path,
        )  # fmt: skip
        if done.returncode != 0 and "ptrace" in done.stderr:
            pytest.skip("strace cannot trace here")
        assert done.returncode == 0, (args, done.stderr)
        calls = (tmp_path / f"trace{n}").read_text()
        assert "AF_INET" not in calls, (args, calls)  # AF_INET6 included


def test_exports_are_private(tmp_path: Path) -> None:
    env = _env(tmp_path)
    for args in _commands(tmp_path)[:4]:
        subprocess.run([sys.executable, "-m", "salescoach", *args], env=env, check=True,
                       capture_output=True, cwd=tmp_path)  # fmt: skip
    assert stat.S_IMODE((tmp_path / "export").stat().st_mode) == 0o700
    for f in [*(tmp_path / "export").iterdir(), tmp_path / "export.json"]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
