"""Every row of every table of a data folder's database, read with sqlite3 itself: what
tests compare before an action and after undoing it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from salescoach.services.datadir import database_path


def db_rows(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each table's rows, sorted (SQLite's own tables and FTS shadows left out)."""
    db = sqlite3.connect(database_path(data_dir))
    try:
        names = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE '%VIRTUAL TABLE%' AND name NOT LIKE '%fts%'"
                " AND name != 'alembic_version'"
            )
        ]
        assert names, "no tables read"
        return {n: sorted(db.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
    finally:
        db.close()
