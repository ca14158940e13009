"""Undo's copies: every row an action changed is put back exactly, and Redo puts the
action's result back."""

from __future__ import annotations

import datetime as dt

from salescoach.domain.deals import ContactDraft, DealDraft, TouchDraft
from salescoach.domain.enums import ContactRole, TouchKind
from salescoach.domain.followups import CadenceUnit
from salescoach.services.workspace import Workspace
from tests.db_rows import db_rows


def _deal_with_history(ws: Workspace):  # type: ignore[no-untyped-def]
    p = ws.pipeline
    claire = p.save_contact(ContactDraft("Claire", "Martin"))
    role = ContactRole.DECISION_MAKER
    deal = p.save_deal(DealDraft("Paie", "Boulangerie Dupont", 500_000, contacts=[(claire, role)]))
    p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2026, 1, 5, 10), deal.id, claire, "ok"))
    account = p.account_ids()["Boulangerie Dupont"]
    ws.followups.set_cadence(account, None, 2, CadenceUnit.WEEKS, deal_id=deal.id)
    return deal


def test_a_deleted_deal_comes_back_with_everything(workspace: Workspace) -> None:
    ws = workspace
    deal = _deal_with_history(ws)
    ws.debriefs.mark_lost(deal.id)
    before_rows = db_rows(ws.data_dir)
    before = ws.history.deal(deal.id)
    ws.pipeline.delete_deal(deal.id)
    after = ws.history.again(before)
    assert db_rows(ws.data_dir) != before_rows
    ws.history.restore(before)
    assert db_rows(ws.data_dir) == before_rows
    ws.history.restore(after)  # redo
    assert [d.title for d in ws.pipeline.deal_rows()] == []


def test_an_undone_touch_leaves_the_follow_ups_as_they_were(workspace: Workspace) -> None:
    ws = workspace
    deal = _deal_with_history(ws)
    before_rows = db_rows(ws.data_dir)
    before = ws.history.deal(deal.id)
    ws.pipeline.log_touch(TouchDraft(TouchKind.EMAIL, dt.datetime(2026, 3, 1, 9), deal.id))
    ws.history.restore(before)
    assert db_rows(ws.data_dir) == before_rows
