"""The command line, run as a rep or a script would: a real process, a real data folder."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salescoach", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_demo_then_stats_json(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    made = run("demo", "--deals", "50", "--seed", "3", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    assert "50 deals" in made.stdout
    stats = run("--data-dir", str(folder), "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    assert sum(figures["deals"].values()) == 50
    assert set(figures["deals"]) == {"open", "won", "lost"}
    won, lost = figures["deals"]["won"], figures["deals"]["lost"]
    assert figures["win_rate"] == pytest.approx(won / (won + lost))
    assert figures["currency"] == "EUR"


def test_stats_json_counts_the_debriefs(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--deals", "400", "--data-dir", str(folder)).returncode == 0
    figures = json.loads(run("stats", "--json", "--data-dir", str(folder)).stdout)
    d = figures["debriefs"]
    assert set(d) == {
        "count", "pending", "q1", "q2", "q3", "q4", "q5", "q6", "weakest_question",
        "controllable_losses", "uncontrollable_losses", "referrals_asked", "referrals_obtained",
        "imported_losses",
    }  # fmt: skip
    assert d["imported_losses"] == 0  # the demo imported nothing
    # Every lost deal is either debriefed or still to do; most of the demo's are done.
    assert d["count"] + d["pending"] == figures["deals"]["lost"]
    assert d["count"] > 2 * d["pending"] > 0
    for q in ("q1", "q2", "q3", "q4", "q5", "q6"):
        assert set(d[q]) == {"yes", "partly", "no"}
        assert sum(d[q].values()) <= d["count"]
    assert d["weakest_question"] in {"q1", "q2"}  # the demo rep's habits
    assert d["controllable_losses"] + d["uncontrollable_losses"] == d["count"]
    assert 0 < d["referrals_obtained"] < d["referrals_asked"] < d["count"]
    reasons = figures["loss_reasons"]
    assert sum(r["count"] for r in reasons) == d["count"]
    assert {"reason", "controllable", "count"} <= set(reasons[0])
    table = run("stats", "--lang", "en", "--data-dir", str(folder)).stdout
    assert "Debriefs done" in table and d["weakest_question"].upper() in table


def test_stats_writes_years_in_full_and_percent_as_english_does(tmp_path: Path) -> None:
    """It printed "1/1/00 – 1/1/00" for 2000-2100, and "53 %"."""
    folder = tmp_path / "data"
    run("demo", "--deals", "20", "--data-dir", str(folder))
    table = run("stats", "--lang", "en", "--since", "2000-01-01", "--until", "2100-01-01",
                "--data-dir", str(folder), env={"LANG": "en_US.UTF-8"}).stdout  # fmt: skip
    assert "1/1/2000 – 1/1/2100" in table
    rate = next(line for line in table.splitlines() if "Win rate" in line)
    assert rate.rstrip().endswith("%") and not rate.rstrip().endswith(" %"), rate


def test_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    env = {"SALESCOACH_DATA_DIR": str(folder)}
    assert run("demo", "--deals", "20", env=env).returncode == 0
    assert (folder / "salescoach.sqlite").exists()
    table = run("stats", env=env)
    assert table.returncode == 0
    assert "Deals" in table.stdout and "20" in table.stdout


def test_readable_table_in_french(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    run("demo", "--deals", "1500", "--data-dir", str(folder))
    table = run("stats", "--lang", "fr", "--data-dir", str(folder))
    assert table.returncode == 0
    assert "Affaires" in table.stdout and "1\u202f500" in table.stdout.replace("\xa0", "\u202f")


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--deals", "-3"],
        ["demo", "--deals", "abc"],
        ["stats", "--nope"],
        ["frobnicate"],
        ["stats", "--since", "2025-13-01"],
        ["stats", "--json", "--until", "yesterday"],
        ["stats", "--since", "2025-06-01", "--until", "2025-01-01"],
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    done = run(*args, "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data" / "salescoach.sqlite").exists()


def test_corrupt_database_one_line_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "salescoach.sqlite"
    db.write_bytes(b"PK\x03\x04 a zip file, not a database" * 40)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for args in (["stats", "--json"], ["demo", "--deals", "5"]):
        done = run(*args, "--data-dir", str(folder))
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "not a salescoach database" in done.stderr
        assert "Traceback" not in done.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == ["salescoach.sqlite"]


def test_demo_refuses_a_folder_with_deals(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    assert run("demo", "--deals", "10", "--data-dir", folder).returncode == 0
    again = run("demo", "--deals", "10", "--data-dir", folder)
    assert again.returncode == 2
    assert "already has deals" in again.stderr
    assert json.loads(run("stats", "--json", "--data-dir", folder).stdout)["deals"]["open"] >= 0


def test_data_folder_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    done = run("stats", "--data-dir", str(target))
    assert done.returncode == 2
    assert "is a file, not a folder" in done.stderr


def _history(folder: Path, dollars: bool = False) -> None:
    from salescoach.services.workspace import open_workspace
    from tests.numbers_history import build_history

    ws = open_workspace(folder)
    try:
        build_history(ws, dollars)
    finally:
        ws.close()


def test_stats_json_agrees_with_the_hand_calculation(tmp_path: Path) -> None:
    """tests/numbers_history.py: 12 000 € over 3 wins and 30 touches, 2 000 € and 20
    touches over the last 12 months."""
    from tests.numbers_history import days_ago

    folder = tmp_path / "data"
    _history(folder)
    figures = json.loads(run("stats", "--json", "--data-dir", str(folder)).stdout)
    assert figures["deals"] == {"open": 1, "won": 3, "lost": 1}
    assert figures["win_rate"] == 0.75
    assert figures["touches"] == 30
    assert figures["currency"] == "EUR"
    assert figures["commission"] == 12_000
    assert figures["avg_commission_per_win"] == 4_000
    assert figures["touches_per_win"] == 10
    assert figures["per_touch_value"] == 400
    assert figures["touches_by_kind"]["call"] == 23
    assert figures["other_currencies"] == []
    year = run(
        "stats", "--json", "--since", days_ago(365).isoformat(), "--until",
        days_ago(0).isoformat(), "--data-dir", str(folder),
    )  # fmt: skip
    assert year.returncode == 0, year.stderr
    figures = json.loads(year.stdout)
    assert figures["deals"] == {"open": 1, "won": 2, "lost": 1}
    assert figures["win_rate"] == pytest.approx(2 / 3)
    assert (figures["touches"], figures["commission"]) == (20, 2_000)
    assert (figures["touches_per_win"], figures["per_touch_value"]) == (10, 100)
    assert figures["avg_commission_per_win"] == 1_000
    assert figures["period"] == {
        "since": days_ago(365).isoformat(),
        "until": days_ago(0).isoformat(),
    }


def test_stats_leave_other_currencies_out_and_name_them(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _history(folder, dollars=True)
    figures = json.loads(run("stats", "--json", "--data-dir", str(folder)).stdout)
    assert figures["deals"]["won"] == 4 and figures["touches"] == 32  # every deal counts
    assert (figures["currency"], figures["per_touch_value"]) == ("EUR", 400)  # euros only
    assert figures["other_currencies"] == [
        {"currency": "USD", "won": 1, "lost": 0, "commission": 500, "touches": 2}
    ]
    table = run("stats", "--lang", "en", "--data-dir", str(folder)).stdout
    assert "€400.00" in table and "10:1" in table and "USD" in table
    french = run("stats", "--lang", "fr", "--data-dir", str(folder)).stdout
    assert "valeur d’un échange" in french and "400,00\u00a0€" in french
