"""The background sync the window runs: after a change, and offline when the server is."""

from __future__ import annotations

import json
import time
from pathlib import Path

from salescoach.domain.deals import AccountDraft
from salescoach.services import team as service
from salescoach.services.team_sync import BackgroundSync, SyncState, SyncStatus
from salescoach.services.workspace import open_workspace
from tests.team.conftest import Team


def _wait(sync: BackgroundSync, done: object) -> SyncStatus:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        status = sync.status
        if callable(done) and done(status):
            return status
        time.sleep(0.05)
    raise AssertionError(f"still {sync.status}")


def test_a_change_is_synced_in_the_background_and_offline_is_said(
    team: Team, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop"
    service.join_team(laptop, team.url(team.ann))
    seen: list[SyncState] = []
    sync = BackgroundSync(laptop, interval_s=60, on_status=lambda s: seen.append(s.state))
    sync.start()
    try:
        first = _wait(sync, lambda s: s.state is SyncState.SYNCED)
        ws = open_workspace(laptop)
        try:
            ws.pipeline.save_account(AccountDraft(name="Boulangerie Martin"))
        finally:
            ws.close()
        sync.request()
        _wait(sync, lambda s: s.state is SyncState.SYNCED and s.last_synced != first.last_synced)
        with team.connect(team.ann) as conn:
            names = conn.execute("SELECT data->>'name' FROM team.rows WHERE tbl = 'accounts'")
            assert ("Boulangerie Martin",) in names.fetchall()

        # The server goes away: the laptop keeps its change and says "offline".
        config = json.loads((laptop / "team.json").read_text())
        config["connection"]["host"] = str(tmp_path / "no-server-here")
        (laptop / "team.json").write_text(json.dumps(config))
        ws = open_workspace(laptop)
        try:
            ws.pipeline.save_account(AccountDraft(name="Fromagerie Dubois"))
        finally:
            ws.close()
        sync.request()
        offline = _wait(sync, lambda s: s.state is SyncState.OFFLINE)
        assert offline.message is not None and "Cannot reach" in offline.message.english()
        assert offline.last_synced is not None and offline.waiting == 1
    finally:
        sync.stop()
    assert SyncState.SYNCING in seen


def test_a_sync_whose_window_is_gone_ends_on_its_own(team: Team, tmp_path: Path) -> None:
    """The window was deleted without stopping it: its first report cannot be delivered,
    and the sync cancels itself from its own thread instead of raising there for good."""
    laptop = tmp_path / "laptop"
    service.join_team(laptop, team.url(team.ann))
    reports: list[SyncState] = []

    def report(status: SyncStatus) -> None:
        reports.append(status.state)
        sync.cancel()  # what the window's side does when its signal is gone

    sync = BackgroundSync(laptop, interval_s=0.05, on_status=report)
    sync.start()
    deadline = time.monotonic() + 20
    while sync._thread is not None and sync._thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sync._thread is not None and not sync._thread.is_alive()
    assert reports == [SyncState.SYNCING]  # nothing reported after the cancel
    sync.stop(timeout_s=5)
