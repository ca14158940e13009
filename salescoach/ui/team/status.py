"""The rep's team sync in the window: the background sync and its word in the status bar
("synced 2 min ago", "3 changes waiting", "offline"; nothing outside a team).

The sync runs on a thread of its own (`services.team_sync.BackgroundSync`): a slow or
unreachable server never blocks the window. Its reports reach the GUI thread through a
queued signal. Changes made in the window ask for a sync a few seconds later (debounced:
a burst of edits is one sync); the sync also runs every few minutes, which is when an
offline laptop tries again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from salescoach.ui.common.events import Events
from salescoach.ui.common.i18n import tr_message

if TYPE_CHECKING:  # the window is built before the database layer is imported
    from salescoach.services.team_sync import BackgroundSync, SyncStatus

DEBOUNCE_MS = 3000  # a burst of edits (a deal, its touch, its follow-up) syncs once
START_DELAY_MS = 3000  # after the window's own start-up reads, not during them
REFRESH_MS = 30_000  # "synced 2 min ago" kept true


class TeamSync(QObject):
    """Owns the background sync of the open data folder and the status bar's label."""

    status_changed = Signal(object)  # SyncStatus, on the GUI thread
    _arrived = Signal(object)  # SyncStatus, from the sync's thread (queued)

    def __init__(
        self,
        data_dir: Path,
        events: Events,
        bar: QStatusBar,
        parent: QWidget,
        interval_s: float | None = None,  # None: the service's (every few minutes)
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.events = events
        self.interval_s = interval_s
        self.status: SyncStatus | None = None
        self._sync: BackgroundSync | None = None
        self._applying = False
        self.label = QLabel()
        self.label.setObjectName("teamStatus")
        self.label.setVisible(False)
        bar.addPermanentWidget(self.label)
        self._arrived.connect(self._show_status)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sync_now)
        self._refresh = QTimer(self, interval=REFRESH_MS)
        self._refresh.timeout.connect(self._show)
        for signal in (events.deals_changed, events.followups_changed, events.accounts_changed,
                       events.debriefs_changed, events.undoable):  # fmt: skip
            signal.connect(self._changed_here)

    # the sync ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._sync is not None

    def start_later(self, delay_ms: int = START_DELAY_MS) -> None:
        """The data folder is open: sync it if it has joined a team (a moment later)."""
        QTimer.singleShot(delay_ms, self, self.start)

    def start(self) -> None:
        """Start syncing (again: after joining, or a restore) if this folder is a rep's
        in a team; show nothing otherwise."""
        from salescoach.services import team
        from salescoach.services.team_sync import BackgroundSync

        self.stop()
        config = team.joined(self.data_dir)
        if config is None or config.manager or config.admin:
            self._show()
            return
        every = {} if self.interval_s is None else {"interval_s": self.interval_s}
        arrived = self._arrived

        def report(status: SyncStatus) -> None:
            try:
                arrived.emit(status)
            except RuntimeError:  # deleted with its window, never stopped: nobody to tell
                sync.cancel()

        sync = self._sync = BackgroundSync(self.data_dir, on_status=report, **every)
        sync.start()
        self._refresh.start()

    def stop(self, wait_s: float = 2.0) -> None:
        """Stop syncing (the folder closes, the rep left the team), waiting up to `wait_s`
        for a sync under way. One still running then finishes on its own thread: it no
        longer reports here, and a sync cut anywhere loses nothing."""
        sync, self._sync = self._sync, None
        self._debounce.stop()
        self._refresh.stop()
        self.status = None
        if sync is not None:
            sync.stop(timeout_s=wait_s)
        self._show()

    def sync_now(self) -> None:
        if self._sync is not None:
            self._sync.request()

    def _changed_here(self, *_args: object) -> None:
        if self._sync is not None and not self._applying:
            self._debounce.start()

    def _show_status(self, status: SyncStatus) -> None:
        from salescoach.services.team_sync import SyncState

        if self._sync is None:
            return  # a report from a sync stopped meanwhile
        self.status = status
        self._show()
        self.status_changed.emit(status)
        if status.state is SyncState.SYNCED and status.pulled:
            self._reload_areas()

    def _reload_areas(self) -> None:
        """Rows came from the team or the rep's other computer: the areas read again
        (without asking for another sync)."""
        self._applying = True
        try:
            self.events.accounts_changed.emit()  # the Pipeline reads its deals again
            self.events.debriefs_changed.emit(None)  # and so the deals, the follow-ups
        finally:
            self._applying = False

    # the words -----------------------------------------------------------------------------
    def text(self) -> str:
        """The status bar's words ("" outside a team)."""
        status = self.status
        if self._sync is None:
            return ""
        from salescoach.services.team_sync import SyncState

        if status is None or status.state in (SyncState.NEVER, SyncState.SYNCING):
            if status is not None and status.last_synced is not None:
                return self.tr("syncing… (synced {ago})").format(ago=self._ago(status))
            return self.tr("syncing…")
        if status.state is SyncState.OFFLINE:
            if status.waiting:
                return self.tr("offline, %n change(s) waiting", "", status.waiting)
            return self.tr("offline")
        if status.state is SyncState.FAILED:
            return self.tr("team sync failed")
        if status.waiting:
            return self.tr("%n change(s) waiting", "", status.waiting)
        return self.tr("synced {ago}").format(ago=self._ago(status))

    def _ago(self, status: SyncStatus) -> str:
        assert status.last_synced is not None
        minutes = int((dt.datetime.now(dt.UTC) - status.last_synced).total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        return self.tr("%n h ago", "", minutes // 60)

    def _show(self) -> None:
        text = self.text()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        status = self.status
        tip = ""
        if status is not None and status.message is not None:
            tip = tr_message(status.message)  # why: offline, or what the server refused
        self.label.setToolTip(tip)
