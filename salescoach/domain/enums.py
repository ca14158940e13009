"""The fixed vocabularies of the pipeline, stored by value in the database."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from salescoach.domain import currencies


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class DealStage(StrEnum):
    """Where a deal stands; a won or lost deal keeps the stage it reached."""

    LEAD = "lead"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    CLOSING = "closing"


class TouchKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VIDEO_CALL = "video_call"
    WEBINAR = "webinar"
    OTHER = "other"


class ContactRole(StrEnum):
    """A contact's role on one deal (the same person may play another role elsewhere)."""

    DECISION_MAKER = "decision_maker"
    EVALUATOR = "evaluator"
    INFLUENCER = "influencer"
    USER = "user"


# Every ISO 4217 code (Babel's CLDR data), the usual five first.
CURRENCIES: Sequence[str] = currencies.ALL
DEFAULT_CURRENCY = currencies.DEFAULT
