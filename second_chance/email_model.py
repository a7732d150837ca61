"""The one immutable email value every source (.eml, mbox, Maildir, Gmail API) is turned into."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].lower()

    @property
    def local_part(self) -> str:
        return self.email.rpartition("@")[0].lower()

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True, slots=True)
class Email:
    """A parsed message: the headers that matter for detection and threading, and its readable text.

    ``text`` is the text/plain body, or the HTML body turned into readable text when the message has no
    usable plain part. Bodies are kept only as long as the value lives; nothing here is ever persisted.
    """

    subject: str = ""
    from_: Address | None = None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""
    text_from_html: bool = False
    list_unsubscribe: str | None = None
    list_id: str | None = None
    precedence: str | None = None
    auto_submitted: str | None = None
    # Source identifiers: Gmail ids when the message came from Gmail, else None.
    id: str | None = None
    thread_id: str | None = None
    label_ids: tuple[str, ...] = field(default=())

    @property
    def is_bulk(self) -> bool:
        """Mailing-list or bulk mail by its headers (newsletters, alerts, surveys)."""
        prec = (self.precedence or "").strip().lower()
        return prec in {"bulk", "list", "junk"} or self.list_id is not None

    @property
    def is_auto_generated(self) -> bool:
        value = (self.auto_submitted or "").strip().lower()
        return bool(value) and value != "no"
