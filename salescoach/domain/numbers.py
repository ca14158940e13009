"""Know your numbers: what one touch is worth, touches per win, and the what-if mode.

The article (../shared/seeds/004): divide your average commission by the average number of
calls and emails it takes to make a sale. Over a period that is (C / W) / (T / W) = C / T:
the commission earned on the period's wins over every touch logged in it (on won, lost and
open deals alike, and touches on no deal).

Edge cases, decided here once:

- No touch in the period: touches per win and the value of a touch are None (shown "—").
- No win: touches per win, average commission per win and the value of a touch are None.
  The article's ratio needs a sale; "0 € a call" would tell the rep their calls are
  worthless, which is the opposite of the point.
- Wins with no commission recorded: counted (`wins_without_commission`); the figures use
  what is recorded (0 when nothing is) and the view says so.
- Several currencies: every figure is in the main currency (the currency of most deals).
  Deals in other currencies, and the touches logged on them, are left out of the figures
  and listed in `others` with their own counts and commission: never converted, never
  added to the main currency. Touches on no deal count with the main currency.
- Counts and amounts beyond what a rep can have (over a trillion) or negative are refused
  with `ValidationError`, like typed input: nothing here raises anything else.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from salescoach.domain.enums import TouchKind
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg
from salescoach.domain.money import plain_number

CTX = "Numbers"

MAX_COUNT = 10**12  # touches or deals: far beyond any rep's history
MAX_CENTS = 10**15  # ten trillion in major units
MAX_TOUCHES_PER_SALE = 10**9


class NumbersState(StrEnum):
    """What the period's history allows to say."""

    EMPTY = "empty"  # no touch and no closed deal in the period
    NO_TOUCHES = "no_touches"  # deals closed, but no touch logged
    NO_WINS = "no_wins"  # touches, but no win yet
    NO_COMMISSION = "no_commission"  # wins, none with a commission recorded
    OK = "ok"


@dataclass(frozen=True)
class Outcome:
    """The deals of one currency closed in the period (store aggregate)."""

    currency: str
    won: int = 0
    lost: int = 0
    commission_cents: int = 0  # on the won deals
    wins_without_commission: int = 0


@dataclass(frozen=True)
class KindLine:
    """One kind of touch in the split: how many, per win, and what they were worth."""

    kind: TouchKind
    touches: int
    share: float | None  # of all touches, 0-1
    per_win: float | None
    worth_cents: float | None  # touches × value of one touch


@dataclass(frozen=True)
class OtherCurrency:
    """Deals in a currency other than the main one, left out of the figures."""

    currency: str
    won: int
    lost: int
    commission_cents: int
    touches: int


@dataclass(frozen=True)
class TouchNumbers:
    """The Numbers view's figures for one period, in `currency`."""

    currency: str
    won: int
    lost: int
    commission_cents: int
    wins_without_commission: int
    touches: int
    by_kind: tuple[KindLine, ...]
    others: tuple[OtherCurrency, ...] = ()

    @property
    def win_rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None

    @property
    def touches_per_win(self) -> float | None:
        return self.touches / self.won if self.won and self.touches else None

    @property
    def avg_commission_per_win_cents(self) -> float | None:
        return self.commission_cents / self.won if self.won else None

    @property
    def per_touch_value_cents(self) -> float | None:
        return self.commission_cents / self.touches if self.won and self.touches else None

    @property
    def state(self) -> NumbersState:
        if not self.touches:
            return NumbersState.NO_TOUCHES if self.won + self.lost else NumbersState.EMPTY
        if not self.won:
            return NumbersState.NO_WINS
        return NumbersState.OK if self.commission_cents else NumbersState.NO_COMMISSION

    @property
    def all_touches(self) -> int:
        """Every touch of the period, in any currency."""
        return self.touches + sum(o.touches for o in self.others)


def _count_error() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Numbers", "Counts must be whole numbers from 0."))


def _check_counts(values: Mapping[str, int], limit: int = MAX_COUNT) -> None:
    errors = {
        name: _count_error()
        for name, value in values.items()
        if not isinstance(value, int) or not 0 <= value <= limit
    }
    if errors:
        raise ValidationError(errors)


