"""The Gmail adapter: google-api-python-client over HTTP, batched, retried, within the quota.

One ``GmailMailbox`` per request and user: the client library's objects are not thread-safe. Calls block; the
HTTP layer runs them in worker threads, never on the event loop.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import http.client
import json
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import google_auth_httplib2
import httplib2
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build_from_document
from googleapiclient.discovery_cache import get_static_doc
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest, HttpRequest

from ..errors import (
    Forbidden,
    NotFound,
    RateLimited,
    SecondChanceError,
    Unauthenticated,
    UnreadableEmail,
    UpstreamError,
)
from ..gmail_message import email_from_gmail
from .budget import UNITS, QuotaBudget
from .port import BATCH_SIZE, Draft, Fetched, MessageRef, ThreadEntry
from .retry import RetryPolicy, is_retryable, parse_retry_after

PAGE_SIZE = 500  # the most messages.list returns per page
# No answer, or one that was not HTTP: timeouts, resets, TLS failures (all OSError), a broken status line.
_TRANSIENT = (httplib2.HttpLib2Error, http.client.HTTPException, OSError)


JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Failure:
    """One failed call, as Gmail (or the network) put it."""

    status: int  # 0: no answer at all (timeout, connection reset)
    reason: str | None
    message: str
    retry_after: float | None

    @property
    def retryable(self) -> bool:
        return self.status == 0 or is_retryable(self.status, self.reason)

    def error(self) -> SecondChanceError:
        """Our error for a call that will not be retried (again)."""
        if self.status == 401:
            return Unauthenticated("Google did not accept the access token: sign in again", code="reauthenticate")
        if self.status == 403 and not self.retryable:
            return Forbidden(
                "the Google sign-in lacks a permission this needs (Gmail scope)", code="insufficient_scope"
            )
        if self.status == 404 or (self.status == 400 and "invalid id" in self.message.lower()):
            # Gmail answers 400 "Invalid id value" for an id that could never exist: for the caller, not found.
            return NotFound("no such item in this mailbox")
        if self.status == 429 or (self.status == 403 and self.retryable):
            return RateLimited("Gmail asks us to slow down: try again shortly", retry_after=self.retry_after)
        return UpstreamError("Gmail did not answer properly: try again shortly")


# A 200 whose body is not the JSON object the method promises: Gmail failed, as a 502 would say.
_GARBLED = _Failure(502, None, "Gmail's answer was not the JSON it should be", None)
# The client asks the credentials to refresh when a batch part comes back 401; a bare access token cannot.
_REFUSED = _Failure(401, None, "the access token was refused", None)


@cache
def _discovery() -> str:
    document: str = get_static_doc("gmail", "v1")
    return document


def _batch_path() -> str:
    return str(json.loads(_discovery()).get("batchPath", "batch"))


class GmailMailbox:
    def __init__(
        self,
        access_token: str,
        *,
        api_root: str,
        budget: QuotaBudget,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
        address: str | None = None,
    ) -> None:
        credentials = Credentials(token=access_token)  # type: ignore[no-untyped-call]
        # A bare access token cannot be refreshed here: a 401 goes back to the caller, who signs in again.
        http = google_auth_httplib2.AuthorizedHttp(
            credentials, http=httplib2.Http(timeout=timeout), refresh_status_codes=()
        )
        self._http = http
        self._service = build_from_document(_discovery(), http=http, client_options={"api_endpoint": api_root})
        # client_options moves the API calls but not batches: the batch URI is built from the same root.
        self._batch_uri = api_root.rstrip("/") + "/" + _batch_path()
        # The client builds resource objects method by method on each access: build them once.
        users = self._service.users()
        self._users, self._messages, self._threads, self._drafts = (
            users,
            users.messages(),
            users.threads(),
            users.drafts(),
        )
        self._budget = budget
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = random.Random(seed)
        self._address = address  # known from the sign-in, it saves a getProfile call
        self.round_trips = 0

    def close(self) -> None:
        """Close the connections this client opened (one client serves one request)."""
        self._http.http.close()

    # -- the port ------------------------------------------------------------------------------------------

    def address(self) -> str:
        if self._address is None:
            profile = self._call(self._users.getProfile(userId="me", fields="emailAddress"))
            self._address = str(profile.get("emailAddress", ""))
        return self._address

    def search(self, query: str, *, limit: int) -> list[MessageRef]:
        refs: list[MessageRef] = []
        token: str | None = None
        while len(refs) < limit:
            page = self._call(
                self._messages.list(
                    userId="me",
                    q=query,
                    maxResults=min(PAGE_SIZE, limit - len(refs)),
                    pageToken=token,
                    fields="messages(id,threadId),nextPageToken",
                )
            )
            refs.extend(MessageRef(m["id"], m["threadId"]) for m in page.get("messages", ()))
            token = page.get("nextPageToken")
            if not token:
                break
        return refs[:limit]

    def fetch(self, ids: Sequence[str]) -> dict[str, Fetched | SecondChanceError]:
        found: dict[str, Fetched | SecondChanceError] = {}

        def request(message_id: str) -> HttpRequest:
            return self._messages.get(
                userId="me", id=message_id, format="raw", fields="id,threadId,labelIds,internalDate,raw"
            )

        for message_id, outcome in self._batched(ids, request):
            if isinstance(outcome, SecondChanceError):
                found[message_id] = outcome
                continue
            try:
                found[message_id] = Fetched(email_from_gmail(outcome), int(outcome.get("internalDate") or 0))
            except UnreadableEmail as exc:
                found[message_id] = exc
        return found

    def threads(self, ids: Sequence[str]) -> dict[str, list[ThreadEntry]]:
        def request(thread_id: str) -> HttpRequest:
            # The subject tells a forward (not an answer to the recruiter) from a reply.
            return self._threads.get(
                userId="me",
                id=thread_id,
                format="metadata",
                metadataHeaders=["Subject"],
                fields="id,messages(id,labelIds,internalDate,payload/headers)",
            )

        threads: dict[str, list[ThreadEntry]] = {}
        for thread_id, outcome in self._batched(ids, request):
            if isinstance(outcome, SecondChanceError):
                if isinstance(outcome, NotFound):
                    continue  # the thread is gone: nothing in it to have replied to
                raise outcome
            threads[thread_id] = [
                ThreadEntry(m["id"], tuple(m.get("labelIds", ())), int(m.get("internalDate") or 0), _subject_of(m))
                for m in outcome.get("messages", ())
            ]
        return threads

    def create_draft(self, raw: bytes, *, thread_id: str, rfc822_message_id: str) -> Draft:
        # A draft left by an earlier request whose answer never arrived carries the same Message-ID: find it
        # rather than make a second one.
        existing = self._find_draft(rfc822_message_id)
        if existing is not None:
            return existing
        body = {"message": {"raw": base64.urlsafe_b64encode(raw).decode("ascii"), "threadId": thread_id}}
        attempt = 0
        while True:
            attempt += 1
            outcome = self._try(self._drafts.create(userId="me", body=body, fields="id,message(id,threadId)"))
            if not isinstance(outcome, _Failure):
                return _draft(outcome)
            if not outcome.retryable:
                raise outcome.error()
            # Whatever the failure said, Gmail may have made the draft before failing: look before going on.
            existing = self._find_draft(rfc822_message_id)
            if existing is not None:
                return existing
            if attempt >= self._retry.attempts:
                raise outcome.error()
            self._pause(attempt, outcome)

    def get_draft(self, draft_id: str) -> Draft | None:
        try:
            found = self._call(
                self._drafts.get(userId="me", id=draft_id, format="raw", fields="id,message(id,threadId,raw)")
            )
        except NotFound:
            return None
        return _draft(found)

    def delete_draft(self, draft_id: str) -> None:
        with contextlib.suppress(NotFound):  # already gone: what we wanted
            self._call(self._drafts.delete(userId="me", id=draft_id))

    # -- plumbing ------------------------------------------------------------------------------------------

    def _find_draft(self, rfc822_message_id: str) -> Draft | None:
        listed = self._call(
            self._drafts.list(
                userId="me", q=f"rfc822msgid:{rfc822_message_id}", fields="drafts(id,message(id,threadId))"
            )
        )
        drafts = listed.get("drafts") or []
        return _draft(drafts[0]) if drafts else None

    def _call(self, request: HttpRequest) -> JSON:
        attempt = 0
        while True:
            attempt += 1
            outcome = self._try(request)
            if not isinstance(outcome, _Failure):
                return outcome
            if not outcome.retryable or attempt >= self._retry.attempts:
                raise outcome.error()
            self._pause(attempt, outcome)

    def _try(self, request: HttpRequest) -> JSON | _Failure:
        self._budget.take(_units(request))
        self.round_trips += 1
        result = _exchange(request.execute)
        if isinstance(result, _Failure):
            return result
        return result if isinstance(result, dict) else _GARBLED

    def _pause(self, attempt: int, failure: _Failure) -> None:
        if failure.retry_after is not None and failure.retry_after > self._retry.max_retry_after:
            raise failure.error()
        self._sleep(self._retry.delay(attempt, failure.retry_after, self._rng))

    def _batched(
        self, keys: Sequence[str], request: Callable[[str], HttpRequest]
    ) -> Iterator[tuple[str, JSON | SecondChanceError]]:
        """One request per key, 50 to a batch round trip. Entries that fail for a passing reason are asked
        again, alone in a smaller batch, with backoff; the others are never asked twice."""
        pending = list(dict.fromkeys(keys))
        attempt = 0
        while pending:
            attempt += 1
            failed: list[tuple[str, _Failure]] = []
            for start in range(0, len(pending), BATCH_SIZE):
                chunk = pending[start : start + BATCH_SIZE]
                for key, outcome in self._run_batch(chunk, request).items():
                    if isinstance(outcome, _Failure):
                        if outcome.retryable and attempt < self._retry.attempts:
                            failed.append((key, outcome))
                        elif outcome.status in (401, 403) and not outcome.retryable:
                            raise outcome.error()  # the whole account is refused, not this item
                        elif outcome.retryable:
                            raise outcome.error()  # still failing after every attempt: the caller must retry later
                        else:
                            yield key, outcome.error()
                    else:
                        yield key, outcome
            pending = [key for key, _ in failed]
            if failed:
                self._pause(attempt, max(failed, key=lambda kf: kf[1].retry_after or 0.0)[1])

    def _run_batch(self, keys: list[str], request: Callable[[str], HttpRequest]) -> dict[str, JSON | _Failure]:
        if len(keys) == 1:  # a batch of one is a plain call, with one part fewer to encode and decode
            return {keys[0]: self._try(request(keys[0]))}
        results: dict[str, JSON | _Failure] = {}

        def collect(request_id: str, response: Any, exception: Exception | None) -> None:
            if isinstance(exception, HttpError):
                results[request_id] = _failure(exception)
            elif exception is not None:
                results[request_id] = _Failure(0, None, type(exception).__name__, None)
            else:
                results[request_id] = response if isinstance(response, dict) else _GARBLED

        attempt = 0
        while True:
            attempt += 1
            batch = BatchHttpRequest(callback=collect, batch_uri=self._batch_uri)
            units = 0
            for key in keys:
                part = request(key)
                units += _units(part)
                batch.add(part, request_id=key)
            self._budget.take(units)
            self.round_trips += 1
            failure = _exchange(functools.partial(batch.execute, http=self._http))
            if not isinstance(failure, _Failure):
                return results
            results.clear()  # the batch as a whole failed: nothing in it counts
            if not failure.retryable or attempt >= self._retry.attempts:
                raise failure.error()
            self._pause(attempt, failure)


def _exchange(call: Callable[[], Any]) -> Any:
    """One HTTP exchange; however it fails, the failure comes back as a ``_Failure`` rather than raised."""
    try:
        return call()
    except HttpError as exc:
        return _failure(exc)
    except RefreshError:
        return _REFUSED
    except _TRANSIENT as exc:
        return _Failure(0, None, type(exc).__name__, None)


def _units(request: HttpRequest) -> int:
    method = str(getattr(request, "methodId", "")).removeprefix("gmail.")
    return UNITS.get(method, 5)


def _failure(exc: HttpError) -> _Failure:
    if exc.resp is None:  # a batch answer that could not be taken apart
        return _GARBLED
    status = int(exc.resp.status)
    reason: str | None = None
    message = ""
    try:
        content = json.loads(exc.content.decode("utf-8", "replace"))
    except (ValueError, AttributeError):
        content = None
    if isinstance(content, dict) and isinstance(content.get("error"), dict):
        error = content["error"]
        message = str(error.get("message", ""))
        details = error.get("errors") or []
        if details and isinstance(details[0], dict):
            reason = details[0].get("reason")
    return _Failure(status, reason, message, parse_retry_after(exc.resp.get("retry-after")))


def _subject_of(message: JSON) -> str:
    headers = (message.get("payload") or {}).get("headers") or []
    return next((str(h.get("value", "")) for h in headers if str(h.get("name", "")).lower() == "subject"), "")


def _draft(resource: JSON) -> Draft:
    message = resource.get("message") or {}
    raw = message.get("raw")
    return Draft(
        id=str(resource.get("id", "")),
        message_id=str(message.get("id", "")),
        thread_id=str(message.get("threadId", "")),
        raw=base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)) if isinstance(raw, str) else None,
    )
