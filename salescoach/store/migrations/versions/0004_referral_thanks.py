"""Thank-yous and rewards given to the people who refer prospects; the latest touch of
each follow-up.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "referral_thanks",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_referral_thanks_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_referral_thanks"),
    )
    op.create_index("ix_referral_thanks_contact_id", "referral_thanks", ["contact_id"])
    with op.batch_alter_table("follow_ups") as batch:
        batch.add_column(sa.Column("last_touch_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            "fk_follow_ups_last_touch_id_touches",
            "touches",
            ["last_touch_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_constraint("fk_follow_ups_last_touch_id_touches", type_="foreignkey")
        batch.drop_column("last_touch_id")
    op.drop_table("referral_thanks")
