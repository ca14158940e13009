"""Alembic environment of the team schema: its own version table, inside the schema."""

from alembic import context

from salescoach.store.team.schema import SCHEMA, VERSION_TABLE

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=None,
    version_table=VERSION_TABLE,
    version_table_schema=SCHEMA,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
