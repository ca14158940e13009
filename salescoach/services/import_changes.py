"""A file's deals against the data: new, changed by the CRM (field by field, old and new,
for the preview and the update), the same as at the last import, or deleted by the rep."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.importing import ParsedDeal
from salescoach.domain.reimport import (
    CrmField,
    CrmValues,
    DealChange,
    FieldChange,
    ImportPreview,
    changed_fields,
)
from salescoach.store import bulk, imported_deals
from salescoach.store.deals import has_external_ids


def crm_values(d: ParsedDeal) -> CrmValues:
    return CrmValues(d.status, d.stage, d.amount_cents, d.currency, d.closed_on,
                     d.lost_reason, d.activities)  # fmt: skip


_DEAL_NOW = ("title", "status", "stage", "amount_cents", "currency", "closed_on", "created_on")


@dataclass
class Changed:
    deal: ParsedDeal
    record: imported_deals.Record
    now: tuple[object, ...]  # the deal as the app has it: _DEAL_NOW
    fields: list[CrmField]


@dataclass
class Diff:
    """The file's deals against the data: new, changed by the CRM, the same, deleted."""

    new: list[ParsedDeal] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    same: list[tuple[ParsedDeal, imported_deals.Record]] = field(default_factory=list)
    untracked: list[ParsedDeal] = field(default_factory=list)  # imported, no record kept
    deleted: int = 0
    unread: int = 0  # rows read as at the last import

    def preview(self) -> ImportPreview:
        changes = []
        for c in self.changed:
            title, status, stage, amount, _, closed, _ = c.now
            old: dict[CrmField, object] = {
                CrmField.STATUS: DealStatus(str(status)), CrmField.STAGE: DealStage(str(stage)),
                CrmField.AMOUNT: int(str(amount)),
                CrmField.CLOSED: dt.date.fromisoformat(str(closed)) if closed else None,
                CrmField.LOST_REASON: c.record.values.lost_reason or "",
                CrmField.ACTIVITIES: c.record.values.activities,
            }  # fmt: skip
            new: dict[CrmField, object] = {
                CrmField.STATUS: c.deal.status, CrmField.STAGE: c.deal.stage,
                CrmField.AMOUNT: c.deal.amount_cents, CrmField.CLOSED: c.deal.closed_on,
                CrmField.LOST_REASON: c.deal.lost_reason,
                CrmField.ACTIVITIES: c.deal.activities,
            }  # fmt: skip
            changes.append(
                DealChange(str(title), c.deal.currency,
                           tuple(FieldChange(f, old[f], new[f]) for f in c.fields))
            )  # fmt: skip
        return ImportPreview(
            len(self.new), changes, len(self.same) + len(self.untracked) + self.unread,
            self.deleted,
        )  # fmt: skip


def compare(conn: Connection, deals: list[ParsedDeal], unread: int) -> Diff:
    """`unread`: the rows read as at the last import, not parsed again."""
    keys = [d.key for d in deals]
    records = imported_deals.records(conn, keys)
    some = has_external_ids(conn)
    in_deals = bulk.existing(conn, "deals", "external_id", keys) if some else set()
    diff = Diff(unread=unread)
    found: list[tuple[ParsedDeal, imported_deals.Record, list[CrmField]]] = []
    for d in deals:
        record = records.get(d.key)
        if record is None:
            (diff.untracked if d.key in in_deals else diff.new).append(d)
        elif record.deal_id is None:
            diff.deleted += 1
        else:
            fields = changed_fields(record.values, crm_values(d))
            if fields:
                found.append((d, record, fields))
            else:
                diff.same.append((d, record))
    now = bulk.rows_by(conn, "deals", "id", _DEAL_NOW, (r.deal_id for _, r, _ in found))
    for d, record, fields in found:
        diff.changed.append(Changed(d, record, now[record.deal_id], fields))
    return diff
