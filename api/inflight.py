"""A cap on how many requests one user has running at once.

Each request holds a worker thread for the length of its Gmail calls; without a cap one user's burst (a
script, a stuck retry loop) could hold every thread and stall everybody else."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from second_chance.errors import RateLimited


class InFlight:
    def __init__(self, per_user: int) -> None:
        self.per_user = per_user
        self._running: dict[str, int] = {}
        self._guard = threading.Lock()

    @contextmanager
    def slot(self, user_id: str) -> Iterator[None]:
        with self._guard:
            running = self._running.get(user_id, 0)
            if running >= self.per_user:
                raise RateLimited(
                    f"{running} requests for this account are already running: wait for them", retry_after=1.0
                )
            self._running[user_id] = running + 1
        try:
            yield
        finally:
            with self._guard:
                left = self._running[user_id] - 1
                if left:
                    self._running[user_id] = left
                else:
                    del self._running[user_id]
