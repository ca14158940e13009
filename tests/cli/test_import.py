"""`salescoach import` and `export` as a rep or a script runs them: real processes, real
files; the app's lock respected; a killed import leaves nothing behind."""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from tests import crm_files
from tests.cli.test_cli import run

ROOT = Path(__file__).resolve().parents[2]


def _deals(folder: Path) -> int:
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        n = conn.execute("SELECT count(*) FROM deals").fetchone()[0]
    conn.close()
    return int(n)


def test_import_a_pipedrive_file_then_again(tmp_path: Path) -> None:
    path = crm_files.pipedrive(tmp_path / "deals.csv")
    folder = str(tmp_path / "data")
    done = run("import", str(path), "--data-dir", folder, "--lang", "en")
    assert done.returncode == 0, done.stderr
    first, currency, counts, summary = done.stdout.strip().splitlines()
    assert currency == "Currency: from the currency column; EUR where it is empty."
    assert counts == "4 new, 0 changed, 0 unchanged."
    assert first == (
        "deals.csv: Pipedrive deals; UTF-8; separator: comma; decimal point (12,500.50); "
        "dates: ISO (2024-12-31)."
    )
    assert summary.startswith("deals.csv: 4 deal(s) imported, 0 updated, 0 already there")
    assert "10 touch(es), 2 debrief(s) to finish" in summary
    again = run("import", str(path), "--data-dir", folder, "--lang", "en")
    assert "0 deal(s) imported, 0 updated, 4 already there" in again.stdout
    stats = json.loads(run("stats", "--json", "--data-dir", folder).stdout)
    assert stats["deals"] == {"open": 1, "won": 1, "lost": 2}
    assert stats["touches"] == 10


def test_a_file_with_a_bad_row_is_refused_with_a_report(tmp_path: Path) -> None:
    path = crm_files.big_pipedrive(tmp_path / "big.csv", 300, bad_row=100)
    folder = str(tmp_path / "data")
    done = run("import", str(path), "--data-dir", folder, "--lang", "en")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "1 of 300 rows of big.csv cannot be imported" in done.stderr
    assert "Row 102, column “Deal - Value”: “abc” is not an amount." in done.stdout
    assert _deals(tmp_path / "data") == 0
    skipped = run("import", str(path), "--skip-bad-rows", "--data-dir", folder, "--lang", "en")
    assert skipped.returncode == 0, skipped.stderr
    assert "299 deal(s) imported, 0 updated, 0 already there, 1 bad row(s) left out" in (
        skipped.stdout
    )
    assert _deals(tmp_path / "data") == 299


def test_ambiguous_dates_must_be_said(tmp_path: Path) -> None:
    path = crm_files.write_csv(tmp_path / "a.csv", ["Titre", "Créée le"], [["Audit", "03/04/2024"]])
    folder = str(tmp_path / "data")
    done = run("import", str(path), "--data-dir", folder, "--lang", "en")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "--dates dmy" in done.stderr and "03/04/2024" in done.stderr
    assert "dates: to be chosen" in done.stdout
    french = run("import", str(path), "--data-dir", folder, "--lang", "fr")
    assert "précisez-le avec --dates dmy" in french.stderr
    ok = run("import", str(path), "--dates", "dmy", "--data-dir", folder)
    assert ok.returncode == 0, ok.stderr
    created = json.loads(run("stats", "--json", "--data-dir", folder).stdout)
    assert created["deals"]["open"] == 1


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    for name in ("nope.csv", "nope.json", "deals.csv"):
        done = run("import", str(tmp_path / name), "--data-dir", str(tmp_path / "d"))
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert f"Cannot read {tmp_path / name}" in done.stderr


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    path = crm_files.french(tmp_path / "affaires.csv")
    folder = tmp_path / "data"
    done = run("import", str(path), "--dry-run", "--data-dir", str(folder), "--lang", "fr")
    assert done.returncode == 0, done.stderr
    assert "Tableur\xa0; Windows-1252\xa0; séparateur\xa0: point-virgule" in done.stdout
    assert "rien n’a été écrit (--dry-run)\xa0: 3 affaire(s) à importer" in done.stdout
    assert _deals(folder) == 0


