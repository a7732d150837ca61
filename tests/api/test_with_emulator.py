"""The REST API as the extension calls it, end to end: our app, the real Google client, the Gmail emulator
over HTTP, a real SQLite store. Labelled corpora stand in for mail nobody here has seen."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from second_chance.emulator import FaultPlan
from second_chance.gmail.port import BATCH_SIZE
from second_chance.settings import GMAIL_READONLY, Settings
from tests.gmail_env import CLIENT_ID, NOW, OWNER, TOKEN, Gmail
from tests.samples import REJECTION_ACME

CORPORA = Path(__file__).parents[1] / "corpora"
SHARED = Path(__file__).parents[3] / "shared" / "corpus"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def api(gmail: Gmail, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        gmail_api_url=gmail.url,
        tokeninfo_url=gmail.url + "tokeninfo",
        oauth_client_ids=(CLIENT_ID,),
        database_url=f"sqlite:///{tmp_path / 'api.sqlite3'}",
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def _seed(gmail: Gmail, folder: Path) -> dict[str, dict[str, object]]:
    """Every labelled message of ``folder`` into the mailbox, received in the last weeks: Gmail id -> label."""
    labels: dict[str, dict[str, object]] = {}
    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines() if line.strip()]
    for n, row in enumerate(rows):
        raw = (folder / row["file"]).read_bytes()
        received = NOW - timedelta(hours=n + 1)
        labels[gmail.emu.add_message(OWNER, raw, labels=("INBOX",), internal_date=received)] = row
    return labels


def _check_corpus(gmail: Gmail, api: TestClient, folder: Path) -> None:
    labels = _seed(gmail, folder)
    gmail.emu.reset_stats()
    response = api.get("/v1/rejections?days=90", headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    found = {item["message_id"]: item for item in body["items"]}
    truth = {message_id for message_id, row in labels.items() if row["rejection"]}
    hits = len(truth & set(found))
    assert hits / max(1, len(found)) >= 0.95, "precision"
    assert hits / len(truth) >= 0.95, "recall"
    # Round trips: list pages, then one batch per 50 candidates (and one per 50 already-answered threads).
    stats = gmail.emu.stats
    assert stats.batch_round_trips <= math.ceil(body["scanned"] / BATCH_SIZE) + 1
    assert stats.calls["gmail.users.messages.list"] <= math.ceil(body["scanned"] / 500) + 1  # + the sent list
    assert stats.http_round_trips == stats.batch_round_trips + stats.calls["gmail.users.messages.list"] + 1  # tokeninfo
    assert stats.calls.get("gmail.users.messages.get", 0) == body["scanned"]  # never the same thing twice

    # Every draft, even with a fifth of Gmail's answers failing, exactly once, in the thread, to a human.
    gmail.emu.faults = FaultPlan(rate=0.2, seed=5, retry_after=0, effect_before_failure_rate=0.3)
    for message_id in sorted(truth & set(found)):
        row = labels[message_id]
        with ThreadPoolExecutor(max_workers=3) as pool:
            results = list(pool.map(lambda url: api.post(url, headers=AUTH), [f"/v1/messages/{message_id}/draft"] * 3))
        assert sorted(r.status_code for r in results) == [200, 200, 201], [r.text for r in results]
        draft = results[0].json()
        assert len({r.json()["draft_id"] for r in results}) == 1
        assert draft["thread_id"] == gmail.emu.thread_of(message_id)
        assert draft["message_id"] == message_id  # the rejection's id, as in the list and the path
        assert draft["to"] == row["reply_to"]  # the human address, or none rather than a no-reply
        if row.get("company") and found[message_id]["company"] == row["company"]:
            assert str(row["company"]) in draft["body"]
    drafts = gmail.emu.drafts(OWNER)
    assert len(drafts) == len(truth & set(found))
    assert {d.thread_id for d in drafts} == {gmail.emu.thread_of(m) for m in truth & set(found)}


def test_the_whole_path_on_a_held_out_corpus(gmail: Gmail, api: TestClient) -> None:
    _check_corpus(gmail, api, CORPORA / "heldout_g")


@pytest.mark.skipif(not (SHARED / "labels.jsonl").is_file(), reason="../shared/corpus is not present")
def test_the_whole_path_on_the_shared_corpus(gmail: Gmail, api: TestClient) -> None:
    _check_corpus(gmail, api, SHARED)


def test_tokens_are_checked_with_google(gmail: Gmail, api: TestClient) -> None:
    assert api.get("/v1/rejections", headers={"Authorization": "Bearer forged"}).status_code == 401
    gmail.emu.add_token(OWNER, "narrow", scopes=(GMAIL_READONLY,), client_id=CLIENT_ID)
    assert api.get("/v1/rejections", headers={"Authorization": "Bearer narrow"}).json()["error"]["code"] == (
        "insufficient_scope"
    )
    gmail.emu.add_token(OWNER, "elsewhere", client_id="another-app.apps.googleusercontent.com")
    assert api.get("/v1/rejections", headers={"Authorization": "Bearer elsewhere"}).status_code == 401


def test_users_cannot_reach_each_others_mail(gmail: Gmail, api: TestClient) -> None:
    mine = gmail.emu.add_message(OWNER, REJECTION_ACME, internal_date=NOW - timedelta(days=1))
    gmail.emu.add_user("kim@example.org", "tok-kim", sub="2002", client_id=CLIENT_ID)
    kim = {"Authorization": "Bearer tok-kim"}
    assert api.get("/v1/rejections", headers=kim).json()["items"] == []
    assert api.get(f"/v1/messages/{mine}", headers=kim).status_code == 404
    assert api.post(f"/v1/messages/{mine}/draft", headers=kim).status_code == 404
    drafted = api.post(f"/v1/messages/{mine}/draft", headers=AUTH)
    assert drafted.status_code == 201
    assert gmail.emu.drafts("kim@example.org") == []


def test_gmail_trouble_is_reported_not_crashed(gmail: Gmail, api: TestClient) -> None:
    gmail.emu.add_message(OWNER, REJECTION_ACME, internal_date=NOW - timedelta(days=1))
    gmail.emu.faults = FaultPlan(rate=1.0, statuses=(429,), retry_after=90)
    limited = api.get("/v1/rejections", headers=AUTH)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "90"
    gmail.emu.faults = FaultPlan(rate=1.0, statuses=(503,), retry_after=0)
    failing = api.get("/v1/rejections", headers=AUTH)
    assert failing.status_code == 502
    assert failing.json()["error"]["code"] == "upstream_error"
    gmail.emu.faults = FaultPlan()
    gmail.emu.expire_token(TOKEN)  # revoked at Google while our check of it is still cached
    revoked = api.get("/v1/rejections", headers=AUTH)
    assert revoked.status_code == 401
    assert revoked.json()["error"]["code"] == "reauthenticate"


def test_one_user_cannot_hold_every_worker(gmail: Gmail, tmp_path: Path) -> None:
    message_id = gmail.emu.add_message(OWNER, REJECTION_ACME, labels=("INBOX",))
    settings = Settings(
        gmail_api_url=gmail.url,
        tokeninfo_url=gmail.url + "tokeninfo",
        oauth_client_ids=(CLIENT_ID,),
        database_url=f"sqlite:///{tmp_path / 'api.sqlite3'}",
        max_requests_per_user=2,
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        assert client.get(f"/v1/messages/{message_id}", headers=AUTH).status_code == 200
        gmail.emu.latency = 0.3
        with ThreadPoolExecutor(max_workers=6) as pool:
            burst = list(pool.map(lambda _: client.get(f"/v1/messages/{message_id}", headers=AUTH), range(6)))
        codes = sorted(r.status_code for r in burst)
        assert codes.count(200) >= 2, codes
        assert codes.count(429) >= 1, codes
        refused = next(r for r in burst if r.status_code == 429)
        assert refused.json()["error"]["code"] == "rate_limited"
        assert refused.headers["retry-after"] == "1"
        gmail.emu.latency = 0.0
        assert client.get(f"/v1/messages/{message_id}", headers=AUTH).status_code == 200


def test_twenty_simultaneous_posts_make_one_draft(gmail: Gmail, api: TestClient) -> None:
    message_id = gmail.emu.add_message(OWNER, REJECTION_ACME, labels=("INBOX",))
    gmail.emu.latency = 0.05  # enough for the requests to overlap
    url = f"/v1/messages/{message_id}/draft"
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda _: api.post(url, headers=AUTH), range(20)))
    codes = sorted(r.status_code for r in results)
    assert codes == [200] * 19 + [201], [r.text for r in results if r.status_code not in (200, 201)]
    assert len({r.json()["draft_id"] for r in results}) == 1
    assert len(gmail.emu.drafts(OWNER)) == 1
