"""The service on hand-written fakes of Gmail and a real SQLite store: scans, drafts, idempotency, races."""

from __future__ import annotations

import email
import email.policy
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from second_chance.compose.drafting import Overrides
from second_chance.errors import Conflict, TemplateError
from second_chance.service import DraftRequest, KeyedLocks, draft_reply, find_rejections
from second_chance.store import DraftRecord, SqlStore, migrate
from second_chance.store.schema import make_engine
from tests.fakes import FakeMailbox
from tests.samples import INVITE, LUNCH, REJECTION_ACME, SAM_REPLY

USER = "user-1"


@pytest.fixture
def store(tmp_path: Path) -> SqlStore:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    migrate(engine)
    return SqlStore(engine)


@pytest.fixture
def mailbox() -> FakeMailbox:
    return FakeMailbox(owner="sam.lee@example.org")


def test_scan_keeps_only_rejections_with_their_fields(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME, when=2_000)
    mailbox.add(INVITE)
    mailbox.add(LUNCH)
    result = find_rejections(mailbox, store, USER, days=90, limit=100)
    assert result.scanned == 3
    assert [f.analysis.id for f in result.items] == [rejection]
    found = result.items[0]
    assert (found.analysis.company, found.analysis.role) == ("Acme", "Data Engineer")
    assert found.analysis.reply_to == "ana.ruiz@acme.example"
    assert found.draft_id is None
    assert not found.replied


def test_scan_knows_what_was_replied_to(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME, thread_id="t1", when=2_000)
    mailbox.add(SAM_REPLY, thread_id="t1", when=3_000, labels=("SENT",))
    assert find_rejections(mailbox, store, USER, days=90, limit=100).items[0].replied
    # Something the owner sent before the rejection (the application itself) is no reply to it.
    mailbox.messages[rejection] = (mailbox.messages[rejection][0], 4_000, ("INBOX",))
    assert not find_rejections(mailbox, store, USER, days=90, limit=100).items[0].replied


def test_draft_goes_in_the_thread_to_the_human(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME, thread_id="t1")
    result = draft_reply(mailbox, store, KeyedLocks(), USER, rejection)
    assert result.created
    assert result.thread_id == "t1"
    assert result.to == "ana.ruiz@acme.example"
    assert result.subject == "Re: Your application for Data Engineer at Acme"
    assert "Acme" in result.body
    assert "Ana" in result.body
    draft = mailbox.drafts[result.draft_id]
    assert draft.raw is not None
    sent = email.message_from_bytes(draft.raw, policy=email.policy.default)
    assert sent["In-Reply-To"] == "<rej-1@acme.example>"
    assert sent["References"] == "<app-0@example.org> <rej-1@acme.example>"
    assert sent["Message-ID"].endswith("@example.org>")
    assert result.gmail_url.startswith("https://mail.google.com/mail/?authuser=sam.lee%40example.org#drafts?compose=")
    assert find_rejections(mailbox, store, USER, days=90, limit=10).items[0].draft_id == result.draft_id


def test_asking_again_returns_the_same_draft(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    first = draft_reply(mailbox, store, KeyedLocks(), USER, rejection)
    second = draft_reply(mailbox, store, KeyedLocks(), USER, rejection)
    assert not second.created
    assert second.draft_id == first.draft_id
    assert second.body == first.body
    assert second.to == first.to
    assert mailbox.calls.count("create_draft") == 1


def test_twenty_simultaneous_requests_make_one_draft(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    mailbox.create_delay = 0.05
    locks = KeyedLocks()
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda _: draft_reply(mailbox, store, locks, USER, rejection), range(20)))
    assert len({r.draft_id for r in results}) == 1
    assert sum(r.created for r in results) == 1
    assert len(mailbox.drafts) == 1


def test_racing_processes_keep_one_draft(mailbox: FakeMailbox, store: SqlStore) -> None:
    """Two workers (separate lock registries, one database): the ledger's unique key decides."""
    rejection = mailbox.add(REJECTION_ACME)
    mailbox.create_delay = 0.05
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: draft_reply(mailbox, store, KeyedLocks(), USER, rejection), range(2)))
    assert len({r.draft_id for r in results}) == 1
    assert len(mailbox.drafts) == 1


def test_a_deleted_draft_is_made_again(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    first = draft_reply(mailbox, store, KeyedLocks(), USER, rejection)
    mailbox.delete_draft(first.draft_id)
    second = draft_reply(mailbox, store, KeyedLocks(), USER, rejection)
    assert second.created
    assert second.draft_id != first.draft_id
    assert store.drafted(USER, [rejection])[rejection].draft_id == second.draft_id


def test_no_draft_when_the_user_already_replied(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME, thread_id="t1", when=2_000)
    mailbox.add(SAM_REPLY, thread_id="t1", when=3_000, labels=("SENT",))
    with pytest.raises(Conflict) as caught:
        draft_reply(mailbox, store, KeyedLocks(), USER, rejection)
    assert caught.value.code == "already_replied"
    assert not mailbox.drafts


def test_overrides_and_template(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    request = DraftRequest(overrides=Overrides(company="Acme Corp", recruiter_name="Ana María"), template_id="brief-en")
    result = draft_reply(mailbox, store, KeyedLocks(), USER, rejection, request)
    assert "Hi Ana María," in result.body
    assert "at Acme Corp" in result.body


def test_unknown_template_fails_before_gmail_is_asked(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    with pytest.raises(TemplateError):
        draft_reply(mailbox, store, KeyedLocks(), USER, rejection, DraftRequest(template_id="nope"))
    assert mailbox.calls == []


def test_users_never_see_each_others_drafts(mailbox: FakeMailbox, store: SqlStore) -> None:
    rejection = mailbox.add(REJECTION_ACME)
    mine = draft_reply(mailbox, store, KeyedLocks(), "user-a", rejection)
    assert store.drafted("user-b", [rejection]) == {}
    assert store.drafted("user-a", [rejection])[rejection].draft_id == mine.draft_id


def test_the_ledger_moves_to_a_new_draft_only_from_the_one_it_names(store: SqlStore) -> None:
    first = DraftRecord(USER, "m1", "d1", "t1", "Acme", datetime(2024, 3, 1, tzinfo=UTC))
    assert store.record_draft(first) == first
    second = replace(first, draft_id="d2")
    assert not store.replace_draft(second, previous_draft_id="d-stale")
    assert store.drafted(USER, ["m1"])["m1"].draft_id == "d1"
    assert store.replace_draft(second, previous_draft_id="d1")
    assert store.drafted(USER, ["m1"])["m1"].draft_id == "d2"
    assert not store.replace_draft(replace(first, draft_id="d3"), previous_draft_id="d1")  # someone moved it on
    assert store.drafted("another-user", ["m1"]) == {}


class _RacedStore(SqlStore):
    """Another process records its draft for the message just before ours lands, then that draft is deleted."""

    def record_draft(self, record: DraftRecord) -> DraftRecord:
        super().record_draft(replace(record, draft_id="gone-draft"))
        return super().record_draft(record)


def test_a_lost_race_against_a_draft_that_is_already_gone_keeps_ours(tmp_path: Path, mailbox: FakeMailbox) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'raced.sqlite3'}")
    migrate(engine)
    store = _RacedStore(engine)
    rejection = mailbox.add(REJECTION_ACME)
    result = draft_reply(mailbox, store, KeyedLocks(), USER, rejection)
    assert result.created
    assert list(mailbox.drafts) == [result.draft_id]
    assert store.drafted(USER, [rejection])[rejection].draft_id == result.draft_id
