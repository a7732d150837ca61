"""An emulated Gmail served over real HTTP, and our adapter pointed at it (shared by the Gmail tests)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from second_chance.emulator import GmailEmulator, serve_in_background
from second_chance.gmail import GmailMailbox, QuotaBudget, RetryPolicy
from second_chance.settings import GMAIL_COMPOSE, GMAIL_READONLY

OWNER = "sam.lee@example.org"
TOKEN = "tok-sam"
CLIENT_ID = "client-1.apps.googleusercontent.com"
NOW = datetime(2024, 3, 20, 12, 0, tzinfo=UTC)


@dataclass
class Gmail:
    emu: GmailEmulator
    url: str
    sleeps: list[float] = field(default_factory=list)

    def mailbox(self, token: str = TOKEN, *, seed: int = 1) -> GmailMailbox:
        # Waits are recorded, not slept: backoff is checked by what it asks for, and the tests stay fast.
        return GmailMailbox(
            token,
            api_root=self.url,
            budget=QuotaBudget(15_000, sleep=self.sleeps.append),
            retry=RetryPolicy(attempts=8),
            sleep=self.sleeps.append,
            seed=seed,
        )


@pytest.fixture
def gmail() -> Iterator[Gmail]:
    emu = GmailEmulator(now=lambda: NOW)
    emu.add_user(email=OWNER, token=TOKEN, sub="1001", client_id=CLIENT_ID, scopes=(GMAIL_READONLY, GMAIL_COMPOSE))
    url, stop = serve_in_background(emu.app)
    try:
        yield Gmail(emu, url)
    finally:
        stop()
