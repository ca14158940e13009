"""Opening a data folder: the cheap check done before the window shows, then the store.

SQLAlchemy is imported only by `open_workspace`, so the window can appear first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from salescoach.domain.messages import UpgradeFailedError, UserError
from salescoach.services.datadir import database_path, ensure_data_dir, refuse_a_file
from salescoach.store.probe import probe

if TYPE_CHECKING:
    from salescoach.services.debriefs import DebriefService
    from salescoach.services.demo import DemoResult
    from salescoach.services.followups import FollowUpService
    from salescoach.services.history import HistoryService
    from salescoach.services.numbers import NumbersService
    from salescoach.services.pipeline import PipelineService
    from salescoach.services.progress import ProgressService
    from salescoach.services.review import ReviewService
    from salescoach.services.search import ForecastService, SearchService
    from salescoach.services.writing import WritingService
    from salescoach.store.database import Store


def check_data_dir(data_dir: Path) -> Path:
    """Create the data folder if needed and refuse a database we must not open.

    Raises `UserError` (corrupt file, newer schema, unusable folder) without touching
    anything; returns the database path.
    """
    data_dir = ensure_data_dir(data_dir)
    db = database_path(data_dir)
    probe(db)
    return db


def copy_that_upgrades(db: Path, revision: str) -> Path | None:
    """The newest copy taken before upgrading `db` from `revision` that upgrades cleanly
    (tried on a scratch copy). An earlier version, killed during an upgrade, left the file
    half-upgraded and took a copy at each start: only the first of those can be used."""
    import shutil
    import tempfile

    from salescoach.store.database import open_store, upgrade_copies

    for copy in upgrade_copies(db, revision):
        with tempfile.TemporaryDirectory(prefix="salescoach-try-") as scratch:
            trial = Path(scratch) / db.name
            try:
                shutil.copyfile(copy, trial)
                open_store(trial).close()
            except (UserError, OSError):
                continue
            return copy
    return None


def schema_revision(data_dir: Path) -> str | None:
    """The schema revision of the folder's database; None when it has none yet.

    Raises `UserError` for a file we must not open, touching nothing.
    """
    return probe(database_path(refuse_a_file(data_dir))).revision


@dataclass
class Workspace:
    """The open store and the services over it."""

    data_dir: Path
    store: Store
    pipeline: PipelineService
    debriefs: DebriefService
    followups: FollowUpService
    progress: ProgressService

    def close(self) -> None:
        self.store.close()

    @cached_property
    def numbers(self) -> NumbersService:
        """Per-touch value, touches per win, the lead planner's history (made on first use)."""
        from salescoach.services.numbers import NumbersService

        return NumbersService(self.store)

    @cached_property
    def review(self) -> ReviewService:
        """The weekly review and the energy check-ins (made on first use)."""
        from salescoach.services.review import ReviewService

        return ReviewService(self.store, self.numbers)

    @cached_property
    def writing(self) -> WritingService:
        """The writing coach's recipients, drafts and logged emails (made on first use)."""
        from salescoach.services.writing import WritingService

        return WritingService(self.store, self.pipeline)

    @cached_property
    def search(self) -> SearchService:
        """Find anything: the full-text index over every kind of record."""
        from salescoach.services.search import SearchService

        return SearchService(self.store)

    @cached_property
    def forecast(self) -> ForecastService:
        """The open pipeline's value and each stage's chance."""
        from salescoach.services.search import ForecastService

        return ForecastService(self.store)

    @cached_property
    def history(self) -> HistoryService:
        """Copies of rows before and after an action, for Edit › Undo and Redo."""
        from salescoach.services.history import HistoryService

        return HistoryService(self.store)

    def load_demo(
        self, deals: int = 600, seed: int = 1, progress: Callable[[int, int], None] | None = None
    ) -> DemoResult:
        """Fill this (empty) workspace with the demo history."""
        from salescoach.services.demo import generate_demo

        return generate_demo(self.store, deals=deals, seed=seed, progress=progress)


def open_workspace(data_dir: Path, read_only: bool = False) -> Workspace:
    """Open (creating or migrating) the database of `data_dir`.

    `read_only`: open an existing, up-to-date database for reading, creating nothing (not
    even the folder) and migrating nothing; otherwise a `UserError` says what to do.
    """
    from salescoach.services.debriefs import DebriefService
    from salescoach.services.followups import FollowUpService
    from salescoach.services.pipeline import PipelineService
    from salescoach.services.progress import ProgressService
    from salescoach.store.database import open_store, open_store_read_only

    if read_only:
        db = database_path(refuse_a_file(data_dir))
        store = open_store_read_only(db)
    else:
        db = check_data_dir(data_dir)
        try:
            store = open_store(db)
        except UpgradeFailedError as failed:
            failed.usable_copy = copy_that_upgrades(db, failed.revision)
            raise
    return Workspace(
        db.parent,
        store,
        PipelineService(store),
        DebriefService(store),
        FollowUpService(store),
        ProgressService(store),
    )
