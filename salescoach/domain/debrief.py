"""The rejection debrief: the article's six questions, loss reasons, and the rules of the form.

The English wording is the source text; the French catalogue follows the article word for
word (see ../shared/seeds). Everything here is plain data and pure functions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg

CTX = "Debrief"


class Answer(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class DebriefState(StrEnum):
    """Where a lost deal's debrief stands."""

    PENDING = "pending"  # lost, nothing typed yet
    DRAFT = "draft"  # started, not finished
    DONE = "done"


@dataclass(frozen=True)
class Question:
    number: int
    text: str  # English source, translated in context "Debrief"
    reminder: str  # the checklist line shown on open deals when this is a weak spot


QUESTIONS: tuple[Question, ...] = (
    Question(
        1,
        QT_TRANSLATE_NOOP("Debrief", "Did you talk to the right decision makers?"),
        QT_TRANSLATE_NOOP(
            "Debrief", "Confirm you are talking to the decision makers: who signs, who weighs in?"
        ),
    ),
    Question(
        2,
        QT_TRANSLATE_NOOP("Debrief", "Did you truly and fully understand their problems?"),
        QT_TRANSLATE_NOOP(
            "Debrief", "Restate their problem in their own words and get a yes before proposing."
        ),
    ),
    Question(
        3,
        QT_TRANSLATE_NOOP(
            "Debrief", "Did you build a proposal that met their needs and removed any surprises?"
        ),
        QT_TRANSLATE_NOOP(
            "Debrief",
            "Walk them through the proposal before sending it: no surprise on price, "
            "scope or timing.",
        ),
    ),
    Question(
        4,
        QT_TRANSLATE_NOOP("Debrief", "Did you know whether they were evaluating a competitor?"),
        QT_TRANSLATE_NOOP("Debrief", "Ask who else they are talking to, and what they like there."),
    ),
    Question(
        5,
        QT_TRANSLATE_NOOP(
            "Debrief",
            "Did you bring them value and offer educational resources to help them make "
            "the best decision?",
        ),
        QT_TRANSLATE_NOOP(
            "Debrief", "Send something that helps them decide: a case study, a guide, a figure."
        ),
    ),
    Question(
        6,
        QT_TRANSLATE_NOOP("Debrief", "Do you understand why they turned your proposal down?"),
        QT_TRANSLATE_NOOP("Debrief", "Ask what could make them say no, before they do."),
    ),
)
QUESTION_NUMBERS: tuple[int, ...] = tuple(q.number for q in QUESTIONS)

# The article's "feuille de triche": six points to keep in mind after a "no".
CHEAT_SHEET: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Debrief",
        "Don't take it personally. Hold yourself accountable by focusing on the parts of "
        "the process you can control.",
    ),
    QT_TRANSLATE_NOOP("Debrief", "Learn from your mistakes."),
    QT_TRANSLATE_NOOP(
        "Debrief",
        "Find out the reasons for each rejection; you may find valuable insights to help "
        "your team and the whole company improve.",
    ),
    QT_TRANSLATE_NOOP(
        "Debrief",
        "Don't be afraid to ask a lead who said “no” to point you to someone else "
        "who might be a better fit.",
    ),
    QT_TRANSLATE_NOOP(
        "Debrief",
        "Always stay top of mind; you might not be a good fit now, but you could be down the road.",
    ),
    QT_TRANSLATE_NOOP(
        "Debrief", "Know your numbers and the value of each call, email and touchpoint."
    ),
)


@dataclass(frozen=True)
class ReasonSeed:
    code: str
    label: str  # English source, context "Debrief"
    controllable: bool  # the default: "within my control"


# DESIGN.md's starting list. The defaults are a starting point the rep overrides per
# debrief and can change for good in the list editor.
LOSS_REASON_SEEDS: tuple[ReasonSeed, ...] = (
    ReasonSeed("timing", QT_TRANSLATE_NOOP("Debrief", "Timing"), False),
    ReasonSeed("budget", QT_TRANSLATE_NOOP("Debrief", "Budget"), False),
    ReasonSeed("competitor_offer", QT_TRANSLATE_NOOP("Debrief", "Competitor's better offer"), True),
    ReasonSeed("in_house", QT_TRANSLATE_NOOP("Debrief", "Handled in-house"), False),
    ReasonSeed("no_decision", QT_TRANSLATE_NOOP("Debrief", "No decision / status quo"), True),
    ReasonSeed(
        "no_decision_maker", QT_TRANSLATE_NOOP("Debrief", "No decision maker reached"), True
    ),
    ReasonSeed("needs_misunderstood", QT_TRANSLATE_NOOP("Debrief", "Needs misunderstood"), True),
    ReasonSeed("price", QT_TRANSLATE_NOOP("Debrief", "Price"), False),
    ReasonSeed("missing_capability", QT_TRANSLATE_NOOP("Debrief", "Missing capability"), False),
    ReasonSeed("unresponsive", QT_TRANSLATE_NOOP("Debrief", "Unresponsive"), False),
    ReasonSeed("poor_fit", QT_TRANSLATE_NOOP("Debrief", "Poor fit"), True),
    ReasonSeed("other", QT_TRANSLATE_NOOP("Debrief", "Other"), False),
)

