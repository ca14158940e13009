"""Spreadsheets read as they are, and files that are no export named in one line."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from salescoach.cli.main import main


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", *args, "--data-dir", str(tmp_path / "data"), "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out, out.err


def _deals(tmp_path: Path) -> list[tuple[object, ...]]:
    db = tmp_path / "data" / "salescoach.sqlite"
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT title, amount_cents, currency, status, created_on, closed_on FROM deals "
            "ORDER BY title"
        ).fetchall()
    conn.close()
    return rows


def _report(path: Path) -> Path:
    """A Salesforce-style formatted report: title rows, the header, two deals, totals."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"  # a first sheet with nothing but a remark
    notes["A1"] = None
    sheet = book.create_sheet("Opportunities")
    sheet.append(["Opportunities by stage"])
    sheet.append(["Filtered By: Close Date = This Year"])
    sheet.append([])
    sheet.append(["Opportunity Name", "Account Name", "Stage", "Amount (USD)", "Close Date",
                  "Created Date"])  # fmt: skip
    sheet.append(["Audit", "Moreau", "Closed Won", 12500.5, dt.datetime(2024, 3, 4),
                  dt.datetime(2024, 1, 2)])  # fmt: skip
    sheet.append(["Paie", "Dupont", "Gewonnen", 800, dt.date(2024, 2, 1), dt.date(2024, 1, 5)])
    sheet.append(["Grand Totals (2 records)", None, None, 13300.5, None, None])
    sheet.append(["Confidential Information - Do Not Distribute"])
    book.save(path)
    return path


def test_a_formatted_report_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _report(tmp_path / "report.xlsx")
    code, out, err = _run(tmp_path, capsys, str(path))
    assert code == 0, err
    assert "Sheet: Opportunities (of Notes, Opportunities)." in out
    assert "Currency: USD, as the amount column says." in out
    assert "2 total or footer row(s) left out." in out
    assert _deals(tmp_path) == [
        ("Audit", 1_250_050, "USD", "won", "2024-01-02", "2024-03-04"),
        ("Paie", 80_000, "USD", "won", "2024-01-05", "2024-02-01"),
    ]


def test_the_sheet_is_chosen_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _report(tmp_path / "report.xlsx")
    code, _out, err = _run(tmp_path, capsys, str(path), "--sheet", "Missing")
    assert code == 2 and err.count("\n") == 1
    assert "report.xlsx has no sheet “Missing”; its sheets are: Notes, Opportunities." in err
    code, _out, err = _run(tmp_path, capsys, str(path), "--sheet", "Notes")
    assert code == 2 and "is empty" in err
    assert _deals(tmp_path) == []


def test_a_workbook_with_no_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    code, _out, err = _run(tmp_path, capsys, str(path))
    assert code == 2 and err.count("\n") == 1
    assert "empty.xlsx holds no data: every sheet is empty." in err


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    return path


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("deals.csv", "Deal - Title\nAudit\n")
    return path


def _pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n")
    return path


