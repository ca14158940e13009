"""The app's main currency: the one every figure is in (deals in other currencies are
counted apart, never converted). The rep chooses it in Settings; by default it is the
currency most deals are in, so a US history shows in dollars."""

from __future__ import annotations

from salescoach.domain.enums import CURRENCIES, DEFAULT_CURRENCY
from salescoach.domain.messages import QT_TRANSLATE_NOOP, ValidationError, msg
from salescoach.store import preferences
from salescoach.store.database import Store

CTX = "Settings"


def main_currency(store: Store) -> str:
    """The app's main currency: the rep's choice, else the most frequent, else EUR."""
    with store.session() as s:
        return preferences.main_currency(s) or DEFAULT_CURRENCY


def chosen_currency(store: Store) -> str | None:
    """The rep's choice, or None when the app follows the deals (the most frequent)."""
    with store.session() as s:
        return preferences.get(s, preferences.MAIN_CURRENCY)


def set_main_currency(store: Store, code: str | None) -> None:
    """Choose the main currency (an ISO code); None: the most frequent again."""
    if code is not None:
        code = code.strip().upper()
        if code not in CURRENCIES:
            raise ValidationError(
                {
                    "currency": msg(
                        CTX,
                        QT_TRANSLATE_NOOP("Settings", "“{code}” is not a currency code."),
                        code=code,
                    )
                }
            )
    with store.session() as s:
        preferences.put(s, preferences.MAIN_CURRENCY, code)
