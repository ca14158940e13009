"""The team's clock and last-writer rule: the same order on every machine."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from salescoach.domain.team_clock import HybridClock, Outcome, decide


def test_a_change_made_after_seeing_a_version_orders_after_it() -> None:
    ahead = HybridClock("b")
    seen = ahead.tick(5_000_000)
    behind = HybridClock("a")  # this laptop's wall clock is 10 minutes late
    behind.observe(seen)
    assert behind.tick(5_000_000 - 600_000) > seen


def test_the_clock_never_goes_back() -> None:
    clock = HybridClock("a")
    first = clock.tick(2000)
    assert clock.tick(1000) > first  # the wall clock was set back
    assert HybridClock.restore("a", clock.state()).tick(1000) > first


def test_a_million_changes_in_one_millisecond_still_sort_as_text() -> None:
    clock = HybridClock("a")
    stamps = [clock.tick(1000) for _ in range(1_000_002)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert len({len(s) for s in stamps}) == 1  # every stamp as wide: text order is time order
    assert clock.tick(1001) > stamps[-1]  # the millisecond borrowed is never reused


@given(st.lists(st.tuples(st.integers(0, 10**12), st.sampled_from("ab")), max_size=30))
def test_stamps_order_like_their_parts(events: list[tuple[int, str]]) -> None:
    clocks = {"a": HybridClock("a"), "b": HybridClock("b")}
    stamps = [clocks[node].tick(ms) for ms, node in events]
    keyed = [(int(s[:13]), int(s[14:20]), s[21:]) for s in stamps]
    assert sorted(stamps) == [s for _, s in sorted(zip(keyed, stamps, strict=True))]


def test_the_rule() -> None:
    assert decide("2", None, None) is Outcome.NEW
    assert decide("2", "1", "1") is Outcome.CLEAN
    assert decide("2", "1", "2") is Outcome.SAME
    assert decide("3", "1", "2") is Outcome.WIN
    assert decide("2", "1", "3") is Outcome.LOSE
