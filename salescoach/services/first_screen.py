"""The deals' first screen read before the store is open (see `store.first_screen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salescoach.services.datadir import database_path

if TYPE_CHECKING:
    from pathlib import Path

    from salescoach.domain.rows import DealRow


def newest_deal_rows(data_dir: Path, limit: int) -> tuple[list[DealRow], int] | None:
    """The `limit` newest deals of the folder's database and how many it holds, read with
    sqlite3 alone (no SQLAlchemy: milliseconds rather than half a second to import); None
    when the database needs the normal opening first (missing, older, damaged)."""
    from salescoach.store.first_screen import newest_deal_rows as read

    return read(database_path(data_dir), limit)
