"""The one immutable email value every source (.eml, mbox, Maildir, Gmail API) is turned into."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from datetime import datetime

from .html_text import html_to_text

_TAGS = re.compile(r"<[^>]*>")


def parse_date(value: str | None) -> datetime | None:
    """A Date header as a datetime, or None when it is missing or not a date."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


_INVISIBLE_BLOCKS = re.compile(r"<(style|script|head|title)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


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

    ``plain`` is the text/plain body; ``html`` the HTML body, kept only when the plain part is missing or too
    thin to read. ``text`` is what a reader sees: the plain body, or the HTML turned into text the first
    time it is asked for (most messages in a mailbox are never read that closely). Bodies live only as long
    as the value; nothing here is ever persisted.
    """

    subject: str = ""
    from_: Address | None = None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date_header: str | None = None  # the Date header as sent; ``date`` parses it when first asked
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    plain: str = ""
    html: str | None = None
    list_unsubscribe: str | None = None
    list_id: str | None = None
    precedence: str | None = None
    auto_submitted: str | None = None
    # Source identifiers: Gmail ids when the message came from Gmail, else None.
    id: str | None = None
    thread_id: str | None = None
    label_ids: tuple[str, ...] = field(default=())
    _derived: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    @property
    def date(self) -> datetime | None:
        if "date" not in self._derived:
            self._derived["date"] = parse_date(self.date_header)
        parsed = self._derived["date"]
        return parsed if isinstance(parsed, datetime) else None

    @property
    def text(self) -> str:
        """Readable text of the body (HTML converted on first use, then remembered)."""
        if self.html is None:
            return self.plain
        cached = self._derived.get("text")
        if not isinstance(cached, str):
            converted = html_to_text(self.html)
            cached = converted if len(converted) > len(self.plain) else self.plain
            self._derived["text"] = cached
        return cached

    @property
    def text_from_html(self) -> bool:
        return self.html is not None and self.text is not self.plain

    @property
    def skim_text(self) -> str:
        """Subject and body words for a quick look, without converting HTML (tags become spaces)."""
        if self.html is None:
            return f"{self.subject}\n{self.plain}"
        visible = _TAGS.sub(" ", _INVISIBLE_BLOCKS.sub(" ", self.html))
        return f"{self.subject}\n{self.plain}\n{visible}"

    @property
    def is_bulk(self) -> bool:
        """Mailing-list or bulk mail by its headers (newsletters, alerts, surveys)."""
        prec = (self.precedence or "").strip().lower()
        return prec in {"bulk", "list", "junk"} or self.list_id is not None

    @property
    def is_auto_generated(self) -> bool:
        value = (self.auto_submitted or "").strip().lower()
        return bool(value) and value != "no"
