"""The store on real SQLite files: privacy, pragmas, persistence, migrations, refusals."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from salescoach.domain.deals import AccountDraft, DealDraft, TouchDraft
from salescoach.domain.enums import TouchKind
from salescoach.domain.messages import UserError
from salescoach.services.workspace import Workspace, open_workspace
from salescoach.store.database import make_engine, run_migrations
from salescoach.store.schema import HEAD


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_data_folder_and_database_are_private(workspace: Workspace) -> None:
    assert stat.S_IMODE(workspace.data_dir.stat().st_mode) == 0o700
    db = workspace.data_dir / "salescoach.sqlite"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_wal_foreign_keys_and_busy_timeout(workspace: Workspace) -> None:
    with workspace.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_deals_persist_after_closing(data_dir: Path) -> None:
    ws = open_workspace(data_dir)
    ws.pipeline.save_deal(DealDraft("Logiciel de paie", "Boulangerie Dupont", amount_cents=5))
    ws.close()
    again = open_workspace(data_dir)
    try:
        [row] = again.pipeline.deal_rows()
        assert (row.title, row.account, row.amount_cents) == (
            "Logiciel de paie",
            "Boulangerie Dupont",
            5,
        )
    finally:
        again.close()


def test_deal_rows_of_equal_amounts_share_them(workspace: Workspace) -> None:
    """A large history repeats its amounts: read for the deals table, each distinct amount
    is held once (an int object per deal and figure cost 10 MiB for 200,000 deals)."""
    p = workspace.pipeline
    for title in ("Logiciel de paie", "Parc de tablettes"):
        p.save_deal(DealDraft(title, "Acme", amount_cents=1_250_050, commission_cents=100_004))
    first, second = p.deal_rows()
    assert first.amount_cents == 1_250_050 and first.commission_cents == 100_004
    assert first.amount_cents is second.amount_cents
    assert first.commission_cents is second.commission_cents


def test_account_names_are_reused_case_insensitively(workspace: Workspace) -> None:
    workspace.pipeline.save_deal(DealDraft("A", "Cabinet Moreau"))
    workspace.pipeline.save_deal(DealDraft("B", "cabinet moreau "))
    assert [(a.name, a.deal_count) for a in workspace.pipeline.accounts()] == [
        ("Cabinet Moreau", 2)
    ]


def test_deleting_a_deal_deletes_its_touches(workspace: Workspace) -> None:
    p = workspace.pipeline
    deal = p.save_deal(DealDraft("A", "Cabinet Moreau"))
    p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2025, 3, 1, 10), deal_id=deal.id))
    p.delete_deal(deal.id)
    with workspace.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM touches").scalar() == 0


def test_an_account_with_deals_cannot_be_deleted(workspace: Workspace) -> None:
    p = workspace.pipeline
    p.save_deal(DealDraft("A", "Cabinet Moreau"))
    [account] = p.accounts()
    with pytest.raises(UserError, match="still has 1 deal"):
        p.delete_account(account.id)
    assert len(p.accounts()) == 1
    other = p.save_account(AccountDraft("Transports Lefèvre"))
    p.delete_account(other)
    assert [a.name for a in p.accounts()] == ["Cabinet Moreau"]


def test_older_database_is_backed_up_then_upgraded(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    db = data_dir / "salescoach.sqlite"
    engine = make_engine(db)
    run_migrations(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, name, sector, city, notes, created_at, updated_at) "
            "VALUES ('00000000000000000000000000000001', 'Cabinet Moreau', '', '', '', "
            "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
    engine.dispose()

    ws = open_workspace(data_dir)
    try:
        assert [a.name for a in ws.pipeline.accounts()] == ["Cabinet Moreau"]
    finally:
        ws.close()
    [backup] = list(data_dir.glob("salescoach-backup-*-schema0001.sqlite"))
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT name FROM accounts").fetchall() == [("Cabinet Moreau",)]
    old.close()
    version = sqlite3.connect(db).execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == (HEAD,)


def test_newer_database_is_refused_untouched(data_dir: Path) -> None:
    open_workspace(data_dir).close()
    db = data_dir / "salescoach.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before, files = _digest(db), sorted(data_dir.iterdir())
    with pytest.raises(UserError, match="newer version"):
        open_workspace(data_dir)
    assert _digest(db) == before
    assert sorted(data_dir.iterdir()) == files


@pytest.mark.parametrize(
    "content",
    [b"not a database at all\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "damaged-header"],
)
def test_corrupt_file_is_refused_untouched(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir(mode=0o700)
    db = data_dir / "salescoach.sqlite"
    db.write_bytes(content)
    with pytest.raises(UserError, match="not a salescoach database"):
        open_workspace(data_dir)
    assert db.read_bytes() == content
    assert [p.name for p in data_dir.iterdir()] == ["salescoach.sqlite"]


def test_foreign_sqlite_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    db = data_dir / "salescoach.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = _digest(db)
    with pytest.raises(UserError):
        open_workspace(data_dir)
    assert _digest(db) == before


def _schema(db: Path) -> dict[str, object]:
    """Tables with their columns, keys, indexes and unique constraints, as SQLite has them."""
    from sqlalchemy import inspect

    engine = make_engine(db)
    try:
        insp = inspect(engine)
        return {
            table: (
                sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)),
                sorted(
                    (tuple(fk["constrained_columns"]), fk["referred_table"], str(fk["options"]))
                    for fk in insp.get_foreign_keys(table)
                ),
                sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(table)),
                sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
            )
            for table in insp.get_table_names()
        }
    finally:
        engine.dispose()


def test_migrating_from_the_first_schema_gives_the_schema_of_a_new_database(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old"
    old.mkdir(mode=0o700)
    engine = make_engine(old / "salescoach.sqlite")
    run_migrations(engine, "0001")
    engine.dispose()
    open_workspace(old).close()
    open_workspace(tmp_path / "new").close()
    assert _schema(old / "salescoach.sqlite") == _schema(tmp_path / "new" / "salescoach.sqlite")
    for folder in (old, tmp_path / "new"):  # both start with the seeded loss reasons
        with sqlite3.connect(folder / "salescoach.sqlite") as conn:
            assert conn.execute("SELECT count(*) FROM loss_reasons").fetchone() == (12,)
        conn.close()


def test_deals_are_read_newest_first_and_those_of_a_day_last_stored_first(
    workspace: Workspace,
) -> None:
    p = workspace.pipeline
    older, newer = dt.date(2025, 3, 3), dt.date(2025, 6, 9)
    for title, created in (("A", older), ("B", newer), ("C", older), ("D", newer)):
        p.save_deal(DealDraft(title, "Cabinet Moreau", created_on=created))
    assert [r.title for r in p.deal_rows()] == ["D", "B", "C", "A"]


def test_ordering_every_deal_lets_other_threads_run() -> None:
    """After an import the window reads its 200,000 deals again on a worker: sorted by
    `list.sort`, which compares in C, the worker kept the interpreter lock for the whole
    sort (up to 190 ms in which the window could not run a line of Python)."""
    import itertools
    import random
    import threading
    import time
    from types import SimpleNamespace

    from salescoach.store.deals import _newest_first

    days = [dt.date(2016, 1, 1) + dt.timedelta(days=i) for i in range(3650)]
    rng = random.Random(7)
    rows = [SimpleNamespace(created_on=rng.choice(days), n=i) for i in range(200_000)]
    ordered: list[object] = []
    worker = threading.Thread(target=lambda: ordered.extend(_newest_first(rows)))  # type: ignore[arg-type]
    beats = [time.perf_counter()]
    worker.start()
    while worker.is_alive():
        time.sleep(0.001)
        beats.append(time.perf_counter())
    assert max(b - a for a, b in itertools.pairwise(beats)) < 0.080  # list.sort: 270-480 ms
    expected = sorted(reversed(rows), key=lambda r: r.created_on, reverse=True)
    assert [r.n for r in ordered] == [r.n for r in expected]  # type: ignore[attr-defined]
