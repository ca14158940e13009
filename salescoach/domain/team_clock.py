"""Team mode's ordering of changes: a hybrid logical clock and the last-writer rule.

A stamp is `wall milliseconds . counter . node`, zero-padded so that comparing the
strings compares the stamps; the node (one per laptop) breaks ties, so every machine
orders any two versions of a row the same way.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

_WALL_DIGITS = 13  # milliseconds since 1970 until the year 2286
_COUNTER_DIGITS = 6
COUNTER_LIMIT = 10**_COUNTER_DIGITS  # a wider counter would no longer sort as text


def stamp(wall_ms: int, counter: int, node: str) -> str:
    return f"{wall_ms:0{_WALL_DIGITS}d}.{counter:0{_COUNTER_DIGITS}d}.{node}"


def parse(text: str) -> tuple[int, int, str]:
    wall, counter, node = text.split(".", 2)
    return int(wall), int(counter), node


@dataclass
class HybridClock:
    """One laptop's clock: never goes back, and moves past every stamp it has seen, so a
    change made after reading a version always orders after that version."""

    node: str
    wall_ms: int = 0
    counter: int = 0

    def tick(self, physical_ms: int) -> str:
        """The stamp of a change made at `physical_ms` (the laptop's wall clock)."""
        if physical_ms > self.wall_ms:
            self.wall_ms, self.counter = physical_ms, 0
        elif self.counter + 1 < COUNTER_LIMIT:
            self.counter += 1
        else:  # a million changes in one millisecond: borrow the next one, still in order
            self.wall_ms, self.counter = self.wall_ms + 1, 0
        return stamp(self.wall_ms, self.counter, self.node)

    def skip(self, ticks: int) -> None:
        """Move on as if `ticks` more changes were stamped within the current millisecond
        (stamps numbered in bulk elsewhere: the same rule, a millisecond borrowed per
        million)."""
        total = self.counter + ticks
        self.wall_ms, self.counter = self.wall_ms + total // COUNTER_LIMIT, total % COUNTER_LIMIT

    def observe(self, seen: str) -> None:
        """Move past a stamp received from another machine."""
        wall, counter, _node = parse(seen)
        if (wall, counter) > (self.wall_ms, self.counter):
            self.wall_ms, self.counter = wall, counter

    def state(self) -> str:
        return stamp(self.wall_ms, self.counter, self.node)

    @classmethod
    def restore(cls, node: str, saved: str | None) -> HybridClock:
        clock = cls(node)
        if saved:
            clock.observe(saved)
        return clock


class Outcome(enum.Enum):
    NEW = "new"  # the server has no version: ours is stored
    CLEAN = "clean"  # the server holds the version ours was made from: ours replaces it
    SAME = "same"  # the server already holds ours (a sync cut short, pushed again)
    WIN = "win"  # both changed; ours is later: stored, the server's kept as a conflict
    LOSE = "lose"  # both changed; theirs is later: kept, ours kept as a conflict
    LOSE_SAME = "same content"  # both changed, to the same values: theirs kept, no conflict


def decide(ours: str, base: str | None, server: str | None) -> Outcome:
    """The last-writer rule for one row pushed with stamp `ours`, made from the version
    stamped `base` (None: a row this laptop never synced), against the server's `server`."""
    if server is None:
        return Outcome.NEW
    if server == ours:
        return Outcome.SAME
    if server == base:
        return Outcome.CLEAN
    return Outcome.WIN if ours > server else Outcome.LOSE
