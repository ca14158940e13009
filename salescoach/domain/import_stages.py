"""The stage values of a file without a status column: each with its count and the status
proposed for it (open, won or lost), for the rep to confirm."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from salescoach.domain.crm_vocabulary import NULLS, Field, normalise, propose_status, status_word
from salescoach.domain.enums import DealStatus
from salescoach.domain.messages import QT_TRANSLATE_NOOP

STATUS_NAMES: dict[DealStatus | None, str] = {
    DealStatus.OPEN: QT_TRANSLATE_NOOP("Importing", "open"),
    DealStatus.WON: QT_TRANSLATE_NOOP("Importing", "won"),
    DealStatus.LOST: QT_TRANSLATE_NOOP("Importing", "lost"),
    None: QT_TRANSLATE_NOOP("Importing", "to be chosen"),
}


@dataclass(frozen=True)
class StageCount:
    """One distinct stage value of a file: how many deals, and the status proposed."""

    value: str
    count: int
    proposed: DealStatus | None


def stage_table(rows: Sequence[Sequence[str]], mapping: dict[Field, int]) -> list[StageCount]:
    """Each stage value of the rows that no status column decides, most frequent first."""
    stage = mapping.get(Field.STAGE)
    if stage is None:
        return []
    status = mapping.get(Field.STATUS)
    raw: dict[str, int] = {}  # by the cell as written: one dict look-up a row
    for row in rows:
        if not row or not any(row):
            continue
        if status is not None and status < len(row) and status_word(row[status]) is not None:
            continue
        value = row[stage] if stage < len(row) else ""
        raw[value] = raw.get(value, 0) + 1
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for value, n in raw.items():
        text = "" if value.strip() in NULLS else value.strip()
        key = normalise(text)
        counts[key] = counts.get(key, 0) + n
        shown.setdefault(key, text)
    return sorted(
        (StageCount(shown[k], n, propose_status(shown[k])) for k, n in counts.items()),
        key=lambda s: (-s.count, s.value),
    )


@lru_cache(maxsize=4096)  # a file repeats the same few stages
def stage_key(stage: str) -> str:
    """How a stage value is looked up in a status map ("Closed Won" -> "closed won")."""
    return normalise(stage)
