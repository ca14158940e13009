"""Every ISO 4217 currency, from Babel's copy of the Unicode CLDR (not a hand-kept list).

A file from a Russian Bitrix24 (RUB) or a Chilean HubSpot (CLP) is read in its own
currency; the deal editor lists the usual five first, then every other code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel.numbers import list_currencies

COMMON: tuple[str, ...] = ("EUR", "USD", "GBP", "CHF", "CAD")
# XXX ("no currency") and XTS ("for testing") are ISO codes but never an amount's currency.
_NOT_MONEY = frozenset({"XXX", "XTS"})
ISO_CODES: frozenset[str] = frozenset(list_currencies()) - _NOT_MONEY
ALL: tuple[str, ...] = COMMON + tuple(sorted(ISO_CODES - set(COMMON)))
# Until the rep chooses a main currency, a file naming none is read in this one.
DEFAULT = "EUR"

_TOKEN = re.compile(r"[A-Za-z]{3}")
_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "₽": "RUB", "¥": "JPY", "₹": "INR", "R$": "BRL"}


def is_currency(code: str) -> bool:
    return code in ISO_CODES


@lru_cache(maxsize=1024)
def in_header(name: str) -> tuple[str, str] | None:
    """(code, the name without it) when a column's name says its currency: `amount_usd`,
    `Montant (EUR)`, `Value €`; None otherwise."""
    for symbol, code in sorted(_SYMBOLS.items(), key=lambda s: -len(s[0])):
        if symbol in name:
            return code, name.replace(symbol, " ")
    parts = re.split(r"[^A-Za-z]+", name)
    found = [p.upper() for p in parts if _TOKEN.fullmatch(p) and p.upper() in ISO_CODES]
    # One code among other words ("amount usd"), never the whole name (a column "EUR").
    if len(found) == 1 and len([p for p in parts if p]) > 1:
        code = found[0]
        rest = re.sub(rf"(?i)(?<![A-Za-z]){code}(?![A-Za-z])", " ", name)
        return code, rest
    return None