def test_export_then_import_into_an_empty_folder_gives_the_same_files(tmp_path: Path) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert run("demo", "--deals", "120", "--data-dir", a).returncode == 0
    first = run("export", "--out", str(tmp_path / "one"), "--data-dir", a, "--lang", "en")
    assert first.returncode == 0, first.stderr
    assert "Exported to" in first.stdout and "120 deal(s)" in first.stdout
    assert run("import", str(tmp_path / "one" / "deals.csv"), "--data-dir", b).returncode == 0
    assert run("export", "--out", str(tmp_path / "two"), "--data-dir", b).returncode == 0
    for f in (tmp_path / "one").iterdir():
        assert filecmp.cmp(f, tmp_path / "two" / f.name, shallow=False), f.name
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    js = run("export", "--format", "json", "--out", str(tmp_path / "x.json"), "--data-dir", a)
    assert js.returncode == 0 and json.loads((tmp_path / "x.json").read_text())["format"]
    taken = run("export", "--out", str(tmp_path / "one"), "--data-dir", a)
    assert taken.returncode == 2 and "already exists" in taken.stderr


def test_write_commands_refuse_while_the_app_holds_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--deals", "10", "--data-dir", str(folder)).returncode == 0
    path = crm_files.pipedrive(tmp_path / "deals.csv")
    db = folder / "salescoach.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    lock = QLockFile(str(folder / "salescoach.lock"))  # as the window takes it
    assert lock.tryLock(100)
    try:
        for args in (["import", str(path)], ["demo", "--deals", "5"]):
            done = run(*args, "--data-dir", str(folder), "--lang", "en")
            assert done.returncode == 2
            assert done.stderr.count("\n") == 1
            assert "salescoach is open on" in done.stderr and "Nothing was written" in done.stderr
        assert run("stats", "--data-dir", str(folder)).returncode == 0  # reading is fine
        assert (
            run("export", "--out", str(tmp_path / "e"), "--data-dir", str(folder)).returncode == 0
        )
    finally:
        lock.unlock()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert run("import", str(path), "--data-dir", str(folder)).returncode == 0
    assert not (folder / "salescoach.lock").exists()  # released after the command


def test_a_killed_import_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--deals", "30", "--data-dir", str(folder)).returncode == 0
    path = crm_files.big_pipedrive(tmp_path / "big.csv", 12_000)
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        before = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("deals", "accounts", "contacts", "touches", "debriefs")]  # fmt: skip
    conn.close()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "cli" / "import_child.py"), str(folder), str(path)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("writing 5000"), line  # 5,000 deals in the open transaction
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        after = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("deals", "accounts", "contacts", "touches", "debriefs")]  # fmt: skip
    conn.close()
    assert after == before


def test_next_weeks_export_dry_run_then_import(tmp_path: Path) -> None:
    rows = [list(r) for r in crm_files.PIPEDRIVE_ROWS]
    first = crm_files.write_csv(tmp_path / "deals.csv", crm_files.PIPEDRIVE, rows)
    folder = str(tmp_path / "data")
    assert run("import", str(first), "--data-dir", folder).returncode == 0
    rows[3][4], rows[3][6], rows[3][2] = "Won", "2024-12-20 10:00:00", "1500"
    rows.append(["5", "Maintenance", "700", "EUR", "Open", "", "", "", "2024-11-02 10:00:00",
                 "", "1", "Garage Petit", "", "", "Qualified"])  # fmt: skip
    later = crm_files.write_csv(tmp_path / "deals-2.csv", crm_files.PIPEDRIVE, rows)
    before = hashlib.sha256((tmp_path / "data" / "salescoach.sqlite").read_bytes()).hexdigest()

    dry = run("import", str(later), "--dry-run", "--data-dir", folder, "--lang", "en")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert "1 new, 1 changed, 3 unchanged." in lines
    assert "  Formation: status Open → Won; amount €1,000.00 → €1,500.00; close date — → " in (
        dry.stdout
    )
    assert "1 deal(s) to import, 1 to update, 3 already there" in dry.stdout
    after = hashlib.sha256((tmp_path / "data" / "salescoach.sqlite").read_bytes()).hexdigest()
    assert after == before

    done = run("import", str(later), "--data-dir", folder, "--lang", "fr")
    assert done.returncode == 0, done.stderr
    stats = json.loads(run("stats", "--json", "--data-dir", folder).stdout)
    assert stats["deals"] == {"open": 1, "won": 2, "lost": 2}
