"""Our Gmail adapter, with the real google-api-python-client, against the Gmail API emulator over HTTP."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from second_chance.emulator import FaultPlan
from second_chance.errors import Forbidden, NotFound, RateLimited, Unauthenticated
from second_chance.gmail import candidate_query
from second_chance.gmail.port import Fetched
from second_chance.mime import parse_bytes
from second_chance.service import KeyedLocks, draft_reply, find_rejections
from second_chance.service.drafting import reply_message_id
from second_chance.settings import GMAIL_READONLY
from second_chance.store import SqlStore, migrate
from second_chance.store.schema import make_engine
from tests.gmail_env import OWNER, TOKEN, Gmail
from tests.samples import APPLICATION, INVITE, LUNCH, REJECTION_ACME, SAM_REPLY

CORPORA = Path(__file__).parent / "corpora"
SHARED = Path(__file__).parents[2] / "shared" / "corpus"


@pytest.fixture
def store(tmp_path: Path) -> SqlStore:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    migrate(engine)
    return SqlStore(engine)


def _numbered(raw: bytes, n: int) -> bytes:
    return raw.replace(b"<rej-1@acme.example>", f"<rej-{n}@acme.example>".encode()).replace(
        b"Subject: Your application for Data Engineer at Acme", f"Subject: Application {n} at Acme".encode()
    )


def test_search_pages_and_asks_only_for_ids(gmail: Gmail) -> None:
    for n in range(620):
        gmail.emu.add_message(OWNER, _numbered(REJECTION_ACME, n))
    gmail.emu.reset_stats()
    refs = gmail.mailbox().search(candidate_query(90), limit=1000)
    assert len(refs) == 620
    assert len({r.id for r in refs}) == 620
    assert gmail.emu.stats.http_round_trips == 2  # 500 + 120
    assert gmail.mailbox().search(candidate_query(90), limit=10)[0] == refs[0]


def test_fetch_batches_fifty_at_a_time(gmail: Gmail) -> None:
    ids = [gmail.emu.add_message(OWNER, _numbered(REJECTION_ACME, n)) for n in range(120)]
    gmail.emu.reset_stats()
    fetched = gmail.mailbox().fetch([*ids, ids[0]])  # asked twice, fetched once
    assert set(fetched) == set(ids)
    assert all(isinstance(f, Fetched) for f in fetched.values())
    stats = gmail.emu.stats
    assert stats.batch_round_trips == 3
    assert stats.http_round_trips == 3
    assert stats.calls["gmail.users.messages.get"] == 120
    first = fetched[ids[0]]
    assert isinstance(first, Fetched)
    assert first.email.thread_id == gmail.emu.thread_of(ids[0])
    assert first.email.subject == "Application 0 at Acme"


def test_missing_message_is_not_found(gmail: Gmail) -> None:
    outcome = gmail.mailbox().fetch(["0000000000000bad"])["0000000000000bad"]
    assert isinstance(outcome, NotFound)


def test_an_id_gmail_calls_invalid_is_not_found(gmail: Gmail) -> None:
    outcome = gmail.mailbox().fetch(["not-an-id"])["not-an-id"]  # Gmail: 400 "Invalid id value"
    assert isinstance(outcome, NotFound)


def test_a_token_that_expires_mid_scan_asks_for_a_new_sign_in(gmail: Gmail) -> None:
    ids = [gmail.emu.add_message(OWNER, _numbered(REJECTION_ACME, n)) for n in range(3)]
    mailbox = gmail.mailbox()
    assert mailbox.address() == OWNER
    gmail.emu.expire_token(TOKEN)
    # Batch parts come back 401; the client would try to refresh a bare access token, which cannot be done.
    with pytest.raises(Unauthenticated) as refused:
        mailbox.fetch(ids)
    assert refused.value.code == "reauthenticate"


def test_failed_batch_entries_are_asked_again_alone(gmail: Gmail) -> None:
    ids = [gmail.emu.add_message(OWNER, _numbered(REJECTION_ACME, n)) for n in range(100)]
    gmail.emu.faults = FaultPlan(rate=0.2, seed=3, retry_after=2)
    gmail.emu.reset_stats()
    fetched = gmail.mailbox().fetch(ids)
    assert all(isinstance(f, Fetched) for f in fetched.values())
    stats = gmail.emu.stats
    assert stats.faults_injected > 0
    # Only the failed entries are asked again: every message was fetched once plus once per failure.
    assert stats.calls["gmail.users.messages.get"] == 100 + stats.faults_injected
    assert 2.0 in gmail.sleeps  # Retry-After honoured


def test_errors_become_ours(gmail: Gmail) -> None:
    with pytest.raises(Unauthenticated):
        gmail.mailbox("not-a-token").address()
    gmail.emu.add_token(OWNER, "read-only", scopes=(GMAIL_READONLY,))
    rejection = gmail.emu.add_message(OWNER, REJECTION_ACME)
    thread = gmail.emu.thread_of(rejection)
    with pytest.raises(Forbidden) as refused:
        gmail.mailbox("read-only").create_draft(b"Subject: x\r\n\r\nx", thread_id=thread, rfc822_message_id="<x@y>")
    assert refused.value.code == "insufficient_scope"
    gmail.emu.faults = FaultPlan(rate=1.0, statuses=(429,), retry_after=120)
    with pytest.raises(RateLimited) as limited:
        gmail.mailbox().address()
    assert limited.value.retry_after == 120


def test_draft_lands_in_the_thread(gmail: Gmail, store: SqlStore) -> None:
    gmail.emu.add_message(OWNER, APPLICATION, labels=("SENT",))
    rejection = gmail.emu.add_message(OWNER, REJECTION_ACME)
    result = draft_reply(gmail.mailbox(), store, KeyedLocks(), "u1", rejection)
    assert result.created
    thread = gmail.emu.thread_of(rejection)
    assert result.thread_id == thread
    (draft,) = gmail.emu.drafts(OWNER)
    assert draft.thread_id == thread  # Gmail's rule (headers and subject) accepted it
    assert gmail.emu.thread(thread)[-1] == draft.message_id
    sent = email.message_from_bytes(draft.raw, policy=email.policy.default)
    assert sent["To"] == "ana.ruiz@acme.example"
    assert sent["Subject"] == "Re: Your application for Data Engineer at Acme"
    again = draft_reply(gmail.mailbox(), store, KeyedLocks(), "u1", rejection)
    assert not again.created
    assert again.draft_id == result.draft_id
    assert again.body == result.body
    assert len(gmail.emu.drafts(OWNER)) == 1


def test_scan_finds_rejections_and_replies(gmail: Gmail, store: SqlStore) -> None:
    replied = gmail.emu.add_message(OWNER, REJECTION_ACME)
    gmail.emu.add_message(OWNER, SAM_REPLY, labels=("SENT",))
    fresh = gmail.emu.add_message(
        OWNER, REJECTION_ACME.replace(b"rej-1", b"rej-9").replace(b"Data Engineer at Acme", b"Analyst")
    )
    # Forwarding a rejection to a friend is not answering the recruiter.
    forward = (
        SAM_REPLY.replace(b"To: Ana Ruiz <ana.ruiz@acme.example>", b"To: kim@example.net")
        .replace(b"Re: Your application for Data Engineer at Acme", b"Fwd: Your application for Analyst")
        .replace(b"rej-1", b"rej-9")
        .replace(b"reply-1", b"forward-1")
    )
    assert gmail.emu.thread_of(fresh) == gmail.emu.thread_of(gmail.emu.add_message(OWNER, forward, labels=("SENT",)))
    gmail.emu.add_message(OWNER, INVITE)
    gmail.emu.add_message(OWNER, LUNCH)
    result = find_rejections(gmail.mailbox(), store, "u1", days=90, limit=500)
    assert result.scanned == 3  # the lunch invitation never left Gmail
    assert {f.analysis.id: f.replied for f in result.items} == {replied: True, fresh: False}


def test_ambiguous_failures_never_duplicate_a_draft(gmail: Gmail, store: SqlStore) -> None:
    rejections = [gmail.emu.add_message(OWNER, _numbered(REJECTION_ACME, n)) for n in range(30)]
    gmail.emu.faults = FaultPlan(rate=0.2, seed=11, effect_before_failure_rate=0.5, retry_after=0)
    locks = KeyedLocks()
    for rejection in rejections:
        draft_reply(gmail.mailbox(seed=len(gmail.sleeps)), store, locks, "u1", rejection)
    assert gmail.emu.stats.faults_injected > 0
    drafts = gmail.emu.drafts(OWNER)
    assert sorted(gmail.emu.thread_of(r) for r in rejections) == sorted(d.thread_id for d in drafts)


def test_a_draft_whose_answer_never_arrived_is_found_by_the_next_request(gmail: Gmail, store: SqlStore) -> None:
    rejection = gmail.emu.add_message(OWNER, REJECTION_ACME)
    thread = gmail.emu.thread_of(rejection)
    # A process made the draft and died before hearing back: the draft is in Gmail, nothing in the ledger.
    own_id = f"<{reply_message_id('u1', rejection)}@example.org>"
    orphan = gmail.mailbox().create_draft(
        f"Message-ID: {own_id}\r\nSubject: Re: x\r\n\r\nThanks".encode(), thread_id=thread, rfc822_message_id=own_id
    )
    assert not store.drafted("u1", [rejection])
    result = draft_reply(gmail.mailbox(), store, KeyedLocks(), "u1", rejection)
    assert result.draft_id == orphan.id
    assert [d.id for d in gmail.emu.drafts(OWNER)] == [orphan.id]
    assert store.drafted("u1", [rejection])[rejection].draft_id == orphan.id


def _labelled_rejections() -> list[Path]:
    paths: list[Path] = []
    held_out = sorted((CORPORA.parent / "heldout").glob("*/labels.jsonl"))
    for labels in [*sorted(CORPORA.glob("*/labels.jsonl")), *held_out, SHARED / "labels.jsonl"]:
        if labels.is_file():
            for line in labels.read_text().splitlines():
                if line.strip() and json.loads(line)["rejection"]:
                    paths.append(labels.parent / json.loads(line)["file"])
    return paths


def test_query_keeps_every_rejection_the_detector_finds(gmail: Gmail) -> None:
    """Recall first: Gmail's side of the search must let through every labelled rejection we have, in every
    language (../shared/corpus too, when present)."""
    wanted: dict[str, str] = {}
    for path in _labelled_rejections():
        raw = path.read_bytes()
        if parse_bytes(raw).from_ is None:
            continue
        wanted[gmail.emu.add_message(OWNER, raw, labels=("INBOX",))] = path.name
    assert len(wanted) > 300
    found = {ref.id for ref in gmail.mailbox().search(candidate_query(3650), limit=5000)}
    missing = sorted(name for message_id, name in wanted.items() if message_id not in found)
    assert missing == [], ", ".join(missing)
