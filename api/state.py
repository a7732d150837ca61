"""What the app builds once at start-up and shares between requests."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from second_chance.gmail import Budgets
from second_chance.service import KeyedLocks
from second_chance.settings import Settings
from second_chance.store import Store

from .auth import TokenVerifier
from .inflight import InFlight


@dataclass(frozen=True, slots=True)
class AppState:
    settings: Settings
    store: Store
    http: httpx.AsyncClient
    verifier: TokenVerifier
    budgets: Budgets
    locks: KeyedLocks
    inflight: InFlight
