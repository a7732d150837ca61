"""The emulated mailboxes: users and their tokens, messages, threads, drafts and labels.

Every public method takes the store's lock: the HTTP server runs in another thread than the test that
seeds and inspects it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .mime_payload import ParsedMessage, normalize_subject, parse_message
from .search import Context, SearchDoc, compile_query, normalize_label_name, parse_query

SYSTEM_LABELS = (
    "CHAT",
    "SENT",
    "INBOX",
    "IMPORTANT",
    "TRASH",
    "DRAFT",
    "SPAM",
    "CATEGORY_FORUMS",
    "CATEGORY_UPDATES",
    "CATEGORY_PERSONAL",
    "CATEGORY_PROMOTIONS",
    "CATEGORY_SOCIAL",
    "STARRED",
    "UNREAD",
)
# Gmail shows these in the label list; the rest of the system labels come without visibility fields.
_VISIBLE_SYSTEM = {"INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "STARRED", "IMPORTANT", "UNREAD", "CHAT"}
DEFAULT_LABELS = ("INBOX", "UNREAD", "CATEGORY_PERSONAL")
_ID_BASE = 0x18F3_A000_0000_0000  # looks like a 2024 Gmail id; ids then grow with insertion
_DRAFT_BASE = 5_700_000_000_000_000_000
_LIST_CACHE_SIZE = 32
_MBOX_FROM = re.compile(rb"^From ")
_MBOX_QUOTED_FROM = re.compile(rb"^>(>*From )")


@dataclass(slots=True)
class AccessToken:
    token: str
    email: str
    sub: str
    client_id: str
    scopes: tuple[str, ...]
    expires_at: float  # unix seconds


@dataclass(slots=True)
class Label:
    id: str
    name: str
    type: str  # "system" or "user"


@dataclass(slots=True)
class StoredMessage:
    id: str
    user: str
    raw: bytes
    thread_id: str
    labels: tuple[str, ...]
    internal_ms: int
    history_id: int
    parsed: ParsedMessage
    doc: SearchDoc
    draft_id: str | None = None


@dataclass(slots=True)
class Thread:
    id: str
    subject_key: str
    message_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MessageInfo:
    """A read-only view for tests."""

    id: str
    thread_id: str
    labels: tuple[str, ...]
    raw: bytes
    internal_date: int  # ms since the epoch
    draft_id: str | None


@dataclass(frozen=True, slots=True)
class DraftInfo:
    id: str
    message_id: str
    thread_id: str
    raw: bytes
    labels: tuple[str, ...]


@dataclass
class Mailbox:
    email: str
    sub: str
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    threads: dict[str, Thread] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    by_rfc822_id: dict[str, set[str]] = field(default_factory=dict)  # Message-ID header -> message ids
    labels: dict[str, Label] = field(default_factory=dict)
    history_id: int = 1000
    version: int = 0  # bumped on every change: list results are cached per version
    list_cache: OrderedDict[tuple[object, ...], list[StoredMessage]] = field(default_factory=OrderedDict)

    def __post_init__(self) -> None:
        for label in SYSTEM_LABELS:
            self.labels[label] = Label(label, label, "system")

    def label_visibility(self, label: Label) -> dict[str, str]:
        if label.type == "user":
            return {"messageListVisibility": "show", "labelListVisibility": "labelShow"}
        if label.id in _VISIBLE_SYSTEM:
            hidden = label.id in ("UNREAD", "STARRED", "IMPORTANT", "CHAT")
            return {"labelListVisibility": "labelHide" if hidden else "labelShow"}
        return {}


def split_mbox(data: bytes) -> list[bytes]:
    """Messages of an mbox (mboxo or mboxrd): a "From " line after a blank line starts the next one."""
    messages: list[list[bytes]] = []
    previous_blank = True
    for line in data.splitlines(keepends=True):
        if previous_blank and _MBOX_FROM.match(line):
            messages.append([])
            previous_blank = False
            continue
        if messages:
            messages[-1].append(_MBOX_QUOTED_FROM.sub(rb"\1", line))
        previous_blank = line.strip() == b""
    result = []
    for lines in messages:
        if lines and lines[-1].strip() == b"":
            lines = lines[:-1]  # the separator line belongs to the mbox, not to the message
        result.append(b"".join(lines))
    return result


class Store:
    def __init__(self, now: Callable[[], datetime]) -> None:
        self.lock = threading.RLock()
        self._now = now
        self._mailboxes: dict[str, Mailbox] = {}
        self._tokens: dict[str, AccessToken] = {}
        self._owner: dict[str, str] = {}  # message id -> mailbox key
        self._next_message = 0
        self._next_draft = 0

    # --- users and tokens ---------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._now()

    def add_user(self, email: str, sub: str) -> None:
        with self.lock:
            key = email.casefold()
            if key in self._mailboxes:
                raise ValueError(f"user {email} already exists")
            self._mailboxes[key] = Mailbox(email=email, sub=sub)

    def add_token(self, email: str, token: str, *, scopes: Iterable[str], client_id: str, expires_in: float) -> None:
        with self.lock:
            box = self.mailbox(email)
            self._tokens[token] = AccessToken(
                token=token,
                email=box.email,
                sub=box.sub,
                client_id=client_id,
                scopes=tuple(scopes),
                expires_at=self.now().timestamp() + expires_in,
            )

    def expire_token(self, token: str) -> None:
        with self.lock:
            self._tokens[token].expires_at = self.now().timestamp() - 1

    def token(self, token: str) -> AccessToken | None:
        """The token if it exists and has not expired."""
        with self.lock:
            found = self._tokens.get(token)
            if found is None or found.expires_at <= self.now().timestamp():
                return None
            return found

    def mailbox(self, email: str) -> Mailbox:
        with self.lock:
            box = self._mailboxes.get(email.casefold())
            if box is None:
                raise KeyError(f"no such user: {email}")
            return box

    # --- messages -----------------------------------------------------------------------------------

    def _new_message_id(self) -> str:
        self._next_message += 1
        return f"{_ID_BASE + self._next_message * 0x1_0000 + (self._next_message * 7919) % 0x1_0000:016x}"

    def _label_ids(self, box: Mailbox, labels: Iterable[str]) -> tuple[str, ...]:
        """Label ids for names or ids: system labels by id, anything else becomes (or is) a user label."""
        result: list[str] = []
        for name in labels:
            label = box.labels.get(name) or next((lb for lb in box.labels.values() if lb.name == name), None)
            if label is None:
                count = sum(1 for lb in box.labels.values() if lb.type == "user")
                label = Label(f"Label_{count + 1}", name, "user")
                box.labels[label.id] = label
            if label.id not in result:
                result.append(label.id)
        return tuple(result)

    def _thread_for(self, box: Mailbox, parsed: ParsedMessage, wanted: str | None, *, draft: bool) -> Thread | None:
        """The thread a new message joins, by Gmail's rule: it names a message of the thread in In-Reply-To
        or References, and its subject (reply prefixes removed) is the thread's subject. A draft or an
        inserted message joins only the thread it asks for."""
        subject = normalize_subject(parsed.subject)
        referenced = list(parsed.in_reply_to) + list(reversed(parsed.references))
        if draft:
            thread = box.threads.get(wanted) if wanted else None
            if thread is None or thread.subject_key != subject:
                return None
            in_thread = {box.messages[m].parsed.message_id for m in thread.message_ids}
            return thread if any(ref in in_thread for ref in referenced) else None
        for ref in referenced:
            for message_id in sorted(box.by_rfc822_id.get(ref, ())):
                thread = box.threads[box.messages[message_id].thread_id]
                if thread.subject_key == subject:
                    return thread
        return None

    def _store(
        self,
        box: Mailbox,
        raw: bytes,
        labels: Sequence[str],
        *,
        internal_ms: int | None,
        thread_wanted: str | None,
        draft: bool,
    ) -> StoredMessage:
        message_id = self._new_message_id()
        parsed = parse_message(raw, seed=message_id)
        label_ids = self._label_ids(box, labels)
        if internal_ms is None:
            now_ms = int(self.now().timestamp() * 1000)
            internal_ms = now_ms if draft else (parsed.date_ms if parsed.date_ms is not None else now_ms)
        thread = self._thread_for(box, parsed, thread_wanted, draft=draft)
        if thread is None:
            thread = Thread(message_id, normalize_subject(parsed.subject))
            box.threads[thread.id] = thread
        thread.message_ids.append(message_id)
        box.history_id += 1
        headers: dict[str, list[str]] = {}
        for name, value in parsed.headers:
            headers.setdefault(name.lower(), []).append(value)
        doc = SearchDoc.build(
            headers=headers,
            text=parsed.text,
            filenames=[a.filename for a in parsed.attachments],
            labels=frozenset(label_ids),
            internal_ms=internal_ms,
            message_id=parsed.message_id.strip("<>") if parsed.message_id else None,
            size=len(raw),
        )
        message = StoredMessage(
            id=message_id,
            user=box.email,
            raw=raw,
            thread_id=thread.id,
            labels=label_ids,
            internal_ms=internal_ms,
            history_id=box.history_id,
            parsed=parsed,
            doc=doc,
        )
        box.messages[message_id] = message
        if parsed.message_id:
            box.by_rfc822_id.setdefault(parsed.message_id, set()).add(message_id)
        self._owner[message_id] = box.email.casefold()
        box.version += 1
        box.list_cache.clear()
        return message

    def add_message(
        self, email: str, raw: bytes, labels: Sequence[str] = DEFAULT_LABELS, *, internal_date: datetime | None = None
    ) -> str:
        with self.lock:
            box = self.mailbox(email)
            internal_ms = int(internal_date.timestamp() * 1000) if internal_date is not None else None
            return self._store(box, raw, labels, internal_ms=internal_ms, thread_wanted=None, draft=False).id

    def add_mbox(self, email: str, source: str | Path | bytes, labels: Sequence[str] = DEFAULT_LABELS) -> list[str]:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        return [self.add_message(email, raw, labels) for raw in split_mbox(data)]

    def create_draft(self, email: str, raw: bytes, thread_id: str | None) -> StoredMessage:
        with self.lock:
            box = self.mailbox(email)
            message = self._store(box, raw, ("DRAFT",), internal_ms=None, thread_wanted=thread_id, draft=True)
            self._next_draft += 1
            draft_id = f"r{_DRAFT_BASE + self._next_draft * 7_919_000_003}"
            message.draft_id = draft_id
            box.drafts[draft_id] = message.id
            return message

    def delete_draft(self, email: str, draft_id: str) -> bool:
        with self.lock:
            box = self.mailbox(email)
            message_id = box.drafts.pop(draft_id, None)
            if message_id is None:
                return False
            message = box.messages.pop(message_id)
            thread = box.threads[message.thread_id]
            thread.message_ids.remove(message_id)
            if not thread.message_ids:
                del box.threads[thread.id]
            if message.parsed.message_id:
                box.by_rfc822_id.get(message.parsed.message_id, set()).discard(message_id)
            del self._owner[message_id]
            box.history_id += 1
            box.version += 1
            box.list_cache.clear()
            return True

    # --- queries ------------------------------------------------------------------------------------

    def search_context(self, box: Mailbox) -> Context:
        by_name: dict[str, set[str]] = {}
        for label in box.labels.values():
            by_name.setdefault(normalize_label_name(label.name), set()).add(label.id)
        return Context(
            me=box.email,
            now=self.now(),
            label_ids_by_name={k: frozenset(v) for k, v in by_name.items()},
            user_label_ids=frozenset(lb.id for lb in box.labels.values() if lb.type == "user"),
        )

    def list_messages(
        self, box: Mailbox, q: str, label_ids: Sequence[str], include_spam_trash: bool, *, drafts_only: bool = False
    ) -> list[StoredMessage]:
        """Matching messages, newest first. Raises ``QueryError`` for a malformed ``q``."""
        with self.lock:
            now = self.now()
            key = (q, tuple(label_ids), include_spam_trash, drafts_only, box.version, int(now.timestamp()))
            cached = box.list_cache.get(key)
            if cached is not None:
                box.list_cache.move_to_end(key)
                return cached
            query = parse_query(q)
            matcher = compile_query(query.root, self.search_context(box))
            wanted = frozenset(label_ids)
            excluded: set[str] = set()
            if not drafts_only:
                if not include_spam_trash and "anywhere" not in query.mentions:
                    excluded |= {lb for lb in ("SPAM", "TRASH") if lb.lower() not in query.mentions} - wanted
                if not query.mentions & {"drafts", "anywhere"} and "DRAFT" not in wanted:
                    excluded.add("DRAFT")
            if drafts_only:
                candidates: Iterable[StoredMessage] = (box.messages[m] for m in box.drafts.values())
            else:
                candidates = box.messages.values()
            result = [
                m for m in candidates if wanted.issubset(m.labels) and excluded.isdisjoint(m.labels) and matcher(m.doc)
            ]
            result.sort(key=lambda m: (m.internal_ms, m.id), reverse=True)
            box.list_cache[key] = result
            while len(box.list_cache) > _LIST_CACHE_SIZE:
                box.list_cache.popitem(last=False)
            return result

    def find_message(self, message_id: str) -> StoredMessage | None:
        with self.lock:
            owner = self._owner.get(message_id)
            return None if owner is None else self._mailboxes[owner].messages.get(message_id)

    def message_info(self, message_id: str) -> MessageInfo:
        message = self.find_message(message_id)
        if message is None:
            raise KeyError(f"no such message: {message_id}")
        return MessageInfo(
            message.id, message.thread_id, message.labels, message.raw, message.internal_ms, message.draft_id
        )

    def thread_messages(self, thread_id: str) -> list[str]:
        with self.lock:
            for box in self._mailboxes.values():
                thread = box.threads.get(thread_id)
                if thread is not None:
                    return list(thread.message_ids)
            raise KeyError(f"no such thread: {thread_id}")

    def draft_infos(self, email: str) -> list[DraftInfo]:
        with self.lock:
            box = self.mailbox(email)
            result = []
            for draft_id, message_id in box.drafts.items():
                message = box.messages[message_id]
                result.append(DraftInfo(draft_id, message.id, message.thread_id, message.raw, message.labels))
            return result
