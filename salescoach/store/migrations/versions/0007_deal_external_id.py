"""Imported deals remember where they came from, so that importing a file twice adds
nothing: deals.external_id, unique when set.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN and CREATE INDEX: no rebuild of a table of 100,000 deals.
    op.add_column("deals", sa.Column("external_id", sa.String(100), nullable=True))
    op.create_index("ix_deals_external_id", "deals", ["external_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_deals_external_id", "deals")
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("external_id")
