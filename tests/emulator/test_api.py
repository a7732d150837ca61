"""The emulator driven by the real google-api-python-client over HTTP, as our Gmail code will drive it."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import google.auth.exceptions
import httplib2
import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest
from starlette.applications import Starlette
from starlette.routing import Mount

from second_chance.emulator import GmailEmulator, serve_in_background
from second_chance.gmail_message import email_from_gmail

from .conftest import COMPOSE, METADATA, NOW, READONLY, ROBIN, TOKEN, Served, b64, make_raw, unb64


def _error(exc: HttpError) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(exc.content)["error"]
    return body


def _http(
    url: str, method: str = "GET", *, headers: dict[str, str] | None = None, body: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    response, content = httplib2.Http().request(url, method, headers=headers or {}, body=body)
    return response.status, dict(response), content


def _seed_inbox(emu: GmailEmulator) -> dict[str, str]:
    ids = {}
    for day in range(1, 8):
        subject = f"Application update {day}" if day != 3 else "Newsletter"
        body = "We regret to inform you" if day % 2 else "Great news for you"
        ids[f"d{day}"] = emu.add_message(
            ROBIN,
            make_raw(subject=subject, date=f"Wed, 0{day} May 2024 09:00:00 +0000", message_id=f"<d{day}@x>", body=body),
        )
    return ids


# --- messages.list -------------------------------------------------------------------------------------


def test_list_pages_newest_first_with_q(served: Served) -> None:
    ids = _seed_inbox(served.emu)
    gmail = served.gmail()
    seen: list[str] = []
    request = gmail.users().messages().list(userId="me", q="regret", maxResults=2)
    pages = 0
    while request is not None:
        page = request.execute()
        pages += 1
        assert page["resultSizeEstimate"] == 4
        seen += [m["id"] for m in page["messages"]]
        assert all(m["threadId"] == m["id"] for m in page["messages"])
        request = gmail.users().messages().list_next(request, page)
    assert pages == 2
    assert seen == [ids["d7"], ids["d5"], ids["d3"], ids["d1"]]


def test_list_empty_has_no_messages_key(served: Served) -> None:
    _seed_inbox(served.emu)
    assert served.gmail().users().messages().list(userId="me", q="nothingmatches").execute() == {
        "resultSizeEstimate": 0
    }


def test_list_excludes_spam_trash_and_drafts_by_default(served: Served) -> None:
    emu = served.emu
    inbox = emu.add_message(ROBIN, make_raw(message_id="<a@x>"))
    spam = emu.add_message(ROBIN, make_raw(message_id="<b@x>"), labels=("SPAM",))
    trash = emu.add_message(ROBIN, make_raw(message_id="<c@x>"), labels=("TRASH",))
    chat = emu.add_message(ROBIN, make_raw(message_id="<e@x>"), labels=("CHAT",))
    gmail = served.gmail()
    draft = gmail.users().drafts().create(userId="me", body={"message": {"raw": b64(make_raw(message_id=None))}})
    draft_message = draft.execute()["message"]["id"]

    def listed(**kwargs: Any) -> set[str]:
        return {m["id"] for m in gmail.users().messages().list(userId="me", **kwargs).execute().get("messages", [])}

    assert listed() == {inbox, chat}
    assert listed(includeSpamTrash=True) == {inbox, spam, trash, chat}
    assert listed(q="in:spam") == {spam}
    assert listed(q="in:drafts") == {draft_message}
    assert listed(labelIds=["DRAFT"]) == {draft_message}
    assert listed(q="in:anywhere") == {inbox, spam, trash, chat, draft_message}
    assert listed(q="-in:chats") == {inbox}
    assert listed(labelIds=["INBOX", "UNREAD"]) == {inbox}


def test_list_parameter_errors(served: Served) -> None:
    gmail = served.gmail()
    served.emu.add_message(ROBIN, make_raw())
    for kwargs in ({"pageToken": "garbage"}, {"q": 'subject:"unterminated'}, {"q": "a OR"}):
        with pytest.raises(HttpError) as caught:
            gmail.users().messages().list(userId="me", **kwargs).execute()
        assert caught.value.resp.status == 400
        assert _error(caught.value)["status"] == "INVALID_ARGUMENT"
        assert _error(caught.value)["errors"][0]["reason"] == "invalidArgument"
    # Larger values are capped at 500, as Gmail does.
    assert len(gmail.users().messages().list(userId="me", maxResults=1000).execute()["messages"]) == 1
    status, _, content = _http(served.url + "gmail/v1/users/me/messages?maxResults=-1", headers=_auth())
    assert status == 400
    status, _, content = _http(served.url + "gmail/v1/users/me/messages?bogus=1", headers=_auth())
    assert status == 400
    assert b"Unknown name" in content


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- messages.get ----------------------------------------------------------------------------------------


def test_get_in_each_format(served: Served) -> None:
    raw = make_raw(body="Caf\u00e9 & <b>co</b> \u2014 we'll keep your CV")
    message_id = served.emu.add_message(ROBIN, raw)
    messages = served.gmail().users().messages()

    minimal = messages.get(userId="me", id=message_id, format="minimal").execute()
    assert set(minimal) == {"id", "threadId", "labelIds", "snippet", "sizeEstimate", "historyId", "internalDate"}
    assert minimal["snippet"] == "Café &amp; &lt;b&gt;co&lt;/b&gt; — we&#39;ll keep your CV"
    assert minimal["internalDate"] == "1709546400000"
    assert minimal["sizeEstimate"] == len(raw)

    metadata = messages.get(userId="me", id=message_id, format="metadata", metadataHeaders=["subject", "From"])
    payload = metadata.execute()["payload"]
    assert [h["name"] for h in payload["headers"]] == ["From", "Subject"]

    full = messages.get(userId="me", id=message_id).execute()
    assert full["payload"]["partId"] == ""
    assert unb64(full["payload"]["body"]["data"]).decode("utf-8").startswith("Café & <b>co</b>")
    parsed = email_from_gmail(full)
    assert parsed.subject == "Your application"
    assert parsed.message_id == "<m1@acme.example>"

    raw_form = messages.get(userId="me", id=message_id, format="raw", fields="id,threadId,labelIds,raw").execute()
    assert set(raw_form) == {"id", "threadId", "labelIds", "raw"}
    assert unb64(raw_form["raw"]) == raw
    assert email_from_gmail(raw_form).subject == "Your application"


def test_get_errors(served: Served) -> None:
    messages = served.gmail().users().messages()
    for message_id, status in (("ffffffffffffffff", 404), ("not-an-id", 400)):
        with pytest.raises(HttpError) as caught:
            messages.get(userId="me", id=message_id).execute()
        assert caught.value.resp.status == status
    message_id = served.emu.add_message(ROBIN, make_raw())
    status, _, content = _http(served.url + f"gmail/v1/users/me/messages/{message_id}?format=bogus", headers=_auth())
    assert status == 400
    assert json.loads(content)["error"]["status"] == "INVALID_ARGUMENT"
    with pytest.raises(HttpError) as caught:
        served.gmail().users().messages().send(userId="me", body={"raw": b64(make_raw())}).execute()
    assert caught.value.resp.status == 404
    assert _error(caught.value)["status"] == "NOT_FOUND"


# --- threads -----------------------------------------------------------------------------------------


def test_threads_group_by_references_and_subject(served: Served) -> None:
    emu = served.emu
    first = emu.add_message(ROBIN, make_raw(subject="Interview", message_id="<t1@x>"))
    reply = emu.add_message(
        ROBIN,
        make_raw(
            subject="RE: Interview",
            message_id="<t2@x>",
            in_reply_to="<t1@x>",
            references="<t1@x>",
            date="Tue, 05 Mar 2024 10:00:00 +0000",
        ),
    )
    other_subject = emu.add_message(ROBIN, make_raw(subject="Other", message_id="<t3@x>", references="<t1@x>"))
    no_refs = emu.add_message(ROBIN, make_raw(subject="Re: Interview", message_id="<t4@x>"))
    assert emu.thread_of(reply) == first
    assert emu.thread_of(other_subject) == other_subject
    assert emu.thread_of(no_refs) == no_refs
    thread = served.gmail().users().threads().get(userId="me", id=first, format="metadata").execute()
    assert [m["id"] for m in thread["messages"]] == [first, reply]
    assert set(thread) == {"id", "historyId", "messages"}
    # The client itself refuses format=raw for threads; the emulator refuses it too.
    assert _http(served.url + f"gmail/v1/users/me/threads/{first}?format=raw", headers=_auth())[0] == 400


# --- drafts ------------------------------------------------------------------------------------------


def _reply_raw(*, subject: str = "Re: Your application", refs: bool = True, in_reply_to: bool = True) -> bytes:
    return make_raw(
        sender="Robin Doe <robin@example.com>",
        to="jobs@acme.example",
        subject=subject,
        message_id="<reply-1@example.com>",
        in_reply_to="<m1@acme.example>" if in_reply_to else None,
        references="<m1@acme.example>" if refs else None,
        body="Thank you, I would love to be considered for future roles.",
    )


def test_draft_joins_thread_when_headers_and_subject_match(served: Served) -> None:
    original = served.emu.add_message(ROBIN, make_raw())
    gmail = served.gmail()
    draft = (
        gmail.users().drafts().create(userId="me", body={"message": {"raw": b64(_reply_raw()), "threadId": original}})
    )
    created = draft.execute()
    assert created["id"].startswith("r")
    assert created["message"]["threadId"] == original
    assert created["message"]["labelIds"] == ["DRAFT"]
    thread = gmail.users().threads().get(userId="me", id=original).execute()
    assert [m["id"] for m in thread["messages"]] == [original, created["message"]["id"]]
    assert thread["messages"][1]["labelIds"] == ["DRAFT"]
    [inspected] = served.emu.drafts(ROBIN)
    assert inspected.id == created["id"]
    assert inspected.thread_id == original
    assert inspected.raw == _reply_raw()


@pytest.mark.parametrize(
    ("raw", "thread"),
    [
        (_reply_raw(refs=False, in_reply_to=False), "same"),  # no References / In-Reply-To
        (_reply_raw(subject="Thank you"), "same"),  # subject differs
        (_reply_raw(), None),  # threadId not given
        (_reply_raw(), "18f3a0000fffffff"),  # threadId that does not exist
    ],
)
def test_draft_silently_starts_a_new_thread(served: Served, raw: bytes, thread: str | None) -> None:
    original = served.emu.add_message(ROBIN, make_raw())
    message: dict[str, Any] = {"raw": b64(raw)}
    if thread is not None:
        message["threadId"] = original if thread == "same" else thread
    created = served.gmail().users().drafts().create(userId="me", body={"message": message}).execute()
    assert created["message"]["threadId"] == created["message"]["id"] != original
    assert served.emu.thread(original) == [original]


def test_drafts_get_list_delete(served: Served) -> None:
    gmail = served.gmail()
    first = gmail.users().drafts().create(userId="me", body={"message": {"raw": b64(_reply_raw())}}).execute()
    other_raw = make_raw(subject="Hello", message_id="<other@example.com>", body="Different words entirely")
    second = gmail.users().drafts().create(userId="me", body={"message": {"raw": b64(other_raw)}}).execute()

    got = gmail.users().drafts().get(userId="me", id=first["id"], format="raw").execute()
    assert got["id"] == first["id"]
    assert unb64(got["message"]["raw"]) == _reply_raw()
    full = gmail.users().drafts().get(userId="me", id=first["id"]).execute()
    assert full["message"]["payload"]["mimeType"] == "text/plain"

    listed = gmail.users().drafts().list(userId="me").execute()
    assert [d["id"] for d in listed["drafts"]] == [second["id"], first["id"]]
    assert set(listed["drafts"][0]["message"]) == {"id", "threadId"}
    by_id = gmail.users().drafts().list(userId="me", q="rfc822msgid:<reply-1@example.com>").execute()
    assert [d["id"] for d in by_id["drafts"]] == [first["id"]]
    by_text = gmail.users().drafts().list(userId="me", q='"future roles"').execute()
    assert [d["id"] for d in by_text["drafts"]] == [first["id"]]
    paged = gmail.users().drafts().list(userId="me", maxResults=1).execute()
    assert len(paged["drafts"]) == 1
    assert "nextPageToken" in paged

    assert gmail.users().drafts().delete(userId="me", id=first["id"]).execute() == ""
    with pytest.raises(HttpError) as caught:
        gmail.users().drafts().get(userId="me", id=first["id"]).execute()
    assert caught.value.resp.status == 404
    with pytest.raises(HttpError) as caught:
        gmail.users().drafts().delete(userId="me", id=first["id"]).execute()
    assert caught.value.resp.status == 404
    assert [d.id for d in served.emu.drafts(ROBIN)] == [second["id"]]


def test_draft_create_rejects_bad_bodies(served: Served) -> None:
    drafts = served.gmail().users().drafts()
    bodies: list[dict[str, Any]] = [
        {"message": {"raw": "not base64!!"}},
        {"message": {}},
        {},
        {"message": {"raw": "", "bogus": 1}},
    ]
    for body in bodies:
        with pytest.raises(HttpError) as caught:
            drafts.create(userId="me", body=body).execute()
        assert caught.value.resp.status == 400
    assert served.emu.drafts(ROBIN) == []
    # Standard base64 without padding is accepted too, as Google's JSON mapping of bytes does.
    standard = base64.b64encode(_reply_raw()).decode().rstrip("=")
    drafts.create(userId="me", body={"message": {"raw": standard}}).execute()
    assert served.emu.drafts(ROBIN)[0].raw == _reply_raw()


def test_draft_upload_forms(served: Served) -> None:
    original = served.emu.add_message(ROBIN, make_raw())
    url = served.url + "upload/gmail/v1/users/me/drafts"
    headers = {**_auth(), "Content-Type": "message/rfc822"}
    status, _, content = _http(url + "?uploadType=media", method="POST", headers=headers, body=_reply_raw())
    assert status == 200
    assert json.loads(content)["message"]["threadId"] != original  # no threadId in a media upload
    boundary = "==b=="
    body = (
        (
            f"--{boundary}\r\nContent-Type: application/json\r\n\r\n"
            + json.dumps({"message": {"threadId": original}})
            + f"\r\n--{boundary}\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode()
        + _reply_raw()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    headers["Content-Type"] = f'multipart/related; boundary="{boundary}"'
    status, _, content = _http(url + "?uploadType=multipart", method="POST", headers=headers, body=body)
    assert status == 200, content
    assert json.loads(content)["message"]["threadId"] == original


# --- batch -------------------------------------------------------------------------------------------


def test_batch_callbacks_receive_objects_and_errors(served: Served) -> None:
    ids = _seed_inbox(served.emu)
    gmail = served.gmail()
    results: dict[str, Any] = {}

    def callback(request_id: str, response: Any, exception: HttpError | None) -> None:
        results[request_id] = exception if exception is not None else response

    batch = BatchHttpRequest(callback=callback, batch_uri=served.url + "batch")
    batch.add(gmail.users().messages().get(userId="me", id=ids["d1"], format="raw"), request_id="raw")
    batch.add(gmail.users().messages().get(userId="me", id="ffffffffffffffff"), request_id="missing")
    batch.add(
        gmail.users().messages().list(userId="me", q="regret", fields="messages(id),nextPageToken", maxResults=1),
        request_id="list",
    )
    batch.add(
        gmail.users().drafts().create(userId="me", body={"message": {"raw": b64(_reply_raw())}}), request_id="draft"
    )
    served.emu.reset_stats()
    batch.execute()
    assert unb64(results["raw"]["raw"]).startswith(b"From: Acme")
    assert isinstance(results["missing"], HttpError)
    assert results["missing"].resp.status == 404
    assert set(results["list"]) == {"messages", "nextPageToken"}
    assert set(results["list"]["messages"][0]) == {"id"}
    assert results["draft"]["message"]["labelIds"] == ["DRAFT"]
    stats = served.emu.stats
    assert (stats.http_round_trips, stats.batch_round_trips, stats.batch_parts) == (1, 1, 4)
    assert stats.calls == {
        "gmail.users.messages.get": 2,
        "gmail.users.messages.list": 1,
        "gmail.users.drafts.create": 1,
    }
    assert stats.units == {ROBIN: 5 + 5 + 5 + 10}


def test_batch_at_api_specific_path_and_outer_auth(served: Served) -> None:
    message_id = served.emu.add_message(ROBIN, make_raw())
    body = (
        "--XYZ\r\nContent-Type: application/http\r\nContent-ID: <a+1>\r\n\r\n"
        f"GET /gmail/v1/users/me/messages/{message_id}?format=minimal HTTP/1.1\r\n\r\n"
        "--XYZ\r\nContent-Type: application/http\r\nContent-ID: <a+2>\r\n\r\n"
        "GET /gmail/v1/users/me/profile\r\nAuthorization: Bearer nope\r\n\r\n"
        "--XYZ--\r\n"
    ).encode()
    headers = {**_auth(), "Content-Type": "multipart/mixed; boundary=XYZ"}
    status, response_headers, content = _http(served.url + "batch/gmail/v1", "POST", headers=headers, body=body)
    assert status == 200
    assert response_headers["content-type"].startswith("multipart/mixed; boundary=")
    text = content.decode()
    assert "Content-ID: <response-a+1>" in text
    assert "HTTP/1.1 200 OK" in text
    assert "HTTP/1.1 401 Unauthorized" in text  # the part's own Authorization wins over the outer one


def test_batch_over_100_parts_is_refused(served: Served) -> None:
    message_id = served.emu.add_message(ROBIN, make_raw())
    gmail = served.gmail()
    batch = BatchHttpRequest(batch_uri=served.url + "batch")
    for _ in range(101):
        batch.add(gmail.users().messages().get(userId="me", id=message_id, format="minimal"))
    with pytest.raises(HttpError) as caught:
        batch.execute()
    assert caught.value.resp.status == 400


# --- fields ------------------------------------------------------------------------------------------


def test_fields_partial_responses(served: Served) -> None:
    ids = _seed_inbox(served.emu)
    messages = served.gmail().users().messages()
    page = messages.list(userId="me", maxResults=2, fields="messages(id,threadId),nextPageToken").execute()
    assert set(page) == {"messages", "nextPageToken"}
    headers = messages.get(userId="me", id=ids["d1"], fields="payload/headers(name)").execute()
    assert set(headers) == {"payload"}
    assert set(headers["payload"]) == {"headers"}
    assert all(set(h) == {"name"} for h in headers["payload"]["headers"])
    star = messages.get(userId="me", id=ids["d1"], format="minimal", fields="*").execute()
    assert "snippet" in star
    for bad in ("nope", "payload(nope)", "id,", "messages("):
        with pytest.raises(HttpError) as caught:
            messages.get(userId="me", id=ids["d1"], fields=bad).execute()
        assert caught.value.resp.status == 400


# --- auth --------------------------------------------------------------------------------------------


def test_unauthenticated(served: Served) -> None:
    url = served.url + "gmail/v1/users/me/profile"
    for headers in ({}, _auth("unknown"), {"Authorization": "Basic abc"}):
        status, response_headers, content = _http(url, headers=headers)
        assert status == 401
        error = json.loads(content)["error"]
        assert error["status"] == "UNAUTHENTICATED"
        assert response_headers["www-authenticate"].startswith("Bearer")
    served.emu.expire_token(TOKEN)
    assert _http(url, headers=_auth())[0] == 401
    # The client asks its credentials to refresh on a 401; a bare access token cannot.
    with pytest.raises(google.auth.exceptions.RefreshError):
        served.gmail().users().getProfile(userId="me").execute()


def test_token_via_query_parameter(served: Served) -> None:
    status, _, content = _http(served.url + f"gmail/v1/users/me/profile?access_token={TOKEN}")
    assert status == 200
    assert json.loads(content)["emailAddress"] == ROBIN


def test_other_users_mailbox_is_forbidden(served: Served) -> None:
    served.emu.add_user(email="sam@example.com", token="tok-sam")
    profile = served.gmail().users().getProfile(userId=ROBIN).execute()
    assert profile["emailAddress"] == ROBIN
    with pytest.raises(HttpError) as caught:
        served.gmail().users().messages().list(userId="sam@example.com").execute()
    assert caught.value.resp.status == 403
    assert _error(caught.value)["status"] == "PERMISSION_DENIED"


@pytest.mark.parametrize(
    ("scopes", "call"),
    [
        ((COMPOSE,), lambda g: g.users().messages().list(userId="me")),
        ((COMPOSE,), lambda g: g.users().threads().get(userId="me", id="18f3a00000011eef")),
        ((READONLY,), lambda g: g.users().drafts().create(userId="me", body={"message": {"raw": b64(b"x")}})),
        ((READONLY,), lambda g: g.users().drafts().delete(userId="me", id="r1")),
        ((METADATA,), lambda g: g.users().drafts().list(userId="me")),
    ],
)
def test_insufficient_scopes(served: Served, scopes: tuple[str, ...], call: Callable[[Any], Any]) -> None:
    served.emu.add_token(ROBIN, "narrow", scopes=scopes)
    with pytest.raises(HttpError) as caught:
        call(served.gmail("narrow")).execute()
    assert caught.value.resp.status == 403
    error = _error(caught.value)
    assert error["message"] == "Request had insufficient authentication scopes."
    assert error["status"] == "PERMISSION_DENIED"
    assert error["errors"][0]["reason"] == "insufficientPermissions"


def test_metadata_scope_limits(served: Served) -> None:
    message_id = served.emu.add_message(ROBIN, make_raw())
    served.emu.add_token(ROBIN, "meta", scopes=(METADATA,))
    messages = served.gmail("meta").users().messages()
    assert "payload" in messages.get(userId="me", id=message_id, format="metadata").execute()
    assert messages.list(userId="me").execute()["resultSizeEstimate"] == 1
    for call in (messages.get(userId="me", id=message_id), messages.list(userId="me", q="x")):
        with pytest.raises(HttpError) as caught:
            call.execute()
        assert caught.value.resp.status == 403


# --- quota -------------------------------------------------------------------------------------------


def test_quota_exhaustion_answers_429(serve: Callable[[GmailEmulator], Served]) -> None:
    emu = GmailEmulator(quota_per_minute=22, now=lambda: NOW)
    emu.add_user(email=ROBIN, token=TOKEN, scopes=(READONLY,))
    message_id = emu.add_message(ROBIN, make_raw())
    served = serve(emu)
    messages = served.gmail().users().messages()
    for _ in range(4):
        messages.get(userId="me", id=message_id, format="minimal").execute()
    with pytest.raises(HttpError) as caught:
        messages.get(userId="me", id=message_id, format="minimal").execute()
    assert caught.value.resp.status == 429
    assert int(caught.value.resp["retry-after"]) >= 1
    error = _error(caught.value)
    assert error["status"] == "RESOURCE_EXHAUSTED"
    assert error["errors"][0]["reason"] == "rateLimitExceeded"
    assert emu.stats.units == {ROBIN: 20}
    assert served.gmail().users().getProfile(userId="me").execute()["emailAddress"] == ROBIN  # 1 unit fits


# --- tokeninfo and mounting --------------------------------------------------------------------------


def test_tokeninfo(served: Served) -> None:
    status, _, content = _http(served.url + f"tokeninfo?access_token={TOKEN}")
    assert status == 200
    info = json.loads(content)
    assert info["email"] == ROBIN
    assert info["aud"] == info["azp"] == "client-1.apps.googleusercontent.com"
    assert info["sub"] == "1001"
    assert info["scope"].split() == [READONLY, COMPOSE]
    assert info["expires_in"] == "3600"
    assert info["exp"] == str(int(NOW.timestamp()) + 3600)
    assert info["email_verified"] == "true"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    status, _, content = _http(served.url + "tokeninfo", "POST", headers=form, body=f"access_token={TOKEN}".encode())
    assert status == 200
    status, _, content = _http(served.url + "tokeninfo?access_token=nope")
    assert status == 400
    assert json.loads(content) == {"error": "invalid_token", "error_description": "Invalid Value"}


def test_mounted_under_a_prefix(emu: GmailEmulator) -> None:
    message_id = emu.add_message(ROBIN, make_raw())
    outer = Starlette(routes=[Mount("/_gmail", app=emu.app)])
    url, stop = serve_in_background(outer)
    try:
        served = Served(emu, url + "_gmail/")
        gmail = served.gmail()
        assert gmail.users().messages().get(userId="me", id=message_id).execute()["id"] == message_id
        got: list[Any] = []
        batch = BatchHttpRequest(callback=lambda _id, r, e: got.append(r or e), batch_uri=served.url + "batch")
        batch.add(gmail.users().messages().get(userId="me", id=message_id, format="minimal"))
        batch.execute()
        assert got[0]["id"] == message_id
        assert _http(served.url + f"tokeninfo?access_token={TOKEN}")[0] == 200
    finally:
        stop()


def test_mbox_and_labels(served: Served) -> None:
    mbox = b"From a@x Mon Jan  1 00:00:00 2024\n" + make_raw(message_id="<mb1@x>").replace(b"\r\n", b"\n")
    mbox += b"\nFrom b@x Mon Jan  1 00:00:00 2024\n" + make_raw(message_id="<mb2@x>", body=">From the start")
    ids = served.emu.add_mbox(ROBIN, mbox, labels=("INBOX", "Job search"))
    assert len(ids) == 2
    assert served.emu.message(ids[1]).raw.endswith(b"From the start\r\n")
    gmail = served.gmail()
    labels = gmail.users().labels().list(userId="me").execute()["labels"]
    user_label = next(label for label in labels if label["type"] == "user")
    assert user_label == {
        "id": "Label_1",
        "name": "Job search",
        "messageListVisibility": "show",
        "labelListVisibility": "labelShow",
        "type": "user",
    }
    found = gmail.users().messages().list(userId="me", q="label:job-search").execute()
    assert {m["id"] for m in found["messages"]} == set(ids)
    profile = gmail.users().getProfile(userId="me").execute()
    assert (profile["messagesTotal"], profile["threadsTotal"]) == (2, 2)
