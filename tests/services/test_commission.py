"""The commission plan: imported wins with no commission earn the plan's rate, from its
date; a recorded commission stays; Numbers, Progress, the value of a touch and `stats`
use it at once."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from salescoach.domain.commission import CommissionRate, earned, parse_percent
from salescoach.domain.messages import ValidationError
from salescoach.domain.progress import Grouping
from salescoach.services.commission import CommissionService
from salescoach.services.numbers import NumbersService
from salescoach.services.progress import ProgressService, series
from salescoach.services.workspace import Workspace
from tests import crm_files
from tests.cli.test_cli import run


def _won(ws: Workspace, title: str) -> uuid.UUID:
    with sqlite3.connect(ws.data_dir / "salescoach.sqlite") as conn:
        row = conn.execute("SELECT id FROM deals WHERE title = ?", (title,)).fetchone()
    return uuid.UUID(row[0])


def test_imported_wins_earn_the_plan_in_stats(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    path = crm_files.pipedrive(tmp_path / "deals.csv")  # one win of 12 500.50 € (2024-03-05)
    assert run("import", str(path), "--data-dir", folder).returncode == 0
    before = json.loads(run("stats", "--json", "--data-dir", folder).stdout)
    assert before["commission"] == 0 and not before["per_touch_value"]
    shown = run("commission", "--data-dir", folder, "--lang", "en")
    assert shown.returncode == 0 and "No commission plan" in shown.stdout

    done = run("commission", "--rate", "8", "--data-dir", folder, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "8 % of each won amount."
    after = json.loads(run("stats", "--json", "--data-dir", folder).stdout)
    assert after["commission"] == 1000.04  # 8 % of 12 500.50
    assert after["wins_without_commission"] == 0
    assert after["per_touch_value"] == round(1000.04 / 10, 2)  # 10 touches, one win
    [march] = [m for m in after["monthly"] if m["month"] == "2024-03"]
    assert march["commission"] == 1000.04

    later = run("commission", "--rate", "10,5", "--from", "2024-03-01", "--data-dir", folder)
    assert later.returncode == 0, later.stderr
    assert "From 2024-03-01: 10.5 %" in later.stdout or "10.5" in later.stdout
    again = json.loads(run("stats", "--json", "--data-dir", folder).stdout)
    assert again["commission"] == 1312.55  # 10.5 % from March: the win is on 5 March


def test_a_bad_rate_is_refused_with_one_line(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    for bad in ("abc", "150", "-3"):
        done = run("commission", "--rate", bad, "--data-dir", folder, "--lang", "en")
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    french = run("commission", "--rate", "abc", "--data-dir", folder, "--lang", "fr")
    assert "n’est pas un taux" in french.stderr
    assert not (tmp_path / "data" / "salescoach.sqlite").exists()  # nothing written


def test_a_recorded_commission_is_kept_and_said(workspace: Workspace, tmp_path: Path) -> None:
    from salescoach.services import import_check, import_sample, importing

    sample = import_sample.inspect_file(crm_files.hubspot(tmp_path / "hubspot.csv"))
    plan = import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    importing.write(workspace.store, plan)
    service = CommissionService(workspace.store)
    deal = _won(workspace, "Migration ERP")  # 45 000, won 2024-06-30
    assert service.for_deal(deal) is not None
    assert service.for_deal(deal).cents == 0  # type: ignore[union-attr]
    service.set_rate("10")
    found = service.for_deal(deal)
    assert found is not None and (found.cents, found.recorded) == (450000, False)
    with sqlite3.connect(workspace.data_dir / "salescoach.sqlite") as conn:
        conn.execute("UPDATE deals SET commission_cents = 300000 WHERE id = ?", (deal.hex,))
    found = service.for_deal(deal)
    assert found is not None and (found.cents, found.recorded) == (300000, True)
    # Progress and the value of a touch read it at once.
    months = series(workspace.store, Grouping.MONTH, "EUR", dt.date(2024, 12, 31))
    assert [m.commission_cents for m in months if m.start == dt.date(2024, 6, 1)] == [300000]
    numbers = NumbersService(workspace.store)
    assert numbers.numbers().commission_cents == 300000
    assert numbers.overview(None, None).has_plan
    effect = ProgressService(workspace.store).win_effect(deal, dt.date(2024, 7, 1))
    assert effect.added_cents == 45_000_00  # revenue without a goal; commission below
    assert service.remove_rate() and service.plan() == []
    assert not numbers.overview(None, None).has_plan


def test_rates_from_dates() -> None:
    plan = [CommissionRate(dt.date(1900, 1, 1), 800), CommissionRate(dt.date(2025, 1, 1), 1200)]
    assert earned(plan, 100_000, dt.date(2024, 12, 31), 0) == (8_000, False)
    assert earned(plan, 100_000, dt.date(2025, 1, 1), 0) == (12_000, False)
    assert earned(plan, 100_000, dt.date(2025, 1, 1), 5) == (5, True)
    assert earned([], 100_000, dt.date(2025, 1, 1), 0) == (0, False)
    assert [parse_percent(t) for t in ("8", "8.5", "8,25 %", "0", "100")] == [
        800, 850, 825, 0, 10_000,
    ]  # fmt: skip
    with pytest.raises(ValidationError):
        parse_percent("8.555")


ACCELERATED = [  # won in 2024: 15 000 € in March, 10 000 € in June, 5 000 € recorded 900 €
    ["Audit", "Garage Petit", "15000", "Gagné", "2024-01-10", "2024-03-05", "0"],
    ["Formation", "Garage Petit", "10000", "Gagné", "2024-02-10", "2024-06-10", "0"],
    ["Parc", "Hôtel Roux", "5000", "Gagné", "2024-02-10", "2024-07-01", "900"],
]  # fmt: skip


def test_an_accelerator_beyond_the_yearly_goal(workspace: Workspace, tmp_path: Path) -> None:
    from salescoach.domain.goals import GoalDraft
    from salescoach.domain.progress import Metric
    from salescoach.services import import_check, import_sample, importing

    headers = ["Affaire", "Société", "Montant", "Statut", "Créée le", "Date de clôture",
               "Commission"]  # fmt: skip
    path = crm_files.write_csv(tmp_path / "wins.csv", headers, ACCELERATED, sep=";")
    sample = import_sample.inspect_file(path)
    importing.write(
        workspace.store,
        import_check.check(workspace.store, sample, import_sample.settings_for(sample)),
    )
    with sqlite3.connect(workspace.data_dir / "salescoach.sqlite") as conn:
        conn.execute("UPDATE deals SET commission_cents = 90000 WHERE title = 'Parc'")
    progress = ProgressService(workspace.store)
    progress.save_goal(GoalDraft(2024, 2_000_000, Metric.REVENUE, "EUR"))
    service = CommissionService(workspace.store)
    service.set_rate("8", above_goal="12")
    assert [(r.rate_bp, r.above_goal_bp) for r in service.plan()] == [(800, 1200)]

    # 15 000 at 8 %; 10 000 of which 5 000 past the goal at 12 %; 900 recorded.
    numbers = NumbersService(workspace.store).numbers()
    assert numbers.commission_cents == 120_000 + 80_000 + 20_000 + 90_000
    june = [m for m in series(workspace.store, Grouping.MONTH, "EUR", dt.date(2024, 12, 31))
            if m.start == dt.date(2024, 6, 1)]  # fmt: skip
    assert [m.commission_cents for m in june] == [100_000]
    formation = service.for_deal(_won(workspace, "Formation"))
    assert formation is not None and (formation.cents, formation.recorded) == (100_000, False)
    assert sum(c for _, _, c in progress.load(dt.date(2024, 12, 31)).this_year) == 310_000

    shown = run("commission", "--data-dir", str(workspace.data_dir), "--lang", "en")
    assert shown.stdout.strip() == (
        "8 % of each won amount. 12 % of what you win beyond the year's revenue goal."
    )
