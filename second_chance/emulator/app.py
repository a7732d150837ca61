"""The emulator: a Gmail API v1 subset over real HTTP, for google-api-python-client to talk to.

The request pipeline is synchronous and shared by plain calls and batch parts; the ASGI layer around it
only adds latency, hangs and the HTTP plumbing.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import email.parser
import email.policy
import json
import math
import re
import threading
import time
import urllib.parse
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import discovery, fields
from .batch import InnerResponse, build_batch_response, parse_batch
from .discovery import EMULATED_METHODS, MUTATING_METHODS, Method
from .errors import (
    ApiError,
    forbidden,
    insufficient_scopes,
    invalid_argument,
    method_not_found,
    not_found,
    rate_limited,
    server_error,
    unauthenticated,
)
from .faults import FaultDecision, FaultInjector, FaultPlan
from .mime_payload import b64url
from .search import QueryError, now_utc
from .store import DEFAULT_LABELS, AccessToken, DraftInfo, Mailbox, MessageInfo, Store, StoredMessage

MAIL = "https://mail.google.com/"
READONLY = "https://www.googleapis.com/auth/gmail.readonly"
MODIFY = "https://www.googleapis.com/auth/gmail.modify"
COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
METADATA = "https://www.googleapis.com/auth/gmail.metadata"
DEFAULT_SCOPES = (READONLY, COMPOSE)

JSON_TYPE = "application/json; charset=UTF-8"
_COMMON_HEADERS = [("Vary", "Origin"), ("Vary", "X-Origin"), ("Vary", "Referer")]
_MESSAGE_ID = re.compile(r"^[0-9a-f]{1,16}$")
_FORMATS = ("minimal", "full", "raw", "metadata")
QUOTA_WINDOW = 60.0


@dataclass
class EmulatorStats:
    http_round_trips: int = 0
    batch_round_trips: int = 0
    batch_parts: int = 0
    calls: dict[str, int] = field(default_factory=dict)  # by method id, batch parts included
    units: dict[str, int] = field(default_factory=dict)  # quota units consumed, by user email
    faults_injected: int = 0
    quota_rejections: int = 0


@dataclass(frozen=True, slots=True)
class Call:
    method: str
    path: str  # relative to the emulator's root
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    hang: float = 0.0  # seconds to wait before answering (an injected timeout)


@dataclass(frozen=True, slots=True)
class _Ctx:
    method: Method
    box: Mailbox
    token: AccessToken
    path: dict[str, str]
    query: dict[str, list[str]]
    call: Call
    metadata_only: bool

    def one(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


def _json_reply(status: int, value: Any, *, pretty: bool = True, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    text = json.dumps(value, indent=2 if pretty else None, ensure_ascii=False)
    return Reply(status, [("Content-Type", JSON_TYPE), *_COMMON_HEADERS, *headers], text.encode("utf-8"))


def _error_reply(error: ApiError, *, hang: float = 0.0) -> Reply:
    reply = _json_reply(error.code, error.body(), headers=error.headers.items())
    return replace(reply, hang=hang)


def _format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class GmailEmulator:
    def __init__(
        self,
        latency: float = 0.0,
        faults: FaultPlan | None = None,
        quota_per_minute: int = 15_000,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.latency = latency
        self.quota_per_minute = quota_per_minute
        self._store = Store(now or now_utc)
        self._injector = FaultInjector(faults or FaultPlan())
        self._stats = EmulatorStats()
        self._stats_lock = threading.Lock()
        self._quota: dict[str, deque[tuple[float, int]]] = {}
        self._quota_used: dict[str, int] = {}
        self._quota_lock = threading.Lock()
        self.app = Starlette(
            routes=[Route("/{path:path}", self._endpoint, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])]
        )

    # --- seeding and inspection ---------------------------------------------------------------------

    @property
    def faults(self) -> FaultPlan:
        return self._injector.plan

    @faults.setter
    def faults(self, plan: FaultPlan) -> None:
        self._injector = FaultInjector(plan)

    def add_user(
        self,
        email: str,
        token: str | None = None,
        *,
        sub: str | None = None,
        client_id: str = "emulator-client.apps.googleusercontent.com",
        scopes: Sequence[str] = DEFAULT_SCOPES,
        expires_in: float = 3600,
    ) -> str:
        """Create a mailbox, and its first access token when ``token`` is given. Returns the address."""
        self._store.add_user(email, sub or str(100_000_000_000_000_000_000 + zlib.crc32(email.encode())))
        if token is not None:
            self.add_token(email, token, scopes=scopes, client_id=client_id, expires_in=expires_in)
        return email

    def add_token(
        self,
        email: str,
        token: str,
        *,
        scopes: Sequence[str] = DEFAULT_SCOPES,
        client_id: str = "emulator-client.apps.googleusercontent.com",
        expires_in: float = 3600,
    ) -> None:
        self._store.add_token(email, token, scopes=scopes, client_id=client_id, expires_in=expires_in)

    def expire_token(self, token: str) -> None:
        self._store.expire_token(token)

    def add_message(
        self,
        email: str,
        raw: bytes,
        labels: Sequence[str] = DEFAULT_LABELS,
        *,
        internal_date: datetime | None = None,
    ) -> str:
        """Store a received message; it joins a thread by Gmail's rule. Labels are ids of system labels or
        names of user labels (created as ``Label_N``). Returns the Gmail message id."""
        return self._store.add_message(email, raw, labels, internal_date=internal_date)

    def add_mbox(self, email: str, source: str | Path | bytes, labels: Sequence[str] = DEFAULT_LABELS) -> list[str]:
        return self._store.add_mbox(email, source, labels)

    def drafts(self, email: str) -> list[DraftInfo]:
        return self._store.draft_infos(email)

    def message(self, message_id: str) -> MessageInfo:
        return self._store.message_info(message_id)

    def thread_of(self, message_id: str) -> str:
        return self._store.message_info(message_id).thread_id

    def thread(self, thread_id: str) -> list[str]:
        """Message ids of a thread, oldest first."""
        return self._store.thread_messages(thread_id)

    @property
    def stats(self) -> EmulatorStats:
        """A snapshot, safe to read while the server runs."""
        with self._stats_lock:
            return replace(self._stats, calls=dict(self._stats.calls), units=dict(self._stats.units))

    def reset_stats(self) -> None:
        with self._stats_lock:
            self._stats = EmulatorStats()

    def _count(self, **increments: int) -> None:
        with self._stats_lock:
            for name, amount in increments.items():
                setattr(self._stats, name, getattr(self._stats, name) + amount)

    # --- HTTP ---------------------------------------------------------------------------------------

    async def _endpoint(self, request: Request) -> Response:
        self._count(http_round_trips=1)
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        root = request.scope.get("root_path", "")
        path = request.scope["path"]
        if root and path.startswith(root + "/"):
            path = path[len(root) :]
        body = await request.body()
        headers = {k.lower(): v for k, v in request.headers.items()}
        query = list(request.query_params.multi_items())
        if path == "/tokeninfo":
            reply = self._tokeninfo(query, headers, body)
        elif path in ("/batch", "/batch/gmail/v1") and request.method == "POST":
            reply = self._batch(root, headers, body)
        else:
            reply = self.execute(Call(request.method, path, query, headers, body))
        if reply.hang > 0:
            await asyncio.sleep(reply.hang)
        response = Response(reply.body, status_code=reply.status)
        for name, value in reply.headers:
            if name.lower() == "content-length":
                continue
            response.headers.append(name, value)
        return response

    def _tokeninfo(self, query: list[tuple[str, str]], headers: dict[str, str], body: bytes) -> Reply:
        params = dict(query)
        if body and "application/x-www-form-urlencoded" in headers.get("content-type", ""):
            params.update(urllib.parse.parse_qsl(body.decode("utf-8", "replace")))
        token = self._store.token(params.get("access_token", ""))
        if token is None:
            return _json_reply(400, {"error": "invalid_token", "error_description": "Invalid Value"})
        now = self._store.now().timestamp()
        return _json_reply(
            200,
            {
                "azp": token.client_id,
                "aud": token.client_id,
                "sub": token.sub,
                "scope": " ".join(token.scopes),
                "exp": str(int(token.expires_at)),
                "expires_in": str(max(0, int(token.expires_at - now))),
                "email": token.email,
                "email_verified": "true",
                "access_type": "online",
            },
        )

    def _batch(self, root: str, headers: dict[str, str], body: bytes) -> Reply:
        self._count(batch_round_trips=1)
        outer_status = self._injector.decide_batch()
        if outer_status is not None:
            self._count(faults_injected=1)
            return _error_reply(server_error(outer_status, retry_after=self.faults.retry_after))
        try:
            parts = parse_batch(headers.get("content-type", ""), body)
        except ApiError as error:
            return _error_reply(error)
        self._count(batch_parts=len(parts))
        responses: list[InnerResponse] = []
        hang = 0.0
        for part in parts:
            part_headers = dict(part.headers)
            if "authorization" not in part_headers and "authorization" in headers:
                part_headers["authorization"] = headers["authorization"]
            path = part.path
            if root and path.startswith(root + "/"):
                path = path[len(root) :]
            if path.startswith("/batch"):
                reply = _error_reply(invalid_argument("Nested batch requests are not allowed."))
            else:
                reply = self.execute(Call(part.method, path, part.query, part_headers, part.body))
            hang = max(hang, reply.hang)
            responses.append(InnerResponse(part.content_id, reply.status, reply.headers, reply.body))
        content_type, data = build_batch_response(responses)
        return Reply(200, [("Content-Type", content_type), *_COMMON_HEADERS], data, hang)

    # --- the pipeline -------------------------------------------------------------------------------

    def execute(self, call: Call) -> Reply:
        """One API call, plain or a batch part: route, authenticate, authorize, fail on purpose, charge
        quota, run, select fields."""
        resolved = discovery.resolve(call.method, call.path)
        if resolved is None:
            return _error_reply(method_not_found())
        method, path_params = resolved
        with self._stats_lock:
            self._stats.calls[method.id] = self._stats.calls.get(method.id, 0) + 1
        handler = _HANDLERS.get(method.id)
        if handler is None:
            return _error_reply(method_not_found())
        decision: FaultDecision | None = None
        try:
            query = _check_params(method, call.query)
            token = self._authenticate(call, query)
            box = self._mailbox_for(token, path_params["userId"])
            metadata_only = _authorize(method, token)
            selection = self._selection(method, query)
            ctx = _Ctx(method, box, token, path_params, query, call, metadata_only)
            decision = self._injector.decide(method.id, mutating=method.id in MUTATING_METHODS)
            if decision is not None:
                self._count(faults_injected=1)
                if not decision.effect_first:
                    return self._fault_reply(decision)
            self._charge(box.email, EMULATED_METHODS[method.id])
            status, result = handler(self, ctx)
        except ApiError as error:
            if decision is not None and decision.effect_first:
                return self._fault_reply(decision)
            return _error_reply(error)
        if decision is not None:
            return self._fault_reply(decision)
        if result is None:
            return Reply(status, list(_COMMON_HEADERS), b"")
        pretty = (ctx.one("prettyPrint") or "true").lower() != "false"
        return _json_reply(status, fields.apply(result, selection), pretty=pretty)

    def _fault_reply(self, decision: FaultDecision) -> Reply:
        return _error_reply(server_error(decision.status, retry_after=self.faults.retry_after), hang=decision.hang)

    def _authenticate(self, call: Call, query: dict[str, list[str]]) -> AccessToken:
        header = call.headers.get("authorization", "")
        presented: str | None = None
        if header:
            scheme, _, value = header.partition(" ")
            if scheme.lower() != "bearer" or not value.strip():
                raise unauthenticated(missing=False)
            presented = value.strip()
        else:
            for name in ("access_token", "oauth_token"):
                if query.get(name):
                    presented = query[name][0]
        if presented is None:
            raise unauthenticated(missing=True)
        token = self._store.token(presented)
        if token is None:
            raise unauthenticated(missing=False)
        return token

    def _mailbox_for(self, token: AccessToken, user_id: str) -> Mailbox:
        if user_id != "me" and user_id.casefold() != token.email.casefold():
            raise forbidden(f"Delegation denied for {token.email}")
        return self._store.mailbox(token.email)

    def _selection(self, method: Method, query: dict[str, list[str]]) -> fields.Selection | None:
        text = (query.get("fields") or [""])[0]
        if not text or method.response is None:
            return None
        selection = fields.parse_fields(text)
        fields.validate(selection, method.response, text)
        return selection

    def _charge(self, user: str, units: int) -> None:
        now = time.monotonic()
        with self._quota_lock:
            window = self._quota.setdefault(user, deque())
            used = self._quota_used.get(user, 0)
            while window and window[0][0] <= now - QUOTA_WINDOW:
                used -= window.popleft()[1]
            if used + units > self.quota_per_minute:
                self._quota_used[user] = used
                wait = math.ceil(window[0][0] + QUOTA_WINDOW - now) if window else 1
                retry_at = _format_time(datetime.now(UTC) + timedelta(seconds=wait))
                self._count(quota_rejections=1)
                raise rate_limited(max(1, wait), retry_at=retry_at)
            window.append((now, units))
            self._quota_used[user] = used + units
        with self._stats_lock:
            self._stats.units[user] = self._stats.units.get(user, 0) + units

    # --- resources ----------------------------------------------------------------------------------

    def message_resource(
        self, message: StoredMessage, fmt: str, metadata_headers: Sequence[str] = ()
    ) -> dict[str, Any]:
        result: dict[str, Any] = {"id": message.id, "threadId": message.thread_id}
        if message.labels:
            result["labelIds"] = list(message.labels)
        result["snippet"] = message.parsed.snippet
        if fmt == "full":
            result["payload"] = message.parsed.payload
        elif fmt == "metadata":
            wanted = {h.lower() for h in metadata_headers}
            headers = [{"name": n, "value": v} for n, v in message.parsed.headers if not wanted or n.lower() in wanted]
            result["payload"] = {"mimeType": message.parsed.payload["mimeType"], "headers": headers}
        result["sizeEstimate"] = len(message.raw)
        if fmt == "raw":
            result["raw"] = b64url(message.raw)
        result["historyId"] = str(message.history_id)
        result["internalDate"] = str(message.internal_ms)
        return result


# --- parameters ---------------------------------------------------------------------------------------


def _check_params(method: Method, pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    known = {**discovery.global_parameters(), **method.parameters}
    result: dict[str, list[str]] = {}
    for name, value in pairs:
        spec = known.get(name)
        if spec is None or spec.get("location") == "path":
            raise invalid_argument(
                f'Invalid JSON payload received. Unknown name "{name}": Cannot bind query parameter. '
                f"Field '{name}' could not be found in request message."
            )
        if spec.get("type") == "boolean" and value.lower() not in ("true", "false"):
            raise invalid_argument(f"Invalid value at '{name}' (TYPE_BOOL), \"{value}\"", location=name)
        if spec.get("type") == "integer" and not re.fullmatch(r"\d{1,10}", value.strip()):
            raise invalid_argument(f"Invalid value at '{name}' (TYPE_UINT32), \"{value}\"", location=name)
        if "enum" in spec and value.lower() not in [e.lower() for e in spec["enum"]]:
            raise invalid_argument(f"Invalid value at '{name}', \"{value}\"", location=name)
        result.setdefault(name, []).append(value)
    if (result.get("alt") or ["json"])[0] != "json":
        raise invalid_argument("Only alt=json is supported by this method.", location="alt")
    return result


def _authorize(method: Method, token: AccessToken) -> bool:
    """Raise 403 unless a granted scope allows the method; True when only gmail.metadata allows it."""
    granted = set(token.scopes) & set(method.scopes)
    if not granted:
        raise insufficient_scopes(method.scopes)
    return granted == {METADATA}


def _format(ctx: _Ctx, allowed: Sequence[str]) -> str:
    fmt = (ctx.one("format") or "full").lower()
    if fmt not in allowed:
        raise invalid_argument(f"Invalid value at 'format', \"{ctx.one('format')}\"", location="format")
    if ctx.metadata_only and fmt not in ("minimal", "metadata"):
        raise forbidden(f"Metadata scope doesn't allow format {fmt.upper()}")
    return fmt


def _max_results(ctx: _Ctx) -> int:
    value = int(ctx.one("maxResults") or 100)
    # Gmail caps larger values at 500 rather than refusing them; 0 means the default.
    return 100 if value == 0 else min(value, 500)


def _page_token(ctx: _Ctx) -> tuple[int, str] | None:
    """Page tokens are opaque digits encoding the sort key of the last item shown, so pages stay stable
    while messages arrive; a checksum catches tokens that were not ours."""
    token = ctx.one("pageToken")
    if not token:
        return None
    if re.fullmatch(r"\d{38}", token) and int(token[34:]) == zlib.crc32(token[:34].encode()) % 10_000:
        return int(token[:14]) - 10**13, f"{int(token[14:34]):016x}"
    raise invalid_argument("Invalid pageToken", location="pageToken")


def _make_page_token(message: StoredMessage) -> str:
    head = f"{message.internal_ms + 10**13:014d}{int(message.id, 16):020d}"
    return f"{head}{zlib.crc32(head.encode()) % 10_000:04d}"


def _page(ctx: _Ctx, items: list[StoredMessage]) -> tuple[list[StoredMessage], str | None]:
    cursor = _page_token(ctx)
    start = 0
    if cursor is not None:
        start = next((i for i, m in enumerate(items) if (m.internal_ms, m.id) < cursor), len(items))
    size = _max_results(ctx)
    page = items[start : start + size]
    more = start + size < len(items)
    return page, (_make_page_token(page[-1]) if more and page else None)


def _search(emu: GmailEmulator, ctx: _Ctx, *, drafts_only: bool) -> list[StoredMessage]:
    q = ctx.one("q") or ""
    if q and ctx.metadata_only:
        raise forbidden("Metadata scope does not support 'q' parameter")
    include = (ctx.one("includeSpamTrash") or "false").lower() == "true"
    labels = ctx.query.get("labelIds", [])
    try:
        return emu._store.list_messages(ctx.box, q, labels, include, drafts_only=drafts_only)
    except QueryError as exc:
        raise invalid_argument(f"Invalid query: {exc}", location="q") from exc


# --- handlers: (emulator, call) -> (status, JSON or None) --------------------------------------------

Result = tuple[int, dict[str, Any] | None]


def _get_profile(emu: GmailEmulator, ctx: _Ctx) -> Result:
    with emu._store.lock:
        box = ctx.box
        return 200, {
            "emailAddress": box.email,
            "messagesTotal": len(box.messages),
            "threadsTotal": len(box.threads),
            "historyId": str(box.history_id),
        }


def _labels_list(emu: GmailEmulator, ctx: _Ctx) -> Result:
    with emu._store.lock:
        labels = []
        for label in ctx.box.labels.values():
            item: dict[str, Any] = {"id": label.id, "name": label.name}
            item.update(ctx.box.label_visibility(label))
            item["type"] = label.type
            labels.append(item)
    return 200, {"labels": labels}


def _messages_list(emu: GmailEmulator, ctx: _Ctx) -> Result:
    found = _search(emu, ctx, drafts_only=False)
    page, next_token = _page(ctx, found)
    result: dict[str, Any] = {}
    if page:
        result["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
    if next_token:
        result["nextPageToken"] = next_token
    result["resultSizeEstimate"] = len(found)
    return 200, result


def _message(emu: GmailEmulator, ctx: _Ctx, message_id: str) -> StoredMessage:
    if not _MESSAGE_ID.match(message_id):
        raise invalid_argument("Invalid id value")
    with emu._store.lock:
        message = ctx.box.messages.get(message_id)
    if message is None:
        raise not_found()
    return message


def _messages_get(emu: GmailEmulator, ctx: _Ctx) -> Result:
    fmt = _format(ctx, _FORMATS)
    message = _message(emu, ctx, ctx.path["id"])
    return 200, emu.message_resource(message, fmt, ctx.query.get("metadataHeaders", []))


def _threads_get(emu: GmailEmulator, ctx: _Ctx) -> Result:
    fmt = _format(ctx, ("minimal", "full", "metadata"))
    thread_id = ctx.path["id"]
    if not _MESSAGE_ID.match(thread_id):
        raise invalid_argument("Invalid id value")
    with emu._store.lock:
        thread = ctx.box.threads.get(thread_id)
        messages = [ctx.box.messages[m] for m in thread.message_ids] if thread is not None else []
    if not messages:
        raise not_found()
    headers = ctx.query.get("metadataHeaders", [])
    return 200, {
        "id": thread_id,
        "historyId": str(max(m.history_id for m in messages)),
        "messages": [emu.message_resource(m, fmt, headers) for m in messages],
    }


def _decode_raw(value: object) -> bytes:
    if not isinstance(value, str):
        raise invalid_argument("Invalid value at 'draft.message.raw' (TYPE_BYTES)")
    text = value.strip().rstrip("=")
    if not re.fullmatch(r"[A-Za-z0-9+/_-]*", text) or len(text) % 4 == 1:
        raise invalid_argument(
            f"Invalid value at 'draft.message.raw' (TYPE_BYTES), Base64 decoding failed for \"{value[:40]}\""
        )
    # Google's JSON mapping of bytes reads both alphabets, with or without padding.
    text = text.replace("+", "-").replace("/", "_")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise invalid_argument("Invalid value at 'draft.message.raw' (TYPE_BYTES)") from exc


def _check_known_keys(value: dict[str, Any], schema_name: str, where: str) -> None:
    properties = discovery.schemas()[schema_name]["properties"]
    for key, item in value.items():
        if key not in properties:
            raise invalid_argument(
                f"Invalid JSON payload received. Unknown name \"{key}\" at '{where}': Cannot find field."
            )
        ref = properties[key].get("$ref")
        if ref and isinstance(item, dict):
            _check_known_keys(item, ref, f"{where}.{key}")


def _draft_body(ctx: _Ctx) -> tuple[bytes, str | None]:
    """The raw message and requested thread of a drafts.create call, in any of its three forms: JSON,
    a media upload of the message alone, or a multipart upload of JSON metadata plus the message."""
    content_type = ctx.call.headers.get("content-type", "application/json")
    body = ctx.call.body
    upload = (ctx.one("uploadType") or "").lower()
    if ctx.method.upload:
        if upload == "media":
            return body, None
        if upload != "multipart":
            raise invalid_argument("Only uploadType=media and uploadType=multipart are emulated.")
        metadata, media = _split_related(content_type, body)
        draft = _parse_json_object(metadata)
        message = draft.get("message") if isinstance(draft.get("message"), dict) else {}
        thread = message.get("threadId") if isinstance(message, dict) else None
        return media, thread if isinstance(thread, str) else None
    draft = _parse_json_object(body)
    message = draft.get("message")
    if not isinstance(message, dict):
        raise invalid_argument("Missing draft message")
    if "raw" not in message:
        raise invalid_argument("'raw' RFC822 payload message string or uploading message via /upload/* URL required")
    thread = message.get("threadId")
    return _decode_raw(message["raw"]), thread if isinstance(thread, str) and thread else None


def _parse_json_object(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise invalid_argument("Invalid JSON payload received. Unexpected token.") from exc
    if not isinstance(value, dict):
        raise invalid_argument("Invalid JSON payload received. Expected an object.")
    _check_known_keys(value, "Draft", "draft")
    return value


def _split_related(content_type: str, body: bytes) -> tuple[bytes, bytes]:
    parsed = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    parts = parsed.get_payload()
    if not parsed.is_multipart() or not isinstance(parts, list) or len(parts) != 2:
        raise invalid_argument("A multipart upload needs exactly two parts: metadata and media.")
    pieces: list[bytes] = []
    for part in parts:
        assert isinstance(part, Message)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                data = inner[0].as_bytes(policy=email.policy.compat32)
            else:
                data = b""
        pieces.append(data)
    return pieces[0], pieces[1]


def _drafts_create(emu: GmailEmulator, ctx: _Ctx) -> Result:
    raw, thread_id = _draft_body(ctx)
    message = emu._store.create_draft(ctx.box.email, raw, thread_id)
    assert message.draft_id is not None
    return 200, {
        "id": message.draft_id,
        "message": {"id": message.id, "threadId": message.thread_id, "labelIds": list(message.labels)},
    }


def _draft(emu: GmailEmulator, ctx: _Ctx) -> StoredMessage:
    with emu._store.lock:
        message_id = ctx.box.drafts.get(ctx.path["id"])
        message = ctx.box.messages.get(message_id) if message_id else None
    if message is None:
        raise not_found()
    return message


def _drafts_get(emu: GmailEmulator, ctx: _Ctx) -> Result:
    fmt = _format(ctx, _FORMATS)
    message = _draft(emu, ctx)
    assert message.draft_id is not None
    return 200, {"id": message.draft_id, "message": emu.message_resource(message, fmt)}


def _drafts_list(emu: GmailEmulator, ctx: _Ctx) -> Result:
    found = _search(emu, ctx, drafts_only=True)
    page, next_token = _page(ctx, found)
    result: dict[str, Any] = {}
    if page:
        result["drafts"] = [{"id": m.draft_id, "message": {"id": m.id, "threadId": m.thread_id}} for m in page]
    if next_token:
        result["nextPageToken"] = next_token
    result["resultSizeEstimate"] = len(found)
    return 200, result


def _drafts_delete(emu: GmailEmulator, ctx: _Ctx) -> Result:
    if not emu._store.delete_draft(ctx.box.email, ctx.path["id"]):
        raise not_found()
    return 204, None


_HANDLERS: dict[str, Callable[[GmailEmulator, _Ctx], Result]] = {
    "gmail.users.getProfile": _get_profile,
    "gmail.users.labels.list": _labels_list,
    "gmail.users.messages.list": _messages_list,
    "gmail.users.messages.get": _messages_get,
    "gmail.users.threads.get": _threads_get,
    "gmail.users.drafts.create": _drafts_create,
    "gmail.users.drafts.get": _drafts_get,
    "gmail.users.drafts.list": _drafts_list,
    "gmail.users.drafts.delete": _drafts_delete,
}
