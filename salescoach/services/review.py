"""The weekly review: this week's figures against the weeks before, what is due, the pace
to the goal, the lead planner's need, the focus suggestions and the energy line; saving the
check-in. Shared by the Review page, the Progress chart's energy line and `salescoach
review`."""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from salescoach.domain.debrief import DebriefState
from salescoach.domain.enums import DEFAULT_CURRENCY, TouchKind
from salescoach.domain.goals import GoalRow
from salescoach.domain.messages import ValidationError
from salescoach.domain.money import cents_to_major
from salescoach.domain.planner import plan_leads, round_up
from salescoach.domain.progress import pace_cents
from salescoach.domain.review import (
    TREND_WEEKS,
    WEEKS_BEFORE,
    Focus,
    ReviewDraft,
    ReviewRow,
    WeakSpots,
    WeekFigures,
    needs_break,
    reviewed_week,
    suggest_focus,
    validate_review,
    week_of,
)
from salescoach.services.numbers import NumbersService
from salescoach.store import deal_totals, debriefs, followups, goals, preferences, reviews, weekly
from salescoach.store.database import Store

ENERGY_WEEKS = 12  # the check-ins listed, and drawn under the Progress chart
SLOW_KEPT_SECONDS = 600  # how long the history-wide figures (below) are reused


@dataclass(frozen=True)
class WeeklyReview:
    """Everything the Review page and `salescoach review` show."""

    today: dt.date
    currency: str
    this: WeekFigures
    before: list[WeekFigures]  # the weeks before, oldest first
    debriefs_pending: int
    followups_overdue: int
    followups_today: int
    goal: GoalRow | None
    year_to_date_cents: int
    pace_cents: int | None  # where an even pace to the goal stands today
    leads_needed_month: int | None
    leads_added_month: int
    weakest_question: int | None
    suggestions: list[Focus]
    previous: ReviewRow | None  # the last review before this week: its focus to check
    done: ReviewRow | None  # this week's review, when already done
    past: list[ReviewRow] = field(default_factory=list)  # newest first
    plan_a_break: bool = False

    @property
    def week(self) -> dt.date:
        return self.this.start


def _weeks(
    start: dt.date,
    count: int,
    touches: dict[tuple[dt.date, TouchKind], int],
    created: list[tuple[dt.date, int]],
    closed: list[tuple[dt.date, int, int, int]],
) -> list[WeekFigures]:
    """`count` weeks from the Monday `start`, oldest first, from the touches per week and
    kind and the deals day by day."""
    acc: dict[dt.date, dict[str, Any]] = {
        start + dt.timedelta(weeks=i): {
            "touches": dict.fromkeys(TouchKind, 0), "new": 0, "won": 0, "lost": 0, "cents": 0
        }
        for i in range(count)
    }  # fmt: skip
    for (monday, kind), n in touches.items():
        if (w := acc.get(monday)) is not None:
            w["touches"][kind] += n
    for day, n in created:
        if (w := acc.get(week_of(day))) is not None:
            w["new"] += n
    for day, won, lost, cents in closed:
        if (w := acc.get(week_of(day))) is not None:
            w["won"] += won
            w["lost"] += lost
            w["cents"] += cents
    return [
        WeekFigures(monday, a["touches"], a["new"], a["won"], a["lost"], a["cents"])
        for monday, a in sorted(acc.items())
    ]


@dataclass(frozen=True)
class _Slow:
    """What changes slowly and takes a scan of the whole history to know: the main
    currency, the weakest debrief question, the planner's leads needed this month."""

    day: dt.date
    currency: str
    weakest: int | None
    needed: int | None


