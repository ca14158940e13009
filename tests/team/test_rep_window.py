"""The rep's team mode in the window, against a real server: joining through Settings ›
Team, the status bar ("synced…", "offline"), the keyring, the conflicts window, leaving."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from salescoach.domain.deals import AccountDraft
from salescoach.services import team as service
from salescoach.services.workspace import open_workspace
from salescoach.ui.shell.main_window import MainWindow
from tests.conftest import click_button, on_next_modal
from tests.team.conftest import Team, kept_password
from tests.team.test_conflicts import _retitle, _two_laptops


@pytest.fixture
def open_window(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(folder: Path) -> MainWindow:
        open_workspace(folder).close()
        w = MainWindow(folder)
        qtbot.addWidget(w)
        w.show()
        with qtbot.waitSignal(w.ready, timeout=10_000):
            w.open_workspace()
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()


def _status(w: MainWindow) -> QLabel:
    return w.rep_team.sync.label


def _socket_url(team: Team) -> str:
    return f"postgresql:///{team.db}?host={team.pg.socket_dir}"


def _join(qtbot, w: MainWindow, server: str, rep: str, password: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Fill in Settings › Team and join; what the dialog then said."""
    said: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        said.append(dialog.findChild(QLabel, "keyringNote").text())
        dialog.server.setText(server)
        dialog.rep.setText(rep)
        dialog.password.setText(password)
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
        said.append(dialog.connection.text())
        assert dialog.password.text() == ""  # typed once, not kept in the window
        note = dialog.findChild(QLabel, "passwordNote")
        said.append(note.text() if note.isVisibleTo(dialog) else "")

    on_next_modal(fill, timeout_ms=30_000)
    w.team_settings_action.trigger()
    return said


def _on_server(team: Team, role: str, name: str) -> bool:
    with team.connect(role) as conn:
        rows = conn.execute("SELECT data->>'name' FROM team.rows WHERE tbl = 'accounts'")
        return (name,) in rows.fetchall()


