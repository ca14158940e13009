"""Imported loss reasons count in `stats --json` and Insights (reasons per quarter,
controllable or not by the reason's default), marked as imported until the rep debriefs
the deal; the six questions stay the rep's own answers."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from salescoach.domain.debrief import Answer, seed_reason_id
from salescoach.services import import_check, import_sample, importing
from salescoach.services.stats import compute_stats
from salescoach.services.workspace import Workspace
from tests import crm_files


def test_imported_reasons_count_until_debriefed(workspace: Workspace, tmp_path: Path) -> None:
    sample = import_sample.inspect_file(crm_files.pipedrive(tmp_path / "deals.csv"))
    plan = import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    importing.write(workspace.store, plan)  # lost: "Price" (2024-04-02), the cousin's (05-02)

    stats = compute_stats(workspace.store)
    reasons = {r["reason"]: r for r in stats["loss_reasons"]}
    price = reasons["price"]
    assert (price["count"], price["imported"], price["controllable_count"]) == (1, 1, 0)
    cousin = reasons["Went with their cousin's company"]
    assert (cousin["count"], cousin["imported"], cousin["controllable"]) == (1, 1, False)
    d = stats["debriefs"]
    assert (d["count"], d["imported_losses"]) == (0, 2)
    assert (d["controllable_losses"], d["uncontrollable_losses"]) == (0, 2)  # the defaults
    assert d["q1"] == {"yes": 0, "partly": 0, "no": 0}  # nothing invented
    insights = workspace.debriefs.insights()
    assert insights.reasons_by_quarter["2024-Q2"][seed_reason_id("price")] == 1
    assert [(q.quarter, q.within, q.outside) for q in insights.by_quarter] == [("2024-Q2", 0, 2)]
    assert insights.finished == 0 and insights.weakest is None

    # The rep debriefs the price loss: it is theirs now, no longer "imported".
    with sqlite3.connect(workspace.data_dir / "salescoach.sqlite") as conn:
        deal = conn.execute("SELECT id FROM deals WHERE title = 'Audit sécurité'").fetchone()[0]
    draft, _ = workspace.debriefs.load(uuid.UUID(deal))
    for n in draft.answers:
        draft.answers[n] = Answer.NO
    draft.controllable = True  # the rep disagrees with the reason's default
    workspace.debriefs.finish(draft)
    stats = compute_stats(workspace.store)
    price = {r["reason"]: r for r in stats["loss_reasons"]}["price"]
    assert (price["count"], price["imported"], price["controllable_count"]) == (1, 0, 1)
    d = stats["debriefs"]
    assert (d["count"], d["imported_losses"]) == (1, 1)
    assert (d["controllable_losses"], d["uncontrollable_losses"]) == (1, 1)
    assert d["q1"]["no"] == 1
