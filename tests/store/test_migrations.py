"""Upgrading keeps every row: databases built at every past revision, filled with every kind
of row, upgraded and compared row by row; upgrades and first starts killed at random
moments leave the old schema or the new one, never a mix; a failed upgrade is undone."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salescoach.domain.messages import UpgradeFailedError
from salescoach.services.workspace import open_workspace
from salescoach.store.database import run_migrations, schema_engine, upgrade_copies
from salescoach.store.schema import HEAD, REVISIONS
from tests.conftest import fill_demo

OLD_REVISIONS = REVISIONS[:-1]
Rows = dict[str, list[tuple[object, ...]]]


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A current database holding every kind of row: the demo, plus what it leaves empty."""
    folder = fill_demo(tmp_path_factory.mktemp("history"), deals=150)
    db = folder / "salescoach.sqlite"
    with sqlite3.connect(db) as conn:
        contact = conn.execute("SELECT id FROM contacts ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO referral_thanks (id, contact_id, given_on, what, created_at, "
            "updated_at) VALUES ('0000000000000000000000000000beef', ?, '2025-03-01', "
            "'Déjeuner « merci »', '2025-03-01 12:00:00', '2025-03-01 12:00:00')",
            (contact,),
        )
        conn.execute("UPDATE deals SET external_id = 'pipedrive:' || id WHERE rowid % 7 = 0")
        stamp = "'2026-11-30 12:00:00.000000', '2026-11-30 12:00:00.000000'"
        conn.execute(
            "INSERT INTO imported_deals (id, external_id, deal_id, status, stage, amount_cents, "
            "currency, closed_on, lost_reason, activities, row_digest, created_at, updated_at) "
            "SELECT lower(hex(randomblob(16))), external_id, id, status, stage, amount_cents, "
            f"currency, closed_on, 'Trop cher', 3, 'ab12', {stamp} FROM deals "
            "WHERE external_id IS NOT NULL"
        )
        conn.execute(
            "INSERT INTO imported_deals (id, external_id, deal_id, status, stage, amount_cents, "
            "currency, closed_on, lost_reason, activities, row_digest, created_at, updated_at) "
            f"VALUES ('0000000000000000000000000000dead', 'hubspot:gone', NULL, 'lost', 'lead', "
            f"0, 'EUR', '2025-01-02', NULL, 0, NULL, {stamp})"
        )
        conn.execute(
            "INSERT INTO imports (id, source, added, updated, unchanged, debriefs, created_at, "
            f"updated_at) VALUES ('00000000000000000000000000000001', 'deals.csv', 5, 2, 1, 1, "
            f"{stamp})"
        )
        conn.execute(
            "INSERT INTO commission_rates (id, starts_on, rate_bp, above_goal_bp, created_at, "
            f"updated_at) VALUES ('00000000000000000000000000000002', '2024-01-01', 800, 1200, "
            f"{stamp})"
        )
        conn.execute(
            "INSERT INTO preferences (id, key, value, created_at, updated_at) VALUES "
            f"('00000000000000000000000000000003', 'main_currency', 'USD', {stamp})"
        )
        # Team sync's record (0008): a joined laptop with a change waiting, a conflict kept.
        conn.execute("INSERT INTO sync_state VALUES ('joined', '1'), ('node', 'n1')")
        conn.execute(
            "INSERT INTO sync_changes (table_name, row_id, changed_at, deleted) "
            "SELECT 'deals', id, '2026-11-30 10:00:00.000', 0 FROM deals WHERE rowid % 50 = 0"
        )
        conn.execute(
            "INSERT INTO sync_rows SELECT 'contacts', id, '0001764500000000.000000.n1' "
            "FROM contacts LIMIT 5"
        )
        conn.execute(
            "INSERT INTO sync_conflicts VALUES ('deals', '00ff', '0001764500000000.000001.n2', "
            '0, \'{"title": "Ancien titre"}\')'
        )
        conn.execute(
            "INSERT INTO team_lists VALUES ('stage_probabilities', '00aa', "
            '\'0001764500000000.000000.n0\', \'{"stage": "proposal", "probability": 40}\')'
        )
        conn.execute(
            "INSERT INTO reviews (id, week, energy, word, focus, focus_kind, focus_kept, "
            "done_on, created_at, updated_at) VALUES ('0000000000000000000000000000cafe', "
            "'2025-03-03', 3, 'fatigué', 'Appeler 10 prospects', 'own', 1, '2025-03-07', "
            "'2025-03-07 17:00:00', '2025-03-07 17:00:00')"
        )
        deal = conn.execute("SELECT id FROM deals ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO email_drafts (id, key, moment, language, deal_id, contact_id, "
            "subject, body, created_at, updated_at) VALUES ('0000000000000000000000000000d0c5', "
            "'referral:x:y', 'referral', 'fr', ?, ?, 'Une recommandation ?', 'Bonjour', "
            "'2025-03-07 17:00:00', '2025-03-07 17:00:00')",
            (deal, contact),
        )
        empty = [
            table
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 0
        ]
        assert empty == []  # every table has rows to lose
        referred = conn.execute("SELECT count(*) FROM contacts WHERE referred_by_id IS NOT NULL")
        assert referred.fetchone()[0] > 0
    conn.close()
    return db


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version' "
            "ORDER BY name"
        )
    ]


