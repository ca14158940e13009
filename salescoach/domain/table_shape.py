"""Where a table's header and data are: below a report's title rows, above its totals.

A Salesforce formatted report starts with its title and filters, one cell a row, then the
header; it ends with `Grand Totals (268 records)` and a copyright line. A vtiger dump has
no header at all: its first row is already a deal. Spreadsheet cells come typed (numbers,
dates); `cell_text` writes them the one way the importer reads without asking.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from salescoach.domain.crm_vocabulary import NULLS, normalise

LOOK_AHEAD = 30  # title rows above a header: a report has five or six

_DATA_CELL = re.compile(
    r"[-+]?\d[\d\s.,']*|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T].*)?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:[ T].*)?"
)
# A totals row's first cell, whole (English, French, Spanish, German, Portuguese), and a
# report's footer.
_TOTALS = re.compile(
    r"(?:grand |sub ?)?totals?(?: general| geral)?(?: \d+ records?)?|totaux?"
    r"|suma(?: total)?|summe|gesamt(?:summe)?|zwischensumme|count \d+"
)
_FOOTER = re.compile(r"confidential information\b.*|copyright\b.*")


def _filled(row: Sequence[str]) -> int:
    return sum(1 for c in row if c.strip() and c.strip() not in NULLS)


def looks_like_data(row: Sequence[str]) -> bool:
    """A row holding a number, a date or MySQL's `\\N`: a deal, not column names."""
    return any(c.strip() in NULLS or _DATA_CELL.fullmatch(c.strip()) for c in row)


def find_header(records: Sequence[Sequence[str]], no_header: bool = False) -> tuple[int, bool]:
    """(index of the header row, True) or, for a file without one, (index of the first
    data row, False). Title rows above (fewer cells than the table is wide) are passed."""
    head = records[:LOOK_AHEAD]
    wide = max((_filled(r) for r in head), default=0)
    # A title row holds one or two cells; a header at least a third of the table's width
    # (a header narrower than its rows, extra cells unnamed, is still the header).
    need = max(2, wide // 3) if wide >= 3 else 1
    for i, row in enumerate(head):
        if wide and _filled(row) >= need:
            if no_header or looks_like_data(row):
                return i, False
            return i, True
    first = next((i for i, r in enumerate(records) if _filled(r)), 0)
    return first, not no_header


# A cheap first look, so that a 100,000-row file pays one regex match a row.
_MAYBE_TOTAL = re.compile(
    r"\s*(grand|sub|total|suma|summe|gesamt|zwischen|count|confidential|copyright)", re.I
)


def is_total_row(row: Sequence[str], width: int) -> bool:
    """`Grand Totals (268 records)`, `Total`, `Summe` with only sums beside it: a report's
    totals, not a deal (a deal fills its row); a report's one-cell footer (`Confidential
    Information - Do Not Distribute`, `Copyright …`) likewise."""
    first = next((c for c in row if c.strip()), "")
    if not _MAYBE_TOTAL.match(first):
        return False
    words = normalise(first)
    filled = _filled(row)
    if _FOOTER.fullmatch(words):
        return filled == 1
    return bool(_TOTALS.fullmatch(words)) and (filled < width or width <= 2)


def cell_text(value: object) -> str:
    """A spreadsheet cell as the importer reads it: dates ISO, numbers with a point."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return str(value)


def _float_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _datetime_text(value: dt.datetime) -> str:
    if value.hour or value.minute or value.second or value.microsecond:
        # Arguments by position: by keyword the call takes a third longer (a sheet of
        # 100,000 deals has some 180,000 date cells).
        return value.isoformat(" ", "seconds")
    return value.date().isoformat()


_BY_TYPE: dict[type, Callable[[Any], str]] = {
    float: _float_text,
    dt.datetime: _datetime_text,
    dt.date: dt.date.isoformat,
}


def row_text(row: Sequence[object]) -> list[str]:
    """`cell_text` of every cell, with one dictionary look-up for the usual types (a
    100,000-row sheet has a million and a half cells)."""
    get = _BY_TYPE.get
    return [v if type(v) is str else get(type(v), cell_text)(v) for v in row]
