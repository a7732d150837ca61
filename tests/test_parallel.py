"""ordered_map: input order kept, and the input read only a bounded way ahead of the output."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from second_chance.parallel import ordered_map


def square_all(batch: list[int]) -> list[int]:
    return [n * n for n in batch]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers: int) -> None:
    assert list(ordered_map(square_all, range(1000), workers=workers, batch=7)) == [n * n for n in range(1000)]


def test_input_is_read_only_a_bounded_way_ahead() -> None:
    read = 0

    def numbers() -> Iterator[int]:
        nonlocal read
        for n in range(10_000):
            read += 1
            yield n

    results = ordered_map(square_all, numbers(), workers=2, batch=10, in_flight_per_worker=2)
    assert next(results) == 0
    assert read <= 2 * 2 * 10 + 10  # four batches in flight, one being cut
    assert sum(1 for _ in results) == 9_999


def test_empty_input() -> None:
    assert list(ordered_map(square_all, [], workers=2)) == []
