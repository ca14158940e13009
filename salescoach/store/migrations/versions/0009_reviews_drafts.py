"""The weekly reviews (energy check-in, focus) and the composer's email drafts.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Two new tables: nothing existing is rebuilt.
    op.create_table(
        "reviews",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("energy", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(100), nullable=False),
        sa.Column("focus", sa.String(200), nullable=False),
        sa.Column("focus_kind", sa.String(40), nullable=False),
        sa.Column("focus_kept", sa.Boolean(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.UniqueConstraint("week", name="uq_reviews_week"),
    )
    op.create_table(
        "email_drafts",
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("moment", sa.String(20), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("deal_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name="fk_email_drafts_deal_id_deals", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_email_drafts_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_email_drafts"),
        sa.UniqueConstraint("key", name="uq_email_drafts_key"),
    )
    op.create_index("ix_email_drafts_deal_id", "email_drafts", ["deal_id"])
    op.create_index("ix_email_drafts_contact_id", "email_drafts", ["contact_id"])


def downgrade() -> None:
    op.drop_table("email_drafts")
    op.drop_table("reviews")
