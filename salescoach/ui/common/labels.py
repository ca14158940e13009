"""Translated names of the pipeline's vocabularies (looked up at call time, after the
translators are installed)."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind
from salescoach.domain.periods import Period


def status_label(status: DealStatus) -> str:
    return {
        DealStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        DealStatus.WON: QCoreApplication.translate("Labels", "Won"),
        DealStatus.LOST: QCoreApplication.translate("Labels", "Lost"),
    }[status]


def stage_label(stage: DealStage) -> str:
    return {
        DealStage.LEAD: QCoreApplication.translate("Labels", "Lead"),
        DealStage.QUALIFIED: QCoreApplication.translate("Labels", "Qualified"),
        DealStage.PROPOSAL: QCoreApplication.translate("Labels", "Proposal"),
        DealStage.NEGOTIATION: QCoreApplication.translate("Labels", "Negotiation"),
        DealStage.CLOSING: QCoreApplication.translate("Labels", "Closing"),
    }[stage]


def kind_label(kind: TouchKind) -> str:
    return {
        TouchKind.CALL: QCoreApplication.translate("Labels", "Call"),
        TouchKind.EMAIL: QCoreApplication.translate("Labels", "Email"),
        TouchKind.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        TouchKind.VIDEO_CALL: QCoreApplication.translate("Labels", "Video call"),
        TouchKind.WEBINAR: QCoreApplication.translate("Labels", "Webinar"),
        TouchKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[kind]


def role_label(role: ContactRole) -> str:
    return {
        ContactRole.DECISION_MAKER: QCoreApplication.translate("Labels", "Decision maker"),
        ContactRole.EVALUATOR: QCoreApplication.translate("Labels", "Evaluator"),
        ContactRole.INFLUENCER: QCoreApplication.translate("Labels", "Influencer"),
        ContactRole.USER: QCoreApplication.translate("Labels", "User"),
    }[role]


def period_label(period: Period) -> str:
    """The periods a rep can look back over (Debriefs and Numbers views)."""
    return {
        Period.ALL: QCoreApplication.translate("Labels", "All time"),
        Period.LAST_12_MONTHS: QCoreApplication.translate("Labels", "Last 12 months"),
        Period.THIS_YEAR: QCoreApplication.translate("Labels", "This year"),
        Period.LAST_YEAR: QCoreApplication.translate("Labels", "Last year"),
        Period.THIS_QUARTER: QCoreApplication.translate("Labels", "This quarter"),
        Period.LAST_QUARTER: QCoreApplication.translate("Labels", "Last quarter"),
    }[period]


E = TypeVar("E", bound=StrEnum)


def combo_enum(combo: QComboBox, cls: type[E]) -> E | None:
    """The enum member stored as the current item's data (Qt hands it back as a str)."""
    value = combo.currentData()
    return None if value is None else cls(value)
