"""SQLAlchemy models, the SQLite engine, migrations and queries. No Qt."""