# Seeded reasons get the same key on every machine, so that histories can be merged.
_REASON_NAMESPACE = uuid.UUID("5a1e5c0a-c4de-4b1e-9d3e-000000000000")


def seed_reason_id(code: str) -> uuid.UUID:
    return uuid.uuid5(_REASON_NAMESPACE, code)


DEFAULT_CADENCE_MONTHS = 3


@dataclass(frozen=True, slots=True)
class LossReasonRow:
    """A reason in the editable list; `code` is set for the seeded ones."""

    id: uuid.UUID
    code: str | None
    label: str  # the rep's own wording; empty for a seeded reason never renamed
    controllable: bool
    hidden: bool = False

    @property
    def source_text(self) -> str:
        """The English text to translate (seeded) or the rep's own label."""
        if self.label:
            return self.label
        seed = next((s for s in LOSS_REASON_SEEDS if s.code == self.code), None)
        return seed.label if seed else (self.code or "")

    @property
    def translatable(self) -> bool:
        return not self.label and self.code is not None


@dataclass
class DebriefDraft:
    """Everything the debrief form holds; saved as typed, checked only when finished."""

    deal_id: uuid.UUID
    answers: dict[int, Answer | None] = field(
        default_factory=lambda: dict.fromkeys(QUESTION_NUMBERS)
    )
    notes: dict[int, str] = field(default_factory=lambda: dict.fromkeys(QUESTION_NUMBERS, ""))
    competitor: str = ""
    reason_id: uuid.UUID | None = None
    controllable: bool | None = None
    prospect_said: str = ""
    lessons: str = ""
    next_action: str = ""
    referral_asked: bool = False
    referral_obtained: bool = False
    referred_contact_id: uuid.UUID | None = None
    referrer_contact_id: uuid.UUID | None = None
    stay_in_touch: bool = True
    cadence_months: int | None = DEFAULT_CADENCE_MONTHS
    step: int = 0  # the page the rep was on, to resume there


# Which page of the form holds each field, so that an error can take the rep there.
FIELD_STEPS: dict[str, int] = {
    "reason": 2,
    "controllable": 2,
    "referral": 4,
    "cadence": 4,
}


def validate_debrief(draft: DebriefDraft, step: int | None = None) -> None:
    """Refuse a debrief that cannot be finished; with `step`, check only that page's fields.

    Raises `ValidationError` keyed by field name ("reason", "referral", "cadence").
    """
    errors: dict[str, Message] = {}
    if draft.reason_id is None:
        errors["reason"] = msg(
            CTX, QT_TRANSLATE_NOOP("Debrief", "Choose the main reason the deal was lost.")
        )
    if draft.referral_obtained and draft.referred_contact_id is None:
        errors["referral"] = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Debrief", "Choose or create the person they referred you to, or untick it."
            ),
        )
    if draft.stay_in_touch and (draft.cadence_months is None or draft.cadence_months < 1):
        errors["cadence"] = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Debrief", "Stay in touch at least every month, or untick “stay in touch”."
            ),
        )
    if step is not None:
        errors = {k: v for k, v in errors.items() if FIELD_STEPS[k] == step}
    if errors:
        raise ValidationError(errors)


@dataclass(slots=True)  # not frozen: a frozen __init__ costs double on 70,000 rows
class DebriefRow:
    """One line of the Debriefs view: a lost deal and where its debrief stands."""

    deal_key: int  # the deal's id as an int (see `deal_id`), as `DealRow.key`
    deal_title: str
    account: str
    lost_on: dt.date | None
    state: DebriefState
    reason: LossReasonRow | None
    controllable: bool | None
    competitor: str
    weak_answers: int  # "no" and "partly" answers, 0-6
    referral_asked: bool
    referral_obtained: bool

    @property
    def deal_id(self) -> uuid.UUID:
        # Built on demand: 70,000 UUID objects nobody looks at cost a tenth of a second.
        return uuid.UUID(int=self.deal_key)


def question(number: int) -> Question:
    return QUESTIONS[number - 1]
