"""Debriefs: loss reasons, the debrief of a lost deal with its six answers, follow-up
cadences, and who referred a contact.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from salescoach.store.seeds import seed_loss_reasons

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def _answer(name: str) -> sa.Enum:
    return sa.Enum(
        "yes", "partly", "no", name=name, native_enum=False, create_constraint=True, length=20
    )


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("referred_by_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            "fk_contacts_referred_by_id_contacts",
            "contacts",
            ["referred_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_contacts_referred_by_id", ["referred_by_id"])

    op.create_table(
        "loss_reasons",
        sa.Column("code", sa.String(40), nullable=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("controllable", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        *_common(),
        sa.PrimaryKeyConstraint("id", name="pk_loss_reasons"),
        sa.UniqueConstraint("code", name="uq_loss_reasons_code"),
    )
    op.create_table(
        "debriefs",
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("lost_on", sa.Date(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        *[
            sa.Column(f"answer_{n}", _answer(f"debrief_answer_{n}"), nullable=True)
            for n in range(1, 7)
        ],
        *[sa.Column(f"note_{n}", sa.Text(), nullable=False) for n in range(1, 7)],
        sa.Column("reason_id", sa.Uuid(), nullable=True),
        sa.Column("controllable", sa.Boolean(), nullable=True),
        sa.Column("competitor", sa.String(200), nullable=False),
        sa.Column("prospect_said", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("next_action", sa.Text(), nullable=False),
        sa.Column("referral_asked", sa.Boolean(), nullable=False),
        sa.Column("referral_obtained", sa.Boolean(), nullable=False),
        sa.Column("referred_contact_id", sa.Uuid(), nullable=True),
        sa.Column("referrer_contact_id", sa.Uuid(), nullable=True),
        sa.Column("stay_in_touch", sa.Boolean(), nullable=False),
        sa.Column("cadence_months", sa.Integer(), nullable=True),
        *_common(),
        _fk("debriefs", "deal_id", "deals", "CASCADE"),
        _fk("debriefs", "reason_id", "loss_reasons", "RESTRICT"),
        _fk("debriefs", "referred_contact_id", "contacts", "SET NULL"),
        _fk("debriefs", "referrer_contact_id", "contacts", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_debriefs"),
        sa.UniqueConstraint("deal_id", name="uq_debriefs_deal_id"),
    )
    op.create_index("ix_debriefs_reason_id", "debriefs", ["reason_id"])
    op.create_index("ix_debriefs_lost_on", "debriefs", ["lost_on"])
    op.create_table(
        "follow_ups",
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("deal_id", sa.Uuid(), nullable=True),
        sa.Column("every", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(10), nullable=False),
        sa.Column("next_on", sa.Date(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_common(),
        _fk("follow_ups", "account_id", "accounts", "CASCADE"),
        _fk("follow_ups", "contact_id", "contacts", "CASCADE"),
        _fk("follow_ups", "deal_id", "deals", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_follow_ups"),
    )
    op.create_index("ix_follow_ups_account_id", "follow_ups", ["account_id"])
    op.create_index("ix_follow_ups_contact_id", "follow_ups", ["contact_id"])
    op.create_index("ix_follow_ups_next_on", "follow_ups", ["next_on"])
    seed_loss_reasons(op.get_bind())


def downgrade() -> None:
    op.drop_table("follow_ups")
    op.drop_table("debriefs")
    op.drop_table("loss_reasons")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_index("ix_contacts_referred_by_id")
        batch.drop_constraint("fk_contacts_referred_by_id_contacts", type_="foreignkey")
        batch.drop_column("referred_by_id")
