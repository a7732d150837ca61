"""Fixtures for the Gmail emulator tests: a seeded mailbox served over real HTTP, and the real client."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

from second_chance.emulator import GmailEmulator, serve_in_background

ROBIN = "robin@example.com"
TOKEN = "tok-robin"
READONLY = "https://www.googleapis.com/auth/gmail.readonly"
COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
METADATA = "https://www.googleapis.com/auth/gmail.metadata"
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def make_raw(
    *,
    subject: str = "Your application",
    sender: str = "Acme Careers <jobs@acme.example>",
    to: str = "Robin Doe <robin@example.com>",
    date: str = "Mon, 04 Mar 2024 10:00:00 +0000",
    message_id: str | None = "<m1@acme.example>",
    in_reply_to: str | None = None,
    references: str | None = None,
    body: str = "Thank you for applying. Unfortunately we will not move forward.",
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Date: {date}"]
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    lines.extend(f"{k}: {v}" for k, v in extra_headers)
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode("utf-8")


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Served:
    emu: GmailEmulator
    url: str

    def gmail(self, token: str = TOKEN) -> Any:
        return build(
            "gmail",
            "v1",
            credentials=Credentials(token),  # type: ignore[no-untyped-call]
            static_discovery=True,
            client_options={"api_endpoint": self.url},
        )


@pytest.fixture
def emu() -> GmailEmulator:
    emulator = GmailEmulator(now=lambda: NOW)
    emulator.add_user(
        email=ROBIN,
        token=TOKEN,
        sub="1001",
        client_id="client-1.apps.googleusercontent.com",
        scopes=(READONLY, COMPOSE),
        expires_in=3600,
    )
    return emulator


class _Switch:
    """One server for the whole session, pointed at each test's emulator: starting and stopping a
    uvicorn server costs about 0.2 s, more than most tests here."""

    def __init__(self) -> None:
        self.target: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.target(scope, receive, send)


@pytest.fixture(scope="session")
def _shared_server() -> Iterator[tuple[_Switch, str]]:
    switch = _Switch()
    url, stop = serve_in_background(switch)
    yield switch, url
    stop()


@pytest.fixture
def serve(_shared_server: tuple[_Switch, str]) -> Iterator[Callable[[GmailEmulator], Served]]:
    switch, url = _shared_server

    def start(emulator: GmailEmulator) -> Served:
        switch.target = emulator.app
        return Served(emulator, url)

    yield start
    switch.target = None


@pytest.fixture
def served(emu: GmailEmulator, serve: Callable[[GmailEmulator], Served]) -> Served:
    return serve(emu)
