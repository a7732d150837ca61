"""A client-side share of Gmail's per-user quota (15,000 units a minute), so we slow down before Gmail says no."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from ..errors import RateLimited

# Quota units per call, from Gmail's usage-limits page.
UNITS = {
    "users.getProfile": 1,
    "users.labels.list": 1,
    "users.messages.list": 5,
    "users.messages.get": 5,
    "users.threads.get": 10,
    "users.drafts.create": 10,
    "users.drafts.get": 5,
    "users.drafts.list": 5,
    "users.drafts.delete": 10,
}


class QuotaBudget:
    """A token bucket per user: full at ``per_minute`` units, refilled continuously."""

    def __init__(
        self,
        per_minute: int,
        *,
        max_wait: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._capacity = float(per_minute)
        self._rate = per_minute / 60.0
        self._tokens = float(per_minute)
        self._max_wait = max_wait
        self._clock = clock
        self._sleep = sleep
        self._updated = clock()
        self._lock = threading.Lock()
        self.spent = 0

    def take(self, units: int) -> None:
        """Spend ``units``, waiting up to ``max_wait`` for them; beyond that the caller is told when to retry."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self._capacity, self._tokens + (now - self._updated) * self._rate)
            self._updated = now
            self._tokens -= units
            self.spent += units
            wait = -self._tokens / self._rate if self._tokens < 0 else 0.0
            if wait > self._max_wait:
                self._tokens += units  # not spent after all
                self.spent -= units
                raise RateLimited("Gmail quota for this account is used up for the moment", retry_after=wait)
        if wait:
            self._sleep(wait)


class Budgets:
    """One budget per user, shared by all of that user's requests in this process."""

    def __init__(self, per_minute: int) -> None:
        self._per_minute = per_minute
        self._budgets: dict[str, QuotaBudget] = {}
        self._lock = threading.Lock()

    def for_user(self, user_id: str) -> QuotaBudget:
        with self._lock:
            budget = self._budgets.get(user_id)
            if budget is None:
                budget = self._budgets[user_id] = QuotaBudget(self._per_minute)
            return budget
