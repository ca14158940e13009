"""Every ISO 4217 currency, from Babel's copy of the Unicode CLDR (not a hand-kept list).

A file from a Russian Bitrix24 (RUB) or a Chilean HubSpot (CLP) is read in its own
currency; the deal editor lists the usual five first, then every other code. Babel and
its data load on first use (about 90 ms), not when the window starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import overload

COMMON: tuple[str, ...] = ("EUR", "USD", "GBP", "CHF", "CAD")
# XXX ("no currency") and XTS ("for testing") are ISO codes but never an amount's currency.
_NOT_MONEY = frozenset({"XXX", "XTS"})
# Until the rep chooses a main currency, a file naming none is read in this one.
DEFAULT = "EUR"

_TOKEN = re.compile(r"[A-Za-z]{3}")
_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "₽": "RUB", "¥": "JPY", "₹": "INR", "R$": "BRL"}


@cache
def iso_codes() -> frozenset[str]:
    """Every ISO 4217 code the CLDR knows (current and historic), read once."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies()) - _NOT_MONEY


class _Codes(Sequence[str]):
    """`COMMON`, then every other code sorted: a sequence that reads Babel's data when
    first looked at."""

    @cache  # noqa: B019 - one instance, for the life of the process
    def _codes(self) -> tuple[str, ...]:
        return COMMON + tuple(sorted(iso_codes() - set(COMMON)))

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._codes()[index]

    def __len__(self) -> int:
        return len(self._codes())

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes())

    def __contains__(self, code: object) -> bool:
        return code in iso_codes()


ALL: Sequence[str] = _Codes()


def is_currency(code: str) -> bool:
    return code in iso_codes()


@lru_cache(maxsize=1024)
def in_header(name: str) -> tuple[str, str] | None:
    """(code, the name without it) when a column's name says its currency: `amount_usd`,
    `Montant (EUR)`, `Value €`; None otherwise."""
    for symbol, code in sorted(_SYMBOLS.items(), key=lambda s: -len(s[0])):
        if symbol in name:
            return code, name.replace(symbol, " ")
    parts = re.split(r"[^A-Za-z]+", name)
    found = [p.upper() for p in parts if _TOKEN.fullmatch(p) and p.upper() in iso_codes()]
    # One code among other words ("amount usd"), never the whole name (a column "EUR").
    if len(found) == 1 and len([p for p in parts if p]) > 1:
        code = found[0]
        rest = re.sub(rf"(?i)(?<![A-Za-z]){code}(?![A-Za-z])", " ", name)
        return code, rest
    return None
