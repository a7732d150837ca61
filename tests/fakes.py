"""Hand-written fakes of the ports, for tests of the service and the HTTP layer without Gmail."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from second_chance.email_model import Email
from second_chance.errors import NotFound, SecondChanceError
from second_chance.gmail.port import Draft, Fetched, MessageRef, ThreadEntry
from second_chance.mime import parse_bytes


@dataclass
class FakeMailbox:
    """A mailbox in memory. Search returns every inbox message (the query is Gmail's business)."""

    owner: str = "robin@example.com"
    messages: dict[str, tuple[Email, int, tuple[str, ...]]] = field(default_factory=dict)
    drafts: dict[str, Draft] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)
    create_delay: float = 0.0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(
        self, raw: bytes, *, thread_id: str | None = None, when: int | None = None, labels: Sequence[str] = ("INBOX",)
    ) -> str:
        """``when``: Gmail's receipt time in epoch milliseconds; by default the message's Date header."""
        message_id = f"m{next(self._ids):04d}"
        email = parse_bytes(raw)
        if when is None:
            when = int(email.date.timestamp() * 1000) if email.date is not None else 1_000
        email = replace(email, id=message_id, thread_id=thread_id or message_id, label_ids=tuple(labels))
        self.messages[message_id] = (email, when, tuple(labels))
        return message_id

    def address(self) -> str:
        return self.owner

    def search(self, query: str, *, limit: int) -> list[MessageRef]:
        self.calls.append(f"search:{query.split()[0]}")
        sent = query.startswith("in:sent")
        return [
            MessageRef(i, e.thread_id or i) for i, (e, _, labels) in self.messages.items() if ("SENT" in labels) == sent
        ][:limit]

    def fetch(self, ids: Sequence[str]) -> dict[str, Fetched | SecondChanceError]:
        self.calls.append(f"fetch:{len(ids)}")
        out: dict[str, Fetched | SecondChanceError] = {}
        for i in ids:
            if i in self.messages:
                email, when, _ = self.messages[i]
                out[i] = Fetched(email, when)
            else:
                out[i] = NotFound("no such message")
        return out

    def threads(self, ids: Sequence[str]) -> dict[str, list[ThreadEntry]]:
        self.calls.append(f"threads:{len(ids)}")
        found: dict[str, list[ThreadEntry]] = {}
        for i, (email, when, labels) in self.messages.items():
            if email.thread_id is not None and email.thread_id in ids:
                found.setdefault(email.thread_id, []).append(ThreadEntry(i, labels, when, email.subject))
        return found

    def create_draft(self, raw: bytes, *, thread_id: str, rfc822_message_id: str) -> Draft:
        if self.create_delay:
            threading.Event().wait(self.create_delay)  # widen the race window in concurrency tests
        with self._lock:
            self.calls.append("create_draft")
            number = next(self._ids)
            draft = Draft(id=f"r{number}", message_id=f"d{number}", thread_id=thread_id, raw=raw)
            self.drafts[draft.id] = draft
            return draft

    def get_draft(self, draft_id: str) -> Draft | None:
        self.calls.append("get_draft")
        return self.drafts.get(draft_id)

    def delete_draft(self, draft_id: str) -> None:
        self.calls.append("delete_draft")
        self.drafts.pop(draft_id, None)
