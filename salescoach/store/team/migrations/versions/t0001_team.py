"""The team schema: reps, their rows, the shared lists and the conflicts list.

Every rep-owned row is one JSON document keyed by (owner, table, id), stamped with its
hybrid-clock stamp and a change sequence that each update moves forward, so that a pull
asks only for rows whose sequence is past the last one it saw. Deletions are tombstones.

Revision ID: t0001
Revises:
Create Date: 2026-11-30
"""

from alembic import op

revision = "t0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE SEQUENCE team.change_seq")
    op.execute(
        """
        CREATE TABLE team.reps (
            name name PRIMARY KEY,
            manager boolean NOT NULL DEFAULT false,
            added_at timestamptz NOT NULL DEFAULT now()
        )"""
    )
    op.execute("CREATE TABLE team.settings (key text PRIMARY KEY, value text NOT NULL)")
    primary_key = {
        "rows": "owner, tbl, id",
        "conflicts": "owner, tbl, id, hlc",
        "shared": "tbl, id",
    }
    for table, key in (
        ("rows", "owner name NOT NULL DEFAULT current_user, "),
        ("conflicts", "owner name NOT NULL DEFAULT current_user, "),
        ("shared", ""),
    ):
        op.execute(
            f"""
            CREATE TABLE team.{table} (
                {key}
                tbl text NOT NULL,
                id uuid NOT NULL,
                seq bigint NOT NULL DEFAULT nextval('team.change_seq'),
                hlc text NOT NULL,
                deleted boolean NOT NULL DEFAULT false,
                data jsonb,
                PRIMARY KEY ({primary_key[table]})
            )"""
        )
        op.execute(f"CREATE INDEX {table}_seq ON team.{table} ({'owner, ' if key else ''}seq)")
    op.execute(
        """
        CREATE FUNCTION team.next_seq() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.seq := nextval('team.change_seq');
            RETURN NEW;
        END $$"""
    )
    for table in ("rows", "shared"):
        op.execute(
            f"CREATE TRIGGER {table}_next_seq BEFORE UPDATE ON team.{table} "
            "FOR EACH ROW EXECUTE FUNCTION team.next_seq()"
        )


def downgrade() -> None:
    for table in ("rows", "conflicts", "shared", "settings", "reps"):
        op.execute(f"DROP TABLE team.{table}")
    op.execute("DROP FUNCTION team.next_seq()")
    op.execute("DROP SEQUENCE team.change_seq")
