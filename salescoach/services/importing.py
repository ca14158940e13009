"""Importing a file: look at it, check every row, then write all of it in one transaction.

    sample = import_sample.inspect_file(path)  # format, encoding, separator, mapping, conventions
    plan = import_check.check(store, sample, settings)  # every row parsed; the problems
    result = importing.write(store, plan, skip_bad_rows=False, progress=…)

A file with bad rows is refused whole (`ImportRefusedError`, with the report) unless the rep
asks for the good rows only. Nothing is ever half-imported: the rows go in with
executemany in one transaction, so a crash or a kill leaves the database as it was.
Each deal remembers its source (`deals.external_id`: the CRM's id, or the columns that say
which deal it is) and what the CRM said of it (`imported_deals`): importing next week's
export updates what the CRM changed, adds the new deals, and leaves alone what the rep
wrote and the deals the rep deleted (see domain/reimport.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from sqlalchemy import Connection, exc

from salescoach.domain.enums import DealStatus
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.reimport import CrmField
from salescoach.services import native_import
from salescoach.services.collector import collector_paused
from salescoach.services.import_changes import Changed, compare, crm_values
from salescoach.services.import_check import ImportPlan
from salescoach.services.import_writer import (
    ACCOUNTS,
    CONTACTS,
    DEALS,
    DEBRIEFS,
    LINKS,
    TOUCHES,
    Writer,
)
from salescoach.store import bulk, imported_deals
from salescoach.store.database import Store, database_error
from salescoach.store.debriefs import follow_import
from salescoach.store.touches import remove_imported

CTX = "Importing"
CHUNK = 5000
Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    deals: int = 0
    already: int = 0  # deals imported before (same source) that the CRM did not change
    updated: int = 0  # deals imported before that the CRM changed: updated
    deleted: int = 0  # deals imported before and deleted by the rep: left deleted
    accounts: int = 0
    contacts: int = 0
    touches: int = 0
    reasons: int = 0
    debriefs: int = 0
    skipped_rows: int = 0  # bad rows left out on request
    placeholder_dates: int = 0  # a CRM's "no date" (31.12.3999) read as no date
    closed_from_modified: int = 0  # won or lost without a close date: dated by last change
    titles_made: int = 0  # no title in the file: made from account, product or ID
    created_moved: int = 0  # created after their close date in the file: moved to it
    dry_run: bool = False


class ImportRefusedError(UserError):
    """Bad rows: nothing was imported. `plan.problems` is the report."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "{file}: {bad} of {rows} rows cannot be imported; nothing was imported. "
                    "Correct them, or import only the good rows.",
                ),
                file=plan.source,
                bad=plan.bad_rows,
                rows=plan.rows,
            )
        )
        self.plan = plan


def last_import(store: Store) -> imported_deals.LastImport | None:
    """The latest import, when it brought lost deals (the Debriefs banner: how many, how
    many of their debriefs are still drafts)."""
    with bulk.snapshot(store.engine) as conn:
        return imported_deals.last_import(conn)


