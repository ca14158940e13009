"""The deals' first screen read with sqlite3 alone: the store's rows exactly, or nothing
(and nothing touched) when the database needs the normal opening first."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from salescoach.domain.debrief import DebriefState
from salescoach.services.workspace import open_workspace
from salescoach.store.first_screen import newest_deal_rows
from salescoach.store.schema import REVISIONS
from tests.conftest import fill_demo


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill_demo(tmp_path_factory.mktemp("history"), deals=400)


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("limit", [1, 200, 10_000])
def test_the_rows_are_the_stores_in_its_order(history: Path, limit: int) -> None:
    before = _state(history)
    plain = newest_deal_rows(history / "salescoach.sqlite", limit)
    assert _state(history) == before  # not a byte written, no -wal or -shm left
    ws = open_workspace(history)
    try:
        assert plain == ws.pipeline.newest_deal_rows(limit)
    finally:
        ws.close()
    if limit == 10_000:  # every deal: lost ones in each state of their debrief too
        assert plain is not None and len(plain[0]) == plain[1] == 400
        assert {r.debrief for r in plain[0]} == {None, *DebriefState}
        assert any(r.contacts for r in plain[0]) and any(r.closed_on for r in plain[0])


def test_an_empty_database_has_no_rows(data_dir: Path) -> None:
    open_workspace(data_dir).close()
    assert newest_deal_rows(data_dir / "salescoach.sqlite", 200) == ([], 0)


def test_no_database_yet_is_left_to_the_normal_opening(data_dir: Path) -> None:
    data_dir.mkdir()
    assert newest_deal_rows(data_dir / "salescoach.sqlite", 200) is None
    assert list(data_dir.iterdir()) == []


def test_a_database_to_upgrade_is_not_read(data_dir: Path) -> None:
    open_workspace(data_dir).close()
    db = data_dir / "salescoach.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (REVISIONS[0],))
    conn.close()
    before = _state(data_dir)
    assert newest_deal_rows(db, 200) is None
    assert _state(data_dir) == before


@pytest.mark.parametrize(
    "content", [b"not a database" * 100, b"SQLite format 3\x00" + b"\x07" * 8000]
)
def test_a_damaged_file_is_not_read_and_left_untouched(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir()
    db = data_dir / "salescoach.sqlite"
    db.write_bytes(content)
    assert newest_deal_rows(db, 200) is None
    assert db.read_bytes() == content and list(data_dir.iterdir()) == [db]
