"""Importing CRM exports and spreadsheets: formats, encodings, conventions, duplicates,
loss reasons, activity counts, ambiguous dates, bad rows, nasty files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salescoach.domain.crm_vocabulary import Field, seeded_reason, stage_word, status_word
from salescoach.domain.csv_formats import (
    Encoding,
    Format,
    decode,
    neutralise,
    restore,
    sniff_separator,
)
from salescoach.domain.debrief import DebriefState, seed_reason_id
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.import_conventions import DateOrder, parse_date
from salescoach.domain.importing import touch_days
from salescoach.domain.messages import UserError
from salescoach.services import import_check, import_sample, importing
from salescoach.services.workspace import Workspace
from tests import crm_files

TODAY = dt.date(2025, 1, 15)


def _import(ws: Workspace, path: Path, **settings: object) -> importing.ImportResult:
    sample = import_sample.inspect_file(path)
    chosen = import_sample.settings_for(sample)
    if settings:
        from dataclasses import replace

        chosen = replace(chosen, **settings)  # type: ignore[arg-type]
    plan = import_check.check(ws.store, sample, chosen, today=TODAY)
    return importing.write(ws.store, plan, today=TODAY)


def _count(ws: Workspace, table: str) -> int:
    with sqlite3.connect(ws.data_dir / "salescoach.sqlite") as conn:
        n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    conn.close()
    return int(n)


# pure parts ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Société;Montant\r\n".encode(), Encoding.UTF8),
        (b"\xef\xbb\xbf" + "Société".encode(), Encoding.UTF8_BOM),
        ("Société".encode("cp1252"), Encoding.CP1252),
        ("Société".encode("utf-16"), Encoding.UTF16),
        ("Société\n".encode() + "Hôtel\n".encode("cp1252"), Encoding.MIXED),
    ],
)
def test_encodings(data: bytes, encoding: Encoding) -> None:
    text, found = decode(data)
    assert found is encoding
    assert text.startswith("Société")
    if encoding is Encoding.MIXED:
        assert "Hôtel" in text


def test_separators() -> None:
    assert sniff_separator("Affaire;Montant;Date\n") == ";"
    assert sniff_separator('Deal,"Value; in EUR",Date\n') == ","
    assert sniff_separator("a\tb\tc\n") == "\t"
    assert sniff_separator("Title\n") == ","


@pytest.mark.parametrize(
    "cell", ["=1+1", "+33 6 12", "-5", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x", "plain", "'"]
)
def test_formula_cells_are_neutralised_and_restored(cell: str) -> None:
    out = neutralise(cell)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(out) == cell


def test_dates() -> None:
    assert parse_date("2024-12-31 14:00:00", None) == dt.date(2024, 12, 31)
    assert parse_date("31/12/2024", DateOrder.DMY) == dt.date(2024, 12, 31)
    assert parse_date("12/31/2024", DateOrder.MDY) == dt.date(2024, 12, 31)
    assert parse_date("03.04.24", DateOrder.DMY) == dt.date(2024, 4, 3)
    with pytest.raises(ValueError):
        parse_date("03/04/2024", None)  # the order must be said
    with pytest.raises(ValueError):
        parse_date("31/02/2024", DateOrder.DMY)


def test_vocabulary() -> None:
    assert status_word("Closed Won") is DealStatus.WON
    assert status_word("closedlost") is DealStatus.LOST
    assert status_word("Gagnée") is DealStatus.WON
    assert stage_word("decisionmakerboughtin") is DealStage.NEGOTIATION
    assert stage_word("Proposal Made") is DealStage.PROPOSAL
    assert seeded_reason("Trop cher") == "price"
    assert seeded_reason("Competitor's better offer") == "competitor_offer"
    assert seeded_reason("Lost to competitor") == "competitor_offer"
    assert seeded_reason("Our CEO left") is None


def test_touch_days_are_spread_between_created_and_closed() -> None:
    days = touch_days(dt.date(2024, 1, 1), dt.date(2024, 1, 31), 4)
    assert days == [dt.date(2024, 1, 1), dt.date(2024, 1, 11), dt.date(2024, 1, 21),
                    dt.date(2024, 1, 31)]  # fmt: skip
    assert touch_days(dt.date(2024, 1, 1), dt.date(2024, 1, 1), 3) == [dt.date(2024, 1, 1)] * 3


# formats ---------------------------------------------------------------------------------
def test_pipedrive(workspace: Workspace, tmp_path: Path) -> None:
    path = crm_files.pipedrive(tmp_path / "deals.csv")
    sample = import_sample.inspect_file(path)
    assert (sample.format, sample.encoding, sample.separator) == (
        Format.PIPEDRIVE, Encoding.UTF8, ","
    )  # fmt: skip
    assert sample.headers[sample.mapping[Field.ACTIVITIES]] == "Deal - Done activities"
    result = _import(workspace, path)
    assert (result.deals, result.accounts, result.contacts) == (4, 2, 2)
    assert result.touches == 5 + 3 + 0 + 2
    rows = {r.title: r for r in workspace.pipeline.deal_rows()}
    paie = rows["Logiciel de paie"]
    assert (paie.status, paie.amount_cents, paie.closed_on, paie.stage) == (
        DealStatus.WON, 1_250_050, dt.date(2024, 3, 5), DealStage.NEGOTIATION
    )  # fmt: skip
    assert rows["Formation"].status is DealStatus.OPEN and rows["Formation"].closed_on is None
    # The same company and person, whatever the case: created once, reused.
    assert rows["Audit sécurité"].account == "Boulangerie Dupont"
    assert rows["Audit sécurité"].contacts == "Claire Martin"
    touches = workspace.pipeline.touches(paie.id)
    assert len(touches) == 5
    assert {t.occurred_at.date() for t in touches} <= {
        dt.date(2024, 1, 10) + dt.timedelta(days=n) for n in range(56)
    }
    assert touches[0].outcome == "Deal - Done activities"


def test_lost_reasons_become_draft_debriefs(workspace: Workspace, tmp_path: Path) -> None:
    _import(workspace, crm_files.pipedrive(tmp_path / "deals.csv"))
    debriefs = {r.deal_title: r for r in workspace.debriefs.rows()}
    audit = debriefs["Audit sécurité"]
    assert audit.state is DebriefState.DRAFT  # the six questions are still the rep's
    assert audit.reason is not None and audit.reason.id == seed_reason_id("price")
    assert audit.controllable is False  # the seeded reason's default
    custom = debriefs["Parc de tablettes"].reason
    assert custom is not None and custom.code is None
    assert custom.label == "Went with their cousin's company"
    assert custom.label in [r.label for r in workspace.debriefs.reasons()]
    draft, state = workspace.debriefs.load(audit.deal_id)
    assert state is DebriefState.DRAFT and draft.reason_id == seed_reason_id("price")
    stats = workspace.debriefs.stats()
    assert stats["count"] == 0 and stats["pending"] == 2  # nothing invented in the insights


def test_importing_twice_adds_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = crm_files.pipedrive(tmp_path / "deals.csv")
    _import(workspace, path)
    before = {t: _count(workspace, t) for t in ("deals", "accounts", "contacts", "touches",
                                                "debriefs", "loss_reasons")}  # fmt: skip
    again = _import(workspace, path)
    assert (again.deals, again.already) == (0, 4)
    assert {t: _count(workspace, t) for t in before} == before


def test_rows_without_an_id_are_recognised_by_their_content(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = crm_files.french(tmp_path / "affaires.csv")
    assert _import(workspace, path).deals == 3
    assert _import(workspace, path).already == 3
    assert _count(workspace, "deals") == 3


def test_hubspot(workspace: Workspace, tmp_path: Path) -> None:
    sample = import_sample.inspect_file(crm_files.hubspot(tmp_path / "hubspot.csv"))
    assert sample.format is Format.HUBSPOT
    result = _import(workspace, sample.path)
    assert (result.deals, result.touches, result.debriefs) == (3, 17, 1)
    rows = {r.title: r for r in workspace.pipeline.deal_rows()}
    assert rows["Migration ERP"].status is DealStatus.WON
    assert rows["Migration ERP"].closed_on == dt.date(2024, 6, 30)
    assert rows["Support annuel"].status is DealStatus.LOST
    assert (rows["Extension"].status, rows["Extension"].stage) == (
        DealStatus.OPEN, DealStage.CLOSING
    )  # fmt: skip
    [debrief] = workspace.debriefs.rows()
    assert debrief.reason is not None and debrief.reason.code == "budget"


def test_salesforce_month_first(workspace: Workspace, tmp_path: Path) -> None:
    sample = import_sample.inspect_file(crm_files.salesforce(tmp_path / "report.csv"))
    assert sample.format is Format.SALESFORCE
    assert sample.conventions.date_order is DateOrder.MDY  # 12/31/2024 settles it
    assert sample.conventions.decimal_point == "."
    _import(workspace, sample.path)
    rows = {r.title: r for r in workspace.pipeline.deal_rows()}
    assert rows["Renouvellement"].closed_on == dt.date(2024, 12, 31)
    assert rows["Renouvellement"].created_on == dt.date(2024, 10, 2)
    assert rows["Maintenance"].amount_cents == 98_050
    assert rows["Maintenance"].stage is DealStage.NEGOTIATION


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_french_spreadsheet(workspace: Workspace, tmp_path: Path, encoding: str) -> None:
    sample = import_sample.inspect_file(crm_files.french(tmp_path / "affaires.csv", encoding))
    assert sample.format is Format.SPREADSHEET
    assert sample.separator == ";"
    assert sample.encoding is (Encoding.CP1252 if encoding == "cp1252" else Encoding.UTF8_BOM)
    assert sample.conventions.decimal_point == ","
    assert sample.conventions.date_order is DateOrder.DMY
    _import(workspace, sample.path)
    rows = {r.title: r for r in workspace.pipeline.deal_rows()}
    paie = rows["Logiciel de paie"]
    assert (paie.amount_cents, paie.currency, paie.status) == (1_250_050, "EUR", DealStatus.WON)
    assert (paie.created_on, paie.closed_on) == (dt.date(2024, 1, 15), dt.date(2024, 3, 31))
    assert paie.contacts == "Élodie Lefèvre"
    assert rows["Formation"].account == "Société Générale d'Équipement"
    [audit] = workspace.debriefs.rows()
    assert audit.reason is not None and audit.reason.code == "price"  # "Trop cher"


def test_ambiguous_dates_are_asked_not_guessed(workspace: Workspace, tmp_path: Path) -> None:
    rows = [["Audit", "Perdue", "03/04/2024", "05/06/2024"], ["Paie", "Gagnée", "01/02/2024",
                                                              "02/03/2024"]]  # fmt: skip
    path = crm_files.write_csv(tmp_path / "a.csv", ["Titre", "Statut", "Créée le",
                                                    "Date de clôture"], rows, sep=";")  # fmt: skip
    sample = import_sample.inspect_file(path)
    assert sample.conventions.dates_ambiguous and sample.conventions.date_order is None
    assert sample.conventions.example_date == "03/04/2024"
    with pytest.raises(import_check.DatesAmbiguousError):
        import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    assert _count(workspace, "deals") == 0
    _import(workspace, path, date_order=DateOrder.MDY)
    audit = next(r for r in workspace.pipeline.deal_rows() if r.title == "Audit")
    assert (audit.created_on, audit.closed_on) == (dt.date(2024, 3, 4), dt.date(2024, 5, 6))


def test_the_rep_can_correct_the_mapping(workspace: Workspace, tmp_path: Path) -> None:
    path = crm_files.write_csv(tmp_path / "x.csv", ["Projet", "Client", "Prix"],
                               [["Audit", "Cabinet Moreau", "1200"]])  # fmt: skip
    sample = import_sample.inspect_file(path)
    assert Field.TITLE not in sample.mapping
    with pytest.raises(UserError, match="no column holds the deal titles"):
        import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    mapping = {Field.TITLE: 0, Field.ACCOUNT: 1, Field.AMOUNT: 2}
    _import(workspace, path, mapping=mapping)
    [row] = workspace.pipeline.deal_rows()
    assert (row.title, row.account, row.amount_cents) == ("Audit", "Cabinet Moreau", 120_000)


# nasty files -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\r\n \r\n", "is empty"),
        (b"Deal - Title,Deal - Value\r\n", "no rows"),
        (b"\xef\xbb\xbfDeal - Title;Deal - Value\r\n;\r\n", "no rows"),
    ],
    ids=["empty", "blank-lines", "header-only", "header-and-blank-row"],
)
def test_files_with_nothing_to_import(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        import_sample.inspect_file(path)


def test_wrong_columns_are_refused_with_the_columns_found(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = crm_files.write_csv(tmp_path / "recipes.csv", ["Recipe", "Flour (g)"], [["Cake", "200"]])
    sample = import_sample.inspect_file(path)
    with pytest.raises(UserError) as caught:
        import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    assert "Recipe, Flour (g)" in caught.value.message.english()


def test_mixed_encodings_import_with_their_accents(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Affaire;Compte\r\nPaie;Société Dupont\r\n".encode()
        + "Audit;Hôtel du Parc\r\n".encode("cp1252")
    )
    assert import_sample.inspect_file(path).encoding is Encoding.MIXED
    _import(workspace, path)
    assert sorted(a.name for a in workspace.pipeline.accounts()) == [
        "Hôtel du Parc", "Société Dupont"
    ]  # fmt: skip


def test_a_bad_row_in_ten_thousand_refuses_the_file(workspace: Workspace, tmp_path: Path) -> None:
    path = crm_files.big_pipedrive(tmp_path / "big.csv", 10_000, bad_row=5_000)
    sample = import_sample.inspect_file(path)
    plan = import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    with pytest.raises(importing.ImportRefusedError, match="1 of 10000 rows") as caught:
        importing.write(workspace.store, plan)
    [problem] = caught.value.plan.problems
    assert (problem.row, problem.column) == (5_002, "Deal - Value")  # header = row 1
    assert problem.problem.english() == "“abc” is not an amount."
    assert _count(workspace, "deals") == 0  # refused whole
    steps: list[tuple[int, int]] = []
    result = importing.write(
        workspace.store, plan, skip_bad_rows=True, progress=lambda *s: steps.append(s)
    )
    assert (result.deals, result.skipped_rows) == (9_999, 1)
    assert steps[-1] == (9_999, 9_999) and len(steps) == 2
    assert _count(workspace, "deals") == 9_999
    assert _count(workspace, "accounts") == 300


def test_every_problem_of_a_row_is_reported(workspace: Workspace, tmp_path: Path) -> None:
    path = crm_files.write_csv(
        tmp_path / "bad.csv",
        ["Deal - Title", "Deal - Value", "Deal - Status", "Deal - Deal created",
         "Deal - Won time", "Deal - Done activities", "Deal - Currency of value"],
        [["", "-5", "Deleted", "2024-13-01", "", "many", "XYZ"],
         ["Paie", "10", "Won", "2024-05-01", "2024-04-01", "1", "EUR"],
         ["Ok", "10", "Open", "2024-05-01", "", "1", "EUR", "", "extra"]],
    )  # fmt: skip
    sample = import_sample.inspect_file(path)
    plan = import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    found = {(p.row, p.column, p.problem.english()) for p in plan.problems}
    assert found == {
        (2, "Deal - Title", "A deal needs a title."),
        (2, "Deal - Value", "An amount cannot be negative."),
        (2, "Deal - Status", "“Deleted” is not a status (open, won or lost)."),
        (2, "Deal - Deal created", "“2024-13-01” is not a date."),
        (2, "Deal - Done activities", "“many” is not a number of activities (0 to 1000)."),
        (2, "Deal - Currency of value", "Unknown currency XYZ."),
        (4, "", "9 cells, but only 7 column names."),
    }
    assert plan.bad_rows == 2
    # Won before it was created in the CRM (a re-created record): created on its won date.
    [paie] = plan.parsed.deals
    assert (paie.created_on, paie.closed_on) == (dt.date(2024, 4, 1), dt.date(2024, 4, 1))
    assert plan.parsed.created_moved == 1


def test_formula_cells_come_in_as_text(workspace: Workspace, tmp_path: Path) -> None:
    path = crm_files.write_csv(
        tmp_path / "f.csv", ["Deal - Title", "Deal - Organization"],
        [["=HYPERLINK(\"http://evil\")", "'@Cabinet"], ["'-10% deal", "+33 Conseil"]],
    )  # fmt: skip
    _import(workspace, path)
    assert sorted(r.title for r in workspace.pipeline.deal_rows()) == [
        "-10% deal", '=HYPERLINK("http://evil")'
    ]  # fmt: skip
    assert sorted(a.name for a in workspace.pipeline.accounts()) == ["+33 Conseil", "@Cabinet"]


def test_dry_run_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    sample = import_sample.inspect_file(crm_files.pipedrive(tmp_path / "deals.csv"))
    plan = import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    result = importing.write(workspace.store, plan, dry_run=True)
    assert (result.deals, result.accounts, result.dry_run) == (4, 2, True)
    assert _count(workspace, "deals") == 0 and _count(workspace, "loss_reasons") == 12


def test_accounts_and_contacts_already_there_are_reused(
    workspace: Workspace, tmp_path: Path
) -> None:
    from salescoach.domain.deals import ContactDraft, DealDraft

    p = workspace.pipeline
    p.save_deal(DealDraft("Ancienne affaire", "Société  Générale d'Équipement"))
    [account] = p.accounts()
    p.save_contact(ContactDraft("Élodie", "Lefèvre", account_id=account.id))
    path = crm_files.write_csv(
        tmp_path / "x.csv", ["Affaire", "Compte", "Contact"],
        [["Paie", "SOCIÉTÉ GÉNÉRALE D'ÉQUIPEMENT", "ÉLODIE LEFÈVRE"]], sep=";",
    )  # fmt: skip
    result = _import(workspace, path)
    assert (result.accounts, result.contacts) == (0, 0)
    paie = next(r for r in p.deal_rows() if r.title == "Paie")
    assert (paie.account, paie.contacts) == ("Société  Générale d'Équipement", "Élodie Lefèvre")


def test_dates_written_both_ways_in_one_file_are_asked_too(tmp_path: Path) -> None:
    path = crm_files.write_csv(tmp_path / "a.csv", ["Titre", "Créée le"],
                               [["A", "31/01/2024"], ["B", "01/31/2024"]])  # fmt: skip
    c = import_sample.inspect_file(path).conventions
    assert c.dates_ambiguous and c.date_order is None and c.example_date == "31/01/2024"


def test_after_an_import_the_app_keeps_its_usual_memory_for_the_database(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The import reads with a 128 MiB page cache; the connection it used goes back to the
    pool, so without a reset the app kept that much for as long as it ran."""
    _import(workspace, crm_files.pipedrive(tmp_path / "deals.csv"))
    pool = workspace.store.engine.pool
    connections = [workspace.store.engine.connect() for _ in range(pool.checkedin() + 1)]
    try:
        sizes = {c.exec_driver_sql("PRAGMA cache_size").scalar() for c in connections}
    finally:
        for c in connections:
            c.close()
    assert sizes == {-2000}
    assert _count(workspace, "deals") == 4  # and the import itself was kept
