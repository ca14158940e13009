"""What Edit › Undo and Redo put back: the rows an action changed, copied before and after."""

from __future__ import annotations

import uuid
from dataclasses import replace

from salescoach.domain.history import Scope, Snapshot
from salescoach.store import snapshots
from salescoach.store.database import Store


class HistoryService:
    """Copies of the rows an action may change, and putting them back."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def deal(self, deal_id: uuid.UUID) -> Snapshot:
        """A deal as it is now: with its touches, contact roles, debrief, nominations and
        its company's follow-ups."""
        with self.store.session() as s:
            return snapshots.take(s, snapshots.deal_scope(s, deal_id))

    def follow_up(self, follow_up_id: uuid.UUID) -> Snapshot:
        with self.store.session() as s:
            return snapshots.take(s, Scope(follow_up_id=follow_up_id))

    def prospect(self, follow_up_id: uuid.UUID) -> Snapshot:
        """A follow-up and its company's, before a touch with that prospect is logged."""
        with self.store.session() as s:
            return snapshots.take(s, snapshots.prospect_scope(s, follow_up_id))

    def logged(self, before: Snapshot, touch_id: uuid.UUID) -> Snapshot:
        """`before` (taken by `prospect`) counting the touch logged since: undone, it goes.
        The copy is still exact: before, no row was that touch or pointed at it."""
        return Snapshot(replace(before.scope, touch_id=touch_id), before.rows)

    def again(self, before: Snapshot) -> Snapshot:
        """The same rows as `before`, as they are now (after the action)."""
        with self.store.session() as s:
            return snapshots.take(s, before.scope)

    def restore(self, snapshot: Snapshot) -> None:
        """Make those rows what they were when copied."""
        with self.store.session() as s:
            snapshots.put_back(s, snapshot)
