"""Bad files, as testers and unlucky reps made them: each is refused by `salescoach import`
with one clear line naming what is wrong (the row and column where there is one), exit
status 2, and nothing written; never "Unexpected error"."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests import crm_files
from tests.cli.test_cli import run

_ID = "6f1c1d8e-2f9b-4b1e-9a43-{:012d}"


def deal(n: int = 1, **changes: Any) -> dict[str, Any]:
    """A deal as the JSON export writes it."""
    return {
        "id": _ID.format(n), "title": f"Deal {n}", "account_id": None, "amount_cents": 1000,
        "currency": "EUR", "commission_cents": 100, "stage": "lead", "status": "won",
        "created_on": "2024-01-10", "closed_on": "2024-02-01", "competitor": "", "notes": "",
        "external_id": None, "created_at": "2024-01-10 09:00:00",
        "updated_at": "2024-02-01 09:00:00", **changes,
    }  # fmt: skip


def export(*deals: dict[str, Any], **top: Any) -> str:
    return json.dumps({"format": "salescoach", "version": 1, "schema": "0003",
                       "tables": {"deals": list(deals)}, **top})  # fmt: skip


def native_csv(**changes: str) -> str:
    row = {k: "" if v is None else str(v) for k, v in deal(**changes).items()}
    return ",".join(row) + "\r\n" + ",".join(row.values()) + "\r\n"


# (file name, content, what the one line on stderr says, what the report on stdout says)
CASES: list[tuple[str, str | bytes, str, str]] = [
    ("amount40.json", export(deal(amount_cents=10**40)), "1 of 1 rows",
     "Row 1, column “amount_cents”: “1" + "0" * 38 + "…” is too large a number."),
    ("cents25.json", export(deal(amount_cents=10**25)), "1 of 1 rows",
     "is too large a number."),
    ("cents17.json", export(deal(amount_cents=10**17)), "1 of 1 rows",
     "column “amount_cents”: “100000000000000000” is not an amount."),
    ("deals.csv", native_csv(amount_cents="9" * 40), "1 of 1 rows",
     "deals.csv, Row 2, column “amount_cents”: “" + "9" * 40 + "” is too large a number."),
    ("list.json", '{"format": "salescoach", "version": 1, "tables": []}',
     "list.json is not a salescoach JSON export as salescoach writes it (“tables” is not an "
     "object holding one list per table). Nothing was imported.", ""),
    ("deep.json", '{"format": "salescoach", "version": 1, "tables": ' + "[" * 100_000,
     "(nested too deeply)", ""),
    ("deep2.json", "[" * 100_000 + "]" * 100_000, "(nested too deeply)", ""),
    ("dict.json", '{"format": "salescoach", "version": 1, "tables": {"deals": {}}}',
     "(“deals” is not a list)", ""),
    ("item.json", export("a deal"), "(item 1 of “deals” is not an object)", ""),
    ("float.json", export(deal(amount_cents=12.5)),
     "(“amount_cents” of item 1 of “deals” is float)", ""),
    ("nested.json", export(deal(title=["a"])), "(“title” of item 1 of “deals” is list)", ""),
    ("empty.json", '{"format": "salescoach", "version": 1, "tables": {}}',
     "(“tables” has no “deals”)", ""),
    ("notables.json", '{"format": "salescoach", "version": 1}', "(“tables” is not an object", ""),
    ("other.json", export(deal(), tables={"deals": [], "users": []}),
     "(“tables” holds “users”, not a table)", ""),
    ("cut.json", export(deal())[:150],
     "cut.json is not a salescoach JSON export: it is not valid JSON (line 1, column", ""),
    ("newer.json", export(deal(), version=2),
     "newer.json was written by a newer salescoach (export format 2)", ""),
    ("version.json", export(deal(), version="1"), "(“version” is not a whole number)", ""),
    ("digits.json", '{"format": "salescoach", "version": ' + "9" * 5000 + "}",
     "digits.json is not a salescoach JSON export as salescoach writes it (Exceeds", ""),
    ("surrogate.json", export(deal()).replace("Deal 1", "\\ud800"), "1 of 1 rows",
     "column “title”: Character 1 is not a valid Unicode character."),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "error", "report"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_file_is_named_and_refused(
    tmp_path: Path, name: str, content: str | bytes, error: str, report: str
) -> None:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    folder = tmp_path / "data"
    done = run("import", str(path), "--data-dir", str(folder), "--lang", "en")
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Unexpected" not in done.stderr and "Traceback" not in done.stderr
    assert error in done.stderr
    assert report in done.stdout
    assert _deals(folder) == 0


def _deals(folder: Path) -> int:
    if not (folder / "salescoach.sqlite").exists():
        return 0
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        n = int(conn.execute("SELECT count(*) FROM deals").fetchone()[0])
    conn.close()
    return n


def _import(tmp_path: Path, path: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return run("import", str(path), "--data-dir", str(tmp_path / "data"), "--lang", "en", *more)


# the native import checks what the CSV import checks -------------------------------------
CHECKS = [
    ({"amount_cents": -500}, "amount_cents", "An amount cannot be negative."),
    ({"commission_cents": -1}, "commission_cents", "An amount cannot be negative."),
    ({"currency": "E" * 5000}, "currency", "5000 characters, more than the 3 this holds."),
    ({"currency": "XYZ"}, "currency", "Unknown currency XYZ."),
    ({"closed_on": "2023-01-01"}, "closed_on",
     "The close date cannot be before the creation date."),
    ({"closed_on": None}, "closed_on", "A won or lost deal needs a close date."),
    ({"title": "   "}, "title", "A deal needs a title."),
    ({"title": "T" * 201}, "title", "201 characters, more than the 200 this holds."),
    ({"title": "a\x00b"}, "title", "A NUL character (byte 0) at character 2"),
    ({"notes": "\x00"}, "notes", "A NUL character (byte 0) at character 1"),
    ({"commission_cents": 2000}, "commission_cents",
     "The commission cannot be larger than the amount."),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "column", "problem"), CHECKS)
def test_the_native_import_checks_what_the_csv_import_checks(
    tmp_path: Path, changes: dict[str, Any], column: str, problem: str
) -> None:
    good = deal(2)
    for name, content in (
        ("export.json", export(deal(**changes), good)),
        (
            "deals.csv",
            native_csv(**changes) + native_csv(id=_ID.format(2)).split("\r\n")[1] + "\r\n",
        ),
    ):
        folder = tmp_path / name
        folder.mkdir()
        (folder / name).write_text(content, encoding="utf-8")
        done = _import(folder, folder / name)
        assert done.returncode == 2, done.stderr
        row = 1 if name.endswith(".json") else 2
        assert f"Row {row}, column “{column}”: {problem}" in done.stdout, done.stdout
        assert "1 of 2 rows" in done.stderr
        assert _deals(folder / "data") == 0
        skipped = _import(folder, folder / name, "--skip-bad-rows")
        assert skipped.returncode == 0 and _deals(folder / "data") == 1


def test_a_goal_is_checked_as_the_goals_dialog_does(tmp_path: Path) -> None:
    goal = {"id": _ID.format(9), "year": 2025, "metric": "revenue", "amount_cents": -100,
            "currency": "EUR", "target_period": None, "target_cents": None,
            "created_at": "2024-01-10 09:00:00", "updated_at": "2024-01-10 09:00:00"}  # fmt: skip
    path = tmp_path / "goals.json"
    path.write_text(export(deal(), tables={"deals": [deal()], "goals": [goal]}), encoding="utf-8")
    done = _import(tmp_path, path)
    assert done.returncode == 2
    assert "goals, Row 1, column “amount_cents”: A goal cannot be negative." in done.stdout


# CSV files from CRMs ---------------------------------------------------------------------
def test_a_nul_byte_in_a_crm_file_is_named_by_row_and_column(tmp_path: Path) -> None:
    rows = [list(r) for r in crm_files.PIPEDRIVE_ROWS]
    rows[2][1] = "Parc\x00de tablettes"
    path = crm_files.write_csv(tmp_path / "deals.csv", crm_files.PIPEDRIVE, rows)
    done = _import(tmp_path, path)
    assert done.returncode == 2
    assert (
        "Row 4, column “Deal - Title”: A NUL character (byte 0) at character 5: text never "
        "holds one; the file is damaged or not text." in done.stdout
    )
    assert _deals(tmp_path / "data") == 0


def test_a_crm_title_too_long_for_the_database_is_named(tmp_path: Path) -> None:
    rows = [list(r) for r in crm_files.PIPEDRIVE_ROWS]
    rows[0][1] = "x" * 250
    path = crm_files.write_csv(tmp_path / "deals.csv", crm_files.PIPEDRIVE, rows)
    done = _import(tmp_path, path)
    assert done.returncode == 2
    assert "Row 2, column “Deal - Title”: 250 characters, more than the 200" in done.stdout


UNBALANCED = [
    # a quote opened and never closed: the rest of the file would be one cell
    ('Title,Amount,Status\r\nAudit,100,won\r\n"Paie,200,lost\r\nFormation,300,open\r\n', 3, 3, 4),
    # a stray quote closes it rows later: three rows read as one of the right width
    ('Title,Amount,Status\r\n"Audit,100,won\r\nPaie,200,lost\r\n"Formation",300,open\r\n',
     2, 2, 4),
    # closed properly, but two rows merged into one too narrow
    ('Title,Amount,Status\r\n"Audit,100\r\nPaie",200\r\nFormation,300,open\r\n', 2, 2, 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "row", "first", "last"), UNBALANCED)
def test_an_unbalanced_quote_is_refused_with_its_row(
    tmp_path: Path, text: str, row: int, first: int, last: int
) -> None:
    path = tmp_path / "deals.csv"
    path.write_text(text, encoding="utf-8")
    done = _import(tmp_path, path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert (
        f"deals.csv, row {row} (lines {first} to {last} of the file): a quotation mark opens a "
        "cell that is not closed where it should be" in done.stderr
    )
    assert _deals(tmp_path / "data") == 0


def test_a_cell_holding_line_breaks_still_imports(tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text('Title,Notes,Status\r\nAudit,"first line\r\nsecond, with a comma",open\r\n'
                    'Paie,"""quoted""\r\n",open\r\n', encoding="utf-8")  # fmt: skip
    done = _import(tmp_path, path, "--format", "spreadsheet")
    assert done.returncode == 0, done.stderr
    assert _deals(tmp_path / "data") == 2


# what is not a file, or too big to be an export ------------------------------------------
def test_a_device_is_refused_up_front(tmp_path: Path) -> None:
    for device in ("/dev/zero", "/dev/urandom"):
        if not Path(device).exists():
            pytest.skip(f"no {device} on this system")
        done = _import(tmp_path, Path(device))
        assert done.returncode == 2
        assert f"{device} is not a file (a folder, a device, a pipe or a socket)" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.parametrize("name", ["deals.csv", "export.json", "pipe"])
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "salescoach", "import", str(fifo), "--data-dir",
         str(tmp_path / "data"), "--lang", "en"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "is not a file (a folder, a device, a pipe or a socket)" in done.stderr


@pytest.mark.parametrize("name", ["huge.csv", "huge.json"])
def test_a_file_larger_than_any_export_is_refused_before_reading(tmp_path: Path, name: str) -> None:
    from salescoach.services.native_import import MAX_FILE_BYTES

    path = tmp_path / name
    with path.open("wb") as f:  # sparse: takes no room, and reading it would take minutes
        f.truncate(MAX_FILE_BYTES + 1)
    done = _import(tmp_path, path)
    assert done.returncode == 2
    assert f"{name} is larger than 1024 MiB, more than any CRM export holds" in done.stderr
