"""second_chance.gmail_message.email_from_gmail: Gmail API message resources (format=full and raw)."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from second_chance.email_model import Address
from second_chance.errors import UnreadableEmail
from second_chance.gmail_message import email_from_gmail


def _b64url(data: bytes) -> str:
    """As Gmail sends it: URL-safe alphabet, padding stripped."""
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _headers(**values: str) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for name, value in values.items()]


# Latin-1 bytes chosen so that the encoding needs '-' and '_' and no padding: a real base64url test.
LATIN1_PLAIN = "Café ~~>??? We have decided to move forward with other candidates.".encode("iso-8859-1")


def _full_resource() -> dict[str, Any]:
    return {
        "id": "18e0c1a2b3",
        "threadId": "18e0c00000",
        "labelIds": ["INBOX", "CATEGORY_UPDATES", 42],
        "snippet": "ignored",
        "payload": {
            "mimeType": "multipart/mixed",
            "filename": "",
            "headers": [
                {"name": "FROM", "value": "Ana Ruiz <ana.ruiz@acme.example>"},
                {"name": "to", "value": "Sam Lee <sam.lee@example.org>"},
                {"name": "Subject", "value": "=?utf-8?q?Your_application_=E2=80=93_Acme?="},
                {"name": "Message-Id", "value": "<g1@mail.acme.example>"},
                {"name": "IN-REPLY-TO", "value": "<app@example.org>"},
                {"name": "references", "value": "<root@example.org> <app@example.org>"},
                {"name": "Reply-To", "value": "talent@acme.example"},
                {"name": "Date", "value": "Mon, 04 Mar 2024 10:00:00 +0000"},
                {"name": "list-id", "value": "<updates.acme.example>"},
            ],
            "body": {"size": 0},
            "parts": [
                {
                    "partId": "0",
                    "mimeType": "multipart/alternative",
                    "filename": "",
                    "headers": _headers(**{"Content-Type": 'multipart/alternative; boundary="a"'}),
                    "body": {"size": 0},
                    "parts": [
                        {
                            "partId": "0.0",
                            "mimeType": "text/plain",
                            "filename": "",
                            "headers": _headers(**{"Content-Type": 'text/plain; charset="iso-8859-1"'}),
                            "body": {"size": len(LATIN1_PLAIN), "data": _b64url(LATIN1_PLAIN)},
                        },
                        {
                            "partId": "0.1",
                            "mimeType": "text/html",
                            "filename": "",
                            "headers": _headers(**{"content-type": "text/html; charset=utf-8"}),
                            "body": {"data": _b64url(b"<p>HTML version</p>")},
                        },
                    ],
                },
                {
                    "partId": "1",
                    "mimeType": "application/pdf",
                    "filename": "feedback.pdf",
                    "headers": _headers(**{"Content-Disposition": 'attachment; filename="feedback.pdf"'}),
                    "body": {"attachmentId": "ANGjdJ8abc", "size": 48213},
                },
            ],
        },
    }


def test_full_resource_with_nested_parts() -> None:
    resource = _full_resource()
    assert "-" in resource["payload"]["parts"][0]["parts"][0]["body"]["data"]
    assert "_" in resource["payload"]["parts"][0]["parts"][0]["body"]["data"]
    parsed = email_from_gmail(resource)
    assert parsed.text == "Café ~~>??? We have decided to move forward with other candidates."
    assert parsed.text_from_html is False
    assert parsed.subject == "Your application – Acme"
    assert parsed.from_ == Address("Ana Ruiz", "ana.ruiz@acme.example")
    assert parsed.to == (Address("Sam Lee", "sam.lee@example.org"),)
    assert parsed.reply_to == (Address("", "talent@acme.example"),)
    assert parsed.message_id == "<g1@mail.acme.example>"
    assert parsed.in_reply_to == "<app@example.org>"
    assert parsed.references == ("<root@example.org>", "<app@example.org>")
    assert parsed.date is not None
    assert parsed.date.isoformat() == "2024-03-04T10:00:00+00:00"
    assert parsed.list_id == "<updates.acme.example>"
    assert parsed.is_bulk is True
    assert parsed.id == "18e0c1a2b3"
    assert parsed.thread_id == "18e0c00000"
    assert parsed.label_ids == ("INBOX", "CATEGORY_UPDATES")


def test_text_attachment_with_filename_is_not_the_body() -> None:
    resource = _full_resource()
    resource["payload"]["parts"].insert(
        0,
        {
            "mimeType": "text/plain",
            "filename": "notes.txt",
            "body": {"data": _b64url(b"attached notes")},
        },
    )
    assert email_from_gmail(resource).text.startswith("Café")


def test_html_only_payload() -> None:
    html = b"<div>Dear Sam,</div><div>We have decided to move forward &amp; wish you well.</div><style>p{}</style>"
    resource = {
        "id": "x1",
        "payload": {
            "mimeType": "text/html",
            "headers": _headers(From="ana@acme.example", Subject="Update"),
            "body": {"data": _b64url(html)},
        },
    }
    parsed = email_from_gmail(resource)
    assert parsed.text == "Dear Sam,\n\nWe have decided to move forward & wish you well."
    assert parsed.text_from_html is True
    assert parsed.thread_id is None
    assert parsed.label_ids == ()


def test_forwarded_message_part_is_not_the_body() -> None:
    resource = {
        "payload": {
            "mimeType": "multipart/mixed",
            "headers": _headers(From="friend@example.net", Subject="Fwd: news"),
            "parts": [
                {"mimeType": "text/plain", "body": {"data": _b64url(b"FYI")}},
                {
                    "mimeType": "message/rfc822",
                    "parts": [{"mimeType": "text/plain", "body": {"data": _b64url(b"forwarded text")}}],
                },
            ],
        }
    }
    assert email_from_gmail(resource).text == "FYI"


def test_raw_resource() -> None:
    raw = (
        b"From: Ana Ruiz <ana.ruiz@acme.example>\r\n"
        b"Subject: Raw one\r\n"
        b"Message-ID: <raw@acme.example>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"\r\n"
        b"Gr\xc3\xbc\xc3\x9fe, we have decided to move forward.\r\n"
    )
    parsed = email_from_gmail({"id": "r1", "threadId": "t1", "labelIds": ["SENT"], "raw": _b64url(raw)})
    assert parsed.subject == "Raw one"
    assert parsed.message_id == "<raw@acme.example>"
    assert parsed.text == "Grüße, we have decided to move forward."
    assert (parsed.id, parsed.thread_id, parsed.label_ids) == ("r1", "t1", ("SENT",))


def test_raw_resource_that_is_not_mail_is_unreadable() -> None:
    with pytest.raises(UnreadableEmail) as info:
        email_from_gmail({"id": "r2", "raw": _b64url(b"just words, no headers")})
    assert info.value.code == "not_email"


@pytest.mark.parametrize("resource", [{"id": "x"}, {"id": "x", "payload": "nope"}, {"id": "x", "raw": None}])
def test_neither_payload_nor_raw(resource: dict[str, Any]) -> None:
    with pytest.raises(UnreadableEmail) as info:
        email_from_gmail(resource)
    assert info.value.code == "not_email"
    assert info.value.status_code == 422


@pytest.mark.parametrize("data", ["abcde", "é", "QQ=A"])
def test_corrupt_base64url_in_raw(data: str) -> None:
    with pytest.raises(UnreadableEmail) as info:
        email_from_gmail({"raw": data})
    assert info.value.code == "corrupt"


def test_corrupt_base64url_in_a_part() -> None:
    resource = {"payload": {"mimeType": "text/plain", "headers": [], "body": {"data": "abcde"}}}
    with pytest.raises(UnreadableEmail) as info:
        email_from_gmail(resource)
    assert info.value.code == "corrupt"


def test_malformed_headers_and_missing_bodies_are_tolerated() -> None:
    resource = {
        "payload": {
            "mimeType": "multipart/alternative",
            "headers": [{"name": "Subject", "value": "Hi"}, {"value": "no name"}, "junk", {"name": 3}],
            "parts": [{"mimeType": "text/plain", "body": {"attachmentId": "big"}}, {"mimeType": "text/plain"}],
        }
    }
    parsed = email_from_gmail(resource)
    assert parsed.subject == "Hi"
    assert parsed.text == ""
    assert parsed.from_ is None
