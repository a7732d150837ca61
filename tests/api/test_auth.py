"""The token check on its own: what is cached, for how long, and which scopes suffice."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from api.auth import MAX_CACHE_SECONDS, TokenVerifier
from second_chance.errors import Forbidden, Unauthenticated
from second_chance.settings import GMAIL_READONLY

URL = "https://tokeninfo.test/tokeninfo"
CLIENT = "client-1.apps.googleusercontent.com"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _verify(tokens: dict[str, dict[str, str]], clock: Clock, *tokens_to_check: str) -> list[object]:
    """Each token checked in turn with one verifier; the outcome (principal or error) of each, and how often
    Google was asked."""

    async def run() -> list[object]:
        outcomes: list[object] = []
        with respx.mock:
            route = respx.post(URL).mock(side_effect=lambda request: _answer(tokens, request))
            async with httpx.AsyncClient() as client:
                verifier = TokenVerifier(client, tokeninfo_url=URL, client_ids=(CLIENT,), clock=clock)
                for token in tokens_to_check:
                    try:
                        outcomes.append(await verifier.verify(token))
                    except (Unauthenticated, Forbidden) as exc:
                        outcomes.append(exc)
            outcomes.append(route.call_count)
        return outcomes

    return asyncio.run(run())


def _answer(tokens: dict[str, dict[str, str]], request: httpx.Request) -> httpx.Response:
    token = dict(httpx.QueryParams(request.content.decode())).get("access_token", "")
    if token not in tokens:
        return httpx.Response(400, json={"error": "invalid_token"})
    return httpx.Response(200, json={"aud": CLIENT, "sub": "1001", "expires_in": "3599", **tokens[token]})


def test_the_full_gmail_scope_covers_the_narrow_ones() -> None:
    tokens = {"full": {"scope": "https://mail.google.com/"}, "read": {"scope": GMAIL_READONLY}}
    full, read, calls = _verify(tokens, Clock(), "full", "read")
    assert getattr(full, "user_id", None) == "1001"
    assert isinstance(read, Forbidden)
    assert calls == 2


def test_a_revoked_token_stops_working_within_minutes() -> None:
    tokens = {"t": {"scope": "https://mail.google.com/"}}
    clock = Clock()
    outcomes: list[object] = []

    async def run() -> None:
        with respx.mock:
            respx.post(URL).mock(side_effect=lambda request: _answer(tokens, request))
            async with httpx.AsyncClient() as client:
                verifier = TokenVerifier(client, tokeninfo_url=URL, client_ids=(CLIENT,), clock=clock)
                outcomes.append(await verifier.verify("t"))
                tokens.clear()  # the user revoked it; Google now refuses it
                outcomes.append(await verifier.verify("t"))  # still cached
                clock.now += MAX_CACHE_SECONDS + 1
                with pytest.raises(Unauthenticated):
                    await verifier.verify("t")

    asyncio.run(run())
    assert len(outcomes) == 2
    assert MAX_CACHE_SECONDS <= 600
