"""Where a typed password is kept: the system keyring (through `keyring`), else libpq's
password file.

libpq's own places come first: a connection is tried without a password, so that
~/.pgpass, a service file or PGPASSWORD answer as libpq decides; only when libpq has none
("no password supplied") is the keyring asked. A machine without a usable keyring (a
headless server: `keyring.backends.fail.Keyring`) keeps the password in ~/.pgpass, created
readable by its owner only, and says so. Nothing here ever writes a password elsewhere.
"""

from __future__ import annotations

import contextlib
import enum
import os
import stat
from pathlib import Path
from typing import Protocol

KEYRING_SERVICE = "salescoach team"


class Target(Protocol):
    """A connection without its password (`connection.Target`)."""

    @property
    def params(self) -> dict[str, str]: ...

    @property
    def user(self) -> str: ...


class Kept(enum.Enum):
    KEYRING = "keyring"
    PGPASS = "pgpass"


def account(target: Target) -> str:
    """The keyring's user name for this connection: who, where, which database."""
    params = target.params
    if "service" in params and "host" not in params:
        return f"{target.user}@service={params['service']}"
    host = params.get("host") or "localhost"
    return f"{target.user}@{host}:{params.get('port', '5432')}/{params.get('dbname', '')}"


def keyring_usable() -> bool:
    """Whether this machine has a keyring that can hold a password (not keyring's
    "fail" stand-in, which refuses every call)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: no keyring, never a crash
        return False
    return not isinstance(backend, fail.Keyring)


def keep(target: Target, password: str) -> Kept:
    """Keep `password` for this connection: in the keyring, or in ~/.pgpass without one."""
    if keyring_usable():
        import keyring

        try:
            keyring.set_password(KEYRING_SERVICE, account(target), password)
        except Exception:  # locked, refused, D-Bus gone: the password file instead
            pass
        else:
            return Kept.KEYRING
    write_pgpass(target, password)
    return Kept.PGPASS


def kept(target: Target) -> str | None:
    """The password the keyring holds for this connection, if any (never raises)."""
    if not keyring_usable():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, account(target))
    except Exception:  # an unusable keyring holds nothing
        return None


def forget(target: Target) -> None:
    """Remove this connection's password from the keyring (a password file is the rep's)."""
    if not keyring_usable():
        return
    import keyring

    with contextlib.suppress(Exception):  # none kept, or the keyring refused: nothing to do
        keyring.delete_password(KEYRING_SERVICE, account(target))


def pgpass_path() -> Path:
    env = os.environ.get("PGPASSFILE")
    return Path(env) if env else Path.home() / ".pgpass"


def write_pgpass(target: Target, password: str) -> Path:
    """Keep `password` in libpq's password file (created 0600), for this server, database
    and user only; libpq reads it from then on."""
    path = pgpass_path()

    def field(value: str) -> str:
        return value.replace("\\", "\\\\").replace(":", "\\:")

    # libpq matches the host as given (a socket folder too), "localhost" when none is.
    key = ":".join(
        [
            field(target.params.get("host") or "localhost"),
            field(target.params.get("port", "*")),
            field(target.params.get("dbname", "*")),
            field(target.user),
        ]
    )
    prefix = key + ":"
    line = prefix + field(password)
    kept_lines = []
    if path.exists():
        kept_lines = [x for x in path.read_text().splitlines() if not x.startswith(prefix)]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("\n".join([*kept_lines, line]) + "\n")
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return path
