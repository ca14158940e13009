"""The team schema's names and revisions (kept here so that checking a server's schema
needs no Alembic), and setting it up: migrations, roles, row-level security."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg

SCHEMA = "team"
VERSION_TABLE = "salescoach_team_version"
REVISIONS: tuple[str, ...] = ("t0001", "t0002")
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
CTX = "Team"

# The tables a rep owns rows of; the shared lists; the laptop's tables they come from.
REP_TABLES = ("rows", "conflicts")
SHARED_TABLE = "shared"
# Kept by the server's triggers from the rows: read by their owner and the managers only.
FIGURES_TABLE = "monthly"


def group_roles(database: str) -> tuple[str, str]:
    """The two group roles of the team in `database`: reps, managers. Roles belong to the
    whole server, so two teams in two databases of one server get roles of their own."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40]
    return f"salescoach_{base}_rep", f"salescoach_{base}_manager"


def server_revision(conn: Connection) -> str | None:
    """The team schema's revision on the server; None when there is none yet."""
    found = conn.exec_driver_sql(
        "SELECT to_regclass(%(t)s) IS NOT NULL", {"t": f"{SCHEMA}.{VERSION_TABLE}"}
    ).scalar()
    if not found:
        return None
    return conn.exec_driver_sql(f"SELECT version_num FROM {SCHEMA}.{VERSION_TABLE}").scalar()


def current_role(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT current_user").scalar())


def is_manager(conn: Connection) -> bool | None:
    """Whether the connected role is one of the team's managers; None: not in the team."""
    entry = conn.exec_driver_sql(
        f"SELECT manager FROM {SCHEMA}.reps WHERE name = current_user"
    ).first()
    return None if entry is None else bool(entry[0])


def check_revision(conn: Connection) -> None:
    """Refuse a server without a team schema, or with one newer than this salescoach."""
    revision = server_revision(conn)
    if revision is None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "This database has no salescoach team yet: run `salescoach team init` "
                    "on it first. Nothing was changed.",
                ),
            )
        )
    if revision not in REVISIONS:
        raise newer_schema(revision)


def newer_schema(revision: str) -> UserError:
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Team",
                "The team database was set up by a newer salescoach (team schema {revision}): "
                "update salescoach on this computer. Nothing was changed.",
            ),
            revision=revision,
        )
    )


def upgrade(conn: Connection) -> None:
    """Create or upgrade the team schema, its roles and policies, in `conn`'s transaction."""
    from alembic import command
    from alembic.config import Config

    revision = server_revision(conn)
    if revision is not None and revision not in REVISIONS:
        raise newer_schema(revision)
    conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, HEAD)
    database = str(conn.exec_driver_sql("SELECT current_database()").scalar())
    _roles_and_policies(conn, *group_roles(database))