def touch_numbers(
    main_currency: str,
    outcomes: Iterable[Outcome],
    touches: Mapping[TouchKind, int],
    other_touches: Mapping[str, Mapping[TouchKind, int]] | None = None,
) -> TouchNumbers:
    """The figures of a period from the store's aggregates.

    `touches` counts every touch of the period by kind; `other_touches` those on deals in
    each currency other than `main_currency` (they are taken out of the figures).
    """
    by_currency: dict[str, Outcome] = {}
    for o in outcomes:
        _check_counts(
            {"won": o.won, "lost": o.lost, "wins_without_commission": o.wins_without_commission}
        )
        _check_counts({"commission": o.commission_cents}, MAX_CENTS)
        if o.wins_without_commission > o.won:
            raise ValidationError({"wins_without_commission": _count_error()})
        seen = by_currency.get(o.currency)
        if seen is not None:  # the same currency twice: add them up
            o = Outcome(
                o.currency,
                seen.won + o.won,
                seen.lost + o.lost,
                seen.commission_cents + o.commission_cents,
                seen.wins_without_commission + o.wins_without_commission,
            )
        by_currency[o.currency] = o
    _check_counts({f"touches_{k}": n for k, n in touches.items()})
    main_touches = {kind: touches.get(kind, 0) for kind in TouchKind}
    others = []
    currencies = set(by_currency) | set(other_touches or {})
    for currency in sorted(currencies - {main_currency}):
        theirs = (other_touches or {}).get(currency, {})
        _check_counts({f"touches_{k}": n for k, n in theirs.items()})
        for kind, n in theirs.items():
            if n > main_touches.get(kind, 0):
                raise ValidationError({"touches": _count_error()})
            main_touches[kind] -= n
        o = by_currency.get(currency, Outcome(currency))
        others.append(
            OtherCurrency(currency, o.won, o.lost, o.commission_cents, sum(theirs.values()))
        )
    main = by_currency.get(main_currency, Outcome(main_currency))
    total = sum(main_touches.values())
    value = main.commission_cents / total if main.won and total else None
    lines = tuple(
        KindLine(
            kind,
            n,
            n / total if total else None,
            n / main.won if main.won else None,
            None if value is None else value * n,
        )
        for kind, n in main_touches.items()
    )
    return TouchNumbers(
        main_currency,
        main.won,
        main.lost,
        main.commission_cents,
        main.wins_without_commission,
        total,
        lines,
        tuple(others),
    )


# what-if ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WhatIf:
    """The value of a touch from typed-in numbers instead of the history."""

    commission_cents: int
    touches_per_sale: float

    @property
    def value_cents(self) -> float:
        return self.commission_cents / self.touches_per_sale


def what_if(commission_cents: int | None, touches_per_sale: float | None) -> WhatIf:
    """Check what the rep typed; None means the text was not a number.

    Raises `ValidationError` keyed "commission" and "touches".
    """
    errors: dict[str, Message] = {}
    if commission_cents is None:
        errors["commission"] = msg(
            CTX, QT_TRANSLATE_NOOP("Numbers", "Type an amount, such as 2,300.")
        )
    elif commission_cents < 0:
        errors["commission"] = msg(
            CTX, QT_TRANSLATE_NOOP("Numbers", "An amount cannot be negative.")
        )
    elif commission_cents > MAX_CENTS:
        errors["commission"] = _too_large()
    if touches_per_sale is None or not math.isfinite(touches_per_sale):
        errors["touches"] = msg(
            CTX,
            QT_TRANSLATE_NOOP("Numbers", "Type a number of touches, or a ratio such as 50:1."),
        )
    elif touches_per_sale < 1:
        errors["touches"] = msg(
            CTX, QT_TRANSLATE_NOOP("Numbers", "A sale takes at least one touch.")
        )
    elif touches_per_sale > MAX_TOUCHES_PER_SALE:
        errors["touches"] = _too_large()
    if errors:
        raise ValidationError(errors)
    assert commission_cents is not None and touches_per_sale is not None
    return WhatIf(commission_cents, float(touches_per_sale))


def _too_large() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Numbers", "That number is too large."))


# reading what people type ----------------------------------------------------------------

_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009'’]")


def parse_number(text: str, decimal_point: str = ".") -> float | None:
    """A number as typed ("12,5", "1 000", "12.5 %"); None when it is not one.

    Grouping spaces and apostrophes are ignored and a trailing "%" is allowed (the caller
    knows whether the field is a percentage). Either mark is read as the decimal point when
    the string has only one of them, except "1,250" in English (twelve hundred and fifty).
    """
    s = plain_number(_GROUPING.sub("", text.strip()).removesuffix("%"), decimal_point)
    if s is None or len(s) > 40:
        return None
    value = float(s)
    return value if math.isfinite(value) else None


def parse_ratio(text: str, decimal_point: str = ".") -> float | None:
    """Touches per sale as typed: "50", "50:1", "1 000:1", "50/1" or "150:3" (= 50).

    None when it is not a number or a ratio, or when the second term is zero.
    """
    parts = re.split(r"[:/]", text)
    if len(parts) == 1:
        return parse_number(text, decimal_point)
    if len(parts) != 2:
        return None
    touches, sales = (parse_number(p, decimal_point) for p in parts)
    if touches is None or sales is None or sales <= 0:
        return None
    return touches / sales