def _encrypted(path: Path) -> Path:
    """A workbook saved with a password, encrypted as Excel does (ECMA-376 agile)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    book = openpyxl.Workbook()
    book.active.append(["Deal Name", "Amount"])
    book.active.append(["Audit", 1200])
    plain = io.BytesIO()
    book.save(plain)
    plain.seek(0)
    with path.open("wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    return path


@pytest.mark.parametrize(
    ("make", "name", "said"),
    [
        (_docx, "notes.docx", "notes.docx is a Word document: salescoach imports CSV files, "
                              "spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports."),
        (_pdf, "deals.pdf", "deals.pdf is a PDF document: salescoach imports"),
        (_zip, "deals.zip", "deals.zip is a ZIP archive (unpack it and import the file inside)"),
        (_encrypted, "locked.xlsx", "locked.xlsx is protected by a password: save a copy "
                                    "without the password (or as CSV) and import that."),
    ],
    ids=["docx", "pdf", "zip", "password"],
)  # fmt: skip
def test_files_that_are_no_export_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, name: str, said: str
) -> None:
    path = make(tmp_path / name)  # type: ignore[operator]
    code, _out, err = _run(tmp_path, capsys, str(path))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert said in err
    assert _deals(tmp_path) == []


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "deals.csv"
    path.write_text("Projet;Client;Prix;Etape;Fecha de cierre\n"
                    "Audit;Moreau;1200;Ganada;2024-03-01\nPaie;Dupont;900;X;2024-04-01\n",
                    encoding="utf-8")  # fmt: skip
    return path


def test_map_status_map_and_currency(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path)
    code, out, err = _run(tmp_path, capsys, str(path), "--map", "title=Projet",
                          "--map", "amount=3", "--currency", "CLP")  # fmt: skip
    assert code == 2 and "No status for the stage(s) “X” (1)" in err
    assert "Stage “Ganada” (1): won." in out
    code, out, err = _run(
        tmp_path,
        capsys,
        str(path),
        "--map",
        "title=Projet",
        "--map",
        "amount=3",
        "--currency",
        "CLP",
        "--status-map",
        "x=lost",
    )
    assert code == 0, err
    assert [(t, a, c, s) for t, a, c, s, *_ in _deals(tmp_path)] == [
        ("Audit", 120_000, "CLP", "won"), ("Paie", 90_000, "CLP", "lost"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (["--map", "amount=Budget"], "deals.csv has no column “Budget”; its columns are: "
                                     "Projet, Client, Prix, Etape, Fecha de cierre."),
        (["--map", "amount=9"], "has no column “9”"),
        (["--map", "colour=2"], "--map colour=2: write FIELD=COLUMN"),
        (["--map", "amount=3", "--map", "currency=3"],
         "Column “Prix” cannot be both amount and currency"),
        (["--status-map", "Ganada=maybe"], "--status-map Ganada=maybe: write VALUE=open"),
        (["--currency", "XYZ"], "“XYZ” is not an ISO 4217 currency code"),
        (["--encoding", "klingon"], "“klingon” is not an encoding"),
    ],
    ids=["missing-name", "missing-number", "unknown-field", "two-fields", "bad-status",
         "bad-currency", "bad-encoding"],
)  # fmt: skip
def test_bad_flags_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], said: str
) -> None:
    code, _out, err = _run(tmp_path, capsys, str(_csv(tmp_path)), "--status-map", "X=open",
                           *flags)  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert said in err
    assert _deals(tmp_path) == []


def test_encodings_detected_and_chosen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ru.csv"
    path.write_bytes("Название;Сумма;Валюта\nИгрушки для детей;100;RUB\n".encode("cp1251")
                     .replace("Название".encode("cp1251"), b"Title")
                     .replace("Сумма".encode("cp1251"), b"Amount")
                     .replace("Валюта".encode("cp1251"), b"Currency"))  # fmt: skip
    code, out, err = _run(tmp_path, capsys, str(path), "--dry-run")
    assert code == 0, err and "Windows-1251" in out.splitlines()[0]
    utf16 = tmp_path / "u16.csv"
    utf16.write_bytes("Title\tAmount\nÉté à Zürich\t5\n".encode("utf-16"))
    code, out, err = _run(tmp_path, capsys, str(utf16))
    assert code == 0, err
    assert "UTF-16" in out.splitlines()[0]
    assert _deals(tmp_path)[0][0] == "Été à Zürich"
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Title;Amount\nCafé;5\n".encode("iso8859-15"))
    code, out, err = _run(tmp_path, capsys, str(latin), "--encoding", "utf-8")
    assert code == 2 and "not written in UTF-8" in err


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Affaires">
<table:table-row><table:table-cell office:value-type="string"><text:p>Titre</text:p>
</table:table-cell><table:table-cell office:value-type="string"><text:p>Montant</text:p>
</table:table-cell><table:table-cell office:value-type="string"><text:p>Statut</text:p>
</table:table-cell><table:table-cell office:value-type="string"><text:p>Date de clôture</text:p>
</table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Audit</text:p>
</table:table-cell><table:table-cell office:value-type="float" office:value="12500.5">
<text:p>12 500,50</text:p></table:table-cell><table:table-cell office:value-type="string">
<text:p>Gagnée</text:p></table:table-cell><table:table-cell office:value-type="date"
 office:date-value="2024-03-04"><text:p>04/03/2024</text:p></table:table-cell>
</table:table-row></table:table></office:spreadsheet></office:body>
</office:document-content>"""


def test_an_opendocument_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "affaires.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)  # fmt: skip
        # As LibreOffice writes it: no whitespace between the elements.
        z.writestr("content.xml", _ODS_CONTENT.replace(">\n<", "><").replace("\n", " "))
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    code, out, err = _run(tmp_path, capsys, str(path))
    assert code == 0, err
    assert "Sheet: Affaires (of Affaires)." in out
    # The cell's value (12500.5, 2024-03-04), not its French display.
    assert _deals(tmp_path) == [("Audit", 1_250_050, "EUR", "won", "2024-03-04", "2024-03-04")]


def test_a_workbook_imports_as_its_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:  # fmt: skip
    headers = ["Deal ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date",
               "Commission"]  # fmt: skip
    rows = [
        [f"D-{i}", f"Deal {i}", ("Closed Won", "Closed Lost", "Contract Sent")[i % 3],
         1000 + i * 10.25, dt.date(2024, 1 + i % 12, 1 + i % 28), dt.date(2023, 12, 1),
         50 + i]
        for i in range(60)
    ]  # fmt: skip
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "deals.xlsx")
    text = ",".join(headers) + "\n" + "".join(",".join(str(c) for c in row) + "\n" for row in rows)
    (tmp_path / "deals.csv").write_text(text, encoding="utf-8")
    code, _out, err = _run(tmp_path / "a", capsys, str(tmp_path / "deals.xlsx"))
    assert code == 0, err
    code, _out, err = _run(tmp_path / "b", capsys, str(tmp_path / "deals.csv"))
    assert code == 0, err
    from_book, from_text = _deals(tmp_path / "a"), _deals(tmp_path / "b")
    assert from_book == from_text and len(from_book) == 60
    with sqlite3.connect(tmp_path / "a" / "data" / "salescoach.sqlite") as conn:
        commission = conn.execute("SELECT sum(commission_cents) FROM deals").fetchone()[0]
    conn.close()
    assert commission == sum(50 + i for i in range(60)) * 100  # the Commission column


def test_a_thirty_digit_amount_is_a_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:  # fmt: skip
    book = openpyxl.Workbook()
    book.active.append(["Deal Name", "Amount"])
    book.active.append(["Audit", "9" * 30])  # as a generated workbook held it: a crash once
    book.save(tmp_path / "big.xlsx")
    code, out, err = _run(tmp_path, capsys, str(tmp_path / "big.xlsx"))
    assert code == 2 and "Traceback" not in err
    assert f"Row 2, column “Amount”: “{'9' * 30}” is not an amount." in out
