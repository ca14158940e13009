"""Re-importing updates, a commission plan, the rep's main currency: what each imported
deal's CRM said at the last import (and which imported deals the rep deleted), a log of
imports, the commission rates, and the rep's preferences. New tables only: no rebuild.

Deals imported from a file without ids had a digest of their whole row as key, which a
spreadsheet re-save or any change of the row made new: they get the key of the columns
that say which deal it is (title, account, creation date), as imports now make it.
The deals imported before this revision get their record from what they hold now (the
reason as "not known", the activity count as their imported touches), so that the next
import of the same export updates them instead of adding them again.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

import datetime as dt
import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _common(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
    ]


def upgrade() -> None:
    op.create_table(
        "imported_deals",
        sa.Column("external_id", sa.String(100), nullable=False),
        sa.Column("deal_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("lost_reason", sa.Text(), nullable=True),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.Column("row_digest", sa.String(64), nullable=True),
        *_common("imported_deals"),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name="fk_imported_deals_deal_id_deals", ondelete="SET NULL"
        ),
        sa.UniqueConstraint("external_id", name="uq_imported_deals_external_id"),
    )
    op.create_index("ix_imported_deals_deal_id", "imported_deals", ["deal_id"])
    op.create_table(
        "imports",
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("debriefs", sa.Integer(), nullable=False),
        *_common("imports"),
    )
    op.create_table(
        "commission_rates",
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("rate_bp", sa.Integer(), nullable=False),
        sa.Column("above_goal_bp", sa.Integer(), nullable=True),
        *_common("commission_rates"),
        sa.UniqueConstraint("starts_on", name="uq_commission_rates_starts_on"),
    )
    op.create_table(
        "preferences",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        *_common("preferences"),
        sa.UniqueConstraint("key", name="uq_preferences_key"),
    )
    _rekey(op.get_bind())
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    # Imported touches are written as kind "other", no note, the activity column as outcome.
    op.get_bind().exec_driver_sql(
        "INSERT INTO imported_deals (id, external_id, deal_id, status, stage, amount_cents, "
        "currency, closed_on, lost_reason, activities, row_digest, created_at, updated_at) "
        "SELECT lower(hex(randomblob(16))), d.external_id, d.id, d.status, d.stage, "
        "d.amount_cents, d.currency, d.closed_on, NULL, "
        "(SELECT count(*) FROM touches t WHERE t.deal_id = d.id AND t.kind = 'other' "
        "AND t.note = '' AND t.outcome != ''), NULL, ?, ? "
        "FROM deals d WHERE d.external_id IS NOT NULL",
        (now, now),
    )


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _rekey(conn: sa.Connection) -> None:
    """`source:#digest of the row` -> `source:#digest of title, account, created` (kept
    here as it was written in 0011: a later change of the import's key is its own step)."""
    rows = conn.exec_driver_sql(
        "SELECT d.id, d.external_id, d.title, coalesce(a.name, ''), d.created_on FROM deals d "
        "LEFT JOIN accounts a ON a.id = d.account_id WHERE d.external_id LIKE '%:#%'"
    ).fetchall()
    taken = {
        r[0] for r in conn.exec_driver_sql("SELECT external_id FROM deals WHERE external_id "
                                           "IS NOT NULL AND external_id NOT LIKE '%:#%'")
    }  # fmt: skip
    updates = []
    for deal_id, old, title, account, created in rows:
        source = old.split(":#", 1)[0]
        text = "\x1f".join((_fold(title), _fold(account), str(created)))
        key = f"{source}:#{hashlib.sha256(text.encode()).hexdigest()[:32]}"
        n = 1
        while (candidate := key if n == 1 else f"{key}-{n}") in taken:
            n += 1  # the same deal twice in one file: two deals, as the import keeps them
        taken.add(candidate)
        updates.append((candidate, deal_id))
    if updates:
        conn.exec_driver_sql("UPDATE deals SET external_id = ? WHERE id = ?", updates)


def downgrade() -> None:
    op.drop_table("preferences")
    op.drop_table("commission_rates")
    op.drop_table("imports")
    op.drop_index("ix_imported_deals_deal_id", "imported_deals")
    op.drop_table("imported_deals")
