"""What the service needs from a mailbox, whatever serves it (Gmail, the emulator, a fake in tests)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..email_model import Email
from ..errors import SecondChanceError

BATCH_SIZE = 50  # messages per batch request: Gmail's advice, larger batches trip its rate limits


@dataclass(frozen=True, slots=True)
class MessageRef:
    id: str
    thread_id: str


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message as fetched: the parsed email and when Gmail received it (ms since the epoch)."""

    email: Email
    internal_date: int


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    id: str
    label_ids: tuple[str, ...]
    internal_date: int
    subject: str = ""


@dataclass(frozen=True, slots=True)
class Draft:
    id: str
    message_id: str  # the draft message's Gmail id
    thread_id: str
    raw: bytes | None = None  # the draft as RFC 822, when it was fetched with its content


class Mailbox(Protocol):
    def address(self) -> str:
        """The mailbox owner's address."""
        ...

    def search(self, query: str, *, limit: int) -> list[MessageRef]: ...

    def fetch(self, ids: Sequence[str]) -> dict[str, Fetched | SecondChanceError]:
        """Every id maps to its message, or to why it could not be read (gone, unreadable)."""
        ...

    def threads(self, ids: Sequence[str]) -> dict[str, list[ThreadEntry]]: ...

    def create_draft(self, raw: bytes, *, thread_id: str, rfc822_message_id: str) -> Draft:
        """Create a draft in ``thread_id``. ``rfc822_message_id`` is the draft's own Message-ID, by which an
        attempt whose answer was lost can be found again instead of repeated."""
        ...

    def get_draft(self, draft_id: str) -> Draft | None: ...

    def delete_draft(self, draft_id: str) -> None: ...
