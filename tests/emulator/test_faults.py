"""Latency and injected faults: deterministic for a seed, per call and per batch part."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from typing import Any

import httplib2
import pytest
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from second_chance.emulator import FaultPlan, GmailEmulator

from .conftest import COMPOSE, NOW, READONLY, ROBIN, TOKEN, Served, b64, make_raw


def _emulator(**kwargs: Any) -> tuple[GmailEmulator, str]:
    emu = GmailEmulator(now=lambda: NOW, **kwargs)
    emu.add_user(email=ROBIN, token=TOKEN, scopes=(READONLY, COMPOSE))
    return emu, emu.add_message(ROBIN, make_raw())


def _statuses(served: Served, message_id: str, count: int) -> list[int]:
    messages = served.gmail().users().messages()
    result = []
    for _ in range(count):
        try:
            messages.get(userId="me", id=message_id, format="minimal").execute()
            result.append(200)
        except HttpError as exc:
            result.append(exc.resp.status)
    return result


def test_faults_are_deterministic_for_a_seed(serve: Callable[[GmailEmulator], Served]) -> None:
    runs = []
    for seed in (7, 7, 8):
        emu, message_id = _emulator(faults=FaultPlan(rate=0.5, seed=seed, retry_after=3))
        runs.append(_statuses(serve(emu), message_id, 30))
        assert emu.stats.faults_injected == sum(1 for s in runs[-1] if s != 200)
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    assert set(runs[0]) == {200, 429, 503}


def test_fault_responses_look_like_google(serve: Callable[[GmailEmulator], Served]) -> None:
    emu, message_id = _emulator(faults=FaultPlan(rate=1.0, statuses=(429,), retry_after=3))
    served = serve(emu)
    with pytest.raises(HttpError) as caught:
        served.gmail().users().messages().get(userId="me", id=message_id).execute()
    assert caught.value.resp.status == 429
    assert caught.value.resp["retry-after"] == "3"
    assert caught.value.error_details[0]["reason"] == "rateLimitExceeded"
    emu.faults = FaultPlan(rate=1.0, statuses=(503,))
    with pytest.raises(HttpError) as caught:
        served.gmail().users().messages().get(userId="me", id=message_id).execute()
    assert caught.value.resp.status == 503
    assert caught.value.error_details[0]["reason"] == "backendError"
    emu.faults = FaultPlan()
    assert served.gmail().users().messages().get(userId="me", id=message_id).execute()["id"] == message_id


def test_methods_filter(serve: Callable[[GmailEmulator], Served]) -> None:
    emu, message_id = _emulator(faults=FaultPlan(rate=1.0, methods={"messages.list"}))
    served = serve(emu)
    assert served.gmail().users().messages().get(userId="me", id=message_id).execute()["id"] == message_id
    with pytest.raises(HttpError):
        served.gmail().users().messages().list(userId="me").execute()


def test_batch_parts_fail_on_their_own(serve: Callable[[GmailEmulator], Served]) -> None:
    emu, message_id = _emulator(faults=FaultPlan(rate=0.5, seed=3))
    served = serve(emu)
    gmail = served.gmail()
    outcomes: dict[str, Any] = {}
    batch = BatchHttpRequest(
        callback=lambda rid, resp, exc: outcomes.__setitem__(rid, exc or resp), batch_uri=served.url + "batch"
    )
    for _ in range(20):
        batch.add(gmail.users().messages().get(userId="me", id=message_id, format="minimal"))
    batch.execute()
    errors = [o for o in outcomes.values() if isinstance(o, HttpError)]
    successes = [o for o in outcomes.values() if isinstance(o, dict)]
    assert errors
    assert successes
    assert all(o["id"] == message_id for o in successes)
    assert {e.resp.status for e in errors} <= {429, 503}
    assert emu.stats.faults_injected == len(errors)
    assert emu.stats.batch_round_trips == 1


def test_whole_batch_failure(serve: Callable[[GmailEmulator], Served]) -> None:
    emu, message_id = _emulator(faults=FaultPlan(batch_outer_rate=1.0))
    served = serve(emu)
    batch = BatchHttpRequest(batch_uri=served.url + "batch")
    batch.add(served.gmail().users().messages().get(userId="me", id=message_id))
    with pytest.raises(HttpError) as caught:
        batch.execute()
    assert caught.value.resp.status == 503


def test_effect_before_failure_creates_the_draft(serve: Callable[[GmailEmulator], Served]) -> None:
    emu, original = _emulator(faults=FaultPlan(rate=1.0, statuses=(503,), effect_before_failure_rate=1.0))
    served = serve(emu)
    raw = make_raw(subject="Re: Your application", message_id="<r@x>", references="<m1@acme.example>")
    with pytest.raises(HttpError) as caught:
        served.gmail().users().drafts().create(
            userId="me", body={"message": {"raw": b64(raw), "threadId": original}}
        ).execute()
    assert caught.value.resp.status == 503
    [draft] = emu.drafts(ROBIN)
    assert draft.raw == raw
    assert draft.thread_id == original
    # A reader (not mutating) never has an effect to keep: it simply fails.
    with pytest.raises(HttpError):
        served.gmail().users().drafts().list(userId="me").execute()
    emu.faults = FaultPlan()
    listed = served.gmail().users().drafts().list(userId="me", q="rfc822msgid:r@x").execute()
    assert [d["id"] for d in listed["drafts"]] == [draft.id]


def test_timeouts_hang_then_fail(serve: Callable[[GmailEmulator], Served]) -> None:
    emu, message_id = _emulator(faults=FaultPlan(timeout_rate=1.0, timeout_seconds=0.6))
    served = serve(emu)
    started = time.monotonic()
    with pytest.raises(HttpError) as caught:
        served.gmail().users().messages().get(userId="me", id=message_id).execute()
    assert caught.value.resp.status == 503
    assert time.monotonic() - started >= 0.6
    credentials = Credentials(TOKEN)  # type: ignore[no-untyped-call]
    http = AuthorizedHttp(credentials, http=httplib2.Http(timeout=0.2))
    impatient = build("gmail", "v1", http=http, static_discovery=True, client_options={"api_endpoint": served.url})
    with pytest.raises((TimeoutError, socket.timeout)):
        impatient.users().messages().get(userId="me", id=message_id).execute()


def test_latency_is_per_round_trip(serve: Callable[[GmailEmulator], Served]) -> None:
    emu, message_id = _emulator(latency=0.15)
    served = serve(emu)
    gmail = served.gmail()
    started = time.monotonic()
    for _ in range(3):
        gmail.users().messages().get(userId="me", id=message_id, format="minimal").execute()
    assert time.monotonic() - started >= 0.45
    batch = BatchHttpRequest(batch_uri=served.url + "batch")
    for _ in range(10):
        batch.add(gmail.users().messages().get(userId="me", id=message_id, format="minimal"))
    started = time.monotonic()
    batch.execute()
    elapsed = time.monotonic() - started
    assert 0.15 <= elapsed < 0.6
    assert emu.stats.http_round_trips == 4
    assert emu.stats.calls["gmail.users.messages.get"] == 13


def test_plan_validation() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        FaultPlan(rate=1.5)
    with pytest.raises(ValueError, match="must not exceed"):
        FaultPlan(rate=0.6, timeout_rate=0.6)
