"""Put one reply draft in the rejection's thread, once, however often and however concurrently it is asked."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote
from weakref import WeakValueDictionary

from ..analysis import Analysis, analyze
from ..compose.drafting import Overrides, ReplyOptions, write_reply
from ..compose.reply import ReplyDraft, to_message
from ..compose.templates import get_template
from ..email_model import Address
from ..errors import Conflict, NotFound, SecondChanceError
from ..gmail.port import Draft, Fetched, Mailbox
from ..mime import parse_bytes
from ..store import DraftRecord, Store, UserSettings
from .scan import has_reply_after


@dataclass(frozen=True, slots=True)
class DraftRequest:
    overrides: Overrides = field(default_factory=Overrides)
    template_id: str | None = None


@dataclass(frozen=True, slots=True)
class DraftResult:
    draft_id: str
    message_id: str  # the rejection replied to
    thread_id: str
    to: str | None
    subject: str
    body: str
    gmail_url: str
    created: bool


class KeyedLocks:
    """One lock per key, alive while someone holds or waits for it. Concurrent requests for the same message
    in this process queue here; across processes the ledger's unique key decides."""

    def __init__(self) -> None:
        self._locks: WeakValueDictionary[tuple[str, str], threading.Lock] = WeakValueDictionary()
        self._guard = threading.Lock()

    @contextmanager
    def hold(self, key: tuple[str, str]) -> Iterator[None]:
        with self._guard:
            lock = self._locks.get(key)
            if lock is None:
                lock = threading.Lock()
                self._locks[key] = lock
        with lock:
            yield


def draft_reply(
    mailbox: Mailbox,
    store: Store,
    locks: KeyedLocks,
    user_id: str,
    message_id: str,
    request: DraftRequest | None = None,
) -> DraftResult:
    request = request or DraftRequest()
    if request.template_id is not None:
        get_template(request.template_id)  # an unknown id fails before anything is asked of Gmail
    with locks.hold((user_id, message_id)):
        me = mailbox.address()
        record = store.drafted(user_id, [message_id]).get(message_id)
        if record is not None:
            existing = mailbox.get_draft(record.draft_id)
            if existing is not None:
                return _result(existing, message_id, me, created=False)
        original = mailbox.fetch([message_id]).get(message_id)
        if original is None:
            raise NotFound("no such message in this mailbox")
        if isinstance(original, SecondChanceError):
            raise original
        thread_id = original.email.thread_id or ""
        if has_reply_after(mailbox.threads([thread_id]).get(thread_id, []), original.internal_date):
            raise Conflict("you have already replied in this thread", code="already_replied")
        analysis = analyze(original.email, me=[me])
        settings = store.get_settings(user_id)
        reply = _compose(original, analysis, settings, request)
        draft = _create(
            mailbox, reply, me=me, thread_id=thread_id, sender_name=settings.sender_name, key=(user_id, message_id)
        )
        mine = DraftRecord(
            user_id=user_id,
            message_id=message_id,
            draft_id=draft.id,
            thread_id=draft.thread_id,
            company=analysis.company,
            created_at=datetime.now(UTC),
        )
        if record is None:
            kept = store.record_draft(mine)
        elif store.replace_draft(mine, previous_draft_id=record.draft_id):
            kept = mine
        else:
            kept = store.drafted(user_id, [message_id]).get(message_id) or mine
        if kept.draft_id != draft.id:
            # Another process drafted the same message first: keep theirs and remove ours, unless theirs is
            # already gone (then ours takes its place).
            winner = mailbox.get_draft(kept.draft_id)
            if winner is not None or not store.replace_draft(mine, previous_draft_id=kept.draft_id):
                mailbox.delete_draft(draft.id)
                if winner is not None:
                    return _result(winner, message_id, me, created=False)
                raise Conflict("this message was being drafted by another request: ask again", code="busy")
        return _result(draft, message_id, me, created=True, content=reply)


def _compose(original: Fetched, analysis: Analysis, settings: UserSettings, request: DraftRequest) -> ReplyDraft:
    options = ReplyOptions(
        sender_name=settings.sender_name,
        signature=settings.signature,
        template_id=request.template_id or settings.default_template,
        templates_by_language=settings.templates_by_language,
    )
    return write_reply(original.email, analysis, options, request.overrides)


def _create(
    mailbox: Mailbox,
    reply: ReplyDraft,
    *,
    me: str,
    thread_id: str,
    sender_name: str | None,
    key: tuple[str, str],
) -> Draft:
    message = to_message(reply, sender=Address(sender_name, me) if sender_name and me else None)
    # Our own Message-ID, the same for every request about this message: if Gmail's answer to a create call
    # is lost (even in a process that then died), the draft is found again by it instead of made twice.
    rfc822_id = f"<{reply_message_id(*key)}@{me.rpartition('@')[2] or 'second-chance.invalid'}>"
    message["Message-ID"] = rfc822_id
    return mailbox.create_draft(message.as_bytes(), thread_id=thread_id, rfc822_message_id=rfc822_id)


def reply_message_id(user_id: str, message_id: str) -> str:
    digest = hashlib.sha256(f"{user_id}\0{message_id}".encode()).hexdigest()[:32]
    return f"{digest}.second-chance"


def _result(draft: Draft, message_id: str, me: str, *, created: bool, content: ReplyDraft | None = None) -> DraftResult:
    if content is not None:
        to, subject, body = content.to, content.subject, content.body
    elif draft.raw is not None:
        message = parse_bytes(draft.raw)  # as the draft is now: the user may have edited it
        to = message.to[0].email if message.to else None
        subject, body = message.subject, message.plain or message.text
    else:
        to, subject, body = None, "", ""
    body = body.rstrip() + "\n" if body.strip() else ""  # the same text whether just made or read back
    return DraftResult(
        draft_id=draft.id,
        message_id=message_id,  # the rejection's, as everywhere in the API; the draft's own is in gmail_url
        thread_id=draft.thread_id,
        to=to,
        subject=subject,
        body=body,
        gmail_url=gmail_draft_url(me, draft.message_id),
        created=created,
    )


def gmail_draft_url(me: str, draft_message_id: str) -> str:
    """Opens the draft in Gmail, in the right account when several are signed in."""
    return f"https://mail.google.com/mail/?authuser={quote(me)}#drafts?compose={quote(draft_message_id)}"
