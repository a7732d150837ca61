"""Spread independent per-message work over the machine's cores, keeping input order and bounded memory."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(
    work: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    workers: int,
    batch: int = 64,
    in_flight_per_worker: int = 2,
) -> Iterator[R]:
    """``work`` over ``items`` in batches, results in input order. With more than one worker the batches run in
    worker processes; at most ``workers * in_flight_per_worker`` batches are read ahead, so a 2 GB mbox never
    sits in memory, unlike ``Pool.imap``, which drains its input as fast as it can."""
    source = iter(items)
    if workers <= 1:
        while chunk := list(islice(source, batch)):
            yield from work(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[R]]] = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < workers * in_flight_per_worker:
                chunk = list(islice(source, batch))
                if chunk:
                    pending.append(pool.submit(work, chunk))
                else:
                    exhausted = True
            if not pending:
                return
            yield from pending.popleft().result()