def _build_at(revision: str, folder: Path, history: Path) -> Path:
    """A database at `revision` holding the history's rows (the columns that existed)."""
    folder.mkdir(mode=0o700)
    db = folder / "salescoach.sqlite"
    engine = schema_engine(db)
    run_migrations(engine, revision)
    engine.dispose()
    conn = sqlite3.connect(db)
    try:
        conn.execute("ATTACH DATABASE ? AS history", (str(history),))
        with conn:
            # The search index (0010 on) is filled by its triggers as the rows go in: an
            # FTS5 table written directly is not a copy (a plain DELETE of one whose rows
            # have no words to index damages it: "database disk image is malformed").
            for table in (t for t in _tables(conn) if "_fts" not in t):
                cols = ", ".join(f'"{c}"' for c in _columns(conn, table))
                conn.execute(f'DELETE FROM main."{table}"')  # the seeded reasons
                conn.execute(
                    f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM history."{table}"'
                )
        conn.execute("DETACH DATABASE history")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    return db


def _rows(db: Path, columns_of: dict[str, list[str]] | None = None) -> Rows:
    """Every row of every table, as `columns_of` names them (default: all)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        tables = columns_of or {t: _columns(conn, t) for t in _tables(conn)}
        return {
            table: sorted(
                conn.execute(
                    f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in cols)} FROM "{table}"'
                ).fetchall(),
                key=repr,
            )
            for table, cols in tables.items()
        }
    finally:
        conn.close()


def _shape(db: Path) -> set[tuple[str, tuple[str, ...]]]:
    """The schema as SQLite keeps it: every table's and index's statement, its lines sorted
    (a rebuilt table lists the same constraints in an order of the moment)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return {
            (str(name), tuple(sorted(line.strip().rstrip(",") for line in sql.splitlines())))
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql != ''")
        }
    finally:
        conn.close()


def _revision(db: Path) -> str:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("revision", OLD_REVISIONS)
def test_every_row_survives_the_upgrade(revision: str, history: Path, tmp_path: Path) -> None:
    db = _build_at(revision, tmp_path / "data", history)
    before = _rows(db)
    columns_of = {table: _columns_from(db, table) for table in before}
    assert sum(len(r) for r in before.values()) > 1000

    open_workspace(db.parent).close()

    assert _revision(db) == HEAD
    assert _rows(db, columns_of) == before  # same rows, same values, column by column
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    [copy] = upgrade_copies(db, revision)
    assert _rows(copy) == before


