"""The first pipeline schema: accounts, contacts, deals, deal contacts, touches.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _enum(name: str, values: list[str]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sector", sa.String(100), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_common(),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
    )
    op.create_index("ix_accounts_name", "accounts", ["name"])
    op.create_table(
        "contacts",
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("job_title", sa.String(100), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name="fk_contacts_account_id_accounts",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    op.create_index("ix_contacts_account_id", "contacts", ["account_id"])
    op.create_table(
        "deals",
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("commission_cents", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            _enum("deal_stage", ["lead", "qualified", "proposal", "negotiation", "closing"]),
            nullable=False,
        ),
        sa.Column("status", _enum("deal_status", ["open", "won", "lost"]), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("competitor", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name="fk_deals_account_id_accounts",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_deals"),
    )
    op.create_index("ix_deals_account_id", "deals", ["account_id"])
    op.create_table(
        "deal_contacts",
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            _enum("contact_role", ["decision_maker", "evaluator", "influencer", "user"]),
            nullable=False,
        ),
        *_common(),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name="fk_deal_contacts_deal_id_deals", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_deal_contacts_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_deal_contacts"),
        sa.UniqueConstraint("deal_id", "contact_id", name="uq_deal_contacts_deal_id"),
    )
    op.create_index("ix_deal_contacts_contact_id", "deal_contacts", ["contact_id"])
    op.create_table(
        "touches",
        sa.Column(
            "kind",
            _enum("touch_kind", ["call", "email", "meeting", "video_call", "webinar", "other"]),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("deal_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("outcome", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name="fk_touches_deal_id_deals", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_touches_contact_id_contacts",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_touches"),
    )
    op.create_index("ix_touches_contact_id", "touches", ["contact_id"])
    op.create_index("ix_touches_deal_id_occurred_at", "touches", ["deal_id", "occurred_at"])


def downgrade() -> None:
    for table in ("touches", "deal_contacts", "deals", "contacts", "accounts"):
        op.drop_table(table)