def _roles_and_policies(conn: Connection, rep: str, manager: str) -> None:
    """Group roles and what each may do, enforced by PostgreSQL itself (row-level
    security): a rep reads and writes only their own rows and reads the shared lists; a
    manager reads everyone's rows and writes only the shared lists."""
    q = _quote
    for role in (rep, manager):
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": role}
        ).first()
        if exists is None:
            conn.exec_driver_sql(f"CREATE ROLE {q(role)} NOLOGIN")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {q(role)}")
        conn.exec_driver_sql(f"GRANT USAGE ON SEQUENCE {SCHEMA}.change_seq TO {q(role)}")
        conn.exec_driver_sql(f"GRANT SELECT ON {SCHEMA}.{VERSION_TABLE} TO {q(role)}")
        conn.exec_driver_sql(f"GRANT SELECT ON {SCHEMA}.reps, {SCHEMA}.settings TO {q(role)}")
    database = conn.exec_driver_sql("SELECT current_database()").scalar()
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {q(str(database))} TO {q(rep)}, {q(manager)}")
    conn.exec_driver_sql(
        f"INSERT INTO {SCHEMA}.settings VALUES ('rep_role', %(r)s), ('manager_role', %(m)s) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        {"r": rep, "m": manager},
    )
    for table in (*REP_TABLES, SHARED_TABLE, FIGURES_TABLE, "reps"):
        conn.exec_driver_sql(f"ALTER TABLE {SCHEMA}.{table} ENABLE ROW LEVEL SECURITY")
        policies = conn.exec_driver_sql(
            "SELECT policyname FROM pg_policies WHERE schemaname = %(s)s AND tablename = %(t)s",
            {"s": SCHEMA, "t": table},
        ).scalars()
        for policy in list(policies):
            conn.exec_driver_sql(f"DROP POLICY {q(policy)} ON {SCHEMA}.{table}")
    for table in REP_TABLES:
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.{table} TO {q(rep)}")
        conn.exec_driver_sql(f"GRANT SELECT ON {SCHEMA}.{table} TO {q(manager)}")
        conn.exec_driver_sql(
            f"CREATE POLICY own_rows ON {SCHEMA}.{table} TO {q(rep)} "
            "USING (owner = current_user) WITH CHECK (owner = current_user)"
        )
        conn.exec_driver_sql(
            f"CREATE POLICY manager_reads ON {SCHEMA}.{table} FOR SELECT TO {q(manager)} "
            "USING (true)"
        )
    conn.exec_driver_sql(f"GRANT SELECT ON {SCHEMA}.{FIGURES_TABLE} TO {q(rep)}, {q(manager)}")
    conn.exec_driver_sql(
        f"CREATE POLICY own_months ON {SCHEMA}.{FIGURES_TABLE} FOR SELECT TO {q(rep)} "
        "USING (owner = current_user)"
    )
    conn.exec_driver_sql(
        f"CREATE POLICY manager_reads ON {SCHEMA}.{FIGURES_TABLE} FOR SELECT TO {q(manager)} "
        "USING (true)"
    )
    conn.exec_driver_sql(f"GRANT SELECT ON {SCHEMA}.{SHARED_TABLE} TO {q(rep)}")
    conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.{SHARED_TABLE} TO {q(manager)}")
    conn.exec_driver_sql(
        f"CREATE POLICY everyone_reads ON {SCHEMA}.{SHARED_TABLE} FOR SELECT "
        f"TO {q(rep)}, {q(manager)} USING (true)"
    )
    for command, clause in (("INSERT", "WITH CHECK (true)"), ("UPDATE", "USING (true)")):
        conn.exec_driver_sql(
            f"CREATE POLICY manager_{command.lower()}s ON {SCHEMA}.{SHARED_TABLE} "
            f"FOR {command} TO {q(manager)} {clause}"
        )
    conn.exec_driver_sql(
        f"CREATE POLICY own_entry ON {SCHEMA}.reps FOR SELECT TO {q(rep)} "
        "USING (name = current_user)"
    )
    conn.exec_driver_sql(
        f"CREATE POLICY manager_reads ON {SCHEMA}.reps FOR SELECT TO {q(manager)} USING (true)"
    )


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,62}")


def add_rep(conn: Connection, name: str, password: str, manager: bool) -> None:
    """Create the login role `name` in the team's reps' (or managers') group. The password
    is hashed here (SCRAM), so that the server's logs never see it in clear."""
    if not NAME_PATTERN.fullmatch(name):
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team",
                    "{name} cannot be a rep's name: use lower-case letters, digits and _, "
                    "starting with a letter. Nothing was changed.",
                ),
                name=name,
            )
        )
    check_revision(conn)
    rep_group, manager_group = group_roles(
        str(conn.exec_driver_sql("SELECT current_database()").scalar())
    )
    exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": name})
    if exists.first() is not None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Team", "The server already has a role named {name}. Nothing was changed."
                ),
                name=name,
            )
        )
    from psycopg import sql

    driver = conn.connection.driver_connection
    assert driver is not None
    hashed = driver.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    group = manager_group if manager else rep_group
    # A utility statement takes no bound parameters: the (hashed) password is a literal.
    create = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
        sql.Identifier(name), sql.Literal(hashed.decode()), sql.Identifier(group)
    )
    conn.exec_driver_sql(create.as_string(driver))
    conn.exec_driver_sql(
        f"INSERT INTO {SCHEMA}.reps (name, manager) VALUES (%(n)s, %(m)s)",
        {"n": name, "m": manager},
    )
