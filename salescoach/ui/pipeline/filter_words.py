"""The deals filter's words: how typed text and each deal's text are compared, and when a
new filter only narrows the last one (so the kept result is searched, not every deal)."""

from __future__ import annotations

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.rows import DealRow

# Typographic punctuation written plainly, in the haystacks and in what is typed alike: a
# single "–" in a title stores the whole haystack at two bytes a character (half the demo's
# deals), and "l'agence" typed now finds "l’agence".
PLAIN = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."})


def fold(text: str) -> str:
    """`text` as the filter compares it: case folded, punctuation plain."""
    return text.casefold().translate(PLAIN)


def haystack(row: DealRow) -> str:
    """What the filter searches in a deal: its title, account and contacts, folded."""
    return fold(f"{row.title}\n{row.account}\n{row.contacts}")


# A filter as the model applies it: the words typed (folded), the status, the stage.
Filter = tuple[tuple[str, ...], DealStatus | None, DealStage | None]
NO_FILTER: Filter = ((), None, None)


def narrows(wide: Filter, narrow: Filter) -> bool:
    """Every deal `narrow` keeps, `wide` keeps too: a letter typed on, a word or a
    status or stage added."""
    words, status, stage = wide
    return (
        status in (None, narrow[1])
        and stage in (None, narrow[2])
        and all(any(w in n for n in narrow[0]) for w in words)
    )
