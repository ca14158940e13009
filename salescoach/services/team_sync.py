"""Syncing in the background: after changes (`request`) and every few minutes, on a
thread of its own, never blocking the caller. The window shows `status`; nothing here
knows about Qt (the window turns `on_status` calls into its own signals)."""

from __future__ import annotations

import datetime as dt
import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from salescoach.domain.messages import Message, UserError
from salescoach.services import team

INTERVAL_S = 300.0


class SyncState(enum.Enum):
    NEVER = "never"  # not synced since start
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"  # the server cannot be reached: changes wait on the laptop
    FAILED = "failed"  # reached, but refused (see `message`)


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    last_synced: dt.datetime | None = None  # UTC
    waiting: int = 0  # changes not yet on the server
    message: Message | None = None
    pulled: int = 0  # rows the last sync wrote here: what the window shows is stale


class BackgroundSync:
    """One sync at a time, on a daemon thread; `stop` waits for the one under way."""

    def __init__(
        self,
        data_dir: Path,
        interval_s: float = INTERVAL_S,
        on_status: Callable[[SyncStatus], None] | None = None,
    ) -> None:
        self._data_dir = data_dir
        self._interval = interval_s
        self._on_status = on_status
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._status = SyncStatus(SyncState.NEVER)

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="team-sync", daemon=True)
        self._thread.start()

    def request(self) -> None:
        """Sync soon (the rep changed something)."""
        self._wake.set()

    def cancel(self) -> None:
        """Reports stop, and no sync starts after the one under way; without waiting for
        it (safe from the sync's own thread)."""
        self._on_status = None
        self._stopping.set()
        self._wake.set()

    def stop(self, timeout_s: float = 30.0) -> None:
        """Reports stop at once; a sync under way may outlive `timeout_s` (cut anywhere, it
        loses nothing)."""
        self.cancel()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._sync_once()
            self._wake.wait(self._interval)
            self._wake.clear()

    def _sync_once(self) -> None:
        from salescoach.store.team.connection import ServerUnreachableError

        previous = self.status
        self._set(SyncStatus(SyncState.SYNCING, previous.last_synced, previous.waiting))
        try:
            report = team.sync(self._data_dir)
        except ServerUnreachableError as e:
            waiting = self._waiting(previous.waiting)
            self._set(SyncStatus(SyncState.OFFLINE, previous.last_synced, waiting, e.message))
        except UserError as e:
            waiting = self._waiting(previous.waiting)
            self._set(SyncStatus(SyncState.FAILED, previous.last_synced, waiting, e.message))
        else:
            now = dt.datetime.now(dt.UTC)
            self._set(SyncStatus(SyncState.SYNCED, now, report.waiting, pulled=report.pulled))

    def _waiting(self, fallback: int) -> int:
        try:
            return team.waiting_changes(self._data_dir)
        except UserError:
            return fallback

    def _set(self, status: SyncStatus) -> None:
        with self._lock:
            self._status = status
        report = self._on_status  # `stop` may clear it meanwhile
        if report is not None:
            report(status)
