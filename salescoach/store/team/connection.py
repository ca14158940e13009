"""Connecting to the team's PostgreSQL: libpq's conventions, TLS over TCP, one-line errors.

A connection is given as a libpq URL (`postgresql://ann@db.example.com/sales`) or
key/value string (`service=sales`, read from pg_service.conf). A password in it (or typed)
is used, then kept in the system keyring, or in ~/.pgpass without one (`passwords`); what
is remembered in the data folder never holds it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, exc
from sqlalchemy.pool import NullPool

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.store.team import passwords
from salescoach.store.team.passwords import Kept

CTX = "Team"
CONNECT_TIMEOUT_S = 10


class ServerUnreachableError(UserError):
    """The server could not be reached, or the connection was cut: offline, not wrong."""


@dataclass(frozen=True)
class Target:
    """Where the team's database is, without its password."""

    params: dict[str, str]

    @property
    def conninfo(self) -> str:
        from psycopg.conninfo import make_conninfo

        return make_conninfo(**self.params)

    @property
    def user(self) -> str:
        return self.params.get("user") or os.environ.get("PGUSER") or _login_name()

    def describe(self) -> str:
        """For messages: the service, or user@host/database (never a password)."""
        if "service" in self.params and "host" not in self.params:
            return f"service={self.params['service']}"
        host = self.params.get("host") or "localhost"
        return f"{self.user}@{host}/{self.params.get('dbname', '')}"


def _login_name() -> str:
    import getpass

    return getpass.getuser()


def is_socket(host: str | None) -> bool:
    """A Unix socket (a folder path) rather than a TCP host; no host: libpq's default
    socket, unless PGHOST names a TCP host."""
    host = host if host is not None else os.environ.get("PGHOST")
    return not host or host.startswith(("/", "@"))


def parse(url: str, ca: Path | None = None) -> tuple[Target, str | None]:
    """The target and the password (if the URL holds one). Over TCP TLS is required
    (`sslmode=require`, or `verify-full` against `ca`) unless the URL chose otherwise."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    url = url.strip()
    if url and "=" not in url and "://" not in url:
        url = f"service={url}"  # a bare name: a service of pg_service.conf
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(url).items()}
    except ProgrammingError:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "This is not a PostgreSQL connection (postgresql://user@host/database, "
                    "or service=NAME). Nothing was changed.",
                ),
            )
        ) from None
    password = params.pop("password", None)
    if ca is not None:
        params["sslmode"] = "verify-full"
        params["sslrootcert"] = str(ca)
    elif "sslmode" not in params and "service" not in params and not is_socket(params.get("host")):
        params["sslmode"] = "require"
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", "salescoach")
    return Target(params), password


def engine(target: Target, password: str | None = None) -> Engine:
    """An engine (SQLAlchemy's postgresql+psycopg dialect) opening one connection per use."""
    import psycopg

    def connect() -> psycopg.Connection[Any]:
        if password:
            return psycopg.connect(target.conninfo, password=password)
        try:  # libpq's own places first: ~/.pgpass, a service file, PGPASSWORD
            return psycopg.connect(target.conninfo)
        except psycopg.OperationalError as e:
            if "no password supplied" not in str(e):
                raise
            kept = passwords.kept(target)
            if kept is None:
                raise
            return psycopg.connect(target.conninfo, password=kept)

    return create_engine("postgresql+psycopg://", creator=connect, poolclass=NullPool)


@contextmanager
def transaction(eng: Engine, target: Target) -> Iterator[Connection]:
    """One transaction on the server; its failures as one line (no password in it)."""
    import psycopg

    try:
        with eng.begin() as conn:
            _refuse_plain_tcp(conn, target)
            yield conn
    except exc.DBAPIError as e:
        raise server_error(target, e) from None
    except psycopg.Error as e:  # raised by the driver's own cursors (COPY, executemany)
        raise server_error(target, exc.DBAPIError(None, None, e)) from None
    finally:
        eng.dispose()


def _refuse_plain_tcp(conn: Connection, target: Target) -> None:
    # A service file may leave sslmode at libpq's "prefer": refuse what fell back to clear.
    driver = conn.connection.driver_connection
    assert driver is not None
    if target.params.get("sslmode") in ("disable", "allow"):
        return  # chosen explicitly in the URL
    if not is_socket(driver.info.host) and not driver.pgconn.ssl_in_use:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "The team server {where} does not encrypt the connection (TLS): "
                    "salescoach will not send your data in clear. Nothing was changed.",
                ),
                where=target.describe(),
            )
        )


def server_error(target: Target, error: exc.DBAPIError) -> UserError:
    """What went wrong, said in one line a rep can act on."""
    import psycopg

    text = str(error.orig).strip()
    where = target.describe()
    if isinstance(error.orig, psycopg.OperationalError):
        if "password authentication failed" in text or "no password supplied" in text:
            return UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Team",
                        "The team server refused the password for {user} ({where}). "
                        "Nothing was changed.",
                    ),
                    user=target.user,
                    where=where,
                )
            )
        if any(
            w in text for w in ("terminat", "server closed the connection", "connection is lost")
        ):
            return ServerUnreachableError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Team",
                        "The connection to the team server {where} was cut; nothing was "
                        "lost, sync again.",
                    ),
                    where=where,
                )
            )
        return ServerUnreachableError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "Cannot reach the team server {where} ({reason}). You can keep "
                    "working; nothing was changed.",
                ),
                where=where,
                reason=_first_line(text),
            )
        )
    if isinstance(error.orig, psycopg.errors.InsufficientPrivilege):
        return UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "The team server does not allow {user} to do this ({reason}). "
                    "Nothing was changed.",
                ),
                user=target.user,
                reason=_first_line(text),
            )
        )
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Team", "The team server {where} refused: {reason}. Nothing was changed."
            ),
            where=where,
            reason=_first_line(text),
        )
    )


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else text  # libpq's useful part is its last line


def remember_password(target: Target, password: str) -> Kept:
    """Keep `password` for this connection (the keyring, else ~/.pgpass): where it went."""
    return passwords.keep(target, password)
