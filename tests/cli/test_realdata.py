"""Every real CRM export of `../shared/realdata/` imported with the figures its README gives.

The files were written by CRMs and spreadsheets, not by this project; they are read from
beside the repository (never copied into it). Each import runs the command line in this
process and counts what the database holds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from salescoach.cli.main import main

REALDATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdata"
pytestmark = pytest.mark.skipif(not REALDATA.is_dir(), reason="no ../shared/realdata")

VTIGER_MAP = [
    "--map", "id=1", "--map", "title=2", "--map", "amount=3", "--map", "closed=4",
    "--map", "stage=5", "--map", "account=8", "--map", "created=12", "--map", "modified=13",
    "--map", "notes=14", "--status-map", "Actualizada=open", "--status-map", "Inactivo=open",
    "--currency", "USD",
]  # fmt: skip


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, *flags: str
            ) -> tuple[int, str, str, Path]:  # fmt: skip
    folder = tmp_path / "data"
    code = main(["import", str(REALDATA / name), "--data-dir", str(folder), "--lang", "en",
                 *flags])  # fmt: skip
    out = capsys.readouterr()
    return code, out.out, out.err, folder


def _figures(folder: Path) -> dict[str, tuple[int, int]]:
    """status -> (deals, amount in cents)."""
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        rows = conn.execute(
            "SELECT status, count(*), sum(amount_cents) FROM deals GROUP BY status"
        ).fetchall()
    conn.close()
    return {status: (n, total) for status, n, total in rows}


def _one(folder: Path, sql: str) -> object:
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        value = conn.execute(sql).fetchone()[0]
    conn.close()
    return value


@pytest.mark.parametrize("name", ["maven_crm_sales_pipeline.csv",
                                  "maven_crm_sales_pipeline_excel_mdy.csv"])  # fmt: skip
def test_maven_pipeline(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, err, folder = _import(tmp_path, capsys, name, "--currency", "USD")
    assert code == 0, err
    figures = _figures(folder)
    assert figures["won"] == (4238, 10_005_534_00)
    assert (figures["lost"][0], figures["open"][0]) == (2473, 2089)
    assert _one(folder, "SELECT group_concat(DISTINCT currency) FROM deals") == "USD"
    # No title column: account and product make the title, and the preview says so.
    assert "No title column: titles made from “account” – “product”." in out
    assert _one(folder, "SELECT title FROM deals WHERE external_id LIKE '%1C1I7A6R'") == (
        "Cancity – GTX Plus Basic"
    )
    # Real creation dates (engage_date), month first in the re-saved file.
    assert _one(folder, "SELECT created_on FROM deals WHERE external_id LIKE '%1C1I7A6R'") == (
        "2016-10-20"
    )
    assert "Stage “Engaging” (1589): open." in out


def test_maven_accounts_table_is_no_deals(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:  # fmt: skip
    code, _out, err, _folder = _import(tmp_path, capsys, "maven_crm_accounts.csv")
    assert code == 2 and err.count("\n") == 1
    assert "no column holds the deal titles" in err


def test_vtiger_dump_without_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, folder = _import(tmp_path, capsys, "vtiger_opportunities.csv", *VTIGER_MAP)
    assert code == 0, err
    assert "Windows-1252" in out.splitlines()[0]
    assert "No header row: the first row is a deal; its 14 columns are #1 to #14" in out
    figures = _figures(folder)
    assert figures["won"][0] == 2614
    assert figures["lost"][0] == 1387 + 3082 + 49  # Closed Lost, Descartada, Perdida…
    assert figures["open"][0] == 834
    assert figures["won"][1] == 11_411_915_48
    # \N is empty: 2,558 won deals have no close date and take their last change's date.
    assert "won or lost deal(s) without a close date were dated by their last change" in out
    assert _one(folder, "SELECT closed_on FROM deals WHERE external_id LIKE '%:104'") == (
        "2020-05-29"
    )
    assert _one(folder, "SELECT count(*) FROM deals WHERE created_on = date('now')") == 0
    assert _one(folder, "SELECT count(*) FROM accounts WHERE name = 'Ingeniería RM (IRM)'") == 1
    # MySQL's \" escapes read as quotation marks, none left with its backslash.
    assert _one(folder, "SELECT count(*) FROM deals WHERE title LIKE '%\\%'") == 0


def test_vtiger_stages_without_a_status_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flags = VTIGER_MAP[: VTIGER_MAP.index("--status-map")]
    code, out, err, folder = _import(tmp_path, capsys, "vtiger_opportunities.csv", *flags)
    assert code == 2 and err.count("\n") == 1
    assert "“Actualizada” (315), “Inactivo” (7)" in err and "--status-map" in err
    assert "Stage “Descartada” (3082): lost." in out
    assert not (folder / "salescoach.sqlite").exists() or _figures(folder) == {}


def test_vtiger_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, folder = _import(tmp_path, capsys, "vtiger_opportunities.xlsx", *VTIGER_MAP)
    # Two rows of the workbook were split wrongly upstream (a \" ran the title into the
    # amount, shifting every cell): named, nothing written.
    assert code == 2 and "2 of 7966 rows" in err
    assert "Row 6051, column “#4”: “Closed Won” is not a date." in out
    code, out, err, folder = _import(tmp_path, capsys, "vtiger_opportunities.xlsx",
                                     *VTIGER_MAP, "--skip-bad-rows")  # fmt: skip
    assert code == 0, err
    assert "Sheet: opportunities (of opportunities)." in out
    assert "workbook, dates and numbers read as the cells hold them." in out
    figures = _figures(folder)
    assert figures["won"][0] == 2614 - 2  # the two broken rows are won deals in the dump
    assert figures["lost"][0] == 1387 + 3082 + 49
    assert figures["open"][0] == 834
    # Real cell dates and numbers: closingdate 2015-10-08 and 800 for deal 108.
    assert _one(folder, "SELECT closed_on || ' ' || amount_cents FROM deals "
                "WHERE external_id LIKE '%:108'") == "2015-10-08 80000"  # fmt: skip


def test_salesforce_german_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, folder = _import(tmp_path, capsys, "salesforce_report_opportunities_de.csv")
    assert code == 0, err
    figures = _figures(folder)
    assert (figures["won"][0], figures["open"][0]) == (4, 264)
    assert "placeholder date(s) (such as 31.12.3999) read as no date" in out
    assert _one(folder, "SELECT max(closed_on) FROM deals") < "2200"


def test_bitrix24_cyrillic_roubles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, folder = _import(tmp_path, capsys, "bitrix24_deals.csv")
    assert code == 0, err
    assert "Windows-1251" in out.splitlines()[0]
    assert _figures(folder) == {"open": (3, 200_000_00)}
    titles = _one(folder, "SELECT group_concat(title, '|') FROM deals ORDER BY title")
    assert "Игрушки" in str(titles) and "Сделка #1" in str(titles)
    assert _one(folder, "SELECT group_concat(DISTINCT currency) FROM deals") == "RUB"
    # CLOSED (Y/N) is not the close date: CLOSEDATE is.
    assert _one(folder, "SELECT min(closed_on) FROM deals") is None  # open deals
    assert _one(folder, "SELECT min(created_on) FROM deals") == "2021-02-03"


def test_hubspot_latam_semicolons(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, folder = _import(tmp_path, capsys, "hubspot_latam_deals_semicolon.csv")
    assert code == 0, err
    assert "Currency: USD, as the amount column says." in out
    figures = _figures(folder)
    assert figures["won"] == (6, 467_264_00)
    assert (figures["lost"][0], figures["open"][0]) == (13, 481)
    # The invoice's currency column (Sin_Factura) is not the deal's.
    assert _one(folder, "SELECT group_concat(DISTINCT currency) FROM deals") == "USD"
    assert _one(folder, "SELECT created_on FROM deals WHERE external_id LIKE '%D-2401'") == (
        "2026-04-14"  # 14/04/26: day first, two-digit year
    )


def test_hubspot_dummy_deals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err, folder = _import(tmp_path, capsys, "hubspot_dummy_deals.csv")
    assert code == 0, err
    figures = _figures(folder)
    assert figures["won"] == (71, 8_934_361_48)
    assert (figures["lost"][0], figures["open"][0]) == (69, 360)
    assert _one(folder, "SELECT count(*) FROM debriefs WHERE reason_id IS NOT NULL") == 56


def test_odoo_leads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err, folder = _import(tmp_path, capsys, "odoo8_crm_lead.csv")
    assert code == 0, err
    assert _figures(folder) == {"open": (471, 0)}
    # email_from and contact_name: the lead's person, with their e-mail.
    assert _one(folder, "SELECT first_name || ' ' || last_name || ' ' || email FROM contacts "
                "WHERE email = 'manon.michel.6530@example.com'") == (
        " Manon manon.michel.6530@example.com"
    )  # fmt: skip
    assert _one(folder, "SELECT name FROM accounts WHERE name = 'Alpha Michel SA'") == (
        "Alpha Michel SA"  # partner_name
    )
    assert _one(folder, "SELECT count(*) FROM deals WHERE notes LIKE '%Line two.%Line three.%'"
                ) > 0  # fmt: skip
