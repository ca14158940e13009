"""Exporting every record, and the app's own import reading it back byte for byte."""

from __future__ import annotations

import csv
import datetime as dt
import filecmp
import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import Table

from salescoach.domain.deals import ContactDraft, DealDraft, TouchDraft
from salescoach.domain.debrief import seed_reason_id
from salescoach.domain.enums import TouchKind
from salescoach.domain.messages import UserError
from salescoach.domain.native_format import TABLES, Kind
from salescoach.services import exporting, import_check, import_sample, importing
from salescoach.services.workspace import Workspace, open_workspace
from salescoach.store.models import Base


def _rich(ws: Workspace) -> None:
    """The demo history plus what it lacks: formula-like text, reasons of the rep's own
    (renamed, hidden), a thank-you, notes over several lines."""
    ws.load_demo(deals=300, seed=5)
    p, d = ws.pipeline, ws.debriefs
    deal = p.save_deal(
        DealDraft("=SUM(A1:A9)", "@Cabinet Moreau", amount_cents=5, notes="- line 1\r\n+ line 2")
    )
    contact = p.save_contact(ContactDraft("-Jean", "'=Dupont", email="jd@example.com"))
    p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2025, 1, 2, 9, 30, 12, 345), deal.id,
                           contact, outcome="'quoted", note="\tTab"))  # fmt: skip
    d.save_reason("Notre offre arrivait trop tard", True)
    d.save_reason("Prix trop élevé", False, seed_reason_id("price"))
    d.save_reason("", False, seed_reason_id("other"), hidden=True)
    ws.followups.thank(contact, "Une bouteille", dt.date(2025, 1, 3))


def test_export_import_export_gives_identical_files(data_dir: Path, tmp_path: Path) -> None:
    ws = open_workspace(data_dir)
    _rich(ws)
    first = exporting.export(ws.store, "csv", tmp_path / "first")
    exporting.export(ws.store, "json", tmp_path / "first.json")
    ws.close()
    again = open_workspace(tmp_path / "empty")
    sample = import_sample.inspect_file(first.path)
    plan = import_check.check(again.store, sample, import_sample.settings_for(sample))
    assert plan.problems == []
    importing.write(again.store, plan)
    exporting.export(again.store, "csv", tmp_path / "second")
    exporting.export(again.store, "json", tmp_path / "second.json")
    assert importing.write(again.store, plan).deals == 0  # twice: nothing more
    again.close()
    names = sorted(p.name for p in first.path.iterdir())
    assert names == sorted(t.file_name for t in TABLES)
    for name in names:
        assert filecmp.cmp(first.path / name, tmp_path / "second" / name, shallow=False), name
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()
    # And from the JSON file:
    third = open_workspace(tmp_path / "from-json")
    sample = import_sample.inspect_file(tmp_path / "first.json")
    importing.write(
        third.store, import_check.check(third.store, sample, import_sample.settings_for(sample))
    )
    exporting.export(third.store, "csv", tmp_path / "third")
    third.close()
    for name in names:
        assert filecmp.cmp(first.path / name, tmp_path / "third" / name, shallow=False), name


def test_cells_a_spreadsheet_would_run_are_neutralised(
    workspace: Workspace, tmp_path: Path
) -> None:
    _rich(workspace)
    out = exporting.export(workspace.store, "csv", tmp_path / "out").path
    with (out / "deals.csv").open(encoding="utf-8-sig", newline="") as f:
        deals = list(csv.DictReader(f))
    with (out / "touches.csv").open(encoding="utf-8-sig", newline="") as f:
        touches = list(csv.DictReader(f))
    for table in (deals, touches):
        for row in table:
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    mine = next(r for r in deals if r["amount_cents"] == "5")
    assert mine["title"] == "'=SUM(A1:A9)"
    assert mine["notes"] == "'- line 1\r\n+ line 2"
    call = next(r for r in touches if r["kind"] == "call" and r["note"].endswith("Tab"))
    assert (call["outcome"], call["note"]) == ("'quoted", "'\tTab")  # plain ' left alone
    assert call["occurred_at"] == "2025-01-02 09:30:12.000345"
    data = json.loads(
        (exporting.export(workspace.store, "json", tmp_path / "o.json").path).read_text()
    )
    assert any(d["title"] == "=SUM(A1:A9)" for d in data["tables"]["deals"])  # JSON: as is


def test_exported_files_are_private(workspace: Workspace, tmp_path: Path) -> None:
    workspace.load_demo(deals=20)
    out = exporting.export(workspace.store, "csv", tmp_path / "out").path
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for f in out.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    js = exporting.export(workspace.store, "json", tmp_path / "out.json").path
    assert stat.S_IMODE(js.stat().st_mode) == 0o600


def test_written_whole_or_not_at_all(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.load_demo(deals=20)
    out = tmp_path / "exports"
    (out / "taken").mkdir(parents=True)
    with pytest.raises(UserError, match="already exists"):
        exporting.export(workspace.store, "csv", out / "taken")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporting, "_write_json", disk_full)
    with pytest.raises(UserError, match="The disk is full: there is no room left to write"):
        exporting.export(workspace.store, "json", out / "out.json")
    assert sorted(p.name for p in out.iterdir()) == ["taken"]  # no partial file left


def test_the_export_names_every_column_of_the_database() -> None:
    """Every table of the rep's records; team sync's own bookkeeping (what waits to go up,
    the clock, the lists the team shares) is the laptop's state, not records to export."""
    from salescoach.store.team import local_tables

    bookkeeping = {t.name for t in vars(local_tables).values() if isinstance(t, Table)}
    spec = {t.name: list(t.names) for t in TABLES}
    schema = {
        name: sorted(t.c.keys())
        for name, t in Base.metadata.tables.items()
        if name not in bookkeeping
    }
    assert {n: sorted(c) for n, c in spec.items()} == schema


def test_the_export_knows_how_much_text_each_column_holds() -> None:
    """The import refuses text longer than its column (`Col.size`): the sizes are the
    database's own."""
    for table in TABLES:
        for col in (c for c in table.columns if c.kind is Kind.TEXT):
            length = getattr(Base.metadata.tables[table.name].c[col.name].type, "length", None)
            if col.name == "external_id":  # our own key, as long as the CRM's id makes it
                assert col.size is None
                continue
            assert col.size == length, (table.name, col.name)
