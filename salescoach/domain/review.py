"""The weekly review: the week's figures against the weeks before, one focus for next week
picked from the rep's weak spots, the energy check-in, and when to plan a break.

From the sources (../shared/seeds): measure the long term, not this week's setback; when
conversion falls, raise the outreach (« monter le nombre de leads »); selling at a distance
is a marathon (« c'est donc un marathon et il faut donc prendre soin de vos gens »).
Weeks run Monday to Sunday and are named by their Monday.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from itertools import pairwise

from salescoach.domain.enums import TouchKind
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg

CTX = "Review"

ENERGY_MIN, ENERGY_MAX = 1, 5
MAX_WORD = 100  # the energy's word or two
MAX_FOCUS = 200
WEEKS_BEFORE = 4  # the week is compared with the average of the four before it
TREND_WEEKS = 3  # the energy rule looks at the last three check-ins


def week_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekFigures:
    """What the rep did in one week (Monday `start` to the Sunday after)."""

    start: dt.date
    touches: dict[TouchKind, int] = field(default_factory=dict)
    new_deals: int = 0
    won: int = 0
    lost: int = 0
    commission_cents: int = 0

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)

    @property
    def all_touches(self) -> int:
        return sum(self.touches.values())

    @property
    def touch_value_cents(self) -> float | None:
        """What a touch was worth this week: the commission won over the touches logged
        (the article's "average commission divided by the calls and emails"); None without
        a touch or a win."""
        if not self.all_touches or not self.won:
            return None
        return self.commission_cents / self.all_touches


FIGURES = ("touches", "new_deals", "won", "lost", "commission_cents")


def figure(week: WeekFigures, name: str) -> float:
    return float(week.all_touches if name == "touches" else getattr(week, name))


def averages(before: list[WeekFigures]) -> dict[str, float | None]:
    """Each figure's weekly average over `before` (None when there is no week before)."""
    if not before:
        return {name: None for name in FIGURES}
    return {name: sum(figure(w, name) for w in before) / len(before) for name in FIGURES}


# Focus suggestions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Focus:
    """One focus the review offers: `kind` names where it comes from, `text` is the English
    source (context "Review") with `args`."""

    kind: str  # "outreach", "leads", "debriefs", "followups", "question_N", "referrals"
    text: str
    args: dict[str, object] = field(default_factory=dict)

    def message(self) -> Message:
        return msg(CTX, self.text, **self.args)


@dataclass(frozen=True)
class WeakSpots:
    """What the review knows of the rep's weak spots, read from the whole history."""

    weakest_question: int | None = None  # the debrief question most often answered no
    debriefs_pending: int = 0
    followups_due: int = 0
    leads_needed_month: int | None = None  # the lead planner's figure
    leads_added_month: int = 0
    referrals_asked: int = 0
    losses: int = 0  # debriefed losses, to judge the referral asks


def suggest_focus(this: WeekFigures, before: list[WeekFigures], spots: WeakSpots) -> list[Focus]:
    """Focuses for next week, the most pressing first, each from the rep's own data."""
    out: list[Focus] = []
    usual = averages(before)["touches"]
    if usual is not None and this.all_touches < usual:
        # a fifth above the usual, and always above it: the transcript's « monter le nombre »
        target = max(math.ceil(usual * 1.2 - 1e-9), round(usual) + 1)
        out.append(
            Focus(
                "outreach",
                QT_TRANSLATE_NOOP(
                    "Review", "Raise your outreach: {count} touches next week (usually {usual})."
                ),
                {"count": target, "usual": round(usual)},
            )
        )
    if spots.leads_needed_month is not None and spots.leads_added_month < spots.leads_needed_month:
        out.append(
            Focus(
                "leads",
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Add {count} new leads: the planner needs {needed} this month, "
                    "you have {added}.",
                ),
                {
                    "count": spots.leads_needed_month - spots.leads_added_month,
                    "needed": spots.leads_needed_month,
                    "added": spots.leads_added_month,
                },
            )
        )
    if spots.followups_due:
        out.append(
            Focus(
                "followups",
                QT_TRANSLATE_NOOP(
                    "Review", "Stay top of mind: get back to the {count} prospects due."
                ),
                {"count": spots.followups_due},
            )
        )
    if spots.debriefs_pending:
        out.append(
            Focus(
                "debriefs",
                QT_TRANSLATE_NOOP(
                    "Review", "Learn from your losses: finish the {count} debriefs left."
                ),
                {"count": spots.debriefs_pending},
            )
        )
    if spots.weakest_question is not None:
        out.append(
            Focus(
                f"question_{spots.weakest_question}",
                QT_TRANSLATE_NOOP(
                    "Review", "Your weak spot, question {number}: check it on every open deal."
                ),
                {"number": spots.weakest_question},
            )
        )
    if spots.losses and spots.referrals_asked < spots.losses:
        out.append(
            Focus(
                "referrals",
                QT_TRANSLATE_NOOP("Review", "Don't be afraid to ask: ask every no for a referral."),
            )
        )
    return out


