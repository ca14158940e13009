"""Team sync's local record: what changed since the last sync (filled by triggers made
when the laptop joins a team), the version of each synced row, the conflicts list, the
team's shared lists.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sync_state"),
    )
    op.create_table(
        "sync_changes",
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(32), nullable=False),
        sa.Column("changed_at", sa.String(23), nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("hlc", sa.String(80)),
        sa.Column("displaced", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("table_name", "row_id", name="pk_sync_changes"),
    )
    op.create_table(
        "sync_rows",
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(32), nullable=False),
        sa.Column("hlc", sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name="pk_sync_rows"),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(32), nullable=False),
        sa.Column("hlc", sa.String(80), nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("data", sa.Text),
        sa.PrimaryKeyConstraint("table_name", "row_id", "hlc", name="pk_sync_conflicts"),
    )
    op.create_table(
        "team_lists",
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("hlc", sa.String(80), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("kind", "id", name="pk_team_lists"),
    )


def downgrade() -> None:
    for table in ("team_lists", "sync_conflicts", "sync_rows", "sync_changes", "sync_state"):
        op.drop_table(table)
