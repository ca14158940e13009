"""Translated names of the pipeline's vocabularies (looked up at call time, after the
translators are installed)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox

from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message
from salescoach.domain.periods import Period
from salescoach.ui.common.i18n import tr_message

K = TypeVar("K", bound=Hashable)


class LabelTable(Generic[K]):
    """The name of each value of a vocabulary, marked with `QT_TRANSLATE_NOOP(context, …)`;
    called with a value, its name in the user's language."""

    def __init__(self, context: str, names: Mapping[K, str]) -> None:
        self.context = context
        self.names = dict(names)  # the English source texts, as marked

    def __call__(self, value: K) -> str:
        return tr_message(self.message(value))

    def message(self, value: K) -> Message:
        """The name as a message, for the command line's own translator."""
        return Message(self.context, self.names[value])


status_label = LabelTable(
    "Labels",
    {
        DealStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        DealStatus.WON: QT_TRANSLATE_NOOP("Labels", "Won"),
        DealStatus.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
    },
)


stage_label = LabelTable(
    "Labels",
    {
        DealStage.LEAD: QT_TRANSLATE_NOOP("Labels", "Lead"),
        DealStage.QUALIFIED: QT_TRANSLATE_NOOP("Labels", "Qualified"),
        DealStage.PROPOSAL: QT_TRANSLATE_NOOP("Labels", "Proposal"),
        DealStage.NEGOTIATION: QT_TRANSLATE_NOOP("Labels", "Negotiation"),
        DealStage.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing"),
    },
)


kind_label = LabelTable(
    "Labels",
    {
        TouchKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
        TouchKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
        TouchKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
        TouchKind.VIDEO_CALL: QT_TRANSLATE_NOOP("Labels", "Video call"),
        TouchKind.WEBINAR: QT_TRANSLATE_NOOP("Labels", "Webinar"),
        TouchKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
)


role_label = LabelTable(
    "Labels",
    {
        ContactRole.DECISION_MAKER: QT_TRANSLATE_NOOP("Labels", "Decision maker"),
        ContactRole.EVALUATOR: QT_TRANSLATE_NOOP("Labels", "Evaluator"),
        ContactRole.INFLUENCER: QT_TRANSLATE_NOOP("Labels", "Influencer"),
        ContactRole.USER: QT_TRANSLATE_NOOP("Labels", "User"),
    },
)


# The periods a rep can look back over (Debriefs and Numbers views).
period_label = LabelTable(
    "Labels",
    {
        Period.ALL: QT_TRANSLATE_NOOP("Labels", "All time"),
        Period.LAST_12_MONTHS: QT_TRANSLATE_NOOP("Labels", "Last 12 months"),
        Period.THIS_YEAR: QT_TRANSLATE_NOOP("Labels", "This year"),
        Period.LAST_YEAR: QT_TRANSLATE_NOOP("Labels", "Last year"),
        Period.THIS_QUARTER: QT_TRANSLATE_NOOP("Labels", "This quarter"),
        Period.LAST_QUARTER: QT_TRANSLATE_NOOP("Labels", "Last quarter"),
    },
)


E = TypeVar("E", bound=StrEnum)


def combo_enum(combo: QComboBox, cls: type[E]) -> E | None:
    """The enum member stored as the current item's data (Qt hands it back as a str)."""
    value = combo.currentData()
    return None if value is None else cls(value)
