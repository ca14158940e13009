"""The app's main currency: the most frequent by default (a US history is in dollars), the
rep's choice once made, in Numbers, Progress and `stats` (its pipeline too) alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salescoach.domain.messages import ValidationError
from salescoach.services import currency, import_check, import_sample, importing
from salescoach.services.progress import ProgressService
from salescoach.services.stats import compute_stats
from salescoach.services.workspace import Workspace
from tests.crm_files import PIPEDRIVE, PIPEDRIVE_ROWS, write_csv


def _us_history(ws: Workspace, tmp_path: Path) -> None:
    rows = [list(r) for r in PIPEDRIVE_ROWS]
    for r in rows[:3]:
        r[3] = "USD"
    path = write_csv(tmp_path / "deals.csv", PIPEDRIVE, rows)
    sample = import_sample.inspect_file(path)
    importing.write(
        ws.store, import_check.check(ws.store, sample, import_sample.settings_for(sample))
    )


def test_a_us_history_is_in_dollars_until_the_rep_chooses(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert currency.main_currency(workspace.store) == "EUR"  # nothing yet
    _us_history(workspace, tmp_path)
    assert currency.main_currency(workspace.store) == "USD"
    assert currency.chosen_currency(workspace.store) is None
    stats = compute_stats(workspace.store)
    assert stats["currency"] == "USD" and stats["commission"] == 0
    assert [o["currency"] for o in stats["other_currencies"]] == ["EUR"]  # the open deal
    assert stats["pipeline"]["open_amount"] == 0  # no open deal in dollars
    assert ProgressService(workspace.store).load().currency == "USD"
    assert workspace.forecast.pipeline_value().currency == "USD"  # the Pipeline's header

    currency.set_main_currency(workspace.store, "eur")
    assert currency.main_currency(workspace.store) == "EUR"
    stats = json.loads(json.dumps(compute_stats(workspace.store)))
    assert stats["currency"] == "EUR"
    [usd] = stats["other_currencies"]
    assert (usd["currency"], usd["won"], usd["lost"]) == ("USD", 1, 2)
    assert stats["pipeline"]["open_amount"] == 1000  # the open deal, in euros as the rest
    assert ProgressService(workspace.store).load().currency == "EUR"
    header = workspace.forecast.pipeline_value()  # as `stats`: the choice, not the most deals
    assert (header.currency, header.open_cents) == ("EUR", 100_000)

    currency.set_main_currency(workspace.store, None)  # back to the most frequent
    assert currency.main_currency(workspace.store) == "USD"


def test_an_unknown_code_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="not a currency code"):
        currency.set_main_currency(workspace.store, "XYZ")
    assert currency.chosen_currency(workspace.store) is None
