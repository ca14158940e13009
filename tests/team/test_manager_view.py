"""The manager's Team area against a real server: two reps who synced, a manager who
looks. The manager sees both reps' figures, a rep's role only their own, and no unshared
free text anywhere on screen or in the exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from salescoach.services import team as service
from salescoach.ui.team.manager_view import ManagerView
from tests.team.conftest import Team, local_db
from tests.team.test_sync import _laptop, _stats_json

SECRET = "ann-private-lesson"


@pytest.fixture
def synced(team: Team, tmp_path: Path) -> dict[str, Path]:
    ann = _laptop(tmp_path / "ann", 50, 21)
    bob = _laptop(tmp_path / "bob", 30, 22)
    with local_db(ann) as conn:
        conn.exec_driver_sql("UPDATE debriefs SET lessons = ?, prospect_said = ?", (SECRET, SECRET))
    for folder, role in ((ann, team.ann), (bob, team.bob)):
        service.join_team(folder, team.url(role))
        service.sync(folder)
    mia = tmp_path / "mia"
    service.join_team(mia, team.url(team.mia))
    return {"ann": ann, "bob": bob, "mia": mia}


def _open(qtbot, folder: Path) -> ManagerView:  # type: ignore[no-untyped-def]
    view = ManagerView(folder)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    return view


def _texts(view: QWidget) -> str:
    """Every text the view shows: labels, every table cell, the reps' list."""
    from PySide6.QtWidgets import QListWidget, QTableView

    parts = [label.text() for label in view.findChildren(QLabel)]
    for table in view.findChildren(QTableView):
        model = table.model()
        for r in range(model.rowCount()):
            parts += [str(model.index(r, c).data()) for c in range(model.columnCount())]
    for reps in view.findChildren(QListWidget):
        parts += [reps.item(i).text() for i in range(reps.count())]
    return "\n".join(parts)


def test_the_manager_sees_both_reps_and_the_team(qtbot, team: Team, synced) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, synced["mia"])
    assert not view.status.isVisible()
    assert view.chosen_reps() == sorted([team.ann, team.bob])
    rows = view.rows_shown()
    assert [view.model.index(i, 0).data() for i in range(len(rows))] == [
        "Team",
        *sorted([team.ann, team.bob]),
    ]
    by_name = {r.name: r for r in rows}
    for name, folder in ((team.ann, synced["ann"]), (team.bob, synced["bob"])):
        laptop = _stats_json(folder)
        assert by_name[name].won == laptop["deals"]["won"]  # type: ignore[index]
        assert by_name[name].numbers.touches == laptop["touches"]
    assert rows[0].won == by_name[team.ann].won + by_name[team.bob].won
    assert SECRET not in _texts(view)

    # Untick Bob: the team is Ann alone.
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reps.findItems(team.bob, _match())[0].setCheckState(_unchecked())
    assert [r.name for r in view.rows_shown()[1:]] == [team.ann]
    assert view.rows_shown()[0].won == by_name[team.ann].won

    # Another period is read again from the server: this year's months only.
    import datetime as dt

    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.period.setCurrentIndex(view.period.findData("this_year"))
    assert {p.start.year for p in view.rows_shown()[0].months} <= {dt.date.today().year}
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.period.setCurrentIndex(view.period.findData("all"))

    # Choosing Ann's line shows her chart and her weakest question.
    view.table.selectRow(1)
    assert view.heading.text() == team.ann
    assert view.weakest.text().startswith("Weakest debrief question")


def test_exports_hold_the_figures_and_nothing_private(
    qtbot, team: Team, synced, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, synced["mia"])
    out = view.export_csv(tmp_path / "team.csv")
    text = out.read_text(encoding="utf-8")
    assert SECRET not in text
    lines = list(csv.reader(text.splitlines()))
    reps = {line[0] for line in lines if line}
    assert {"Team", team.ann, team.bob} <= reps
    png = view.export_png(tmp_path / "team.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_rep_opening_it_sees_only_their_own(qtbot, team: Team, synced) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, synced["bob"])
    assert view.chosen_reps() == [team.bob]
    assert [r.name for r in view.rows_shown()[1:]] == [team.bob]
    assert "your own figures only" in view.status.text()
    assert team.ann not in _texts(view)


def test_a_folder_without_a_team_says_so_in_one_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, tmp_path / "nowhere")
    assert "not connected to a team" in view.status.text()
    assert view.model.rowCount() == 0


def test_salescoach_team_without_a_team_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from salescoach.cli.main import main

    assert main(["team", "--data-dir", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not connected to a team" in err[0]


def test_file_menu_opens_the_team_window(qtbot, team: Team, synced) -> None:  # type: ignore[no-untyped-def]
    from salescoach.ui.shell.menus import ACTIONS
    from salescoach.ui.team.manager_menu import TeamViewOpener
    from salescoach.ui.team.manager_window import ManagerWindow

    entry = next(a for a in ACTIONS if a.id == "team_view")
    assert (entry.menu, entry.target, entry.handler) == ("file", "team", "open")
    parent = QWidget()
    qtbot.addWidget(parent)
    opener = TeamViewOpener(parent, synced["mia"])
    window = opener.open()
    assert isinstance(window, ManagerWindow)
    qtbot.waitUntil(lambda: window.view.model.rowCount() == 3, timeout=20000)
    with qtbot.waitSignal(window.view.loaded, timeout=20000):
        assert opener.open() is window  # raised again (and read again), not a second one


def _match():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchExactly


def _unchecked():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.CheckState.Unchecked


def test_the_views_mnemonics_are_distinct(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton

    view = ManagerView(tmp_path)
    qtbot.addWidget(view)
    texts = [w.text() for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == 5 and len(set(letters)) == len(letters)
    assert all(
        label.buddy() is not None for label in view.findChildren(QLabel) if "&" in label.text()
    )
