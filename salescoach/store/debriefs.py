"""The debriefs table: the list of lost deals with their debriefs, the insight aggregates,
and every write of a debrief.

A debrief counts in the insights when it is finished and its deal is still lost
(`lost_on` set). The aggregates scan the debriefs table alone, with GROUP BY, and return
plain tuples for the domain to interpret.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    String,
    case,
    cast,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from salescoach.domain.debrief import (
    QUESTION_NUMBERS,
    Answer,
    DebriefDraft,
    DebriefRow,
    DebriefState,
)
from salescoach.domain.enums import DealStatus
from salescoach.domain.freeing import free_in_slices
from salescoach.store.loss_reasons import loss_reasons
from salescoach.store.models import Deal, Debrief


def answer_column(number: int) -> Any:
    return getattr(Debrief, f"answer_{number}")


def _weak_answers() -> Any:
    """How many of the six questions a debrief answers "no" or "partly"."""
    weak = [Answer.NO.value, Answer.PARTLY.value]
    return sum(
        (case((answer_column(n).in_(weak), 1), else_=0) for n in QUESTION_NUMBERS),
        start=type_coerce(0, Integer),
    )


def _counted(since: dt.date | None, until: dt.date | None) -> list[ColumnElement[bool]]:
    # Nearly every debrief has a `lost_on`: walking its index to test "IS NOT NULL" then
    # fetching each row costs twice a plain scan. SQLite's unary "+" keeps the index out of
    # it; a period (below) still uses the index.
    not_indexed = UnaryExpression(
        Debrief.__table__.c.lost_on, operator=operators.custom_op("+"), type_=Date()
    )
    where: list[ColumnElement[bool]] = [
        Debrief.completed_at.is_not(None),
        not_indexed.is_not(None),
    ]
    if since is not None:
        where.append(Debrief.lost_on >= since)
    if until is not None:
        where.append(Debrief.lost_on <= until)
    return where


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def debrief_rows(session: Session) -> list[DebriefRow]:
    """Every lost deal with its debrief (or none yet), most recently lost first.

    Three plain reads (accounts, lost deals, debriefs) merged and sorted here rather than
    one join ordered by SQLite, keys compared as the stored hex text and dates parsed by
    `date.fromisoformat`: at 70,000 lost deals, looking each deal's account up and sorting
    in a temporary B-tree cost SQLite 0.67 s where scanning the tables takes 0.15 s, and the
    generic type processing per row cost more than SQLite itself.
    """
    reasons = {r.id.hex: r for r in loss_reasons(session)}
    conn = session.connection()
    # Shared with the Pipeline's rows (see deals.deal_rows): one string per name.
    text = sys.intern
    accounts = {id_: text(name) for id_, name in _fetch(conn, "SELECT id, name FROM accounts")}
    weak = " + ".join(f"(coalesce(answer_{n}, '') IN ('no', 'partly'))" for n in QUESTION_NUMBERS)
    # "+lost_on", "+status": a scan of the table, not a walk of an index that then fetches
    # nearly every row from wherever it lies.
    stored = _fetch(
        conn,
        "SELECT deal_id, completed_at IS NOT NULL, reason_id, controllable, competitor, "
        f"{weak}, referral_asked, referral_obtained FROM debriefs "
        "WHERE +lost_on IS NOT NULL",
    )
    debriefs = {r[0]: r for r in stored}
    deals = _fetch(
        conn,
        "SELECT id, title, account_id, coalesce(closed_on, ''), competitor, created_on, rowid "
        "FROM deals WHERE +status = ?",
        (DealStatus.LOST.value,),
    )
    rows = []
    pending, draft, done = DebriefState.PENDING, DebriefState.DRAFT, DebriefState.DONE
    no_name = ""
    for closed_on, day in _by_loss_day(deals):
        lost_on = _day(closed_on)
        for hex_key, title_, account_id, _, deal_competitor, _, _ in day:
            # The key an int made now, not the hex text read: the text was read among
            # 300,000 other short strings that are all freed here, and each one kept would
            # hold its 16 KiB pool of them in memory (27 MiB of holes in the tour).
            key = int(hex_key, 16)
            title, account = text(title_), accounts.get(account_id, no_name)
            # Shared for the same reason: a dozen competitors named on 70,000 losses were
            # 36,000 strings kept among the freed ones (18 MiB of holes once read).
            deal_competitor = text(deal_competitor)
            b = debriefs.get(hex_key)
            if b is None:
                rows.append(
                    DebriefRow(key, title, account, lost_on, pending, None, None,
                               deal_competitor, 0, False, False)
                )  # fmt: skip
                continue
            _, finished, reason, controllable, competitor, weak_answers, asked, obtained = b
            rows.append(
                DebriefRow(
                    key, title, account, lost_on, done if finished else draft,
                    reasons.get(reason) if reason else None,
                    None if controllable is None else bool(controllable),
                    text(competitor) if competitor else deal_competitor,
                    weak_answers, bool(asked), bool(obtained),
                )
            )  # fmt: skip
    debriefs.clear()
    # In the order read: 2,000 of them stay for reuse, and freed by loss day they were
    # strewn over as many blocks, held with the strings kept among them (47 MiB) for as
    # long as the window was open.
    free_in_slices(deals)
    free_in_slices(stored)
    return rows


def _by_loss_day(deals: list[Any]) -> Iterator[tuple[str, list[Any]]]:
    """The lost deals (as read by `debrief_rows`) a day at a time, newest loss first;
    within a day newest deal first, then the last stored (ISO dates sort as text; a lost
    deal without a closing day, which the app never makes, last). `deals` is emptied.

    Grouped by day rather than sorted: `list.sort` compares in C and kept the interpreter
    lock 80 to 140 ms for 70,000 deals, the window frozen meanwhile; grouped, the lock is
    handed over between rows, and each day's few deals sort at once."""
    by_day: dict[str, list[Any]] = {}
    for deal in deals:
        day = by_day.get(deal[3])
        if day is None:
            by_day[deal[3]] = [deal]
        else:
            day.append(deal)
    newest = itemgetter(5, 6)
    for closed_on in sorted(by_day, reverse=True):
        day = by_day.pop(closed_on)
        day.sort(key=newest, reverse=True)
        yield closed_on, day