def test_join_from_settings_then_synced_then_offline_while_the_window_works(
    qtbot, team: Team, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "laptop"
    w = open_window(folder)
    assert not _status(w).isVisible()  # outside a team: nothing said

    said = _join(qtbot, w, _socket_url(team), team.ann, team.password[team.ann])
    assert said[0].startswith("Typed once, then kept in the system keyring.")
    assert said[1] == f"Connected to {team.ann}@{team.pg.socket_dir}/{team.db} as {team.ann}."
    qtbot.waitUntil(lambda: _status(w).text() == "synced just now", timeout=20_000)
    assert _status(w).isVisible()

    # The password: in the keyring only; nowhere in the data folder (settings, logs).
    assert kept_password(team.url(team.ann)) == team.password[team.ann]
    for path in folder.rglob("*"):
        if path.is_file():
            assert team.password[team.ann].encode() not in path.read_bytes(), path

    # A change made in the window goes up a few seconds later, by itself.
    w.workspace.pipeline.save_account(AccountDraft(name="Boulangerie Martin"))
    w.events.accounts_changed.emit()
    qtbot.waitUntil(lambda: _on_server(team, team.ann, "Boulangerie Martin"), timeout=20_000)
    qtbot.waitUntil(lambda: _status(w).text() == "synced just now", timeout=20_000)

    team.pg.stop()
    try:
        w.workspace.pipeline.save_account(AccountDraft(name="Fromagerie Dubois"))
        w.events.accounts_changed.emit()
        qtbot.waitUntil(lambda: _status(w).text().startswith("offline"), timeout=20_000)
        assert _status(w).text() == "offline, 1 change waiting"
        assert "Cannot reach the team server" in _status(w).toolTip()
        # The window keeps working: another area, and the Team settings say why.
        w.show_area("progress")
        assert w.stack.currentWidget() is w.progress_area
        seen: list[str] = []
        on_next_modal(lambda d: seen.append(d.findChild(QLabel, "teamLastSync").text()))
        w.team_settings_action.trigger()
        assert seen[0].startswith("offline, 1 change waiting; last sync ")
        assert "Cannot reach the team server" in seen[0]
    finally:
        team.pg.resume()
    # Back online: "Sync now" sends what waited.
    on_next_modal(lambda d: click_button(d, "syncNow"))
    w.team_settings_action.trigger()
    qtbot.waitUntil(lambda: _on_server(team, team.ann, "Fromagerie Dubois"), timeout=20_000)
    qtbot.waitUntil(lambda: _status(w).text() == "synced just now", timeout=20_000)


def test_without_a_keyring_the_page_says_so_and_pgpass_keeps_the_password(
    qtbot, team: Team, tmp_path: Path, open_window, isolated_home: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    w = open_window(tmp_path / "laptop")
    said = _join(qtbot, w, _socket_url(team), team.bob, team.password[team.bob])
    assert said[0].startswith("No system keyring on this computer: the password will be kept")
    assert said[2] == "No usable system keyring: the password is kept in ~/.pgpass."
    assert team.password[team.bob] in (isolated_home / ".pgpass").read_text()
    qtbot.waitUntil(lambda: _status(w).text() == "synced just now", timeout=20_000)


def test_a_wrong_password_is_said_in_the_page_and_nothing_is_joined(
    qtbot, team: Team, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "laptop"
    w = open_window(folder)
    said: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.server.setText(_socket_url(team))
        dialog.rep.setText(team.ann)
        dialog.password.setText("not-the-secret")
        dialog.join_button.click()
        error = dialog.join_error
        qtbot.waitUntil(lambda: error.isVisibleTo(dialog), timeout=20_000)
        said.append(error.text())

    on_next_modal(fill, timeout_ms=30_000)
    w.team_settings_action.trigger()
    assert said[0].startswith(f"The team server refused the password for {team.ann}")
    assert "not-the-secret" not in said[0]
    assert not (folder / "team.json").exists() and not _status(w).isVisible()


def test_the_conflicts_window_lists_the_overwritten_version(
    qtbot, team: Team, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    desk, laptop, (deal,) = _two_laptops(team, tmp_path, 1)
    _retitle(desk, deal, "Renewal, desk's title")
    _retitle(laptop, deal, "Renewal, laptop's title")
    for folder in (desk, laptop, desk):
        service.sync(folder)
    w = open_window(desk)
    rows: list[list[str]] = []

    def read(dialog) -> None:  # type: ignore[no-untyped-def]
        table = dialog.findChild(QTableWidget, "conflictsTable")
        qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10_000)
        rows.append([table.item(0, c).text() for c in range(4)])

    on_next_modal(read)
    w.team_conflicts_action.trigger()
    assert rows[0][1:3] == ["Deal", "Renewal, desk's title"]
    assert json.loads(rows[0][3])["title"] == "Renewal, desk's title"


def test_leaving_the_team_forgets_the_password_and_the_status(
    qtbot, team: Team, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "laptop"
    w = open_window(folder)
    _join(qtbot, w, _socket_url(team), team.ann, team.password[team.ann])
    qtbot.waitUntil(lambda: _status(w).text() == "synced just now", timeout=20_000)

    def leave(dialog) -> None:  # type: ignore[no-untyped-def]
        on_next_modal(lambda box: click_button(box, "confirmButton"))
        click_button(dialog, "leaveTeam")
        assert dialog.pages.currentIndex() == 0  # the joining page again

    on_next_modal(leave)
    w.team_settings_action.trigger()
    assert not (folder / "team.json").exists()
    assert kept_password(team.url(team.ann)) is None
    assert not _status(w).isVisible()
    assert service.joined(folder) is None


def test_a_server_that_does_not_answer_never_freezes_the_window(
    qtbot, team: Team, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    """A host that takes the connection and never answers: the sync waits on its own
    thread until libpq gives up, and the window's event loop keeps turning meanwhile."""
    import socket
    import time

    from PySide6.QtCore import QTimer

    folder = tmp_path / "laptop"
    service.join_team(folder, team.url(team.ann))
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepted by the kernel, never answered
    try:
        config = json.loads((folder / "team.json").read_text())
        config["connection"].update(
            host="127.0.0.1", port=str(silent.getsockname()[1]), connect_timeout="3"
        )
        (folder / "team.json").write_text(json.dumps(config))
        w = open_window(folder)
        ticks: list[float] = []
        timer = QTimer(w, interval=20)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        w.rep_team.sync.start()
        qtbot.waitUntil(lambda: _status(w).text() == "syncing…", timeout=5_000)
        qtbot.waitUntil(lambda: _status(w).text().startswith("offline"), timeout=20_000)
        timer.stop()
        gaps = [b - a for a, b in pairwise(ticks)]
        assert len(ticks) > 50 and max(gaps) < 0.5, max(gaps)
    finally:
        silent.close()


def test_a_deal_from_the_reps_other_computer_appears_in_the_pipeline(
    qtbot, team: Team, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    from tests.team.test_conflicts import _new_deal

    desk, laptop, _ids = _two_laptops(team, tmp_path, 1)
    w = open_window(desk)
    qtbot.waitUntil(lambda: _status(w).text() == "synced just now", timeout=20_000)
    assert w.pipeline.table.model().rowCount() == 1
    _new_deal(laptop, "Written on the laptop")
    service.sync(laptop)
    w.rep_team.sync.sync_now()
    qtbot.waitUntil(lambda: w.pipeline.table.model().rowCount() == 2, timeout=20_000)
    model = w.pipeline.table.model()
    titles = {model.index(r, c).data() for r in range(2) for c in range(model.columnCount())}
    assert "Written on the laptop" in titles


def test_debrief_text_stays_private_unless_the_rep_ticks_it(
    qtbot, team: Team, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "laptop"
    w = open_window(folder)
    _join(qtbot, w, _socket_url(team), team.ann, team.password[team.ann])
    config = service.load_config(folder)
    assert config is not None and not config.share_debrief_text  # the default

    def tick(dialog) -> None:  # type: ignore[no-untyped-def]
        assert not dialog.share.isChecked()
        dialog.share.click()

    on_next_modal(tick)
    w.team_settings_action.trigger()
    assert service.load_config(folder).share_debrief_text
