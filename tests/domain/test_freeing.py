"""Rows let go of a slice at a time, first read first freed (where Python's reuse of
tuples leaves the memory it keeps side by side)."""

from __future__ import annotations

import weakref

from salescoach.domain.freeing import free_in_slices


class _Row:
    pass


def test_rows_are_freed_in_the_order_they_were_read_and_the_list_is_emptied() -> None:
    freed: list[int] = []
    rows = [_Row() for _ in range(2_500)]
    for number, row in enumerate(rows):
        weakref.finalize(row, freed.append, number)
    del row
    free_in_slices(rows, at_once=1_000)
    assert rows == []
    # Each slice is freed by one call into C, which goes from its end: the order holds
    # from slice to slice.
    assert [sorted(freed[i : i + 1_000]) for i in (0, 1_000, 2_000)] == [
        list(range(0, 1_000)),
        list(range(1_000, 2_000)),
        list(range(2_000, 2_500)),
    ]


def test_a_dict_and_a_set_are_emptied_and_their_items_freed() -> None:
    freed: list[int] = []
    rows = [_Row() for _ in range(2_500)]
    for number, row in enumerate(rows):
        weakref.finalize(row, freed.append, number)
    by_name = {f"account {n}": row for n, row in enumerate(rows)}
    kept = set(rows)
    del rows, row
    free_in_slices(by_name)
    assert by_name == {} and freed == []  # the set still holds every row
    free_in_slices(kept, at_once=700)
    assert kept == set()
    assert sorted(freed) == list(range(2_500))
