"""A throw-away PostgreSQL cluster for the team-mode tests: `initdb` and `pg_ctl` in a
temporary folder, listening on a Unix socket in that folder only (no TCP port at all)."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "admin"
ADMIN_PASSWORD = "admin-secret"


def find_server_bin() -> Path | None:
    """The folder holding `initdb` and `pg_ctl`: on PATH, else Debian's versioned folders."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent  # a link on PATH: the folder of the rest
    debian = Path("/usr/lib/postgresql")
    folders = (
        [p for p in debian.glob("*/bin") if (p / "pg_ctl").exists()] if debian.is_dir() else []
    )
    folders.sort(key=lambda p: int(re.sub(r"\D", "", p.parent.name) or 0), reverse=True)
    return folders[0] if folders else None


@dataclass
class Cluster:
    bin: Path
    folder: Path  # holds data/ and the socket; short, because socket paths are limited
    user: str | None  # the server runs as this user when the tests run as root

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            check=True, capture_output=True, text=True, user=self.user, timeout=120,
        )  # fmt: skip

    def start(self) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        if self.user:
            entry = pwd.getpwnam(self.user)
            for path in (self.folder, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}",
            "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        pwfile.unlink()
        self.resume()

    def resume(self) -> None:
        """Start the server on its existing data (after `stop`)."""
        options = (
            f"-c listen_addresses='' -k {self.socket_dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        log = self.folder / "server.log"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(log), "-o", options, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(
        self, user: str = ADMIN, password: str | None = ADMIN_PASSWORD, db: str = "postgres"
    ) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{user}{secret}@/{db}?host={self.socket_dir}"


def start_cluster() -> Cluster | None:
    """A running cluster, or None when this machine has no PostgreSQL server binaries."""
    server_bin = find_server_bin()
    if server_bin is None:
        return None
    user = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        user = "postgres" if _user_exists("postgres") else "nobody"
    folder = Path(tempfile.mkdtemp(prefix="scpg-"))
    cluster = Cluster(server_bin, folder, user)
    cluster.start()
    return cluster


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
