"""The demo history: deterministic, realistic enough to coach on, and never over real data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from salescoach.domain.deals import DealDraft
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.domain.messages import UserError
from salescoach.services.demo import generate_demo
from salescoach.services.workspace import Workspace, open_workspace

TODAY = dt.date(2026, 11, 24)


def _demo_rows(folder: Path, seed: int) -> list[tuple[object, ...]]:
    ws = open_workspace(folder)
    try:
        generate_demo(ws.store, deals=120, seed=seed, today=TODAY)
        return [
            (r.id, r.title, r.account, r.contacts, r.amount_cents, r.status, r.created_on)
            for r in ws.pipeline.deal_rows()
        ]
    finally:
        ws.close()


def test_same_seed_same_history_other_seed_other_history(tmp_path: Path) -> None:
    first = _demo_rows(tmp_path / "a", seed=7)
    assert first == _demo_rows(tmp_path / "b", seed=7)
    assert first != _demo_rows(tmp_path / "c", seed=8)


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    made = generate_demo(workspace.store, deals=400, seed=1, today=TODAY)
    assert (made.deals, made.accounts) == (400, 50)
    assert made.touches > 400 * 5
    return workspace


def test_history_spans_three_years_with_every_outcome(demo: Workspace) -> None:
    rows = demo.pipeline.deal_rows()
    assert len(rows) == 400
    assert min(r.created_on for r in rows) <= TODAY - dt.timedelta(days=3 * 365)
    assert {r.status for r in rows} == set(DealStatus)
    for r in rows:
        assert r.created_on <= TODAY
        assert r.amount_cents > 0 and 0 < r.commission_cents < r.amount_cents
        if r.status is DealStatus.OPEN:
            assert r.closed_on is None
        else:
            assert r.closed_on is not None and r.created_on <= r.closed_on <= TODAY


def test_touches_of_every_kind_within_each_deal(demo: Workspace) -> None:
    kinds = set()
    for row in demo.pipeline.deal_rows()[:60]:
        touches = demo.pipeline.touches(row.id)
        assert touches, row.title
        end = row.closed_on or TODAY
        for t in touches:
            assert row.created_on <= t.occurred_at.date() <= end
            kinds.add(t.kind)
    with demo.store.engine.connect() as conn:
        stored = {k for (k,) in conn.exec_driver_sql("SELECT DISTINCT kind FROM touches")}
    assert stored == {k.value for k in TouchKind}
    assert len(kinds) >= 4


def test_french_names_and_contacts_on_deals(demo: Workspace) -> None:
    contacts = demo.pipeline.contacts()
    assert any(ch in "éèëïôç" for c in contacts for ch in c.full_name)
    assert all("@" in c.email and c.email.isascii() for c in contacts)
    assert sum(1 for r in demo.pipeline.deal_rows() if r.contacts) > 300


def test_refuses_a_database_with_deals_and_changes_nothing(workspace: Workspace) -> None:
    workspace.pipeline.save_deal(DealDraft("Mon vrai client", "Cabinet Moreau"))
    with pytest.raises(UserError, match="empty data folder"):
        generate_demo(workspace.store, deals=50)
    assert [r.title for r in workspace.pipeline.deal_rows()] == ["Mon vrai client"]
    assert len(workspace.pipeline.accounts()) == 1


def test_progress_is_reported_up_to_the_total(workspace: Workspace) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(workspace.store, deals=12_000, seed=2, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (12_000, 12_000)
    assert len(seen) >= 3 and seen == sorted(seen)
