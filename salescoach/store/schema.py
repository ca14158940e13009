"""Schema revisions this version of salescoach knows, oldest first.

Kept here so start-up can tell "up to date", "older" and "newer than the app" without
importing Alembic; a test checks it against the migration scripts.
"""

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
)
HEAD = REVISIONS[-1]
