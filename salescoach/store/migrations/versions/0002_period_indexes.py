"""Indexes for period roll-ups: deals by status and close date, by creation, touches by date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_deals_status_closed_on", "deals", ["status", "closed_on"])
    op.create_index("ix_deals_created_on", "deals", ["created_on"])
    op.create_index("ix_touches_occurred_at", "touches", ["occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_touches_occurred_at", "touches")
    op.drop_index("ix_deals_created_on", "deals")
    op.drop_index("ix_deals_status_closed_on", "deals")
