"""Translated names of the pipeline's vocabularies (looked up at call time, after the
translators are installed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind

_T = QCoreApplication.translate


def status_label(status: DealStatus) -> str:
    return {
        DealStatus.OPEN: _T("Labels", "Open"),
        DealStatus.WON: _T("Labels", "Won"),
        DealStatus.LOST: _T("Labels", "Lost"),
    }[status]


def stage_label(stage: DealStage) -> str:
    return {
        DealStage.LEAD: _T("Labels", "Lead"),
        DealStage.QUALIFIED: _T("Labels", "Qualified"),
        DealStage.PROPOSAL: _T("Labels", "Proposal"),
        DealStage.NEGOTIATION: _T("Labels", "Negotiation"),
        DealStage.CLOSING: _T("Labels", "Closing"),
    }[stage]


def kind_label(kind: TouchKind) -> str:
    return {
        TouchKind.CALL: _T("Labels", "Call"),
        TouchKind.EMAIL: _T("Labels", "Email"),
        TouchKind.MEETING: _T("Labels", "Meeting"),
        TouchKind.VIDEO_CALL: _T("Labels", "Video call"),
        TouchKind.WEBINAR: _T("Labels", "Webinar"),
        TouchKind.OTHER: _T("Labels", "Other"),
    }[kind]


def role_label(role: ContactRole) -> str:
    return {
        ContactRole.DECISION_MAKER: _T("Labels", "Decision maker"),
        ContactRole.EVALUATOR: _T("Labels", "Evaluator"),
        ContactRole.INFLUENCER: _T("Labels", "Influencer"),
        ContactRole.USER: _T("Labels", "User"),
    }[role]
