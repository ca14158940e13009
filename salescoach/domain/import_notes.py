"""The preview's notes: how titles are made when a file has none, and in which currency
its amounts are read (the import dialog and `salescoach import` say the same)."""

from __future__ import annotations

from collections.abc import Sequence

from salescoach.domain.crm_vocabulary import Field
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, msg

CTX = "Importing"


def currency_line(has_column: bool, from_header: str | None) -> str:
    """The preview's sentence on currency, to format with `currency=`: from the file's
    currency column, from the amount column's name, or the one the rep chose."""
    if has_column:
        return QT_TRANSLATE_NOOP(
            "Importing", "Currency: from the currency column; {currency} where it is empty."
        )
    if from_header:
        return QT_TRANSLATE_NOOP("Importing", "Currency: {currency}, as the amount column says.")
    return QT_TRANSLATE_NOOP(
        "Importing", "Currency: the file names none; amounts read in {currency}."
    )


def title_rule(headers: Sequence[str], mapping: dict[Field, int]) -> Message | None:
    """How titles are made when the file has no title column (None: it has one)."""
    if Field.TITLE in mapping:
        return None
    parts = [headers[mapping[f]] for f in (Field.ACCOUNT, Field.PRODUCT) if f in mapping]
    if not parts and Field.SOURCE_ID in mapping:
        parts = [headers[mapping[Field.SOURCE_ID]]]
    if not parts:
        return None
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Importing", "No title column: titles made from {columns}."),
        columns=" – ".join(f"“{p}”" for p in parts),
    )
