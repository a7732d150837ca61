"""Batch requests: multipart/mixed in, multipart/mixed out, one application/http part per call, as
google-api-python-client's BatchHttpRequest sends and reads them."""

from __future__ import annotations

import email.parser
import email.policy
import secrets
import urllib.parse
from dataclasses import dataclass
from email.message import Message

from .errors import REASON_PHRASES, ApiError, invalid_argument

MAX_PARTS = 100
_PARSER = email.parser.BytesParser(policy=email.policy.compat32)


@dataclass(frozen=True, slots=True)
class InnerRequest:
    content_id: str | None
    method: str
    path: str  # as sent, possibly with the mount prefix; no query
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass(frozen=True, slots=True)
class InnerResponse:
    content_id: str | None
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def _part_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    text = part.get_payload()
    return text.encode("utf-8", "surrogateescape") if isinstance(text, str) else b""


def _parse_inner(content_id: str | None, data: bytes) -> InnerRequest:
    data = data.lstrip(b"\r\n")
    line, _, rest = data.partition(b"\n")
    pieces = line.decode("latin-1").strip().split()
    if len(pieces) < 2:
        raise invalid_argument("Failed to parse batch request, error: bad request line. Received batch body")
    method, target = pieces[0].upper(), pieces[1]
    head, body = _split_head(rest)
    headers = {k.lower(): v for k, v in _PARSER.parsebytes(head + b"\r\n", headersonly=True).items()}
    parsed = urllib.parse.urlsplit(target)
    length = headers.get("content-length")
    if length is not None and length.strip().isdigit():
        body = body[: int(length)]
    return InnerRequest(
        content_id=content_id,
        method=method,
        path=parsed.path,
        query=urllib.parse.parse_qsl(parsed.query, keep_blank_values=True),
        headers=headers,
        body=body,
    )


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    """Headers and body of an HTTP message, whichever line ending it uses."""
    if data.startswith((b"\r\n", b"\n")):
        return b"", data.split(b"\n", 1)[1]
    crlf, lf = data.find(b"\r\n\r\n"), data.find(b"\n\n")
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return data[:crlf], data[crlf + 4 :]
    if lf >= 0:
        return data[:lf], data[lf + 2 :]
    return data, b""


def parse_batch(content_type: str, body: bytes) -> list[InnerRequest]:
    if not content_type.lower().startswith("multipart/"):
        raise invalid_argument("Failed to parse batch request: the Content-Type must be multipart/mixed.")
    message = _PARSER.parsebytes(b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    parts = message.get_payload()
    if not message.is_multipart() or not isinstance(parts, list) or not parts:
        raise invalid_argument("Failed to parse batch request, error: no parts. Received batch body")
    if len(parts) > MAX_PARTS:
        raise ApiError(400, f"Too many requests in batch: {len(parts)}. The limit is {MAX_PARTS}.", "badRequest")
    result = []
    for part in parts:
        if not isinstance(part, Message):
            continue
        content_id = part.get("Content-ID")
        result.append(_parse_inner(str(content_id) if content_id is not None else None, _part_bytes(part)))
    return result


def response_content_id(request_id: str | None) -> str | None:
    if request_id is None:
        return None
    inner = request_id.strip()
    if inner.startswith("<") and inner.endswith(">"):
        inner = inner[1:-1]
    return f"<response-{inner}>"


def build_batch_response(responses: list[InnerResponse]) -> tuple[str, bytes]:
    boundary = "batch_" + secrets.token_urlsafe(18).replace("-", "a").replace("_", "b")
    out: list[bytes] = []
    for response in responses:
        out.append(f"--{boundary}\r\nContent-Type: application/http\r\n".encode())
        if response.content_id is not None:
            out.append(f"Content-ID: {response_content_id(response.content_id)}\r\n".encode())
        out.append(b"\r\n")
        reason = REASON_PHRASES.get(response.status, "Unknown")
        out.append(f"HTTP/1.1 {response.status} {reason}\r\n".encode())
        headers = [*response.headers, ("Content-Length", str(len(response.body)))]
        out.extend(f"{name}: {value}\r\n".encode() for name, value in headers)
        out.append(b"\r\n")
        out.append(response.body)
        out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return f"multipart/mixed; boundary={boundary}", b"".join(out)