@collector_paused()
def write(
    store: Store,
    plan: ImportPlan,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Write the plan's good rows in one transaction (rolled back for a dry run)."""
    if plan.problems and not skip_bad_rows:
        raise ImportRefusedError(plan)
    with store.engine.connect() as conn:
        trans = conn.begin()
        try:
            # pysqlite begins only before the first write; the whole import is one
            # transaction from here, holding the write lock (and deferring foreign keys).
            bulk.begin_write(conn)
            if plan.native is not None:
                added, already = native_import.write_native(conn, plan.native, progress)
                result = ImportResult(
                    deals=added["deals"],
                    already=already["deals"],
                    accounts=added["accounts"],
                    contacts=added["contacts"],
                    touches=added["touches"],
                    reasons=added["loss_reasons"],
                    debriefs=added["debriefs"],
                )
            else:
                result = _write_deals(conn, plan, progress, today or dt.date.today())
                result.placeholder_dates = plan.parsed.placeholder_dates
                result.closed_from_modified = plan.parsed.closed_from_modified
                result.titles_made = plan.parsed.titles_made
                result.created_moved = plan.parsed.created_moved
            result.skipped_rows = plan.bad_rows
            result.dry_run = dry_run
            if dry_run:
                trans.rollback()
            else:
                trans.commit()
        except BaseException as e:
            trans.rollback()
            if isinstance(e, exc.OperationalError):  # busy, read-only, full disk…
                raise database_error(store.path, e) from e
            raise
        finally:
            with suppress(exc.DBAPIError):  # a smaller cache is not worth hiding an error
                bulk.end_bulk_mode(conn)
                conn.commit()  # the pragmas' own autobegun transaction: nothing to write
    return result


def _write_deals(
    conn: Connection, plan: ImportPlan, progress: Progress | None, today: dt.date
) -> ImportResult:
    bulk.bulk_mode(conn)
    w = Writer(conn, plan.activities_column, today)
    r = ImportResult()
    diff = compare(conn, plan.parsed.deals, plan.unchanged_rows)
    r.already = len(diff.same) + len(diff.untracked) + diff.unread
    r.deleted = diff.deleted
    ids = bulk.rows_by(conn, "deals", "external_id", ("id",), (d.key for d in diff.untracked))
    records: list[tuple[object, ...]] = [
        (w.ids(), d.key, ids[d.key][0],
         *imported_deals.value_row(crm_values(d), plan.digests.get(d.row), w.now), w.now)
        for d in diff.untracked
    ]  # fmt: skip
    imported_deals.update(
        conn,
        [(*imported_deals.value_row(crm_values(d), plan.digests.get(d.row), w.now), rec.id)
         for d, rec in diff.same],
    )  # fmt: skip
    _apply_changes(w, r, plan, diff.changed)
    deals = diff.new
    total = len(deals)
    for start in range(0, total, CHUNK):
        deal_rows, links, touches, debriefs = [], [], [], []
        for d in deals[start : start + CHUNK]:
            if d.key in w.known:  # the same key twice: the parse refused it already
                continue
            w.known.add(d.key)
            account = w.account(d.account)
            contact = w.contact(d, account) if (d.contact or d.email) else None
            deal_id = w.ids()
            values = imported_deals.value_row(crm_values(d), plan.digests.get(d.row), w.now)
            records.append((w.ids(), d.key, deal_id, *values, w.now))
            deal_rows.append(
                (deal_id, d.title, account, d.amount_cents, d.currency, d.commission_cents,
                 d.stage.value, d.status.value, d.created_on.isoformat(),
                 d.closed_on.isoformat() if d.closed_on else None, d.competitor, d.notes,
                 d.key, w.now, w.now)
            )  # fmt: skip
            if contact is not None:
                links.append((w.ids(), deal_id, contact, "evaluator", w.now, w.now))
            last = d.closed_on or max(today, d.created_on)
            touches += w.touches(d.created_on, last, d.activities, deal_id, contact)
            if d.status is DealStatus.LOST and d.lost_reason:
                reason_id, controllable = w.reason(d.lost_reason)
                lost_on = d.closed_on.isoformat() if d.closed_on else None
                debriefs.append(w.draft_debrief(deal_id, lost_on, reason_id, controllable, d))
        bulk.insert(conn, "accounts", ACCOUNTS, w.new_accounts)
        bulk.insert(conn, "contacts", CONTACTS, w.new_contacts)
        bulk.insert(conn, "deals", DEALS, deal_rows)
        bulk.insert(conn, "deal_contacts", LINKS, links)
        bulk.insert(conn, "touches", TOUCHES, touches)
        bulk.insert(conn, "debriefs", DEBRIEFS, debriefs)
        imported_deals.insert(conn, records)
        records = []
        r.accounts += len(w.new_accounts)
        r.contacts += len(w.new_contacts)
        r.deals += len(deal_rows)
        r.touches += len(touches)
        r.debriefs += len(debriefs)
        w.new_accounts, w.new_contacts = [], []
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    imported_deals.insert(conn, records)
    if progress is not None and not total:
        progress(0, 0)
    r.reasons = w.reasons
    imported_deals.log_import(
        conn, w.ids(), plan.source, (r.deals, r.updated, r.already, r.debriefs), w.now
    )
    w.let_go()
    return r


def _apply_changes(w: Writer, r: ImportResult, plan: ImportPlan, changed: list[Changed]) -> None:
    """Update what the CRM changed, field by field: a field the rep changed in the app and
    the CRM did not stays the rep's; debrief answers, notes and hand-logged touches are
    never touched; activities add or remove only the difference, of imported touches."""
    if not changed:
        return
    conn = w.conn
    deal_ids = [c.record.deal_id for c in changed]
    briefs = bulk.rows_by(conn, "debriefs", "deal_id", ("id", "completed_at", "reason_id"),
                          deal_ids)  # fmt: skip
    people = bulk.rows_by(conn, "deal_contacts", "deal_id", ("contact_id",), deal_ids)
    deal_rows, record_rows, brief_rows = [], [], []
    touches, debriefs, removed = [], [], []
    for c in changed:
        d, deal_id, fields = c.deal, c.record.deal_id, set(c.fields)
        assert deal_id is not None
        _, status, stage, amount, currency, closed, created = c.now
        status, stage = DealStatus(str(status)), str(stage)
        closed_on = dt.date.fromisoformat(str(closed)) if closed else None
        if CrmField.STATUS in fields:
            status = d.status
        if CrmField.STAGE in fields:
            stage = d.stage.value
        if CrmField.AMOUNT in fields:
            amount, currency = d.amount_cents, d.currency
        if CrmField.CLOSED in fields or CrmField.STATUS in fields:
            closed_on = d.closed_on or closed_on
        if status is DealStatus.OPEN:
            closed_on = None  # an open deal has no close date, whoever reopened it
        day = closed_on.isoformat() if closed_on else None
        deal_rows.append((status.value, stage, amount, currency, day, w.now, deal_id))
        brief = briefs.get(deal_id)
        lost_on = closed_on.isoformat() if status is DealStatus.LOST and closed_on else None
        reason_changed = CrmField.LOST_REASON in fields or (
            c.record.values.lost_reason is None and d.lost_reason
        )
        if (
            brief is None
            and status is DealStatus.LOST
            and (CrmField.STATUS in fields or (reason_changed and d.lost_reason))
        ):
            reason_id, controllable = w.reason(d.lost_reason) if d.lost_reason else (None, None)
            debriefs.append(w.draft_debrief(deal_id, lost_on, reason_id, controllable, d))
        elif brief is not None:
            brief_id, completed, _ = brief
            # A finished debrief is the rep's: only its loss date follows the deal.
            keep = (
                completed is not None
                or status is not DealStatus.LOST
                or not (reason_changed or CrmField.STATUS in fields)
            )
            reason_id, controllable = (
                (None, None) if keep or not d.lost_reason else w.reason(d.lost_reason)
            )
            brief_rows.append((lost_on, reason_id, controllable, keep, w.now, brief_id))
        if CrmField.ACTIVITIES in fields:
            more = d.activities - c.record.values.activities
            if more > 0:
                first = dt.date.fromisoformat(str(created))
                last = closed_on or max(w.today, first)
                contact = people.get(deal_id, (None,))[0]
                touches += w.touches(first, last, more, deal_id, contact)
            elif more < 0:
                removed.append((deal_id, -more))
        record_rows.append(
            (*imported_deals.value_row(crm_values(d), plan.digests.get(d.row), w.now), c.record.id)
        )
        r.updated += 1
    bulk.update(conn, "deals", ("status", "stage", "amount_cents", "currency", "closed_on",
                                "updated_at"), deal_rows)  # fmt: skip
    follow_import(conn, brief_rows)
    bulk.insert(conn, "debriefs", DEBRIEFS, debriefs)
    bulk.insert(conn, "touches", TOUCHES, touches)
    for deal_id, count in removed:
        remove_imported(conn, deal_id, count)
    imported_deals.update(conn, record_rows)
    r.debriefs += len(debriefs)
    r.touches += len(touches)
