"""Long-term progress: yearly goals, the "sales call of the month", and an index covering
the chart's totals per period.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table(
        "goals",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("metric", _enum("goal_metric", "revenue", "commission"), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column(
            "target_period",
            _enum("goal_target_period", "month", "quarter", "year"),
            nullable=True,
        ),
        sa.Column("target_cents", sa.Integer(), nullable=True),
        *_common(),
        sa.PrimaryKeyConstraint("id", name="pk_goals"),
        sa.UniqueConstraint("year", name="uq_goals_year"),
    )
    op.create_table(
        "call_nominations",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("touch_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(
            ["touch_id"],
            ["touches.id"],
            name="fk_call_nominations_touch_id_touches",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_call_nominations"),
        sa.UniqueConstraint("month", name="uq_call_nominations_month"),
    )
    op.create_index("ix_call_nominations_touch_id", "call_nominations", ["touch_id"])
    op.create_index(
        "ix_deals_closed_on_totals",
        "deals",
        ["closed_on", "status", "currency", "amount_cents", "commission_cents"],
    )


def downgrade() -> None:
    op.drop_index("ix_deals_closed_on_totals", "deals")
    op.drop_table("call_nominations")
    op.drop_table("goals")