# Energy ---------------------------------------------------------------------------------


def falling(values: list[float]) -> bool:
    """Each value no higher than the one before, and the last below the first."""
    return len(values) >= 2 and all(b <= a for a, b in pairwise(values)) and values[-1] < values[0]


def needs_break(energy: list[int], results: list[WeekFigures]) -> bool:
    """The marathon rule: a falling energy line meets a falling result, so the effort is a
    long one and a break should be planned.

    `energy`: the last check-ins, oldest first; `results`: the weeks they were given for,
    in the same order. Energy falls over the last three check-ins; the result falls when
    the same weeks' wins fall, or their touches do while the wins do not rise.
    """
    if len(energy) < TREND_WEEKS or len(results) < TREND_WEEKS:
        return False
    levels = [float(e) for e in energy[-TREND_WEEKS:]]
    weeks = results[-TREND_WEEKS:]
    wins = [float(w.won) for w in weeks]
    touches = [float(w.all_touches) for w in weeks]
    result_falls = falling(wins) or (falling(touches) and wins[-1] <= wins[0])
    return falling(levels) and result_falls


# The check-in and the review --------------------------------------------------------------


@dataclass(frozen=True)
class ReviewDraft:
    """What the rep gives at the review."""

    week: dt.date  # the week reviewed (its Monday)
    energy: int | None
    word: str = ""
    focus: str = ""
    focus_kind: str = "own"  # a suggestion's kind, or "own" for the rep's own words
    last_focus_kept: bool | None = None  # the previous review's focus: kept, or not


@dataclass(frozen=True)
class ReviewRow:
    week: dt.date
    energy: int
    word: str
    focus: str
    focus_kind: str
    focus_kept: bool | None  # set at the next review
    done_on: dt.date


def validate_review(draft: ReviewDraft) -> ReviewDraft:
    """The draft with its text trimmed; refused field by field otherwise."""
    errors: dict[str, Message] = {}
    if draft.energy is None or not ENERGY_MIN <= draft.energy <= ENERGY_MAX:
        errors["energy"] = msg(
            CTX,
            QT_TRANSLATE_NOOP("Review", "Energy is a level from {low} to {high}."),
            low=ENERGY_MIN,
            high=ENERGY_MAX,
        )
    word = " ".join(draft.word.split())
    if len(word) > MAX_WORD:
        errors["word"] = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Review", "A word or two about your energy: {limit} characters at most."
            ),
            limit=MAX_WORD,
        )
    focus = " ".join(draft.focus.split())
    if not focus:
        errors["focus"] = msg(
            CTX, QT_TRANSLATE_NOOP("Review", "Choose one focus for next week, or write your own.")
        )
    elif len(focus) > MAX_FOCUS:
        errors["focus"] = msg(
            CTX,
            QT_TRANSLATE_NOOP("Review", "The focus is one line: {limit} characters at most."),
            limit=MAX_FOCUS,
        )
    if "\x00" in word or "\x00" in focus:
        errors["focus" if "\x00" in focus else "word"] = msg(
            CTX, QT_TRANSLATE_NOOP("Review", "The text holds a NUL character.")
        )
    if errors:
        raise ValidationError(errors)
    return ReviewDraft(
        draft.week, draft.energy, word, focus, draft.focus_kind or "own", draft.last_focus_kept
    )


def reviewed_week(today: dt.date) -> dt.date:
    """The week a review done `today` looks at: this week from Thursday on, the week before
    early in the week (a Monday review looks back at a whole week, not at one day)."""
    monday = week_of(today)
    return monday if today.weekday() >= 3 else monday - dt.timedelta(weeks=1)


def review_due(today: dt.date, review_day: int, last_done: dt.date | None) -> bool:
    """Whether a review is due: the rep's day (0 Monday … 6 Sunday) has come this week and
    no review was done since."""
    day = week_of(today) + dt.timedelta(days=review_day)
    return today >= day and (last_done is None or last_done < day)