class ReviewService:
    def __init__(self, store: Store, numbers: NumbersService) -> None:
        self.store = store
        self.numbers = numbers
        self._slow: tuple[float, _Slow] | None = None  # (when read, figures)

    def slow_figures(self, today: dt.date) -> _Slow:
        """The history-wide figures, read again after `SLOW_KEPT_SECONDS` (about 200 ms on
        a 100,000-deal history: the page reads them once, not at every opening)."""
        kept = self._slow
        fresh = kept is not None and time.monotonic() - kept[0] < SLOW_KEPT_SECONDS
        if kept is not None and fresh and kept[1].day == today:
            return kept[1]
        with ThreadPoolExecutor(max_workers=1) as pool:
            weakest = pool.submit(self._weakest)
            with self.store.session() as s:
                currency = preferences.main_currency(s) or DEFAULT_CURRENCY
            slow = _Slow(today, currency, weakest.result(), self._leads_needed(today))
        self._slow = (time.monotonic(), slow)
        return slow

    def _weakest(self) -> int | None:
        from salescoach.domain.insights import weak_spots

        with self.store.session() as s:
            answers = debriefs.answer_counts(s)
            done = debriefs.state_counts(s)[DebriefState.DONE]
        return next(iter(weak_spots(answers, done)), None)

    def figures(self, first: dt.date, count: int, currency: str) -> list[WeekFigures]:
        """The weeks from the Monday of `first`, oldest first."""
        start = week_of(first)
        last = start + dt.timedelta(weeks=count) - dt.timedelta(days=1)
        with self.store.session() as s:
            return _weeks(
                start,
                count,
                weekly.touches_by_week(s, [start + dt.timedelta(weeks=i) for i in range(count)]),
                weekly.created_by_day(s, start, last),
                weekly.closed_by_day(s, start, last, currency),
            )

    def week(self, today: dt.date | None = None) -> WeeklyReview:
        """The review of the week `reviewed_week(today)` names."""
        today = today or dt.date.today()
        monday = reviewed_week(today)
        slow = self.slow_figures(today)
        currency = slow.currency
        # The debriefs' counts on a second connection meanwhile: SQLite works without the
        # interpreter lock, so on two cores the page waits for the longer half only.
        with ThreadPoolExecutor(max_workers=1) as pool:
            from_debriefs = pool.submit(self._debrief_counts)
            with self.store.session() as s:
                overdue, due_today = followups.due_counts(s, today)
                goal = goals.goal(s, today.year)
                ytd = (  # shown beside the goal, in the goal's currency
                    deal_totals.year_total(s, today.year, goal.metric, goal.currency) if goal else 0
                )
                added = deal_totals.deals_created(s, today.replace(day=1), today)
                past = reviews.reviews(s, ENERGY_WEEKS)
                previous = reviews.before(s, monday)
            # the weeks compared, and those of the check-ins the energy rule looks at
            oldest = monday - dt.timedelta(weeks=ENERGY_WEEKS)  # an older trend is no trend
            checked = [r.week for r in past[:TREND_WEEKS] if oldest <= r.week <= monday]
            first = min([monday - dt.timedelta(weeks=WEEKS_BEFORE), *checked])
            weeks = self.figures(first, (monday - first).days // 7 + 1, currency)
            pending, finished, asked = from_debriefs.result()
        weakest, needed = slow.weakest, slow.needed
        this, before = weeks[-1], weeks[-1 - WEEKS_BEFORE : -1]
        spots = WeakSpots(weakest, pending, overdue + due_today, needed, added, asked, finished)
        done = past[0] if past and past[0].week == monday else None
        return WeeklyReview(
            today=today,
            currency=currency,
            this=this,
            before=before,
            debriefs_pending=pending,
            followups_overdue=overdue,
            followups_today=due_today,
            goal=goal,
            year_to_date_cents=ytd,
            pace_cents=pace_cents(goal.amount_cents, today.year, today) if goal else None,
            leads_needed_month=needed,
            leads_added_month=added,
            weakest_question=weakest,
            suggestions=suggest_focus(this, before, spots),
            previous=previous,
            done=done,
            past=past,
            plan_a_break=_break(past, weeks),
        )

    def _debrief_counts(self) -> tuple[int, int, int]:
        """(debriefs still to do, finished ones, referrals asked in them)."""
        with self.store.session() as s:
            states = debriefs.state_counts(s)
            finished, asked = weekly.referral_asks(s)
        return states[DebriefState.PENDING] + states[DebriefState.DRAFT], finished, asked

    def _leads_needed(self, today: dt.date) -> int | None:
        """The lead planner's "leads needed this month" as the Numbers view prefills it:
        this rep's wins per month at the latest quarter's conversion rate."""
        history = self.numbers.planner(today)
        now, before = history.now, history.before
        if history.wins_per_month is None or now is None or not now.rate:
            return None
        try:
            plan = plan_leads(
                history.wins_per_month,
                (before.rate if before and before.rate else now.rate) * 100,
                now.rate * 100,
                history.touches_per_lead or 1,
            )
        except ValidationError:
            return None
        return round_up(plan.leads_per_month)

    def save(self, draft: ReviewDraft, today: dt.date | None = None) -> ReviewRow:
        """Store the check-in and the focus (checked first: nothing is written otherwise)."""
        clean = validate_review(draft)
        with self.store.session() as s:
            reviews.save(s, clean, today or dt.date.today())
            row = reviews.review(s, clean.week)
        assert row is not None
        return row

    def last_done(self) -> dt.date | None:
        """The day the latest review was done."""
        with self.store.session() as s:
            return reviews.count_and_last(s)[1]

    def past(self, limit: int | None = None) -> list[ReviewRow]:
        with self.store.session() as s:
            return reviews.reviews(s, limit)

    def focus(self, today: dt.date | None = None) -> ReviewRow | None:
        """The review whose focus runs this week: the latest one, when done this week or the
        week before (a focus is for the week after its review)."""
        monday = week_of(today or dt.date.today())
        with self.store.session() as s:
            rows = reviews.reviews(s, 1)
        if rows and rows[0].week >= monday - dt.timedelta(weeks=1) and rows[0].focus:
            return rows[0]
        return None

    def stats(self) -> dict[str, Any]:
        """`stats --json`'s `reviews` and `focus`."""
        with self.store.session() as s:
            count, last = reviews.count_and_last(s)
            rows = reviews.reviews(s)
        current = self.focus()
        return {
            "reviews": {
                "count": count,
                "last_date": last.isoformat() if last else None,
                "energy_by_week": [
                    {"week": r.week.isoformat(), "energy": r.energy, "word": r.word}
                    for r in reversed(rows)
                ],
            },
            "focus": None
            if current is None
            else {
                "text": current.focus,
                "kind": current.focus_kind,
                "since": current.done_on.isoformat(),
            },
        }


def _break(past: list[ReviewRow], weeks: list[WeekFigures]) -> bool:
    """The marathon rule on the last check-ins and the results of the weeks they reviewed."""
    by_week = {w.start: w for w in weeks}
    pairs = [(r.energy, by_week[r.week]) for r in reversed(past) if r.week in by_week]
    return needs_break([e for e, _ in pairs], [w for _, w in pairs])


def review_json(review: WeeklyReview) -> dict[str, Any]:
    """`salescoach review --json`: the week, money in the currency's major unit."""

    def week(w: WeekFigures) -> dict[str, Any]:
        value = w.touch_value_cents
        return {
            "week": w.start.isoformat(),
            "touches": w.all_touches,
            "touches_by_kind": {k.value: n for k, n in w.touches.items()},
            "new_deals": w.new_deals,
            "won": w.won,
            "lost": w.lost,
            "commission": cents_to_major(w.commission_cents),
            "touch_value": None if value is None else round(value / 100, 2),
        }

    return {
        "week": review.week.isoformat(),
        "currency": review.currency,
        "this_week": week(review.this),
        "weeks_before": [week(w) for w in review.before],
        "debriefs_pending": review.debriefs_pending,
        "followups_due": {"overdue": review.followups_overdue, "today": review.followups_today},
        "goal": None
        if review.goal is None
        else {
            "metric": review.goal.metric.value,
            "amount": cents_to_major(review.goal.amount_cents),
            "year_to_date": cents_to_major(review.year_to_date_cents),
            "pace": cents_to_major(review.pace_cents or 0),
        },
        "leads": {
            "needed_this_month": review.leads_needed_month,
            "added_this_month": review.leads_added_month,
        },
        "weakest_question": review.weakest_question,
        "focus_suggestions": [
            {"kind": f.kind, "text": f.message().english()} for f in review.suggestions
        ],
        "previous_focus": None
        if review.previous is None
        else {"text": review.previous.focus, "kept": review.previous.focus_kept},
        "done": review.done is not None,
        "energy": None
        if review.done is None
        else {"level": review.done.energy, "word": review.done.word},
        "plan_a_break": review.plan_a_break,
    }
