"""Gmail API message resources (users.messages.get, format=full or raw) turned into an ``Email``.

Plain functions over JSON: no Google client here, so the engine stays free of network code.
"""

from __future__ import annotations

import base64
import binascii
import email.parser
import email.policy
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .email_model import Email
from .errors import UnreadableEmail
from .mime import (
    MAX_PARTS,
    choose_bodies,
    decode_text,
    header_text,
    parse_addresses,
    parse_bytes,
    parse_message_id,
    parse_references,
)

JSON = Mapping[str, Any]
_HEADER_PARSER = email.parser.HeaderParser(policy=email.policy.compat32)


def b64url_decode(data: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError) as exc:
        raise UnreadableEmail("corrupt base64url data in a Gmail message", code="corrupt") from exc


def email_from_gmail(resource: JSON) -> Email:
    """Parse a message resource; ``raw`` (format=raw) or ``payload`` (format=full) must be present."""
    message_id = _str(resource.get("id"))
    thread_id = _str(resource.get("threadId"))
    label_ids = tuple(str(x) for x in resource.get("labelIds") or () if isinstance(x, str))
    if isinstance(resource.get("raw"), str):
        parsed = parse_bytes(b64url_decode(resource["raw"]))
        return replace(parsed, id=message_id, thread_id=thread_id, label_ids=label_ids)
    payload = resource.get("payload")
    if not isinstance(payload, Mapping):
        raise UnreadableEmail("Gmail message without payload or raw content", code="not_email")
    headers = _headers(payload)
    plain, html = _bodies(payload)
    plain_body, html_body = choose_bodies(plain, html)
    return Email(
        subject=header_text(_first(headers, "subject")),
        from_=next(iter(parse_addresses(headers.get("from", []))), None),
        reply_to=parse_addresses(headers.get("reply-to", [])),
        to=parse_addresses(headers.get("to", [])),
        cc=parse_addresses(headers.get("cc", [])),
        date_header=header_text(_first(headers, "date")) or None,
        message_id=parse_message_id(_first(headers, "message-id")),
        in_reply_to=parse_message_id(_first(headers, "in-reply-to")),
        references=parse_references(_first(headers, "references")),
        plain=plain_body,
        html=html_body,
        list_unsubscribe=header_text(_first(headers, "list-unsubscribe")) or None,
        list_id=header_text(_first(headers, "list-id")) or None,
        precedence=header_text(_first(headers, "precedence")) or None,
        auto_submitted=header_text(_first(headers, "auto-submitted")) or None,
        id=message_id,
        thread_id=thread_id,
        label_ids=label_ids,
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _headers(part: JSON) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for header in part.get("headers") or ():
        if isinstance(header, Mapping) and isinstance(header.get("name"), str):
            result.setdefault(header["name"].lower(), []).append(str(header.get("value") or ""))
    return result


def _first(headers: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values else None


def _walk(part: JSON, depth: int = 0) -> Iterator[JSON]:
    if depth > 30:
        return
    mime = str(part.get("mimeType") or "").lower()
    if mime.startswith("message/") and depth > 0:
        return  # an attached message is not this message
    children = part.get("parts")
    if isinstance(children, Sequence) and children:
        for child in children:
            if isinstance(child, Mapping):
                yield from _walk(child, depth + 1)
    else:
        yield part


def _bodies(payload: JSON) -> tuple[str | None, str | None]:
    plain: str | None = None
    html: str | None = None
    for count, part in enumerate(_walk(payload)):
        if count >= MAX_PARTS:
            break
        mime = str(part.get("mimeType") or "").lower()
        if mime not in ("text/plain", "text/html") or part.get("filename"):
            continue
        body = part.get("body")
        data = body.get("data") if isinstance(body, Mapping) else None
        if not isinstance(data, str):
            continue
        headers = _headers(part)
        content_type = _first(headers, "content-type") or mime
        charset = _HEADER_PARSER.parsestr(f"Content-Type: {content_type}\n\n").get_content_charset() or "utf-8"
        text = decode_text(b64url_decode(data), charset)
        if mime == "text/plain" and plain is None:
            plain = text
        elif mime == "text/html" and html is None:
            html = text
    return plain, html
