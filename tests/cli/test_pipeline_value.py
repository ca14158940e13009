"""`stats --json`'s `pipeline`: the open deals' total and the forecast weighted by each
stage's chance (as set in Settings), in the main currency, checked against the rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from salescoach.domain.deals import DealDraft
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.messages import UserError
from salescoach.services.workspace import open_workspace
from tests.cli.test_cli import run


def test_stats_json_gives_the_open_pipeline_and_its_weighted_forecast(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--deals", "200", "--seed", "5", "--data-dir", str(folder)).returncode == 0
    ws = open_workspace(folder)
    try:
        # A deal in another currency and a won one: neither is in the open euro pipeline.
        ws.pipeline.save_deal(DealDraft("Licences", "Acme Inc", 9_999_900, "USD"))
        day = ws.pipeline.deal_rows()[0].created_on
        won = DealDraft("Gagné", "Acme", 5_000_000, status=DealStatus.WON, closed_on=day)
        ws.pipeline.save_deal(won)
        chances = {s: 10 * (i + 1) + 5 for i, s in enumerate(DealStage)}  # 15, 25, … 55 %
        ws.forecast.set_probabilities(chances)
    finally:
        ws.close()

    result = run("stats", "--json", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)

    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        rows = conn.execute(
            "SELECT stage, amount_cents FROM deals WHERE status = 'open' AND currency = 'EUR'"
        ).fetchall()
    assert figures["currency"] == "EUR" and len(rows) > 5
    total = sum(cents for _stage, cents in rows)
    weighted = sum(cents * chances[DealStage(stage)] for stage, cents in rows) / 100
    assert figures["pipeline"]["open_amount"] == pytest.approx(total / 100)
    assert figures["pipeline"]["weighted_amount"] == pytest.approx(weighted / 100, abs=0.01)


def test_a_new_database_has_the_default_chances_and_refuses_more_than_100(
    tmp_path: Path,
) -> None:
    ws = open_workspace(tmp_path / "data")
    try:
        assert list(ws.forecast.probabilities().values()) == [10, 20, 40, 60, 80]
        assert ws.forecast.pipeline_value().open_cents == 0
        ws.pipeline.save_deal(DealDraft("Audit", "Acme", 100_000, stage=DealStage.PROPOSAL))
        value = ws.forecast.pipeline_value()
        assert (value.open_cents, value.weighted_cents) == (100_000, 40_000)
        with pytest.raises(UserError, match="from 0 to 100, not 120"):
            ws.forecast.set_probabilities({DealStage.LEAD: 120})
        assert ws.forecast.probabilities()[DealStage.LEAD] == 10  # nothing written
    finally:
        ws.close()
