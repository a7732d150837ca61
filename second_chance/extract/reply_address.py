"""Where a human reply should go: a person or company mailbox, never a no-reply or ATS relay address."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..email_model import Address
from ..platforms import is_relay_or_robot, is_unsuitable_for_reply

_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_CUE = re.compile(
    r"question|feedback|contact|e-?mail|write|reach|reply|get in touch|rückfrage|fragen|kontakt|schreiben|"
    r"contactez|écrivez|écrire|preguntas|dudas|contacto|escr[ií]b|vragen|mailen|dúvidas|contacte|contato|escreva",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ReplyAddress:
    address: str | None
    reason: str  # why this address, or why none: shown to the user when a draft gets no To


def choose_reply_address(
    *, sender: Address | None, reply_to: Iterable[Address], body: str, recipients: Iterable[Address]
) -> ReplyAddress:
    own = {a.email.lower() for a in recipients if a.email}
    for addr in reply_to:
        if addr.email and not is_relay_or_robot(addr.email) and addr.email.lower() not in own:
            return ReplyAddress(addr.email, "Reply-To header")
    if sender is not None and sender.email and not is_relay_or_robot(sender.email):
        return ReplyAddress(sender.email, "sender")
    found = _body_address(body, own)
    if found:
        return ReplyAddress(found, "address given in the message")
    sent_by = sender.email if sender is not None and sender.email else "an unknown sender"
    return ReplyAddress(
        None, f"the message came from {sent_by}, which nobody reads, and names no other address to write to"
    )


def _body_address(body: str, own: set[str]) -> str | None:
    fallback: str | None = None
    for match in _ADDRESS.finditer(body):
        address = match.group(0).rstrip(".")
        if address.lower() in own or is_relay_or_robot(address) or is_unsuitable_for_reply(address):
            continue
        if _CUE.search(body[max(0, match.start() - 100) : match.start()]):
            return address
        fallback = fallback or address
    return fallback