def _columns_from(db: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return _columns(conn, table)
    finally:
        conn.close()


def test_contacts_rebuild_keeps_the_deals_links(history: Path, tmp_path: Path) -> None:
    """The defect itself: 0003 rebuilds contacts; with foreign keys on, every deal_contacts
    row was deleted and every touch lost its contact."""
    db = _build_at("0002", tmp_path / "data", history)
    conn = sqlite3.connect(db)
    links = conn.execute("SELECT count(*) FROM deal_contacts").fetchone()[0]
    with_contact = conn.execute("SELECT count(*) FROM touches WHERE contact_id IS NOT NULL")
    touched = with_contact.fetchone()[0]
    conn.close()
    assert links > 100 and touched > 100

    open_workspace(db.parent).close()

    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM deal_contacts").fetchone()[0] == links
    with_contact = conn.execute("SELECT count(*) FROM touches WHERE contact_id IS NOT NULL")
    assert with_contact.fetchone()[0] == touched
    conn.close()


def _half_upgraded(history: Path, folder: Path) -> Path:
    """What an earlier version left when killed during 0007: the column added, the
    revision not (its DDL was not in the transaction)."""
    db = _build_at("0006", folder, history)
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE deals ADD COLUMN external_id VARCHAR(100)")
    conn.close()
    return db


def test_a_failed_upgrade_is_undone_and_says_where_the_copy_is(
    history: Path, tmp_path: Path
) -> None:
    db = _half_upgraded(history, tmp_path / "data")
    rows, shape = _rows(db), _shape(db)

    for _attempt in range(3):
        with pytest.raises(UpgradeFailedError) as failed:
            open_workspace(db.parent)
        assert _revision(db) == "0006"
        assert _shape(db) == shape and _rows(db) == rows  # nothing half-done
        message = str(failed.value)
        assert "schema 0006" in message and "as it was" in message
        assert failed.value.copy is not None and str(failed.value.copy) in message
    # One copy for the source revision, not one per attempt, and it is the data as it was.
    assert upgrade_copies(db, "0006") == [failed.value.copy]
    assert _rows(failed.value.copy) == rows


def _upgrade_in_child(folder: Path) -> subprocess.Popen[bytes]:
    code = (
        "import sys; from pathlib import Path; "
        "from salescoach.services.workspace import open_workspace; "
        "open_workspace(Path(sys.argv[1])).close()"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _timed_run(folder: Path) -> float:
    start = time.perf_counter()
    child = _upgrade_in_child(folder)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err.decode()
    return time.perf_counter() - start


def test_killed_upgrades_leave_the_old_schema_or_the_new(history: Path, tmp_path: Path) -> None:
    old_db = _build_at("0002", tmp_path / "old", history)
    old_shape, rows = _shape(old_db), _rows(old_db)
    columns_of = {table: _columns_from(old_db, table) for table in rows}
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "salescoach.sqlite").write_bytes(old_db.read_bytes())
    full = _timed_run(reference)  # interpreter start, imports, copy, upgrade
    new_shape = _shape(reference / "salescoach.sqlite")

    rng = random.Random(14)
    seen = {"0002": 0, HEAD: 0}
    # Bounded in time, scaled by the machine's pace (one round is about three runs).
    deadline = time.monotonic() + 30 + 24 * full
    kills = 0
    while kills < 6 and time.monotonic() < deadline:
        folder = tmp_path / f"try{kills}"
        folder.mkdir()
        (folder / "salescoach.sqlite").write_bytes(old_db.read_bytes())
        for _ in range(3):  # killed again and again on the same folder
            child = _upgrade_in_child(folder)
            time.sleep(rng.uniform(0.3, 1.0) * full)
            child.send_signal(signal.SIGKILL)
            child.wait()
            db = folder / "salescoach.sqlite"
            revision = _revision(db)
            assert revision in seen
            seen[revision] += 1
            assert _shape(db) == (old_shape if revision == "0002" else new_shape)
            assert _rows(db, columns_of) == rows
        kills += 1
        assert _timed_run(folder) > 0  # started again: upgrades, whatever happened before
        assert _revision(folder / "salescoach.sqlite") == HEAD
        assert _rows(folder / "salescoach.sqlite", columns_of) == rows
        assert len(upgrade_copies(folder / "salescoach.sqlite", "0002")) == 1
    assert kills >= 6
    assert seen["0002"] > 0  # some kills landed before the commit


def test_killed_first_starts_never_leave_a_folder_refused(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    full = _timed_run(reference)
    rng = random.Random(40)
    deadline = time.monotonic() + 20 + 20 * full
    tries = 0
    while tries < 8 and time.monotonic() < deadline:
        folder = tmp_path / f"try{tries}"
        child = _upgrade_in_child(folder)
        time.sleep(rng.uniform(0.2, 1.1) * full)
        child.send_signal(signal.SIGKILL)
        child.wait()
        tries += 1
        assert _timed_run(folder) > 0  # opens: never "damaged"
        db = folder / "salescoach.sqlite"
        assert _revision(db) == HEAD
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM loss_reasons").fetchone() == (12,)
        conn.close()
        assert _shape(db) == _shape(reference / "salescoach.sqlite")
    assert tries >= 8


@pytest.mark.parametrize("name", ["Q1?2024", "Clients%2025", "a#b c", "file:x", "été 2026"])
def test_any_folder_name_holds_the_data(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "outer" / name
    result = subprocess.run(
        [sys.executable, "-m", "salescoach", "demo", "--deals", "20", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(tmp_path / "outer")) == [name]  # nothing written beside it
    db = folder / "salescoach.sqlite"
    assert (db.stat().st_mode & 0o777) == 0o600
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM deals").fetchone() == (20,)
    conn.close()
    stats = subprocess.run(
        [sys.executable, "-m", "salescoach", "stats", "--json", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert stats.returncode == 0, stats.stderr
    assert '"won"' in stats.stdout


def test_the_window_offers_the_copy_that_upgrades(qtbot, history: Path, tmp_path: Path) -> None:
    """A folder an earlier version left half-upgraded: the copy it took before its first
    attempt is offered, restored with a click, and upgraded; the broken file is kept."""
    from PySide6.QtWidgets import QLabel, QMessageBox

    from salescoach.ui.shell.main_window import MainWindow
    from tests.conftest import on_next_modal

    folder = tmp_path / "data"
    db = _build_at("0006", folder, history)
    rows = _rows(db)
    columns_of = {table: _columns_from(db, table) for table in rows}
    first = folder / "salescoach-backup-20260101-090000-schema0006.sqlite"
    first.write_bytes(db.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE deals ADD COLUMN external_id VARCHAR(100)")
    conn.close()

    seen: list[str] = []

    def accept(box: QMessageBox) -> None:
        assert box.objectName() == "upgradeCopyBox"
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.button(QMessageBox.StandardButton.Yes).click()

    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    on_next_modal(accept, timeout_ms=30_000)
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.open_workspace()
    assert "could not upgrade" in seen[0] and first.name in seen[0]
    # The half-upgraded file got a copy of its own: the first copy is not one of it.
    assert len(upgrade_copies(db, "0006")) == 2
    assert _revision(db) == HEAD
    assert _rows(db, columns_of) == rows
    assert window.pipeline.model.rowCount() == len(rows["deals"])
    kept = list((folder / "backups").glob("salescoach-*.sqlite"))
    assert len(kept) == 1  # the half-upgraded file, not thrown away
    window.close()