def _fetch(conn: Connection, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
    """Every row of a plain SQLite query, as the driver gives them (no type processing)."""
    return list(conn.exec_driver_sql(sql, params).cursor.fetchall())


def state_counts(session: Session) -> dict[DebriefState, int]:
    """Lost deals by debrief state (every state present)."""
    lost = session.scalar(
        select(func.count()).select_from(Deal).where(Deal.status == DealStatus.LOST)
    )
    done, drafts = session.execute(
        select(
            func.count(Debrief.completed_at),
            func.count() - func.count(Debrief.completed_at),
        ).where(Debrief.lost_on.is_not(None))
    ).one()
    return {
        DebriefState.PENDING: (lost or 0) - done - drafts,
        DebriefState.DRAFT: drafts,
        DebriefState.DONE: done,
    }


def answer_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> dict[int, dict[Answer, int]]:
    """For each question, how many finished debriefs answered yes, partly and no."""
    keys = [(n, a) for n in QUESTION_NUMBERS for a in Answer]
    # count(CASE … THEN 1 END), NULL otherwise: a sixth less work for SQLite than summing
    # ones and zeros, 18 times over each finished debrief.
    columns = [func.count(case((answer_column(n) == a.value, 1))) for n, a in keys]
    values = session.execute(select(*columns).where(*_counted(since, until))).one()
    counts: dict[int, dict[Answer, int]] = {}
    for (n, a), value in zip(keys, values, strict=True):
        if value:
            counts.setdefault(n, {})[a] = int(value)
    return counts


def _quarter(day: Any) -> Any:
    """ "2025-Q3" from an ISO date or month as stored, by string slicing (printf and strftime
    cost a fifth more on 60,000 debriefs)."""
    month = cast(func.substr(day, 6, 2), Integer)
    return func.substr(day, 1, 4) + "-Q" + cast((month + 2) // 3, String)


def outcome_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[tuple[str, bool | None, uuid.UUID | None, int, int, int]]:
    """Finished debriefs grouped by (quarter, controllable, reason): count, referrals asked
    and referrals obtained in each group.

    Grouped by month first, then the ~2,600 months by quarter: the month is a plain slice
    of the date, the quarter's text made for each of 60,000 debriefs cost a fifth of the
    query."""
    month = func.substr(type_coerce(Debrief.lost_on, String), 1, 7).label("month")
    months = (
        select(
            month,
            Debrief.controllable,
            Debrief.reason_id,
            func.count().label("n"),
            func.sum(cast(Debrief.referral_asked, Integer)).label("asked"),
            func.sum(cast(Debrief.referral_obtained, Integer)).label("obtained"),
        )
        .where(*_counted(since, until))
        .group_by(month, Debrief.controllable, Debrief.reason_id)
        .subquery()
    )
    quarter = _quarter(months.c.month)
    stmt = select(
        quarter,
        months.c.controllable,
        months.c.reason_id,
        func.sum(months.c.n),
        func.sum(months.c.asked),
        func.sum(months.c.obtained),
    ).group_by(quarter, months.c.controllable, months.c.reason_id)
    return [(q, c, r, n, int(a or 0), int(o or 0)) for q, c, r, n, a, o in session.execute(stmt)]


def competitor_counts(
    session: Session, since: dt.date | None = None, until: dt.date | None = None, limit: int = 5
) -> list[tuple[str, int]]:
    """The competitors named most often in finished debriefs (case and spaces ignored)."""
    name = func.trim(Debrief.competitor)
    stmt = (
        select(func.min(name), func.count())
        .where(*_counted(since, until), name != "")
        .group_by(func.lower(name))
        .order_by(func.count().desc(), func.min(name))
        .limit(limit)
    )
    return [(str(n), int(c)) for n, c in session.execute(stmt)]


def sync_lost_on(session: Session, deal_id: uuid.UUID, lost_on: dt.date | None) -> None:
    """Keep a deal's debrief in step with it: its close date while lost, else NULL."""
    debrief = session.scalars(select(Debrief).where(Debrief.deal_id == deal_id)).first()
    if debrief is not None:
        debrief.lost_on = lost_on


def saved(session: Session, deal_id: uuid.UUID) -> tuple[DebriefDraft, DebriefState] | None:
    """The deal's debrief as the form holds it, and whether it is finished; None if the
    deal has none yet."""
    debrief = session.scalars(select(Debrief).where(Debrief.deal_id == deal_id)).first()
    if debrief is None:
        return None
    draft = DebriefDraft(
        deal_id,
        competitor=debrief.competitor,
        reason_id=debrief.reason_id,
        controllable=debrief.controllable,
        prospect_said=debrief.prospect_said,
        lessons=debrief.lessons,
        next_action=debrief.next_action,
        referral_asked=debrief.referral_asked,
        referral_obtained=debrief.referral_obtained,
        referred_contact_id=debrief.referred_contact_id,
        referrer_contact_id=debrief.referrer_contact_id,
        stay_in_touch=debrief.stay_in_touch,
        cadence_months=debrief.cadence_months,
        step=debrief.step,
    )
    for n in QUESTION_NUMBERS:
        draft.answers[n] = getattr(debrief, f"answer_{n}")
        draft.notes[n] = getattr(debrief, f"note_{n}")
    return draft, DebriefState.DONE if debrief.completed_at else DebriefState.DRAFT


def for_deal(session: Session, deal: Deal) -> Debrief:
    """The deal's debrief, created if it has none, its `lost_on` in step with the deal."""
    debrief = session.scalars(select(Debrief).where(Debrief.deal_id == deal.id)).first()
    if debrief is None:
        debrief = Debrief(deal_id=deal.id)
        session.add(debrief)
    debrief.lost_on = deal.closed_on if deal.status is DealStatus.LOST else None
    return debrief


def write(
    session: Session, debrief: Debrief, d: DebriefDraft, finished_at: dt.datetime | None = None
) -> None:
    """Store the form as typed; with `finished_at`, the debrief is finished then (unless
    it already was)."""
    debrief.step = d.step
    debrief.reason_id = d.reason_id
    debrief.controllable = d.controllable
    debrief.competitor = d.competitor.strip()
    debrief.prospect_said = d.prospect_said
    debrief.lessons = d.lessons
    debrief.next_action = d.next_action
    debrief.referral_asked = d.referral_asked or d.referral_obtained
    debrief.referral_obtained = d.referral_obtained
    debrief.referred_contact_id = d.referred_contact_id if d.referral_obtained else None
    debrief.referrer_contact_id = d.referrer_contact_id if d.referral_obtained else None
    debrief.stay_in_touch = d.stay_in_touch
    debrief.cadence_months = d.cadence_months
    for n in QUESTION_NUMBERS:
        setattr(debrief, f"answer_{n}", d.answers.get(n))
        setattr(debrief, f"note_{n}", d.notes.get(n, ""))
    session.flush()
    if finished_at is not None and debrief.completed_at is None:
        debrief.completed_at = finished_at


def follow_import(conn: Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """Debriefs of deals a re-import changed: (lost_on, reason_id, controllable, keep the
    reason, updated_at, id) each. The loss date follows the deal; the reason and its
    control are the CRM's unless `keep` (a finished debrief: the rep's own)."""
    if rows:
        conn.exec_driver_sql(
            "UPDATE debriefs SET lost_on = ?1, reason_id = CASE WHEN ?4 THEN reason_id ELSE ?2 "
            "END, controllable = CASE WHEN ?4 THEN controllable ELSE ?3 END, updated_at = ?5 "
            "WHERE id = ?6",
            rows,
        )
