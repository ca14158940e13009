"""What the rep's debriefs say: the recurring weak spot, controllable losses, reasons over
time, competitors, referrals. Pure functions over the counts the store aggregates."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from salescoach.domain.date_bounds import key_in_bounds
from salescoach.domain.debrief import QUESTION_NUMBERS, Answer

AnswerCounts = Mapping[int, Mapping[Answer, int]]

MIN_DEBRIEFS_FOR_CHECKLIST = 3
WEAK_SHARE_FOR_CHECKLIST = 0.4
CHECKLIST_LENGTH = 3


def weak_count(counts: Mapping[Answer, int]) -> int:
    """How often a question was answered "no" or "partly"."""
    return counts.get(Answer.NO, 0) + counts.get(Answer.PARTLY, 0)


def _rank_key(counts: AnswerCounts, number: int) -> tuple[int, int, int]:
    c = counts.get(number, {})
    return (-weak_count(c), -c.get(Answer.NO, 0), number)


def weakest_question(counts: AnswerCounts) -> int | None:
    """The question answered "no" or "partly" most often; ties go to more "no", then to
    the earlier question. None when no question was ever answered that way."""
    weak = [n for n in QUESTION_NUMBERS if weak_count(counts.get(n, {}))]
    return min(weak, key=lambda n: _rank_key(counts, n)) if weak else None


def weak_spots(counts: AnswerCounts, debriefs: int) -> list[int]:
    """The questions to turn into a checklist on open deals, weakest first.

    Only once there are a few debriefs (one loss says little), and only questions answered
    "no" or "partly" in a good share of them.
    """
    if debriefs < MIN_DEBRIEFS_FOR_CHECKLIST:
        return []
    ranked = sorted(QUESTION_NUMBERS, key=lambda n: _rank_key(counts, n))
    threshold = WEAK_SHARE_FOR_CHECKLIST * debriefs
    return [n for n in ranked if weak_count(counts.get(n, {})) >= threshold][:CHECKLIST_LENGTH]


def quarters_between(first: str, last: str) -> list[str]:
    """Every quarter from `first` to `last` ('2024-Q3' … '2025-Q2'), so gaps show as zero."""
    y, q = int(first[:4]), int(first[-1])
    end = (int(last[:4]), int(last[-1]))
    out = []
    while (y, q) <= end:
        out.append(f"{y}-Q{q}")
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return out


@dataclass(frozen=True)
class QuarterControl:
    quarter: str
    within: int  # losses within the rep's control
    outside: int
    unknown: int = 0  # finished debriefs where the rep did not say


@dataclass(frozen=True)
class DebriefInsights:
    """Everything the Insights panel and `stats --json` show about debriefs."""

    finished: int
    pending: int
    drafts: int
    answers: dict[int, dict[Answer, int]]
    weakest: int | None
    weak_spots: list[int]
    by_quarter: list[QuarterControl]
    reasons_by_quarter: dict[str, dict[uuid.UUID | None, int]]
    reason_totals: list[tuple[uuid.UUID | None, int]]  # most frequent first
    competitors: list[tuple[str, int]]
    referrals_asked: int
    referrals_obtained: int
    controllable_losses: int  # all of them, those left out of `by_quarter` included
    uncontrollable_losses: int
    # Losses imported with the CRM's reason, not debriefed yet: counted in the reasons and
    # the control figures above (by the reason's default), never in the answers.
    imported: int = 0
    imported_by_reason: dict[uuid.UUID | None, int] = field(default_factory=dict)


def control_totals(rows: Iterable[tuple[bool | None, int]]) -> tuple[int, int]:
    """(controllable, count) rows → losses within the rep's control, and outside it."""
    within = outside = 0
    for controllable, n in rows:
        if controllable is True:
            within += n
        elif controllable is False:
            outside += n
    return within, outside


def control_by_quarter(rows: Iterable[tuple[str, bool | None, int]]) -> list[QuarterControl]:
    """(quarter, controllable, count) rows → one entry per quarter, gaps filled with zeros;
    quarters outside the years of `date_bounds` left out (a loss dated 9999-12-31 by an older
    version made a series of 32,000 quarters)."""
    table: dict[str, list[int]] = {}
    for quarter, controllable, n in rows:
        if not key_in_bounds(quarter):
            continue
        slot = 2 if controllable is None else 0 if controllable else 1
        table.setdefault(quarter, [0, 0, 0])[slot] += n
    if not table:
        return []
    quarters = quarters_between(min(table), max(table))
    return [QuarterControl(q, *table.get(q, [0, 0, 0])) for q in quarters]


def pivot_reasons(
    rows: Iterable[tuple[str, uuid.UUID | None, int]],
) -> tuple[dict[str, dict[uuid.UUID | None, int]], list[tuple[uuid.UUID | None, int]]]:
    """(quarter, reason, count) rows → {quarter: {reason: count}} and totals, biggest first;
    the totals count the quarters outside the years of `date_bounds`, left out of the first."""
    by_quarter: dict[str, dict[uuid.UUID | None, int]] = {}
    totals: dict[uuid.UUID | None, int] = {}
    for quarter, reason, n in rows:
        if key_in_bounds(quarter):
            by_quarter.setdefault(quarter, {})[reason] = n
        totals[reason] = totals.get(reason, 0) + n
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return dict(sorted(by_quarter.items())), ordered
