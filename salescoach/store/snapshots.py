"""Rows as they were, to put back: what Edit › Undo (and Redo) restores.

A `Scope` names the rows one action can change (a deal with its touches, contact roles,
debrief, nominations and its company's follow-ups; or one follow-up, with its company's
and the touch logged with that prospect). `take` copies them;
`put_back` makes the table match the copy again: it deletes what is in the scope now (a
touch logged since, a debrief started since) and inserts the copied rows unchanged, ids and
timestamps included, so an undone delete brings back exactly what was deleted.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, false, insert, or_, select
from sqlalchemy.orm import Session

from salescoach.domain.history import Scope, Snapshot
from salescoach.store.models import (
    CallNomination,
    Deal,
    DealContact,
    Debrief,
    FollowUp,
    Touch,
)

# Parents before children: inserted in this order, deleted in the reverse one.
_TABLES: tuple[Any, ...] = (Deal, DealContact, Touch, Debrief, CallNomination, FollowUp)


def _touch_ids(scope: Scope) -> Any:
    return select(Touch.id).where(Touch.deal_id == scope.deal_id)


def _where(model: Any, scope: Scope) -> ColumnElement[bool]:
    """Which rows of `model` are in `scope` now."""
    deal = scope.deal_id
    conditions: list[ColumnElement[bool]] = []
    if deal is not None:
        if model is Deal:
            conditions.append(Deal.id == deal)
        elif model in (DealContact, Touch, Debrief):
            conditions.append(model.deal_id == deal)
        elif model is CallNomination:
            conditions.append(CallNomination.touch_id.in_(_touch_ids(scope)))
        elif model is FollowUp:
            conditions.append(FollowUp.deal_id == deal)
            conditions.append(FollowUp.last_touch_id.in_(_touch_ids(scope)))
    if scope.touch_id is not None:
        if model is Touch:
            conditions.append(Touch.id == scope.touch_id)
        elif model is CallNomination:
            conditions.append(CallNomination.touch_id == scope.touch_id)
        elif model is FollowUp:
            conditions.append(FollowUp.last_touch_id == scope.touch_id)
    if model is FollowUp:
        if scope.account_id is not None:
            conditions.append(FollowUp.account_id == scope.account_id)
        if scope.follow_up_id is not None:
            conditions.append(FollowUp.id == scope.follow_up_id)
    return or_(*conditions) if conditions else false()


def take(session: Session, scope: Scope) -> Snapshot:
    """Copy the rows in `scope` (flushes pending changes first, to copy what is stored)."""
    session.flush()
    rows: dict[str, list[dict[str, Any]]] = {}
    for model in _TABLES:
        table: Table = model.__table__
        found = session.execute(select(table).where(_where(model, scope))).mappings()
        rows[table.name] = [dict(r) for r in found]
    return Snapshot(scope, rows)


def put_back(session: Session, snapshot: Snapshot) -> None:
    """Make the scope's rows what they were in `snapshot`."""
    session.flush()
    for model in reversed(_TABLES):
        table: Table = model.__table__
        ids = [r["id"] for r in snapshot.rows.get(table.name, [])]
        # Also by id: a row may have left the scope since (a follow-up unlinked).
        gone = or_(_where(model, snapshot.scope), table.c.id.in_(ids))
        session.execute(delete(table).where(gone).execution_options(synchronize_session=False))
    for model in _TABLES:
        table = model.__table__
        if snapshot.rows.get(table.name):
            session.execute(insert(table), snapshot.rows[table.name])
    session.expire_all()  # objects loaded before must be read again


def deal_scope(session: Session, deal_id: uuid.UUID) -> Scope:
    """A deal's rows and its company's follow-ups."""
    deal = session.get(Deal, deal_id)
    return Scope(deal_id=deal_id, account_id=deal.account_id if deal is not None else None)


def prospect_scope(session: Session, follow_up_id: uuid.UUID) -> Scope:
    """A follow-up and its company's others (a touch with the prospect restarts them)."""
    found = session.get(FollowUp, follow_up_id)
    account = found.account_id if found is not None else None
    return Scope(account_id=account, follow_up_id=follow_up_id)
