"""Importing next week's export: what the CRM changed is updated, new deals are added, what
the rep wrote stays, deleted deals stay deleted; re-saved files and another format add
nothing; A then A′ holds the CRM's fields as A′ alone does."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salescoach.domain.csv_formats import Format
from salescoach.domain.deals import TouchDraft
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.domain.reimport import CrmField
from salescoach.services import import_check, import_sample, importing
from salescoach.services.pipeline import PipelineService
from salescoach.services.workspace import Workspace, open_workspace
from tests.crm_files import PIPEDRIVE, PIPEDRIVE_ROWS, write_csv

TODAY = dt.date(2025, 1, 15)


def _plan(ws: Workspace, path: Path, fmt: Format | None = None) -> import_check.ImportPlan:
    sample = import_sample.inspect_file(path, fmt)
    return import_check.check(ws.store, sample, import_sample.settings_for(sample), today=TODAY)


def _import(ws: Workspace, path: Path, fmt: Format | None = None) -> importing.ImportResult:
    return importing.write(ws.store, _plan(ws, path, fmt), today=TODAY)


def _db(ws: Workspace) -> sqlite3.Connection:
    return sqlite3.connect(ws.data_dir / "salescoach.sqlite")


def _deal(ws: Workspace, title: str) -> tuple[object, ...]:
    with _db(ws) as conn:
        row = conn.execute(
            "SELECT id, status, stage, amount_cents, closed_on, notes, "
            "(SELECT count(*) FROM touches t WHERE t.deal_id = d.id) FROM deals d "
            "WHERE title = ?",
            (title,),
        ).fetchone()
    return tuple(row)


def _reason(ws: Workspace, title: str) -> tuple[object, ...] | None:
    with _db(ws) as conn:
        return conn.execute(
            "SELECT coalesce(nullif(r.label, ''), r.code), b.completed_at IS NULL, b.lessons "
            "FROM debriefs b JOIN deals d ON d.id = b.deal_id "
            "LEFT JOIN loss_reasons r ON r.id = b.reason_id WHERE d.title = ?",
            (title,),
        ).fetchone()


def _next_week(path: Path) -> Path:
    rows = [list(r) for r in PIPEDRIVE_ROWS]
    rows[3][4], rows[3][6], rows[3][0 + 2] = "Won", "2024-12-20 10:00:00", "1500"  # won
    rows[1][5] = "Lost to competitor"  # the reason, corrected in the CRM
    rows[0][10] = "8"  # three more activities
    rows[2][10] = "0"
    rows.append(["5", "Maintenance", "700", "EUR", "Open", "", "", "", "2024-11-02 10:00:00",
                 "", "1", "Garage Petit", "", "", "Qualified"])  # fmt: skip
    return write_csv(path, PIPEDRIVE, rows)


def test_next_weeks_export_updates_what_the_crm_changed(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    first = write_csv(tmp_path / "deals.csv", PIPEDRIVE, PIPEDRIVE_ROWS)
    assert _import(ws, first).deals == 4
    # What the rep does in the app meanwhile.
    formation = _deal(ws, "Formation")
    with _db(ws) as conn:
        conn.execute("UPDATE deals SET notes = 'Rappeler lundi', amount_cents = 120000 "
                     "WHERE title = 'Formation'")  # fmt: skip
        conn.execute("UPDATE debriefs SET lessons = 'Parler budget plus tôt' WHERE deal_id = "
                     "(SELECT id FROM deals WHERE title = 'Audit sécurité')")  # fmt: skip
    logiciel = _deal(ws, "Logiciel de paie")
    PipelineService(ws.store).log_touch(
        TouchDraft(TouchKind.CALL, dt.datetime(2024, 2, 1, 10), uuid.UUID(str(logiciel[0])))
    )
    PipelineService(ws.store).delete_deal(uuid.UUID(str(_deal(ws, "Parc de tablettes")[0])))

    plan = _plan(ws, _next_week(tmp_path / "deals-next.csv"))
    p = plan.preview
    assert (p.new, len(p.changed or []), p.unchanged, p.deleted) == (1, 3, 0, 1)
    by_title = {c.title: {f.field: (f.old, f.new) for f in c.fields} for c in p.changed or []}
    assert by_title["Formation"][CrmField.STATUS] == (DealStatus.OPEN, DealStatus.WON)
    assert by_title["Formation"][CrmField.AMOUNT] == (120000, 150000)  # the app's → the CRM's
    assert by_title["Audit sécurité"] == {CrmField.LOST_REASON: ("Price", "Lost to competitor")}
    assert by_title["Logiciel de paie"] == {CrmField.ACTIVITIES: (5, 8)}
    assert _deal(ws, "Formation")[1] == "open"  # nothing written yet

    result = importing.write(ws.store, plan, today=TODAY)
    assert (result.deals, result.updated, result.already, result.deleted) == (1, 3, 0, 1)
    fid, status, _, amount, closed, notes, _ = _deal(ws, "Formation")
    assert (fid, status, amount, closed, notes) == (
        formation[0],
        "won",
        150000,
        "2024-12-20",
        "Rappeler lundi",
    )
    assert _reason(ws, "Audit sécurité") == ("competitor_offer", 1, "Parler budget plus tôt")
    assert _deal(ws, "Logiciel de paie")[6] == 5 + 1 + 3  # the hand-logged call kept
    with _db(ws) as conn:
        assert conn.execute("SELECT count(*) FROM deals WHERE title = 'Parc de tablettes'"
                            ).fetchone() == (0,)  # fmt: skip
        assert conn.execute("SELECT count(*) FROM deals").fetchone() == (4,)

    # Activities down: only imported touches go, the rep's call stays.
    rows = [list(r) for r in PIPEDRIVE_ROWS]
    rows[0][10] = "2"
    again = _import(ws, write_csv(tmp_path / "deals-3.csv", PIPEDRIVE, rows))
    with _db(ws) as conn:
        kinds = conn.execute(
            "SELECT kind, count(*) FROM touches t JOIN deals d ON d.id = t.deal_id "
            "WHERE d.title = 'Logiciel de paie' GROUP BY kind ORDER BY kind"
        ).fetchall()
    assert kinds == [("call", 1), ("other", 2)]
    assert again.updated >= 1


def test_the_same_export_again_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "deals.csv", PIPEDRIVE, PIPEDRIVE_ROWS)
    _import(workspace, path)
    with _db(workspace) as conn:
        before = conn.execute("SELECT * FROM deals ORDER BY id").fetchall()
    plan = _plan(workspace, path)
    assert (plan.preview.new, plan.preview.changed, plan.preview.unchanged) == (0, [], 4)
    assert plan.unchanged_rows == 4  # read as last time: not parsed again
    result = importing.write(workspace.store, plan, today=TODAY)
    assert (result.deals, result.updated, result.already) == (0, 0, 4)
    with _db(workspace) as conn:
        assert conn.execute("SELECT * FROM deals ORDER BY id").fetchall() == before


def test_another_format_adds_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "deals.csv", PIPEDRIVE, PIPEDRIVE_ROWS)
    _import(workspace, path)
    for fmt in (Format.SPREADSHEET, Format.HUBSPOT, Format.SALESFORCE):
        result = _import(workspace, path, fmt)
        assert (result.deals, result.already) == (0, 4)
    with _db(workspace) as conn:
        assert conn.execute("SELECT count(*) FROM deals").fetchone() == (4,)


SHEET = ["Affaire", "Société", "Montant", "Statut", "Date de création", "Date de clôture",
         "Raison de la perte"]  # fmt: skip
SHEET_ROWS = [
    ["Logiciel de paie", "Boulangerie Dupont", "12500,50", "Gagné", "2024-01-10", "2024-03-05", ""],
    ["Audit sécurité", "Boulangerie Dupont", "8000", "Perdu", "2024-02-01", "2024-04-02", "Prix"],
    ["Formation", "Garage Petit", "1000", "En cours", "2024-06-01", "", ""],
]  # fmt: skip


def test_a_resaved_spreadsheet_without_ids_is_the_same_deals(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = write_csv(tmp_path / "pipeline.csv", SHEET, SHEET_ROWS, sep=";")
    assert _import(workspace, first).deals == 3
    # Saved again by another spreadsheet: columns moved, every cell quoted, LF line ends,
    # a BOM, Windows-1252, day-first dates, a space as thousands separator.
    order = [2, 0, 6, 1, 5, 3, 4]
    rows = [[r[i] for i in order] for r in SHEET_ROWS]
    for r in rows:
        for i in (4, 6):
            if r[i]:
                y, m, d = r[i].split("-")
                r[i] = f"{d}/{m}/{y}"
    rows[0][0] = "12 500,50"
    rows[2][5] = "Gagné"  # and the CRM says Formation was won meanwhile
    rows[2][4] = "20/01/2025"
    text = ";".join(f'"{SHEET[i]}"' for i in order) + "\n"
    text += "".join(";".join(f'"{c}"' for c in r) + "\n" for r in rows)
    again = tmp_path / "pipeline-resaved.csv"
    again.write_bytes(b"\xef\xbb\xbf" + text.encode("cp1252"))

    plan = _plan(workspace, again)
    assert (plan.preview.new, plan.preview.unchanged) == (0, 2)
    [change] = plan.preview.changed or []
    assert change.title == "Formation"
    result = importing.write(workspace.store, plan, today=TODAY)
    assert (result.deals, result.updated, result.already) == (0, 1, 2)
    assert _deal(workspace, "Formation")[1:5] == ("won", "closing", 100000, "2025-01-20")


def test_deals_lost_since_the_last_import_get_a_draft_and_the_count(
    workspace: Workspace, tmp_path: Path
) -> None:
    _import(workspace, write_csv(tmp_path / "a.csv", PIPEDRIVE, PIPEDRIVE_ROWS))
    rows = [list(r) for r in PIPEDRIVE_ROWS]
    rows[3][4], rows[3][5], rows[3][7] = "Lost", "No budget", "2024-12-01 10:00:00"
    result = _import(workspace, write_csv(tmp_path / "b.csv", PIPEDRIVE, rows))
    assert (result.updated, result.debriefs) == (1, 1)
    assert _reason(workspace, "Formation") == ("budget", 1, "")
    last = importing.last_import(workspace.store)
    assert last is not None and (last.source, last.debriefs, last.pending) == ("b.csv", 1, 1)


def test_a_dry_run_says_what_would_change_and_writes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    _import(workspace, write_csv(tmp_path / "a.csv", PIPEDRIVE, PIPEDRIVE_ROWS))
    plan = _plan(workspace, _next_week(tmp_path / "b.csv"))
    result = importing.write(workspace.store, plan, dry_run=True, today=TODAY)
    assert (result.deals, result.updated) == (1, 3)
    assert _deal(workspace, "Formation")[1] == "open"
    assert importing.write(workspace.store, plan, today=TODAY).updated == 3


# A then A′ holds what A′ alone holds ----------------------------------------------------
_STATUS = st.sampled_from(["Open", "Won", "Lost"])
_REASONS = st.sampled_from(["", "Price", "Timing", "Went with their cousin"])


@st.composite
def _exports(draw: st.DrawFn) -> tuple[list[list[str]], list[list[str]]]:
    ids = draw(st.lists(st.integers(1, 30), min_size=1, max_size=8, unique=True))

    def row(i: int) -> list[str]:
        status = draw(_STATUS)
        closed = f"2024-{draw(st.integers(3, 12)):02d}-0{draw(st.integers(1, 9))} 10:00:00"
        amount, currency = draw(st.integers(0, 5000)), draw(st.sampled_from(["EUR", "USD"]))
        reason = draw(_REASONS) if status == "Lost" else ""
        return [str(i), f"Deal {i}", str(amount), currency, status, reason,
                closed if status == "Won" else "", closed if status == "Lost" else "",
                "2024-01-02 09:00:00", "", str(draw(st.integers(0, 6))), f"Org {i % 3}", "", "",
                draw(st.sampled_from(["Qualified", "Proposal Made"]))]  # fmt: skip

    a = [row(i) for i in ids]
    later = draw(st.lists(st.integers(1, 30), min_size=1, max_size=8, unique=True))
    return a, [row(i) for i in later]


def _crm_fields(folder: Path) -> dict[str, tuple[object, ...]]:
    conn = sqlite3.connect(folder / "salescoach.sqlite")
    try:
        rows = conn.execute(
            "SELECT d.external_id, d.status, d.stage, d.amount_cents, d.currency, d.closed_on, "
            "CASE WHEN d.status = 'lost' THEN b.reason_id END, "
            "(SELECT count(*) FROM touches t WHERE t.deal_id = d.id) "
            "FROM deals d LEFT JOIN debriefs b ON b.deal_id = d.id"
        ).fetchall()
        names = dict(conn.execute(
            "SELECT id, coalesce(code, casefold_label) FROM (SELECT id, code, lower(label) "
            "AS casefold_label FROM loss_reasons)").fetchall())  # fmt: skip
    finally:
        conn.close()
    return {r[0]: (*r[1:6], names.get(r[6]), r[7]) for r in rows}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_exports())
def test_a_then_a_prime_holds_what_a_prime_alone_holds(
    tmp_path: Path, files: tuple[list[list[str]], list[list[str]]]
) -> None:
    a, later = files
    run = tmp_path / uuid.uuid4().hex
    run.mkdir()
    both, alone = run / "both", run / "alone"
    ws = open_workspace(both)
    try:
        _import(ws, write_csv(run / "a.csv", PIPEDRIVE, a))
        _import(ws, write_csv(run / "a2.csv", PIPEDRIVE, later))
    finally:
        ws.close()
    ws = open_workspace(alone)
    try:
        _import(ws, write_csv(run / "a2.csv", PIPEDRIVE, later))
    finally:
        ws.close()
    got, want = _crm_fields(both), _crm_fields(alone)
    assert {k: got[k] for k in want} == want  # deals of A only stay as A left them


def test_settings_that_change_the_reading_read_every_row_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "deals.csv", PIPEDRIVE, PIPEDRIVE_ROWS)
    _import(workspace, path)
    sample = import_sample.inspect_file(path)
    chosen = replace(import_sample.settings_for(sample), decimal_point=",")
    plan = import_check.check(workspace.store, sample, chosen, today=TODAY)
    assert plan.unchanged_rows == 0  # every row parsed again, with the new settings
    assert plan.preview.unchanged + len(plan.preview.changed or []) + plan.bad_rows == 4


def test_deals_imported_before_the_upgrade_are_updated_not_doubled(tmp_path: Path) -> None:
    from salescoach.store.database import run_migrations, schema_engine

    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    engine = schema_engine(folder / "salescoach.sqlite")
    run_migrations(engine, "0007")
    engine.dispose()
    stamp = "2024-06-01 12:00:00.000000"
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        conn.execute(
            "INSERT INTO deals (id, title, amount_cents, currency, commission_cents, stage, "
            "status, created_on, competitor, notes, external_id, created_at, updated_at) VALUES "
            "('00000000000000000000000000000004', 'Formation', 100000, 'EUR', 0, 'lead', "
            f"'open', '2024-06-01', '', '', 'pipedrive:4', '{stamp}', '{stamp}')"
        )
        for n in (1, 2):
            conn.execute(
                "INSERT INTO touches (id, kind, occurred_at, deal_id, outcome, note, created_at, "
                f"updated_at) VALUES ('0000000000000000000000000000000{n}', 'other', '{stamp}', "
                "'00000000000000000000000000000004', 'Deal - Done activities', '', "
                f"'{stamp}', '{stamp}')"
            )
    conn.close()
    ws = open_workspace(folder)
    try:
        rows = [list(PIPEDRIVE_ROWS[3])]
        rows[0][4], rows[0][6], rows[0][10] = "Won", "2024-12-20 10:00:00", "4"
        result = _import(ws, write_csv(tmp_path / "deals.csv", PIPEDRIVE, rows))
        assert (result.deals, result.updated) == (0, 1)
        assert _deal(ws, "Formation")[1:] == ("won", "qualified", 100000, "2024-12-20", "", 4)
    finally:
        ws.close()
