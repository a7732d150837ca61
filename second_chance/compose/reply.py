"""The reply message itself: threaded onto the original and safe against hostile header text."""

from __future__ import annotations

import email.errors
import re
from dataclasses import dataclass
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP

from ..email_model import Address, Email
from ..errors import InvalidInput

MAX_SUBJECT_CHARS = 250
MAX_REFERENCES = 20
_REPLY_PREFIX = re.compile(r"^(?:(?:re|aw|antw|sv|vs|rv|odp|ynt)\s?(?:\[\d+\])?\s?:\s*)+", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_MSG_ID = re.compile(r"^<[^<>\s\"\\]{1,250}@[^<>\s\"\\]{1,250}>$")


@dataclass(frozen=True, slots=True)
class ReplyDraft:
    to: str | None
    subject: str
    body: str
    in_reply_to: str | None
    references: tuple[str, ...]


def single_line(text: str, limit: int) -> str:
    """Text fit for a header: no CR/LF or control characters (no header injection), bounded length."""
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()[:limit]


def reply_subject(original: str) -> str:
    subject = single_line(original, MAX_SUBJECT_CHARS)
    rest = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {rest}" if rest else "Re:"


def safe_message_id(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    return value if _MSG_ID.match(value) else None


def threading_ids(original: Email) -> tuple[str | None, tuple[str, ...]]:
    """In-Reply-To and References per RFC 5322 §3.6.4: the parent's References, then the parent's id."""
    parent = safe_message_id(original.message_id)
    chain = list(dict.fromkeys(ref for ref in (safe_message_id(r) for r in original.references) if ref))
    if not chain and original.in_reply_to and safe_message_id(original.in_reply_to):
        chain = [original.in_reply_to]
    if parent:
        chain = [ref for ref in chain if ref != parent] + [parent]
    # Keep the thread root and the most recent ids: enough for any client to thread.
    if len(chain) > MAX_REFERENCES:
        chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
    return parent, tuple(chain)


def valid_address(value: str | None) -> str | None:
    """The address if it can go in a To or From line as is, else None. An internationalised domain is
    written in its ASCII (punycode) form; a non-ASCII local part would need SMTPUTF8, which a draft cannot
    count on."""
    if not value:
        return None
    value = value.strip()
    if _CONTROL.search(value) or len(value) > 254 or value.count("@") != 1:
        return None
    local, _, domain = value.partition("@")
    if not local or not domain or not local.isascii() or len(local) > 64:
        return None
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    value = f"{local}@{domain}"
    try:
        parsed = HeaderAddress(addr_spec=value)
    except (ValueError, IndexError, TypeError, email.errors.HeaderParseError):
        return None
    return value if parsed.addr_spec == value else None


def make_draft(original: Email, *, to: str | None, body: str) -> ReplyDraft:
    in_reply_to, references = threading_ids(original)
    return ReplyDraft(
        to=valid_address(to),
        subject=reply_subject(original.subject),
        body=body,
        in_reply_to=in_reply_to,
        references=references,
    )


def to_message(draft: ReplyDraft, *, sender: Address | None = None, unsent: bool = False) -> EmailMessage:
    """An RFC 5322 message for the draft. ``unsent`` marks a file to open as a draft in desktop clients."""
    msg = EmailMessage(policy=SMTP)
    if sender is not None:
        address = valid_address(sender.email)
        if address is None:
            raise InvalidInput(f"not a valid sender address: {sender.email!r}")
        msg["From"] = HeaderAddress(display_name=single_line(sender.name, 200), addr_spec=address)
    if draft.to:
        msg["To"] = draft.to
    msg["Subject"] = draft.subject
    if draft.in_reply_to:
        msg["In-Reply-To"] = draft.in_reply_to
    if draft.references:
        msg["References"] = " ".join(draft.references)
    if unsent:
        msg["X-Unsent"] = "1"
    msg.set_content(draft.body, charset="utf-8")
    return msg
