"""Injected failures: a seeded plan, decided call by call, so that a test run is repeatable."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass


def method_id(name: str) -> str:
    """``messages.get`` and ``gmail.users.messages.get`` name the same method."""
    return name if name.startswith("gmail.") else f"gmail.users.{name}"


@dataclass(frozen=True)
class FaultPlan:
    rate: float = 0.0  # fraction of calls that fail with one of ``statuses``
    statuses: tuple[int, ...] = (429, 503)
    seed: int = 0
    methods: Iterable[str] | None = None  # method ids to affect; None: all
    retry_after: int = 1  # seconds, sent as Retry-After on 429 (and 503)
    timeout_rate: float = 0.0  # fraction of calls that hang ``timeout_seconds`` and then answer 503
    timeout_seconds: float = 5.0
    effect_before_failure_rate: float = 0.0  # of failed mutating calls: the change happens all the same
    batch_outer_rate: float = 0.0  # fraction of batch requests that fail as a whole
    batch_outer_status: int = 503

    def __post_init__(self) -> None:
        for name in ("rate", "timeout_rate", "effect_before_failure_rate", "batch_outer_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")
        if self.rate + self.timeout_rate > 1.0:
            raise ValueError("rate + timeout_rate must not exceed 1")
        if self.rate > 0 and not self.statuses:
            raise ValueError("statuses must not be empty when rate > 0")


@dataclass(frozen=True, slots=True)
class FaultDecision:
    status: int
    hang: float  # seconds to wait before answering
    effect_first: bool  # a mutating call whose change still happens


class FaultInjector:
    """Draws three numbers per eligible call, whatever the outcome, so the sequence of decisions depends
    only on the seed and the order of calls."""

    def __init__(self, plan: FaultPlan) -> None:
        self.plan = plan
        self._methods = None if plan.methods is None else frozenset(method_id(m) for m in plan.methods)
        self._rng = random.Random(plan.seed)
        self._batch_rng = random.Random(plan.seed ^ 0x5EED_BA7C)
        self._lock = threading.Lock()

    def decide(self, method: str, *, mutating: bool) -> FaultDecision | None:
        plan = self.plan
        if plan.rate == 0 and plan.timeout_rate == 0:
            return None
        if self._methods is not None and method not in self._methods:
            return None
        with self._lock:
            fault, pick, effect = self._rng.random(), self._rng.random(), self._rng.random()
        effect_first = mutating and effect < plan.effect_before_failure_rate
        if fault < plan.timeout_rate:
            return FaultDecision(503, plan.timeout_seconds, effect_first)
        if fault < plan.timeout_rate + plan.rate:
            status = plan.statuses[int(pick * len(plan.statuses)) % len(plan.statuses)]
            return FaultDecision(status, 0.0, effect_first)
        return None

    def decide_batch(self) -> int | None:
        if self.plan.batch_outer_rate == 0:
            return None
        with self._lock:
            draw = self._batch_rng.random()
        return self.plan.batch_outer_status if draw < self.plan.batch_outer_rate else None
