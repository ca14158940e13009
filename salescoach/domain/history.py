"""What Edit › Undo puts back: the rows one action may change (a `Scope`), and a copy of
them (a `Snapshot`, taken and put back by `store.snapshots`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Scope:
    """The rows an action may change, by the ids that reach them."""

    deal_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None  # its follow-ups (a touch restarts their cadence)
    follow_up_id: uuid.UUID | None = None
    touch_id: uuid.UUID | None = None  # a touch logged from the Follow-ups, maybe off any deal


@dataclass(frozen=True)
class Snapshot:
    """The scope's rows, table by table, as plain column values."""

    scope: Scope
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
