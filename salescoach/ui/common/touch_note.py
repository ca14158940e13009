"""The sentence added to the status bar when a touch is logged or a deal is lost: what a
touch is worth at the rep's current numbers (the last 12 months, kept by the service)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salescoach.domain.messages import UserError
from salescoach.ui.common import formatting

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace


def amount_about(cents: float, currency: str) -> str:
    """An "about" amount: whole units from 10 on (23 €), cents below (4,50 €)."""
    return formatting.money(
        round(cents, -2 if cents >= 1000 else 0), currency, 0 if cents >= 1000 else 2
    )


def touch_worth(workspace: Workspace, lost: bool = False) -> str:
    """ " At your current numbers, that touch was worth about 23 €." (with its leading
    space), or "" when there is no value to tell (no win or no touch in the last 12 months)."""
    try:
        value = workspace.numbers.touch_value()
    except UserError:  # the database is busy: the touch is saved, the note can wait
        return ""
    if value is None:
        return ""
    amount = amount_about(value.cents, value.currency)
    if lost:
        text = QCoreApplication.translate(
            "TouchNote",
            "Each touch it took was still worth about {amount}: every no brings you closer "
            "to a yes.",
        )
    else:
        text = QCoreApplication.translate(
            "TouchNote", "At your current numbers, that touch was worth about {amount}."
        )
    return " " + text.format(amount=amount)
