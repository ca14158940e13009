"""The open pipeline's value: its total and a forecast weighted by each stage's chance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from salescoach.domain.enums import DealStage
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg

CTX = "Forecast"

# The chance that a deal at this stage is won, in percent, until the rep says otherwise.
DEFAULT_PROBABILITIES: dict[DealStage, int] = {
    DealStage.LEAD: 10,
    DealStage.QUALIFIED: 20,
    DealStage.PROPOSAL: 40,
    DealStage.NEGOTIATION: 60,
    DealStage.CLOSING: 80,
}


@dataclass(frozen=True)
class PipelineValue:
    """Open deals in `currency` (the main one): their total and weighted amounts, cents."""

    currency: str | None
    open_cents: int
    weighted_cents: int
    deals: int


def weighted_value(
    currency: str | None,
    by_stage: Mapping[DealStage, tuple[int, int]],
    probabilities: Mapping[DealStage, int],
) -> PipelineValue:
    """`by_stage`: each stage's (open deals, amount in cents). Rounded to the cent."""
    total = sum(cents for _n, cents in by_stage.values())
    weighted = sum(
        cents * probabilities.get(stage, DEFAULT_PROBABILITIES[stage])
        for stage, (_n, cents) in by_stage.items()
    )
    deals = sum(n for n, _cents in by_stage.values())
    return PipelineValue(currency, total, (weighted + 50) // 100, deals)


def checked_probabilities(values: Mapping[DealStage, int]) -> dict[DealStage, int]:
    """Each stage's chance, whole percents from 0 to 100; a `UserError` otherwise."""
    for percent in values.values():
        if not 0 <= percent <= 100:
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Forecast", "A stage's chance is a percentage from 0 to 100, not {value}."
                    ),
                    value=percent,
                )
            )
    return {stage: int(values.get(stage, DEFAULT_PROBABILITIES[stage])) for stage in DealStage}
