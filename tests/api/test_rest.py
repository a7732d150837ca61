"""The REST API over fakes: Gmail is a hand-written fake mailbox, Google's tokeninfo is mocked with respx.
(tests/api/test_with_emulator.py runs the same surface against the Gmail API emulator over HTTP.)"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from fastapi.testclient import TestClient
from starlette.types import Message, Receive, Scope, Send

from api.deps import get_mailbox
from api.limits import BodyLimit
from api.main import create_app
from second_chance.settings import GMAIL_COMPOSE, GMAIL_READONLY, Settings
from tests.fakes import FakeMailbox
from tests.samples import INVITE, REJECTION_ACME

TOKENINFO = "https://tokeninfo.test/tokeninfo"
CLIENT = "client-1.apps.googleusercontent.com"
ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
TOKENS = {
    "good-token": {"aud": CLIENT, "sub": "1001", "scope": f"{GMAIL_READONLY} {GMAIL_COMPOSE}", "email": "sam@x.org"},
    "narrow-token": {"aud": CLIENT, "sub": "1001", "scope": GMAIL_READONLY},
    "other-app-token": {"aud": "someone-else", "sub": "1001", "scope": f"{GMAIL_READONLY} {GMAIL_COMPOSE}"},
}
AUTH = {"Authorization": "Bearer good-token"}


def _tokeninfo(request: httpx.Request) -> httpx.Response:
    token = dict(httpx.QueryParams(request.content.decode())).get("access_token", "")
    info = TOKENS.get(token)
    if info is None:
        return httpx.Response(400, json={"error": "invalid_token", "error_description": "Invalid Value"})
    return httpx.Response(200, json={**info, "expires_in": "3599", "exp": "9999999999"})


@pytest.fixture
def mailbox() -> FakeMailbox:
    return FakeMailbox(owner="sam.lee@example.org")


@pytest.fixture
def google() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKENINFO).mock(side_effect=_tokeninfo)
        yield router


@pytest.fixture
def client(tmp_path: Path, mailbox: FakeMailbox, google: respx.MockRouter) -> Iterator[TestClient]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'api.sqlite3'}",
        tokeninfo_url=TOKENINFO,
        oauth_client_ids=(CLIENT,),
        allowed_origins=(ORIGIN,),
        max_body_bytes=64 * 1024,
    )
    app = create_app(settings)
    app.dependency_overrides[get_mailbox] = lambda: mailbox
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _error(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert "Traceback" not in response.text
    return str(body["error"]["message"])


def test_no_token_or_a_bad_one_is_401(client: TestClient) -> None:
    _error(client.get("/v1/rejections"), 401, "unauthenticated")
    response = client.get("/v1/rejections", headers={"Authorization": "Bearer nope"})
    _error(response, 401, "unauthenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    _error(client.get("/v1/rejections", headers={"Authorization": "Basic abc"}), 401, "unauthenticated")


def test_a_refused_token_is_not_asked_about_again_at_once(client: TestClient, google: respx.MockRouter) -> None:
    for _ in range(5):
        assert client.get("/v1/templates", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert google.routes[0].call_count == 1


def test_token_for_another_app_is_401(client: TestClient) -> None:
    _error(client.get("/v1/rejections", headers={"Authorization": "Bearer other-app-token"}), 401, "unauthenticated")


def test_missing_scope_is_403(client: TestClient) -> None:
    message = _error(
        client.get("/v1/rejections", headers={"Authorization": "Bearer narrow-token"}), 403, "insufficient_scope"
    )
    assert "gmail.compose" in message


def test_token_is_checked_once_until_it_expires(client: TestClient, google: respx.MockRouter) -> None:
    for _ in range(3):
        assert client.get("/v1/templates", headers=AUTH).status_code == 200
    assert google.routes[0].call_count == 1


def test_rejections_list(client: TestClient, mailbox: FakeMailbox) -> None:
    rejection = mailbox.add(REJECTION_ACME, thread_id="t1")
    mailbox.add(INVITE)
    response = client.get("/v1/rejections?days=30", headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["scanned"] == 2
    (item,) = body["items"]
    assert set(item) == {
        "message_id", "thread_id", "subject", "from", "date", "company", "role", "recruiter_name", "reply_to",
        "language", "confidence", "evidence", "draft_id", "replied",
    }  # fmt: skip
    assert item["message_id"] == rejection
    assert item["thread_id"] == "t1"
    assert item["from"] == "Ana Ruiz <ana.ruiz@acme.example>"
    assert item["date"] == "2024-03-04T10:00:00Z"
    assert (item["company"], item["role"], item["recruiter_name"]) == ("Acme", "Data Engineer", "Ana")
    assert item["reply_to"] == "ana.ruiz@acme.example"
    assert item["draft_id"] is None
    assert item["replied"] is False


def test_days_is_validated(client: TestClient) -> None:
    _error(client.get("/v1/rejections?days=0", headers=AUTH), 422, "invalid_request")
    _error(client.get("/v1/rejections?days=abc", headers=AUTH), 422, "invalid_request")


def test_one_message(client: TestClient, mailbox: FakeMailbox) -> None:
    invite = mailbox.add(INVITE)
    body = client.get(f"/v1/messages/{invite}", headers=AUTH).json()
    assert body["is_rejection"] is False
    assert body["category"] != "rejection"
    _error(client.get("/v1/messages/missing", headers=AUTH), 404, "not_found")
    _error(client.get("/v1/messages/bad%20id!", headers=AUTH), 422, "invalid_request")


def test_draft_then_the_same_draft(client: TestClient, mailbox: FakeMailbox) -> None:
    rejection = mailbox.add(REJECTION_ACME, thread_id="t1")
    first = client.post(f"/v1/messages/{rejection}/draft", headers=AUTH)
    assert first.status_code == 201, first.text
    created = first.json()
    assert created["created"] is True
    assert created["thread_id"] == "t1"
    assert created["to"] == "ana.ruiz@acme.example"
    assert created["subject"].startswith("Re: ")
    again = client.post(f"/v1/messages/{rejection}/draft", headers=AUTH, json={})
    assert again.status_code == 200
    assert again.json()["draft_id"] == created["draft_id"]
    assert again.json()["created"] is False
    listed = client.get("/v1/rejections", headers=AUTH).json()["items"]
    assert listed[0]["draft_id"] == created["draft_id"]


def test_draft_overrides(client: TestClient, mailbox: FakeMailbox) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    response = client.post(
        f"/v1/messages/{rejection}/draft", headers=AUTH, json={"company": "Acme Corp", "template_id": "brief-en"}
    )
    assert response.status_code == 201
    assert "at Acme Corp" in response.json()["body"]


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"template_id": "nope"}, "invalid_template"),
        ({"company": "x" * 201}, "invalid_request"),
        ({"surprise": 1}, "invalid_request"),
        ([1, 2], "invalid_request"),
    ],
)
def test_bad_overrides_are_422(client: TestClient, mailbox: FakeMailbox, payload: object, code: str) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    _error(client.post(f"/v1/messages/{rejection}/draft", headers=AUTH, json=payload), 422, code)
    assert not mailbox.drafts


def test_malformed_json_is_422(client: TestClient, mailbox: FakeMailbox) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    response = client.post(
        f"/v1/messages/{rejection}/draft", headers={**AUTH, "Content-Type": "application/json"}, content=b"{oops"
    )
    _error(response, 422, "invalid_request")


def test_settings_round_trip(client: TestClient) -> None:
    assert client.get("/v1/settings", headers=AUTH).json() == {
        "sender_name": None,
        "signature": None,
        "default_template": None,
        "templates": {},
    }
    wanted = {
        "sender_name": "Sam Lee",
        "signature": "Sam Lee · sam.dev",
        "default_template": "brief-en",
        "templates": {"de": "Hallo[ {recruiter_name}],\n\nDanke!\n\n{sender_name}"},
    }
    assert client.put("/v1/settings", headers=AUTH, json=wanted).status_code == 200
    assert client.get("/v1/settings", headers=AUTH).json() == wanted


@pytest.mark.parametrize(
    "payload",
    [
        {"templates": {"de": "Hallo {firstname}"}},
        {"templates": {"xx": "Hi"}},
        {"default_template": "nope"},
        {"sender_name": "x" * 500},
    ],
)
def test_bad_settings_are_422(client: TestClient, payload: dict[str, object]) -> None:
    response = client.put("/v1/settings", headers=AUTH, json=payload)
    assert response.status_code == 422
    assert response.json()["error"]["code"] in {"invalid_request", "invalid_template"}


def test_templates_and_preview(client: TestClient) -> None:
    ids = [t["id"] for t in client.get("/v1/templates", headers=AUTH).json()["items"]]
    assert {"classic-en", "classic-de", "brief-en"} <= set(ids)
    preview = client.post(
        "/v1/preview",
        headers=AUTH,
        json={
            "language": "de",
            "company": "Acme",
            "role": "Data Engineer",
            "recruiter_name": "Ana",
            "sender_name": "Sam",
        },
    )
    assert preview.status_code == 200
    assert "Acme" in preview.json()["body"]
    own = client.post("/v1/preview", headers=AUTH, json={"template": "Hi [{recruiter_name}|there]!"})
    assert own.json()["body"].strip() == "Hi there!"
    _error(client.post("/v1/preview", headers=AUTH, json={"template": "Hi {nobody}"}), 422, "invalid_template")


def test_health(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_unknown_route_and_method_use_the_error_shape(client: TestClient) -> None:
    _error(client.get("/v1/nothing-here", headers=AUTH), 404, "not_found")
    _error(client.delete("/v1/settings", headers=AUTH), 405, "method_not_allowed")


def test_big_bodies_are_refused(client: TestClient, mailbox: FakeMailbox) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    big = {"body": "x" * (100 * 1024)}
    _error(client.post(f"/v1/messages/{rejection}/draft", headers=AUTH, json=big), 413, "payload_too_large")

    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"x" * 1024

    chunked = client.post(f"/v1/messages/{rejection}/draft", headers=AUTH, content=chunks())
    _error(chunked, 413, "payload_too_large")
    assert not mailbox.drafts


def test_a_lying_content_length_does_not_get_past_the_cap() -> None:
    seen: list[bytes] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append((await receive())["body"])

    async def run() -> list[Message]:
        parts = [{"type": "http.request", "body": b"x" * 600, "more_body": True}] * 3
        parts.append({"type": "http.request", "body": b"", "more_body": False})
        incoming = iter(parts)
        sent: list[Message] = []

        async def receive() -> Message:
            return next(incoming)

        async def send(message: Message) -> None:
            sent.append(message)

        headers = [(b"content-length", b"10"), (b"transfer-encoding", b"chunked")]
        await BodyLimit(app, max_bytes=1000)({"type": "http", "headers": headers}, receive, send)
        return sent

    sent = asyncio.run(run())
    assert sent[0]["status"] == 413
    assert not seen


def test_cors_only_for_the_extension(client: TestClient) -> None:
    preflight = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization"}
    allowed = client.options("/v1/rejections", headers={"Origin": ORIGIN, **preflight})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    other = client.options("/v1/rejections", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
    simple = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_unexpected_failure_is_a_clean_500(
    client: TestClient, mailbox: FakeMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ids: object) -> object:
        raise RuntimeError("secret internals")

    mailbox.add(REJECTION_ACME)
    monkeypatch.setattr(mailbox, "fetch", broken)
    response = client.get("/v1/rejections", headers={**AUTH, "Origin": ORIGIN})
    message = _error(response, 500, "internal_error")
    assert "secret internals" not in message
    assert response.headers["access-control-allow-origin"] == ORIGIN  # the extension can read the error


def test_logs_hold_no_tokens_or_mail(
    client: TestClient, mailbox: FakeMailbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    rejection = mailbox.add(REJECTION_ACME)
    client.get("/v1/rejections", headers=AUTH)
    client.post(f"/v1/messages/{rejection}/draft", headers=AUTH, json={"body": "my private reply text"})
    client.get("/v1/rejections", headers={"Authorization": "Bearer some-wrong-token"})
    logged = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    for secret in ("good-token", "some-wrong-token", "move forward with other candidates", "my private reply text"):
        assert secret not in logged


def test_openapi_documents_the_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/rejections", "/v1/messages/{message_id}", "/v1/messages/{message_id}/draft", "/v1/settings"} <= set(
        paths
    )
    assert client.get("/docs").status_code == 200
    draft = paths["/v1/messages/{message_id}/draft"]["post"]["responses"]
    for status in ("401", "403", "404", "409", "422", "429", "502"):
        # Documented as what is sent: the one error shape, never FastAPI's own validation schema.
        assert draft[status]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


@pytest.mark.parametrize(
    ("hostile", "code"),
    [
        ({"sender_name": "Sam\r\nBcc: everyone@example.com"}, "invalid_request"),
        ({"sender_name": "Sam\x00Lee"}, "invalid_request"),
        ({"signature": "Sam\x1b[31m"}, "invalid_request"),
        ({"templates": {"en": "   "}}, "invalid_template"),
        ({"templates": {"en": "Hi\x1b[31m {company}"}}, "invalid_template"),
    ],
)
def test_settings_refuse_header_breaks_control_characters_and_blank_templates(
    client: TestClient, mailbox: FakeMailbox, hostile: dict[str, object], code: str
) -> None:
    _error(client.put("/v1/settings", headers=AUTH, json=hostile), 422, code)
    rejection = mailbox.add(REJECTION_ACME)
    assert client.post(f"/v1/messages/{rejection}/draft", headers=AUTH).status_code == 201


def test_overrides_cannot_break_out_of_a_header(client: TestClient, mailbox: FakeMailbox) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    hostile = {"company": "Acme\r\nBcc: everyone@example.com", "recruiter_name": "Ana\nX: y"}
    _error(client.post(f"/v1/messages/{rejection}/draft", headers=AUTH, json=hostile), 422, "invalid_request")
    assert not mailbox.drafts
