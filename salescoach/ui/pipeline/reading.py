"""The deals read for the table, on a worker thread: the first screen, then all of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salescoach.ui.pipeline.model import DEFAULT_SORT, DealsIndex, index_deals

if TYPE_CHECKING:
    from pathlib import Path

    from salescoach.domain.rows import DealRow
    from salescoach.services.workspace import Workspace

# More rows than the tallest screen shows, so the first scroll finds rows too.
FIRST_SCREEN = 200


def read_deals(
    workspace: Workspace,
    key: tuple[int, bool] = DEFAULT_SORT,
    shown: tuple[list[DealRow], list[str]] | None = None,
) -> DealsIndex:
    """Every deal read and indexed for the table's sort (run it with `keep_results`: they
    live until the next reload); `shown`: the rows and haystacks the table holds, kept for
    the deals that did not change."""
    if shown is None:
        return index_deals(workspace.pipeline.deal_rows(), *key)
    rows, hay = shown
    known = {row.key: row for row in rows}
    fresh = workspace.pipeline.deal_rows(known)
    del known
    # A row kept is the same object: its haystack too (the old rows live until this ends).
    return index_deals(fresh, *key, hay_of={id(row): h for row, h in zip(rows, hay, strict=True)})


def read_first_screen(workspace: Workspace) -> DealsIndex:
    """The newest deals, in the table's first sort, marked partial when the folder holds
    more: a 100,000-deal history shows in milliseconds, the rest follows."""
    rows, stored = workspace.pipeline.newest_deal_rows(FIRST_SCREEN)
    return index_deals(rows, *DEFAULT_SORT, stored=stored if stored > len(rows) else None)


def read_first_screen_plainly(data_dir: Path) -> DealsIndex | None:
    """The same first screen, read before the data is open (sqlite3 alone, while the store's
    modules load); None when the normal opening must come first, or there are no deals
    (the welcome page needs the open data)."""
    from salescoach.services.first_screen import newest_deal_rows

    found = newest_deal_rows(data_dir, FIRST_SCREEN)
    if found is None or not found[1]:
        return None
    rows, stored = found
    return index_deals(rows, *DEFAULT_SORT, stored=stored if stored > len(rows) else None)
