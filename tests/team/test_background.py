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
