"""RFC 822 bytes turned into what Gmail derives from them: the ``payload`` MessagePart tree, the decoded
headers, the snippet and the text that search sees."""

from __future__ import annotations

import base64
import contextlib
import email.errors
import email.header
import email.parser
import email.policy
import email.utils
import hashlib
import html
import re
from dataclasses import dataclass
from email.message import Message
from typing import Any

from ..errors import UnreadableEmail
from ..mime import decode_text

_PARSER = email.parser.BytesParser(policy=email.policy.compat32)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_SURROGATES = re.compile("[\udc80-\udcff]")
_MSG_ID = re.compile(r"<[^<>\s]+>")
_WS = re.compile(r"\s+")
_DROPPED_HTML = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = re.compile(r"<\s*/?\s*(?:br|p|div|tr|li|h[1-6]|table|blockquote)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
_SUBJECT_PREFIX = re.compile(r"^\s*(?:re|fwd?|aw|wg|tr|sv|vs|antw|rif|r)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*", re.I)
SNIPPET_CHARS = 200
# Gmail escapes snippets as HTML, with a numeric reference for the apostrophe.
_SNIPPET_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
MAX_DEPTH = 40


def b64url(data: bytes) -> str:
    """Gmail's encoding of ``raw`` and ``body.data``: URL-safe alphabet, with padding."""
    return base64.urlsafe_b64encode(data).decode("ascii")


@dataclass(frozen=True, slots=True)
class Attachment:
    part_id: str
    filename: str
    mime_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    payload: dict[str, Any]  # format=full MessagePart
    headers: tuple[tuple[str, str], ...]  # top level, decoded, in order
    subject: str
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    date_ms: int | None
    snippet: str
    text: str  # text/plain parts and HTML parts with the markup removed, for free-text search
    attachments: tuple[Attachment, ...]

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), None)

    def header_values(self, name: str) -> list[str]:
        lowered = name.lower()
        return [value for key, value in self.headers if key.lower() == lowered]


def normalize_subject(subject: str) -> str:
    """The subject Gmail compares when threading: reply/forward prefixes removed, case and spacing ignored."""
    text = subject
    while True:
        stripped = _SUBJECT_PREFIX.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return _WS.sub(" ", text).strip().casefold()


def decode_header_value(raw: str) -> str:
    value = _FOLD.sub("", raw)
    if _SURROGATES.search(value):
        as_bytes = value.encode("ascii", "surrogateescape")
        try:
            value = as_bytes.decode("utf-8")
        except UnicodeDecodeError:
            value = as_bytes.decode("cp1252", "replace")
    if "=?" in value:
        # Gmail shows RFC 2047 words decoded; an undecodable word stays as it is.
        with contextlib.suppress(email.errors.HeaderParseError, LookupError, UnicodeError, ValueError):
            value = str(email.header.make_header(email.header.decode_header(value)))
    return value.strip()


def message_ids(value: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_MSG_ID.findall(value or "")))


def html_to_search_text(markup: str) -> str:
    text = _DROPPED_HTML.sub(" ", markup)
    text = _BLOCK_TAGS.sub("\n", text)
    return html.unescape(_TAGS.sub(" ", text))


def _decode_body(data: bytes, charset: str | None) -> str:
    try:
        return decode_text(data, charset or "utf-8")
    except UnreadableEmail:
        return data.decode("cp1252", "replace")


def _part_headers(part: Message) -> list[tuple[str, str]]:
    return [(str(name), decode_header_value(str(value))) for name, value in part.raw_items()]


def _filename(part: Message) -> str:
    name = part.get_filename()
    return decode_header_value(name) if name else ""


def _leaf_bytes(part: Message) -> bytes:
    if part.get_content_maintype() == "message":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0].as_bytes(policy=email.policy.compat32)
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


class _Builder:
    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []

    def attachment_id(self, part_id: str) -> str:
        digest = hashlib.sha256(f"{self.seed}/{part_id}".encode()).digest()
        digest += hashlib.sha256(digest).digest()
        return "ANGjdJ" + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")

    def part(self, msg: Message, part_id: str, depth: int) -> dict[str, Any]:
        mime_type = msg.get_content_type().lower()
        node: dict[str, Any] = {
            "partId": part_id,
            "mimeType": mime_type,
            "filename": _filename(msg),
            "headers": [{"name": n, "value": v} for n, v in _part_headers(msg)],
        }
        children = msg.get_payload() if msg.is_multipart() and msg.get_content_maintype() == "multipart" else None
        if isinstance(children, list) and depth < MAX_DEPTH:
            node["body"] = {"size": 0}
            node["parts"] = [
                self.part(child, f"{part_id}.{i}" if part_id else str(i), depth + 1)
                for i, child in enumerate(children)
                if isinstance(child, Message)
            ]
            return node
        data = _leaf_bytes(msg)
        if node["filename"]:
            node["body"] = {"attachmentId": self.attachment_id(part_id), "size": len(data)}
            self.attachments.append(Attachment(part_id, node["filename"], mime_type, data))
            return node
        node["body"] = {"size": len(data), "data": b64url(data)} if data else {"size": 0}
        if mime_type == "text/plain":
            self.plain.append(_decode_body(data, msg.get_content_charset()))
        elif mime_type == "text/html":
            self.html.append(html_to_search_text(_decode_body(data, msg.get_content_charset())))
        return node


def _date_ms(value: str | None) -> int | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None  # Gmail would not trust a date without a zone either; fall back to arrival time
    return int(parsed.timestamp() * 1000)


def make_snippet(text: str) -> str:
    collapsed = _WS.sub(" ", text).strip()
    if len(collapsed) > SNIPPET_CHARS:
        cut = collapsed[:SNIPPET_CHARS]
        space = cut.rfind(" ")
        collapsed = cut[:space] if space > SNIPPET_CHARS // 2 else cut
    return collapsed.translate(_SNIPPET_ESCAPES)


def parse_message(raw: bytes, *, seed: str) -> ParsedMessage:
    """``seed`` makes attachment ids stable and unique per message."""
    msg = _PARSER.parsebytes(raw)
    builder = _Builder(seed)
    payload = builder.part(msg, "", 0)
    headers = tuple(_part_headers(msg))

    def first(name: str) -> str | None:
        return next((v for k, v in headers if k.lower() == name), None)

    plain = "\n".join(builder.plain)
    text_html = "\n".join(builder.html)
    return ParsedMessage(
        payload=payload,
        headers=headers,
        subject=first("subject") or "",
        message_id=next(iter(message_ids(first("message-id"))), None),
        in_reply_to=message_ids(first("in-reply-to")),
        references=message_ids(first("references")),
        date_ms=_date_ms(first("date")),
        snippet=make_snippet(plain if plain.strip() else text_html),
        text="\n".join(t for t in (plain, text_html) if t),
        attachments=tuple(builder.attachments),
    )
