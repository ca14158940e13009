"""Find anything (Ctrl+K) and the open pipeline's value: read by the window and `stats`."""

from __future__ import annotations

from collections.abc import Mapping

from salescoach.domain.enums import DealStage
from salescoach.domain.forecast import PipelineValue, checked_probabilities, weighted_value
from salescoach.domain.search import SearchHit, fts_query
from salescoach.store import preferences, search_index, stage_probabilities
from salescoach.store.database import Store

PER_KIND = 8  # hits shown of each kind: enough to pick from, few enough to read


class SearchService:
    """The full-text search over deals, accounts, contacts, touch notes and debriefs."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def find(self, text: str, per_kind: int = PER_KIND) -> list[SearchHit]:
        """What matches every word of `text` (each a prefix), grouped by kind."""
        query = fts_query(text)
        if query is None:
            return []
        with self.store.session() as s:
            return search_index.search(s, query, per_kind)


class ForecastService:
    """Each stage's chance (Settings) and the open pipeline's total and weighted value."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def probabilities(self) -> dict[DealStage, int]:
        with self.store.session() as s:
            return stage_probabilities.probabilities(s)

    def team_stages(self) -> frozenset[DealStage]:
        """The stages whose chance the team's manager sets (the rep's own is then unused)."""
        with self.store.session() as s:
            return frozenset(stage_probabilities.team_probabilities(s))

    def set_probabilities(self, values: Mapping[DealStage, int]) -> None:
        """Save the rep's own chance of each stage in `values` (the others unchanged)."""
        checked = checked_probabilities(values)
        with self.store.session() as s:
            stage_probabilities.set_probabilities(s, {stage: checked[stage] for stage in values})

    def pipeline_value(self, currency: str | None = None) -> PipelineValue:
        """Every open deal in `currency`, whatever its creation date; deals in other
        currencies are left out, nothing is converted. None: the main currency, as every
        other figure (the rep's choice in Settings, else the one most deals are in;
        `stats` passes the one it reports in, known already: finding it again is a scan
        of every deal)."""
        with self.store.session() as s:
            currency = currency or preferences.main_currency(s)
            if currency is None:
                return PipelineValue(None, 0, 0, 0)
            by_stage = stage_probabilities.open_by_stage(s, currency)
            chances = stage_probabilities.probabilities(s)
        return weighted_value(currency, by_stage, chances)
