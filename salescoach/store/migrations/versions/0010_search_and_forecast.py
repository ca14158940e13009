"""Find anything: an FTS5 index per kind of record, kept in step by triggers and filled
from the rows already there; and each stage's chance for the weighted forecast.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from alembic import op

from salescoach.store.search_index import create_search_index
from salescoach.store.stage_probabilities import create_stage_probabilities

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    create_search_index(conn)
    create_stage_probabilities(conn)


def downgrade() -> None:
    from salescoach.store.search_index import SOURCES

    for table, _columns in SOURCES.values():
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER {table}_fts_{trigger}")
        op.execute(f"DROP TABLE {table}_fts")
    op.execute("DROP TABLE stage_probabilities")
