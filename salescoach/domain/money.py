"""Money as integer minor units (cents), parsed from what people type."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_SYMBOLS = re.compile(r"[€$£]|EUR|USD|GBP|CHF|CAD", re.IGNORECASE)


_PLAIN = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def plain_number(s: str, decimal_point: str = ".") -> str | None:
    """`s` (grouping already removed) with "." as its decimal mark, or None when it is not
    a number. Either mark is read as the decimal point when `s` has only one of them,
    except one group of three after it in English: "1,250" is twelve hundred and fifty,
    "12,5" twelve and a half."""
    other = "," if decimal_point == "." else "."
    if decimal_point in s and other in s:
        s = s.replace(other, "")
    elif other in s:
        head, _, tail = s.rpartition(other)
        if s.count(other) > 1 or (len(tail) == 3 and decimal_point == "."):
            s = s.replace(other, "")
        else:
            s = f"{head}{decimal_point}{tail}"
    s = s.replace(decimal_point, ".")
    return s if _PLAIN.fullmatch(s) else None


def parse_amount(text: str, decimal_point: str = ".") -> int | None:
    """Parse a typed amount into cents; None when `text` is not a number.

    Accepts grouping spaces (including the narrow no-break space French locales use),
    apostrophes (Swiss), a currency symbol, and either `.` or `,` as the decimal mark:
    `decimal_point` decides only when a string has both marks or one ambiguous group
    such as "1,250". The sign is kept; refusing negatives is the caller's rule.
    """
    s = plain_number(_SYMBOLS.sub("", _SPACES.sub("", text.strip())), decimal_point)
    if s is None:
        return None
    try:
        value = Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex above rules it out
        return None
    try:
        cents = (value * 100).quantize(Decimal(1))
    except InvalidOperation:  # more digits than any amount (a 30-digit number): no amount
        return None
    if cents != value * 100:
        return None  # more than two decimals: refuse rather than round silently
    return int(cents)


def cents_to_major(cents: int) -> float:
    """Cents to the currency's major unit, for JSON and charts."""
    return cents / 100


CURRENCY_SYMBOLS: dict[str, str] = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "CAD": "$CA"}


def currency_symbol(code: str) -> str:
    """The symbol shown next to an amount in `code`, or the code itself."""
    return CURRENCY_SYMBOLS.get(code, code)
