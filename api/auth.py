"""Who is calling: a Google OAuth access token, checked with Google's tokeninfo endpoint and cached until it
expires. Tokens are never logged or stored; the cache is keyed by their hash."""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from second_chance.errors import Forbidden, Unauthenticated, UpstreamError
from second_chance.settings import REQUIRED_SCOPES

REFUSAL_MEMORY_SECONDS = 60.0
# A token revoked by its user keeps working here until the cached answer is this old, at most.
MAX_CACHE_SECONDS = 300.0
# The full-mailbox scope includes every narrower Gmail scope; we never ask for it, but accept it.
FULL_GMAIL_SCOPE = "https://mail.google.com/"


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: str  # the token's `sub`: stable per Google account
    email: str | None
    scopes: frozenset[str]
    recheck_at: float  # when Google is asked again: the token's expiry, or sooner
    token: str = field(repr=False)  # needed to call Gmail on the user's behalf; never logged, never stored


class TokenVerifier:
    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        tokeninfo_url: str,
        client_ids: tuple[str, ...],
        required_scopes: tuple[str, ...] = REQUIRED_SCOPES,
        clock: Callable[[], float] = time.time,
        max_entries: int = 10_000,
    ) -> None:
        self._client = client
        self._url = tokeninfo_url
        self._client_ids = frozenset(client_ids)
        self._required = frozenset(required_scopes)
        self._clock = clock
        self._max_entries = max_entries
        self._cache: dict[str, Principal] = {}
        self._inflight: dict[str, asyncio.Future[Principal]] = {}
        self._refused: dict[str, float] = {}  # token hash -> until when it is refused without asking

    async def verify(self, token: str) -> Principal:
        key = hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
        cached = self._cache.get(key)
        if cached is not None and cached.recheck_at > self._clock():
            return self._authorised(cached)
        if self._refused.get(key, 0.0) > self._clock():
            raise Unauthenticated("the access token is invalid or expired")
        pending = self._inflight.get(key)
        if pending is None:
            # Concurrent requests with one new token share one tokeninfo call.
            pending = asyncio.ensure_future(self._ask_google(token))
            self._inflight[key] = pending
            pending.add_done_callback(lambda _f: self._inflight.pop(key, None))
        try:
            principal = await asyncio.shield(pending)
        except Unauthenticated:
            # A bad token retried in a loop must not turn into a stream of calls to Google.
            if len(self._refused) >= self._max_entries:
                self._refused.clear()
            self._refused[key] = self._clock() + REFUSAL_MEMORY_SECONDS
            raise
        self._remember(key, principal)
        return self._authorised(principal)

    def _authorised(self, principal: Principal) -> Principal:
        missing = self._required - principal.scopes
        if missing and FULL_GMAIL_SCOPE not in principal.scopes:
            raise Forbidden(
                "the Google sign-in lacks Gmail permissions: " + ", ".join(sorted(missing)),
                code="insufficient_scope",
            )
        return principal

    def _remember(self, key: str, principal: Principal) -> None:
        if len(self._cache) >= self._max_entries:
            now = self._clock()
            self._cache = {k: p for k, p in self._cache.items() if p.recheck_at > now}
            if len(self._cache) >= self._max_entries:
                self._cache.clear()
        self._cache[key] = principal

    async def _ask_google(self, token: str) -> Principal:
        try:
            # POST, so the token is in the body and never in a URL that a proxy might log.
            response = await self._client.post(self._url, data={"access_token": token})
        except httpx.HTTPError as exc:
            raise UpstreamError("could not reach Google to check the access token") from exc
        if response.status_code in (400, 401):
            raise Unauthenticated("the access token is invalid or expired")
        if response.status_code != 200:
            raise UpstreamError(f"Google's token check failed ({response.status_code})")
        try:
            info = response.json()
        except ValueError as exc:
            raise UpstreamError("Google's token check answered something unreadable") from exc
        if not isinstance(info, dict):
            raise UpstreamError("Google's token check answered something unreadable")
        audience = str(info.get("aud") or info.get("azp") or "")
        if audience not in self._client_ids:
            # With no client configured nothing is accepted: a token any app obtained must not open our API.
            raise Unauthenticated("the access token was issued to an application this server does not accept")
        subject = str(info.get("sub") or "")
        if not subject:
            raise Unauthenticated("the access token names no Google account")
        try:
            lifetime = float(info.get("expires_in", 0))
        except (TypeError, ValueError):
            lifetime = 0.0
        if lifetime <= 0:
            raise Unauthenticated("the access token has expired")
        return Principal(
            user_id=subject,
            email=str(info["email"]) if info.get("email") else None,
            scopes=frozenset(str(info.get("scope", "")).split()),
            recheck_at=self._clock() + min(lifetime, MAX_CACHE_SECONDS),
            token=token,
        )
