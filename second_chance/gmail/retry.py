"""When and how long to wait before asking Gmail again."""

from __future__ import annotations

import random
from dataclasses import dataclass

# Gmail's 403 reasons that mean "slow down", as opposed to "not allowed".
RATE_LIMIT_REASONS = frozenset(
    {"rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded", "concurrentLimitExceeded"}
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5  # tries in all, the first included
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0  # a longer Retry-After is passed on to the caller instead of waited out

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds before try number ``attempt + 1`` (``attempt`` counts from 1): the server's Retry-After when
        it gave one, else exponential backoff with full jitter so that many clients do not retry in step."""
        if retry_after is not None:
            return max(0.0, retry_after)
        return rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))


def is_retryable(status: int, reason: str | None) -> bool:
    return status == 429 or status >= 500 or (status == 403 and reason in RATE_LIMIT_REASONS)


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: rare from Google; fall back to backoff
